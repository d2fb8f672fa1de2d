import { errorOf } from "./customFunctionsRuntime";
import { dutyDetail, dutyRate } from "../../../src/functions/functions";
import { dutyRowsOf } from "../../../src/functions/dutiesRange";

// Duties[#All] as Excel passes it: the header row first, dates as serials, empty cells as null, "" or 0.
const header = ["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To", "Source"];
const FROM_2019 = 43595; // 2019-05-10
const MAR_2026 = 46083; // 2026-03-02

describe("the duties argument of DUTYRATE and DUTYDETAIL", () => {
  it("reads empty cells sent as null, \"\" or 0 alike, and skips rows of nothing but empty cells", () => {
    for (const empty of [null, "", 0]) {
      const range = [header, ["*", "4202.21.60", "MFN", 0.09, empty, 32874, empty, empty], [empty, empty, empty, empty, empty, empty, empty, empty], ["CN", "4202", "Section 301", 0.25, empty, FROM_2019, empty, "USTR"]];
      expect(dutyRate("4202.21.6000", "CN", MAR_2026, range)).toBeCloseTo(0.34, 12);
    }
  });

  it("matches headers as tables do, in any order, with extra columns kept out of the way", () => {
    const range = [
      ["note", "from", "hts code", "MEASURE", "rate", "origin"],
      ["ok", FROM_2019, "4202", "Section 301", 0.25, "China"],
    ];
    expect(dutyRate("4202.21.6000", "CN", MAR_2026, range)).toBe(0.25);
  });

  it("reads a Rate given as percentage text as its fraction, as the Duties table reads it (\"25%\" is 0.25)", () => {
    expect(dutyRate("4202.21.6000", "CN", MAR_2026, [header, ["CN", "4202", "Section 301", "25%", null, FROM_2019, null, null], ["*", "4202.21", "MFN", "9 %", null, FROM_2019, null, null]])).toBeCloseTo(0.34, 12);
  });

  it("reads a whole-number HtsCode cell as its digits", () => {
    expect(dutyRate(4202216000, "CN", MAR_2026, [header, ["CN", 4202, "MFN", 0.09, null, FROM_2019, null, null]])).toBe(0.09);
  });

  it("fails naming the range's row (header = row 1) and column of a bad cell, rather than leaving the row out", () => {
    const cases: [unknown[], string, RegExp][] = [
      [["Cathay", "4202", "MFN", 0.09, null, FROM_2019, null, null], "#VALUE!", /^duties row 3 Origin "Cathay"/],
      [["CN", "42O2", "MFN", 0.09, null, FROM_2019, null, null], "#VALUE!", /^duties row 3 HtsCode/],
      [["CN", 4202.1, "MFN", 0.09, null, FROM_2019, null, null], "#VALUE!", /^duties row 3 HtsCode 4202.1 is a number, which drops a code.s trailing zeros \(4202.10 becomes 4202.1\): format the cell as Text/],
      [["CN", "4202", "", 0.09, null, FROM_2019, null, null], "#VALUE!", /^duties row 3 Measure is empty/],
      [["CN", "4202", "MFN", 25, null, FROM_2019, null, null], "#NUM!", /^duties row 3 Rate 25 is above 300%/],
      [["CN", "4202", "MFN", 3.5, null, FROM_2019, null, null], "#NUM!", /^duties row 3 Rate 3.5 is above 300%/],
      [["CN", "4202", "MFN", -0.1, null, FROM_2019, null, null], "#NUM!", /^duties row 3 Rate must not be negative/],
      [["CN", "4202", "MFN", "nine", null, FROM_2019, null, null], "#VALUE!", /^duties row 3 Rate/],
      [["CN", "4202", "MFN", 0.09, null, "soon", null, null], "#VALUE!", /^duties row 3 From/],
      [["CN", "4202", "MFN", 0.09, null, FROM_2019, FROM_2019 - 1, null], "#NUM!", /^duties row 3 To is before its From/],
    ];
    for (const [row, code, message] of cases) {
      const cell = dutyRate("4202.21.6000", "CN", MAR_2026, [header, ["*", "*", "MFN", 0, null, 1, null, null], row]);
      expect(errorOf(cell)?.code).toBe(code);
      expect(errorOf(cell)?.message).toMatch(message);
    }
  });

  it("asks for the header row when the first row lacks a required column", () => {
    const cell = dutyRate("4202.21.6000", "CN", MAR_2026, [["CN", "4202", "MFN", 0.09, FROM_2019]]);
    expect(errorOf(cell)).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^duties has no Origin, HtsCode, Measure and From columns in its first row: .*Duties\[#All\]/) });
    expect(errorOf(dutyRate("4202", "CN", MAR_2026, [["Origin", "HtsCode", "Measure"]]))?.message).toMatch(/^duties has no From column/);
  });

  it("reads a header-only range as no rows: the duty is 0", () => {
    expect(dutyRowsOf([header])).toEqual({ ok: true, value: [] });
    expect(dutyRate("4202.21.6000", "CN", MAR_2026, [header])).toBe(0);
  });

  it("names the missing argument: hts_code, origin, date", () => {
    const range = [header];
    expect(errorOf(dutyRate(null, "CN", MAR_2026, range))?.message).toMatch(/^hts_code is required/);
    expect(errorOf(dutyRate("4202", null, MAR_2026, range))?.message).toMatch(/^origin is required/);
    expect(errorOf(dutyRate("4202", "CN", null, range))?.message).toMatch(/^date is required/);
    expect(errorOf(dutyRate("4202", "CN", "soon", range))?.message).toMatch(/^date "soon" is not a date/);
  });

  it("lists the per-unit measure in DUTYDETAIL without a customs value, while DUTYRATE needs it", () => {
    const range = [header, ["*", "6404.11.90", "MFN", 0.2, 0.9, 32874, null, "HTSUS"]];
    expect(dutyDetail("6404.11.9020", "VN", MAR_2026, range)).toEqual([["MFN", "6404.11.90", 0.2, 0.9, "HTSUS"]]);
    expect(errorOf(dutyRate("6404.11.9020", "VN", MAR_2026, range))?.message).toMatch(/customs_value/);
    expect(errorOf(dutyRate("6404.11.9020", "VN", MAR_2026, range, 0))?.code).toBe("#DIV/0!");
  });
});
