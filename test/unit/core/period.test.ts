import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { parsePeriod, periodAsOf, periodContaining, periodContains, previousPeriod, type Period } from "../../../src/core/period";

const iso = (text: string): number => {
  const serial = serialFromIso(text);
  if (serial === null) throw new Error(`bad test date ${text}`);
  return serial;
};

const parsed = (text: string): Period => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("periods: a quarter 2026-Q3, a month 2026-07 or a year 2026", () => {
  it("reads each form, with its first and last day", () => {
    expect(parsed("2026-Q3")).toEqual({ kind: "quarter", label: "2026-Q3", first: iso("2026-07-01"), last: iso("2026-09-30") });
    expect(parsed(" 2026-q4 ")).toEqual({ kind: "quarter", label: "2026-Q4", first: iso("2026-10-01"), last: iso("2026-12-31") });
    expect(parsed("2024-02")).toEqual({ kind: "month", label: "2024-02", first: iso("2024-02-01"), last: iso("2024-02-29") });
    expect(parsed("2026")).toEqual({ kind: "year", label: "2026", first: iso("2026-01-01"), last: iso("2026-12-31") });
  });

  it("rejects anything else with a message listing the accepted forms", () => {
    for (const text of ["2026-Q5", "2026-Q0", "2026-13", "2026-00", "26", "Q3 2026", "2026-7", "", "1899"]) {
      const result = parsePeriod(text);
      expect(result).toMatchObject({ ok: false, code: "value" });
      if (!result.ok) expect(result.message).toContain("a quarter (2026-Q3), a month (2026-07) or a year (2026)");
    }
  });

  it("steps back to the previous period of the same kind, across year ends", () => {
    expect(previousPeriod(parsed("2026-Q1")).label).toBe("2025-Q4");
    expect(previousPeriod(parsed("2026-Q3")).label).toBe("2026-Q2");
    expect(previousPeriod(parsed("2026-01")).label).toBe("2025-12");
    expect(previousPeriod(parsed("2026-03")).label).toBe("2026-02");
    expect(previousPeriod(parsed("2026")).label).toBe("2025");
  });

  it("contains its days, date-times on its last day included", () => {
    const q3 = parsed("2026-Q3");
    expect(periodContains(q3, iso("2026-07-01"))).toBe(true);
    expect(periodContains(q3, iso("2026-09-30T23:59"))).toBe(true);
    expect(periodContains(q3, iso("2026-10-01"))).toBe(false);
    expect(periodContains(q3, iso("2026-06-30T23:59"))).toBe(false);
  });

  it("takes as its as-of date the earlier of its last day and the run's as-of date", () => {
    const q3 = parsed("2026-Q3");
    expect(periodAsOf(q3, iso("2026-08-15"))).toBe(iso("2026-08-15"));
    expect(periodAsOf(q3, iso("2026-11-02"))).toBe(iso("2026-09-30"));
  });

  const anyPeriod = fc
    .tuple(fc.constantFrom("quarter", "month", "year" as const), fc.integer({ min: iso("1901-01-01"), max: iso("9999-12-31") }))
    .map(([kind, serial]) => periodContaining(kind, serial));

  it("has a previous period that ends the day before it starts, of the same kind", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const prev = previousPeriod(p);
        expect(prev.kind).toBe(p.kind);
        expect(prev.last + 1).toBe(p.first);
        expect(periodContains(prev, p.first - 1)).toBe(true);
        expect(periodContains(prev, p.first)).toBe(false);
        expect(periodContains(p, prev.last)).toBe(false);
      }),
    );
  });

  it("parses its own label back to itself and holds exactly the dates that map to it", () => {
    fc.assert(
      fc.property(anyPeriod, fc.integer({ min: -400, max: 400 }), (p, offset) => {
        expect(parsePeriod(p.label)).toEqual({ ok: true, value: p });
        const day = p.first + offset;
        expect(periodContains(p, day)).toBe(periodContaining(p.kind, day).label === p.label);
      }),
    );
  });
});
