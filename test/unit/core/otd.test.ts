import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { deliveryStats, lineStatus, otdRate, type DeliveryLine } from "../../../src/core/otd";

const P = serialFromIso("2026-07-10")!;

describe("a line's status: on time when delivered on or before promised + tolerance", () => {
  it.each<[string, number | null, number, number | null, string]>([
    ["delivered early counts as on time", P - 1, 0, null, "onTime"],
    ["delivered on the promised day, in the afternoon", P + 17 / 24, 0, null, "onTime"],
    ["delivered a day after the promised day", P + 1, 0, null, "late"],
    ["delivered within a 2-day tolerance", P + 2, 2, null, "onTime"],
    ["delivered after a 2-day tolerance", P + 3, 2, null, "late"],
    ["open, no as-of date: left out", null, 0, null, "notCountable"],
    ["open, as-of the promised day: not yet late", null, 0, P, "notCountable"],
    ["open, as-of the day after promised: late", null, 0, P + 1, "late"],
    ["open, tolerance 2, as-of promised + 2: not yet late", null, 2, P + 2, "notCountable"],
    ["open, tolerance 2, as-of promised + 3: late", null, 2, P + 3, "late"],
    ["a delivered date of 0 is an empty cell", 0, 0, P + 1, "late"],
  ])("%s", (_rule, delivered, tolerance, asOf, expected) => {
    expect(lineStatus(P, delivered, tolerance, asOf)).toBe(expected);
  });

  it("a line without a promised date is not countable", () => {
    expect(lineStatus(Number.NaN, P, 0, P)).toBe("notCountable");
    expect(lineStatus(0, P, 0, P)).toBe("notCountable");
  });
});

describe("OTDRATE over columns", () => {
  const promised = [P, P, P, P];
  const delivered = [P - 1, P + 1, Number.NaN, 0];

  it("counts open lines as late once past due at the as-of date: 1 on time of 4", () => {
    expect(otdRate(promised, delivered, 0, null, P + 5)).toEqual({ ok: true, value: 0.25 });
  });

  it("leaves open lines out without an as-of date: 1 of 2", () => {
    expect(otdRate(promised, delivered, 0, null, null)).toEqual({ ok: true, value: 0.5 });
  });

  it("weights by quantity: 100 on time of 500", () => {
    expect(otdRate(promised, delivered, 0, [100, 300, 50, 50], P + 5)).toEqual({ ok: true, value: 0.2 });
  });

  it("reads typed arrays as well as plain ones", () => {
    expect(otdRate(Float64Array.from(promised), Float64Array.from(delivered), 1, null, P + 5)).toEqual({ ok: true, value: 0.5 });
  });

  it("is #DIV/0! when no line is countable", () => {
    expect(otdRate([P], [Number.NaN], 0, null, null)).toMatchObject({ ok: false, code: "div0" });
    expect(otdRate([], [], 0)).toMatchObject({ ok: false, code: "div0" });
    // The message names the ranges as OTDRATE's help does, so the cell needs no prefix of its own.
    expect(otdRate([P], [Number.NaN], 0, null, null)).toMatchObject({ message: expect.stringMatching(/^promised_dates and delivered_dates have no countable line/) });
    expect(otdRate([P], [P], 0, [0], null)).toMatchObject({ code: "div0", message: expect.stringContaining("no positive quantity") });
  });

  it("rejects ranges of different sizes and a negative tolerance", () => {
    const sizes = otdRate([P, P], [P], 0);
    expect(sizes).toMatchObject({ ok: false, code: "value" });
    if (!sizes.ok) expect(sizes.message).toMatch(/same size/);
    expect(otdRate([P], [P], 0, [1, 2])).toMatchObject({ ok: false, code: "value" });
    const tolerance = otdRate([P], [P], -1);
    expect(tolerance).toMatchObject({ ok: false, code: "num" });
    if (!tolerance.ok) expect(tolerance.message).toMatch(/tolerance_days/);
  });

  it("rejects a negative quantity, naming its item, rather than leaving the line out", () => {
    // A credit or a typo: left out silently, it would change the rate without a word.
    expect(otdRate([P, P], [P, P + 3], 0, [100, -50], null)).toEqual({ ok: false, code: "num", message: "quantities item 2 is negative (-50): a line's quantity is 0 or more" });
  });

  const line = fc.record({
    promised: fc.integer({ min: P - 60, max: P + 60 }),
    delivered: fc.oneof(fc.constant(Number.NaN), fc.integer({ min: P - 70, max: P + 90 })),
    quantity: fc.integer({ min: 1, max: 10000 }),
  });

  it("is a fraction in [0, 1] and does not depend on row order", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.integer({ min: 0, max: 1000 }), (lines, tolerance, weighted, seed) => {
        const shuffled = [...lines].sort((a, b) => ((a.promised * 31 + a.quantity + seed) % 97) - ((b.promised * 31 + b.quantity + seed) % 97));
        const rate = (rows: typeof lines) =>
          otdRate(rows.map((r) => r.promised), rows.map((r) => r.delivered), tolerance, weighted ? rows.map((r) => r.quantity) : null, P);
        const original = rate(lines);
        const reordered = rate(shuffled);
        expect(reordered.ok).toBe(original.ok);
        if (original.ok && reordered.ok) {
          expect(original.value).toBeGreaterThanOrEqual(0);
          expect(original.value).toBeLessThanOrEqual(1);
          expect(reordered.value).toBeCloseTo(original.value, 12);
        }
      }),
    );
  });

  it("agrees with the scorecard's delivery statistics on the same lines", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (lines, tolerance) => {
        const stats = deliveryStats(
          lines.map((r) => ({ promised: r.promised, delivered: Number.isNaN(r.delivered) ? null : r.delivered, quantity: r.quantity, deliveredQty: null })),
          { toleranceDays: tolerance, asOf: P },
        );
        const rate = otdRate(lines.map((r) => r.promised), lines.map((r) => r.delivered), tolerance, null, P);
        expect(rate.ok ? rate.value : null).toBe(stats.otd);
        const qtyRate = otdRate(lines.map((r) => r.promised), lines.map((r) => r.delivered), tolerance, lines.map((r) => r.quantity), P);
        expect(qtyRate.ok ? qtyRate.value : null).toBe(stats.otdQty);
      }),
    );
  });
});

describe("delivery statistics for the scorecard", () => {
  const lines: DeliveryLine[] = [
    { promised: P, delivered: P, quantity: 100, deliveredQty: null }, // on time, in full (blank = quantity)
    { promised: P, delivered: P - 2, quantity: 100, deliveredQty: 90 }, // on time, short
    { promised: P, delivered: P + 3, quantity: 200, deliveredQty: null }, // 3 days late
    { promised: P, delivered: P + 1, quantity: 100, deliveredQty: 100 }, // 1 day late
    { promised: P, delivered: null, quantity: 50, deliveredQty: null }, // open and overdue: late, not in full
    { promised: P + 20, delivered: null, quantity: 500, deliveredQty: null }, // open, not yet due: left out
  ];
  const stats = deliveryStats(lines, { toleranceDays: 0, asOf: P + 10 });

  it("counts countable lines and the on-time share, by line and by quantity", () => {
    expect(stats.lines).toBe(5);
    expect(stats.otd).toBe(2 / 5);
    expect(stats.otdQty).toBe(200 / 550);
  });

  it("counts a line on time and in full only when the delivered quantity reaches the ordered one", () => {
    expect(stats.otif).toBe(1 / 5);
  });

  it("averages days late over delivered late lines only: (3 + 1) / 2", () => {
    expect(stats.avgDaysLate).toBe(2);
  });

  it("uses the tolerance for lateness but measures days late from the promised date", () => {
    const tolerant = deliveryStats(lines, { toleranceDays: 1, asOf: P + 10 });
    expect(tolerant.otd).toBe(3 / 5);
    expect(tolerant.avgDaysLate).toBe(3);
  });

  it("shows nothing (null) when no line counts", () => {
    expect(deliveryStats([], { toleranceDays: 0, asOf: null })).toEqual({ lines: 0, otd: null, otdQty: null, otif: null, avgDaysLate: null });
  });
});
