import fc from "fast-check";
import { dateColumn, numberColumn, optionalBoolean, optionalDate, optionalNumber, optionalText, requiredNumber, sameShapeAs } from "../../../src/functions/coerce";
import { serialFromYmd } from "../../../src/core/excelDate";

const JULY_15 = serialFromYmd(2026, 7, 15);

describe("reading one argument", () => {
  it("reads numbers, numeric text and blanks", () => {
    expect(requiredNumber(12.5, "x")).toEqual({ ok: true, value: 12.5 });
    expect(requiredNumber(" -3e2 ", "x")).toEqual({ ok: true, value: -300 });
    expect(optionalNumber(null, "x")).toEqual({ ok: true, value: null });
    expect(optionalNumber("", "x")).toEqual({ ok: true, value: null });
    expect(requiredNumber(null, "unit_price")).toEqual({ ok: false, code: "value", message: "unit_price is required" });
    expect(requiredNumber("12 kg", "quantity")).toMatchObject({ ok: false, code: "value", message: 'quantity must be a number, got "12 kg"' });
    expect(requiredNumber(true, "quantity")).toMatchObject({ ok: false, code: "value", message: "quantity must be a number, got TRUE" });
    expect(requiredNumber("1e400", "quantity")).toMatchObject({ ok: false, code: "num" });
    expect(requiredNumber(Number.POSITIVE_INFINITY, "quantity")).toMatchObject({ ok: false, code: "num" });
  });

  it("reads words trimmed, and numbers as their text", () => {
    expect(optionalText("  FOB ", "incoterm")).toEqual({ ok: true, value: "FOB" });
    expect(optionalText("   ", "incoterm")).toEqual({ ok: true, value: null });
    expect(optionalText(2, "level")).toEqual({ ok: true, value: "2" });
    expect(optionalText(false, "level")).toMatchObject({ ok: false, code: "value" });
  });

  it("reads TRUE/FALSE as booleans, 1/0 and their text", () => {
    expect([true, 1, "TRUE", " true "].map((value) => optionalBoolean(value, "ocean"))).toEqual(Array(4).fill({ ok: true, value: true }));
    expect([false, 0, "False"].map((value) => optionalBoolean(value, "ocean"))).toEqual(Array(3).fill({ ok: true, value: false }));
    expect(optionalBoolean("yes", "ocean")).toMatchObject({ ok: false, code: "value", message: 'ocean must be TRUE or FALSE, got "yes"' });
  });

  it("reads dates as serials or ISO text; 0 and blanks are an empty date", () => {
    expect(optionalDate(JULY_15, "as_of")).toEqual({ ok: true, value: JULY_15 });
    expect(optionalDate("2026-07-15", "as_of")).toEqual({ ok: true, value: JULY_15 });
    expect(optionalDate("2026-07-15T12:00", "as_of")).toEqual({ ok: true, value: JULY_15 + 0.5 });
    expect(optionalDate(String(JULY_15), "as_of")).toEqual({ ok: true, value: JULY_15 });
    for (const empty of [0, null, "", "  "]) expect(optionalDate(empty, "as_of")).toEqual({ ok: true, value: null });
    expect(optionalDate("2026-02-30", "as_of")).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("as_of") });
    expect(optionalDate(-1, "as_of")).toMatchObject({ ok: false, code: "num" });
    expect(optionalDate(true, "as_of")).toMatchObject({ ok: false, code: "value" });
  });
});

describe("reading a range", () => {
  it("reads cells row by row, NaN for empty ones, and says which cell is wrong", () => {
    const read = numberColumn([[1, null], ["", "2.5"]], "weights");
    expect(read.ok && Array.from(read.value.values)).toEqual([1, Number.NaN, Number.NaN, 2.5]);
    expect(read.ok && read.value.shape).toBe("2×2");
    expect(numberColumn([[1], ["x"]], "weights")).toMatchObject({ ok: false, code: "value", message: 'weights must be a number, got "x" (cell 2 of the range)' });
  });

  it("treats a single value as a one-cell range and gives ragged arrays their own shape", () => {
    expect(numberColumn(7, "weights")).toMatchObject({ ok: true, value: { shape: "1×1" } });
    expect(numberColumn([[1, 2], [3]], "weights")).toMatchObject({ ok: true, value: { shape: "rows of 2, 1 cells" } });
    expect(numberColumn([], "weights")).toMatchObject({ ok: true, value: { shape: "0×0" } });
  });

  it("reads a date range with text, serials and every form of empty cell", () => {
    const read = dateColumn([["2026-07-15"], [JULY_15], [0], [null], [""]], "promised_dates");
    expect(read.ok && Array.from(read.value.values)).toEqual([JULY_15, JULY_15, Number.NaN, Number.NaN, Number.NaN]);
  });

  it("lines ranges up by shape, so a transposed range is caught", () => {
    const column = numberColumn([[1], [2], [3]], "a");
    const row = numberColumn([[1, 2, 3]], "b");
    if (!column.ok || !row.ok) throw new Error("both ranges are valid");
    expect(sameShapeAs(row.value, "b", column.value, "a")).toMatchObject({ ok: false, message: "b (1×3) must be the same size as a (3×1)" });
  });

  it("gives the same numbers cell by cell as reading each cell alone", () => {
    const cell = fc.oneof(fc.double(), fc.constantFrom(null, "", "abc", "12", "2026-07-15"), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        const read = numberColumn(rows, "x");
        const one = rows.flat().map((value) => optionalNumber(value, "x"));
        const firstBad = one.findIndex((result) => !result.ok);
        if (firstBad >= 0) expect(read.ok).toBe(false);
        else expect(read.ok && Array.from(read.value.values)).toEqual(one.map((result) => (result.ok ? (result.value ?? Number.NaN) : 0)));
      }),
    );
  });
});
