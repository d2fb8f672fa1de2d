import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { latestDecision, setsPrice } from "../../../src/core/priceDecision";
import { priceTimeline, quoteTimeline } from "../../../src/core/priceInEffect";

const day = (iso: string): number => serialFromIso(iso)!;

interface Quote {
  quoteDate: number;
  quantity: number;
  unitPrice: number;
  tooling: number;
  components: { material: number | null; labor: number | null };
}

const quote = (date: string, quantity: number, unitPrice: number, material: number | null = null, labor: number | null = null): Quote => ({
  quoteDate: day(date),
  quantity,
  unitPrice,
  tooling: 2000,
  components: { material, labor },
});

// A quote of 10.00 (tier 1) and 9.00 (tier 1000), Material 4 and Labor 3 on tier 1; a new quote on 11-15.
const quotes = [quote("2026-07-01", 1, 10, 4, 3), quote("2026-07-01", 1000, 9, 3.6, null), quote("2026-11-15", 1, 11)];
const counter = { effectiveFrom: day("2026-10-01"), agreedPrice: 10.5 };

describe("an agreed price is a price event on its EffectiveFrom (PRODUCT.md, Periods)", () => {
  const timeline = priceTimeline(quotes, [counter]);

  it("the day before: the quote; on the day: the agreement; a later quote wins", () => {
    expect(timeline.at(day("2026-09-30"))?.unitPrice).toBe(10);
    expect(timeline.at(day("2026-10-01"))?.unitPrice).toBe(10.5);
    expect(timeline.at(day("2026-11-14"))?.unitPrice).toBe(10.5);
    expect(timeline.at(day("2026-11-15"))?.unitPrice).toBe(11);
    expect(timeline.at(day("2026-09-30"))?.agreement).toBeUndefined();
    expect(timeline.at(day("2026-10-01"))?.agreement).toBe(counter);
  });

  it("scales every other tier and the cost components by AgreedPrice / the smallest tier's price; Tooling stays", () => {
    const tier1 = timeline.at(day("2026-10-01"))!;
    expect(tier1.components.material).toBeCloseTo(4.2, 12);
    expect(tier1.components.labor).toBeCloseTo(3.15, 12);
    expect(tier1.tooling).toBe(2000);
    const tier1000 = timeline.at(day("2026-10-01"), 1200)!;
    expect(tier1000.unitPrice).toBeCloseTo(9.45, 12);
    expect(tier1000.components).toEqual({ material: expect.closeTo(3.78, 12), labor: null });
    expect(tier1000.quantity).toBe(1000);
  });

  it("on one date an agreement wins over a quote, and takes that quote as its base", () => {
    const sameDay = priceTimeline(quotes, [{ effectiveFrom: day("2026-11-15"), agreedPrice: 10.8 }]);
    expect(sameDay.at(day("2026-11-15"))?.unitPrice).toBe(10.8);
    expect(sameDay.at(day("2026-11-15"), 1000)?.unitPrice).toBe(10.8);
  });

  it("an agreement with no quote in effect at its EffectiveFrom sets no price", () => {
    const early = { effectiveFrom: day("2026-06-01"), agreedPrice: 8 };
    const withEarly = priceTimeline(quotes, [early]);
    expect(withEarly.unpriced).toEqual([early]);
    expect(withEarly.at(day("2026-06-15"))).toBeUndefined();
    expect(withEarly.agreed(early)).toBeUndefined();
  });

  it("answers the agreed price itself, whatever the date asked", () => {
    expect(timeline.agreed(counter)?.unitPrice).toBe(10.5);
  });

  it("without agreements it answers as the quote timeline", () => {
    const row = fc.record({ quoteDate: fc.integer({ min: 0, max: 30 }), quantity: fc.integer({ min: 1, max: 5 }), unitPrice: fc.double({ min: 0.01, max: 100, noNaN: true }), components: fc.constant({}) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: -2, max: 32 }), fc.option(fc.integer({ min: 0, max: 6 })), (rows, date, order) => {
        expect(priceTimeline(rows, []).at(date, order)).toBe(quoteTimeline(rows).at(date, order));
      }),
    );
  });

  it("with agreements, each date sees the latest event on or before it: an agreement's price, or the latest quote after it", () => {
    const row = fc.record({ quoteDate: fc.integer({ min: 0, max: 30 }), quantity: fc.constant(1), unitPrice: fc.double({ min: 0.01, max: 100, noNaN: true }), components: fc.constant({}) });
    const agreement = fc.record({ effectiveFrom: fc.integer({ min: 0, max: 30 }), agreedPrice: fc.double({ min: 0.01, max: 100, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.array(agreement, { maxLength: 5 }), fc.integer({ min: 0, max: 32 }), (rows, agreements, date) => {
        const found = priceTimeline(rows, agreements).at(date);
        const lastQuote = Math.max(-1, ...rows.filter((r) => r.quoteDate <= date).map((r) => r.quoteDate));
        const priced = agreements.filter((a) => a.effectiveFrom <= date && rows.some((r) => r.quoteDate <= a.effectiveFrom));
        const lastAgreement = priced.reduce<(typeof priced)[number] | undefined>((best, a) => (best === undefined || a.effectiveFrom >= best.effectiveFrom ? a : best), undefined);
        if (lastAgreement !== undefined && lastAgreement.effectiveFrom >= lastQuote) expect(found?.unitPrice).toBe(lastAgreement.agreedPrice);
        else if (lastQuote >= 0) expect(found?.agreement).toBeUndefined();
        else expect(found).toBeUndefined();
      }),
    );
  });
});

describe("the decision of a (Period, SKU, Supplier): its latest row", () => {
  const at = (iso: string | null) => (iso === null ? null : serialFromIso(iso)!);
  it("is the greatest DecidedAt; a blank DecidedAt is the oldest; on a tie the lower row", () => {
    const counter = { decision: "Counter", agreedPrice: 10.5, decidedAt: at("2026-10-02T10:00"), row: 2 };
    const reject = { decision: "Reject", agreedPrice: null, decidedAt: at("2026-10-02T11:00"), row: 3 };
    const undated = { decision: "Accept", agreedPrice: 11, decidedAt: null, row: 9 };
    expect(latestDecision([counter, reject, undated])).toBe(reject);
    expect(latestDecision([undated, counter])).toBe(counter);
    const sameTime = { ...counter, row: 5 };
    expect(latestDecision([sameTime, counter])).toBe(sameTime);
    expect(latestDecision([])).toBeUndefined();
  });
  it("only an Accept or a Counter with an AgreedPrice sets a price", () => {
    expect(setsPrice({ decision: "Counter", agreedPrice: 10 })).toBe(true);
    expect(setsPrice({ decision: "Accept", agreedPrice: 10 })).toBe(true);
    expect(setsPrice({ decision: "Accept", agreedPrice: null })).toBe(false);
    expect(setsPrice({ decision: "Hold", agreedPrice: 10 })).toBe(false);
    expect(setsPrice({ decision: "Reject", agreedPrice: 10 })).toBe(false);
  });
});
