import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { priceInEffect, quoteTimeline, valueAt, valueTimeline } from "../../../src/core/priceInEffect";

const day = (iso: string): number => serialFromIso(iso)!;

interface Quote {
  quoteDate: number;
  quantity: number;
  unitPrice: number;
}

// Rows in table order; the two 2026-04-01 rows for tier 100 are a quote and its correction.
const quotes: Quote[] = [
  { quoteDate: day("2026-04-01"), quantity: 100, unitPrice: 4.8 },
  { quoteDate: day("2026-01-10"), quantity: 500, unitPrice: 4.6 },
  { quoteDate: day("2026-01-10"), quantity: 1, unitPrice: 5.0 },
  { quoteDate: day("2026-04-01"), quantity: 1000, unitPrice: 4.2 },
  { quoteDate: day("2026-04-01"), quantity: 500, unitPrice: 4.5 },
  { quoteDate: day("2026-04-01"), quantity: 100, unitPrice: 4.75 },
];

describe("price in effect: latest QuoteDate on or before the date, then the tier", () => {
  const timeline = quoteTimeline(quotes);
  const both = (date: number, orderQuantity?: number | null): [number | undefined, number | undefined] => [
    priceInEffect(quotes, date, orderQuantity)?.unitPrice,
    timeline.at(date, orderQuantity)?.unitPrice,
  ];

  it.each<[string, string, number | null, number | undefined]>([
    ["nothing quoted before the first QuoteDate", "2026-01-09", null, undefined],
    ["on the QuoteDate itself, the smallest tier", "2026-01-10", null, 5.0],
    ["an order of 600 takes the largest tier not above it", "2026-03-31", 600, 4.6],
    ["a newer quote replaces the older one; the later of two equal rows wins", "2026-04-01", null, 4.75],
    ["order of 700 → tier 500", "2026-09-30", 700, 4.5],
    ["order of exactly 1000 → tier 1000", "2026-09-30", 1000, 4.2],
    ["an order below every tier takes the smallest tier", "2026-09-30", 50, 4.75],
  ])("%s", (_rule, date, orderQuantity, expected) => {
    expect(both(day(date), orderQuantity)).toEqual([expected, expected]);
  });

  it("returns the quote row itself, so callers read any of its columns", () => {
    expect(priceInEffect(quotes, day("2026-05-01"))).toBe(quotes[5]);
  });

  it("finds nothing in an empty list", () => {
    expect(priceInEffect([], day("2026-05-01"))).toBeUndefined();
    expect(quoteTimeline([]).at(day("2026-05-01"))).toBeUndefined();
  });

  const anyQuotes = fc.array(
    fc.record({ quoteDate: fc.integer({ min: 100, max: 130 }), quantity: fc.constantFrom(1, 100, 500, 1000), unitPrice: fc.double({ noNaN: true }) }),
    { maxLength: 40 },
  );

  it("gives the same row from the sorted timeline as from a scan, for any date and order quantity", () => {
    fc.assert(
      fc.property(anyQuotes, fc.integer({ min: 95, max: 135 }), fc.option(fc.integer({ min: 0, max: 2000 })), (rows, date, orderQuantity) => {
        expect(quoteTimeline(rows).at(date, orderQuantity)).toBe(priceInEffect(rows, date, orderQuantity));
      }),
    );
  });

  it("never picks a row quoted after the date, nor one older than another row on or before it", () => {
    fc.assert(
      fc.property(anyQuotes, fc.integer({ min: 95, max: 135 }), (rows, date) => {
        const found = priceInEffect(rows, date);
        const eligible = rows.filter((r) => r.quoteDate <= date);
        if (found === undefined) expect(eligible).toHaveLength(0);
        else {
          expect(found.quoteDate).toBe(Math.max(...eligible.map((r) => r.quoteDate)));
          expect(found.quantity).toBe(Math.min(...eligible.filter((r) => r.quoteDate === found.quoteDate).map((r) => r.quantity)));
        }
      }),
    );
  });
});

describe("value at a date: the latest row on or before it (FX rates, index values)", () => {
  const eurUsd = [
    { date: day("2026-07-01"), value: 1.17 },
    { date: day("2026-01-01"), value: 1.08 },
    { date: day("2026-04-01"), value: 1.12 },
    { date: day("2026-04-01"), value: 1.13 },
  ];

  it.each<[string, number | undefined]>([
    ["2025-12-31", undefined],
    ["2026-01-01", 1.08],
    ["2026-03-31", 1.08],
    ["2026-04-01", 1.13],
    ["2026-06-30", 1.13],
    ["2027-01-01", 1.17],
  ])("%s → %s (unsorted rows; of two rows on one date the later wins)", (date, expected) => {
    expect(valueAt(eurUsd, day(date))).toBe(expected);
    expect(valueTimeline(eurUsd).at(day(date))).toBe(expected);
  });

  it("gives the same value from the sorted timeline as from a scan", () => {
    const series = fc.array(fc.record({ date: fc.integer({ min: 0, max: 50 }), value: fc.double({ noNaN: true }) }), { maxLength: 50 });
    fc.assert(
      fc.property(series, fc.integer({ min: -5, max: 55 }), (points, date) => {
        expect(valueTimeline(points).at(date)).toBe(valueAt(points, date));
      }),
    );
  });
});
