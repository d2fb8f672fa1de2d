import fc from "fast-check";
import { isoFromSerial, serialFromIso, serialFromYmd, todaySerial, ymdFromSerial } from "../../../src/core/excelDate";

describe("Excel serial dates (1900 system, serial 25569 = 1970-01-01)", () => {
  it("anchors the Unix epoch and dates Excel users know", () => {
    expect(serialFromYmd(1970, 1, 1)).toBe(25569);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(2000, 1, 1)).toBe(36526);
    expect(serialFromYmd(2026, 7, 15)).toBe(46218);
  });

  it("counts leap days: 2024-02-29 exists, 2100 is not a leap year, 2000 is", () => {
    expect(serialFromYmd(2024, 3, 1) - serialFromYmd(2024, 2, 28)).toBe(2);
    expect(serialFromYmd(2100, 3, 1) - serialFromYmd(2100, 2, 28)).toBe(1);
    expect(serialFromYmd(2000, 3, 1) - serialFromYmd(2000, 2, 28)).toBe(2);
  });

  it("turns a serial back into its calendar day, dropping the time of day", () => {
    expect(ymdFromSerial(46218.75)).toEqual({ year: 2026, month: 7, day: 15 });
    expect(ymdFromSerial(36585)).toEqual({ year: 2000, month: 2, day: 29 });
  });
});

describe("ISO text", () => {
  it("reads a date, and a date-time with T or a space", () => {
    expect(serialFromIso("2026-07-15")).toBe(46218);
    expect(serialFromIso(" 2026-07-15 ")).toBe(46218);
    expect(serialFromIso("2026-07-15T08:30")).toBeCloseTo(46218 + 8.5 / 24, 12);
    expect(serialFromIso("2026-07-15 08:30")).toBeCloseTo(46218 + 8.5 / 24, 12);
    expect(serialFromIso("2026-07-15T08:30:30")).toBeCloseTo(46218 + (8.5 * 3600 + 30) / 86400, 12);
  });

  it("returns null for impossible or malformed dates", () => {
    for (const text of ["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-07-15T24:00", "2026-07-15T08:60", "15/07/2026", "2026-7-15", "", "2026-07-15x"]) {
      expect(serialFromIso(text)).toBeNull();
    }
    expect(serialFromIso("2024-02-29")).toBe(serialFromYmd(2024, 2, 29));
  });

  it("writes a date, and a date-time to the minute", () => {
    expect(isoFromSerial(46218)).toBe("2026-07-15");
    expect(isoFromSerial(46218 + 8.5 / 24)).toBe("2026-07-15T08:30");
    expect(isoFromSerial(46218 + 0.99999999)).toBe("2026-07-16");
    expect(isoFromSerial(25569)).toBe("1970-01-01");
  });

  it("round-trips every day from 1900-03-01 to 9999-12-31 through ISO text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: serialFromYmd(9999, 12, 31) }), (serial) => {
        expect(serialFromIso(isoFromSerial(serial))).toBe(serial);
      }),
    );
  });

  it("round-trips date-times to the minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        const serial = day + minute / 1440;
        expect(serialFromIso(isoFromSerial(serial))).toBeCloseTo(serial, 9);
      }),
    );
  });

  it("round-trips calendar dates through serials", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const ymd = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const serial = serialFromYmd(ymd.year, ymd.month, ymd.day);
        expect(ymdFromSerial(serial)).toEqual(ymd);
        expect(serial).toBe(Math.floor(d.getTime() / 86400000) + 25569);
      }),
    );
  });
});

describe("today", () => {
  it("is the calendar date the user's clock shows, as a whole serial", () => {
    const now = new Date(2026, 6, 15, 23, 59);
    expect(todaySerial(now)).toBe(46218);
  });
});
