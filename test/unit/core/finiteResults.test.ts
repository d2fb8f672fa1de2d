import fc from "fast-check";
import { allocate } from "../../../src/core/allocate";
import { amortize } from "../../../src/core/amortize";
import { samplingPlan } from "../../../src/core/aql/plan";
import { INCOTERMS } from "../../../src/core/incoterms";
import { indexPrice } from "../../../src/core/indexPrice";
import { kpiPoints, weightedScore } from "../../../src/core/kpi";
import { landedCost, VALUATIONS } from "../../../src/core/landedCost";
import { deliveryStats, otdRate, type DeliveryLine } from "../../../src/core/otd";
import { priceBreak } from "../../../src/core/priceBreak";
import { defectRate } from "../../../src/core/quality";
import { quoteLandedCost } from "../../../src/core/quoteLandedCost";
import type { Result } from "../../../src/core/result";
import { roundTo } from "../../../src/core/rounding";
import { usEntryFees } from "../../../src/core/usEntryFees";

/**
 * Excel holds numbers up to ±1.8e308 and passes any of them: whatever finite numbers a calculation
 * of the core gets, it answers with finite numbers or a failure naming what to check, never NaN or
 * Infinity (which a cell cannot show and a sheet would write as an error or a blank).
 */

const finite = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, 1.7e308, 9e307, Number.MIN_VALUE, 1e-300, 0, 1, 0.5, 100) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
);
const finiteList = fc.array(finite, { minLength: 1, maxLength: 6 });
const optionalFinite = fc.option(finite, { nil: null });

/** Every number in a value (nested in objects and arrays) that is not finite, by its path. */
function nonFinite(value: unknown, path = "value"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  return [];
}

const successProblems = (result: Result<unknown>): string[] => (result.ok ? nonFinite(result.value) : []);

const RUNS = { numRuns: 3000 };

describe("finite inputs give finite results or a failure, in every calculation of the core", () => {
  it("allocate", () => {
    fc.assert(fc.property(finite, finiteList, fc.integer({ min: 0, max: 6 }), (a, w, d) => expect(successProblems(allocate(a, w, d))).toEqual([])), RUNS);
  });

  it("amortize and defectRate", () => {
    fc.assert(
      fc.property(finite, finite, (x, y) => {
        expect(successProblems(amortize(x, y))).toEqual([]);
        expect(successProblems(defectRate(x, y))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("indexPrice", () => {
    fc.assert(
      fc.property(finite, fc.array(fc.tuple(finite, finite, finite), { minLength: 1, maxLength: 4 }), (base, lines) =>
        expect(successProblems(indexPrice(base, lines.map(([s]) => s), lines.map(([, b]) => b), lines.map(([, , n]) => n)))).toEqual([]),
      ),
      RUNS,
    );
  });

  it("kpiPoints and weightedScore", () => {
    fc.assert(
      fc.property(finite, finite, finite, fc.array(fc.record({ weight: finite, points: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }) })), (v, t, f, items) => {
        expect(successProblems(kpiPoints(v, t, f))).toEqual([]);
        expect(nonFinite(weightedScore(items))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("landedCost, every incoterm and valuation", () => {
    const args = fc.record({
      unitPrice: finite,
      quantity: finite,
      freight: optionalFinite,
      dutyRate: optionalFinite,
      incoterm: fc.constantFrom(...INCOTERMS),
      valuation: fc.constantFrom(...VALUATIONS),
      insurance: optionalFinite,
      fxRate: optionalFinite,
      otherCosts: optionalFinite,
      contingency: optionalFinite,
    });
    fc.assert(fc.property(args, (a) => expect(successProblems(landedCost(a))).toEqual([])), RUNS);
  });

  it("quoteLandedCost", () => {
    const terms = fc.record({
      unitPrice: finite,
      moq: optionalFinite,
      incoterm: fc.constantFrom(...INCOTERMS),
      freightPerUnit: optionalFinite,
      insurancePerUnit: optionalFinite,
      dutyRate: optionalFinite,
      tooling: optionalFinite,
    });
    fc.assert(fc.property(terms, fc.constantFrom(...VALUATIONS), finite, (t, v, fx) => expect(successProblems(quoteLandedCost(t, v, fx))).toEqual([])), RUNS);
  });

  it("otdRate and deliveryStats", () => {
    const line = fc.record({ promised: finite, delivered: optionalFinite, quantity: finite, deliveredQty: optionalFinite });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), finite, optionalFinite, fc.boolean(), (lines, tolerance, asOf, weighted) => {
        const rate = otdRate(
          lines.map((l) => l.promised),
          lines.map((l) => l.delivered ?? Number.NaN),
          tolerance,
          weighted ? lines.map((l) => l.quantity) : null,
          asOf,
        );
        expect(successProblems(rate)).toEqual([]);
        expect(nonFinite(deliveryStats(lines, { toleranceDays: Math.abs(tolerance), asOf }))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("priceBreak, usEntryFees, samplingPlan and roundTo", () => {
    fc.assert(
      fc.property(finite, finiteList, finite, fc.boolean(), fc.integer({ min: 0, max: 6 }), (x, tiers, date, ocean, decimals) => {
        expect(successProblems(priceBreak(x, tiers, tiers.map((t) => t * 2)))).toEqual([]);
        expect(successProblems(usEntryFees(x, date, ocean))).toEqual([]);
        expect(successProblems(samplingPlan(Math.round(Math.abs(x)), 2.5))).toEqual([]);
        expect(nonFinite(roundTo(x, decimals))).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("what the property above found, as worked cases", () => {
  const MAX = Number.MAX_VALUE;

  it("a division beyond the range is #NUM! naming its arguments: AMORTIZE(1.8e308, 5e-324), DEFECTRATE(1e308, 1e-10)", () => {
    expect(amortize(MAX, Number.MIN_VALUE)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("tooling and units") });
    expect(defectRate(1e308, 1e-10)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("defects and inspected") });
  });

  it("INDEXPRICE: a share of 0 moves nothing even when its index ratio overflows; a base price of 0 stays 0", () => {
    expect(indexPrice(10, [0, 0.5], [5e-324, 100], [1, 110])).toEqual({ ok: true, value: 10.5 });
    expect(indexPrice(0, [0.5], [1e-300], [1e300])).toEqual({ ok: true, value: 0 });
    expect(indexPrice(10, [0.5], [1e-300], [1e300])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("base_price") });
  });

  it("LANDEDCOST beyond the range is #NUM! naming the amounts, not a price below its carriage", () => {
    const priceOverflow = landedCost({ unitPrice: MAX, quantity: 1, fxRate: 2 });
    expect(priceOverflow).toMatchObject({ ok: false, code: "num", message: expect.stringMatching(/beyond Excel's number range.*unit_price/) });
    const carriageOverflow = landedCost({ unitPrice: 10, quantity: 1e-10, freight: 1e300, incoterm: "CIF" });
    expect(carriageOverflow).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("beyond Excel's number range") });
    expect(landedCost({ unitPrice: 1, quantity: 1, contingency: MAX, fxRate: 2 })).toMatchObject({ ok: false, code: "num" });
    expect(landedCost({ unitPrice: 1e308, quantity: 1 })).toMatchObject({ ok: true, value: { total: 1e308 } });
  });

  it("a quote whose freight for the MOQ overflows names the Quotes columns, not LANDEDCOST's freight", () => {
    const quote = { unitPrice: 10, moq: 1e10, incoterm: "FOB" as const, freightPerUnit: 1e300 };
    expect(quoteLandedCost(quote, "FOB", 1)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("FreightPerUnit") });
  });

  it("OTDRATE weighted by quantities near 1.8e308: one on time, one late of equal quantity is 1/2", () => {
    expect(otdRate([46218, 46218], [46218, 46230], 0, [MAX, MAX])).toEqual({ ok: true, value: 0.5 });
    expect(otdRate([46218, 46218, 46218], [46218, 46230, 46218], 0, [1e308, 1e308, 1])).toEqual({ ok: true, value: 0.5 });
  });

  it("deliveryStats: quantities and days late near 1.8e308 average as small ones do", () => {
    const huge: DeliveryLine[] = [
      { promised: 1, delivered: MAX, quantity: MAX, deliveredQty: null },
      { promised: 1, delivered: MAX, quantity: MAX, deliveredQty: null },
      { promised: 46218, delivered: 46218, quantity: MAX, deliveredQty: null },
    ];
    const stats = deliveryStats(huge, { toleranceDays: 0, asOf: null });
    expect(stats.otdQty).toBeCloseTo(1 / 3, 15);
    expect(stats.avgDaysLate).toBe(MAX - 1);
  });

  it("roundTo leaves an amount beyond 2^53 minor units as it is (no fraction to round): 1.8e308 stays 1.8e308", () => {
    expect(roundTo(MAX, 0)).toBe(MAX);
    expect(roundTo(1e300, 2)).toBe(1e300);
    expect(roundTo(1.005, 2)).toBe(1.01);
  });
});
