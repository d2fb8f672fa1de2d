import fc from "fast-check";
import { errorOf } from "./customFunctionsRuntime";
import { allocate, aqlSample, indexPrice, landedCost, landedCostDetail, otdRate, priceBreak, usEntryFees } from "../../../src/functions/functions";
import { serialFromIso } from "../../../src/core/excelDate";
import { otdRate as coreOtdRate } from "../../../src/core/otd";
import { allocate as coreAllocate } from "../../../src/core/allocate";

// What each platform sends for an empty cell inside a range.
const EMPTY_CELLS = [null, "", 0] as const;

describe("arguments as Excel passes them", () => {
  it("reads an omitted optional argument (null) as its default", () => {
    expect(landedCost(10, 1000, 1200, 0.12, null as never, null as never, null as never, null as never, null as never, null as never)).toBeCloseTo(12.4, 12);
  });

  it("reads numbers typed as text", () => {
    expect(landedCost("10" as never, " 1000 " as never, "1200" as never, "0.12" as never)).toBeCloseTo(12.4, 12);
  });

  it.each([
    [() => landedCost("abc" as never, 1000), "#VALUE!", "unit_price"],
    [() => landedCost(10, true as never), "#VALUE!", "quantity"],
    [() => landedCost(10, 1000, -5), "#NUM!", "freight"],
    [() => landedCost(10, 1000, 0, 0, "FOB", "XYZ"), "#VALUE!", "valuation"],
    [() => landedCost(10, null as never), "#VALUE!", "quantity"],
    [() => usEntryFees(1000, null), "#VALUE!", "entry_date"],
    [() => usEntryFees(1000, "2026-03-02", "maybe" as never), "#VALUE!", "ocean"],
  ])("names the argument at fault: case %#", (call, code, name) => {
    const error = errorOf(call());
    expect(error?.code).toBe(code);
    expect(error?.message).toContain(name);
  });

  it("lists the standard AQLs when the AQL is not one", () => {
    const cell = (aqlSample(5000, 3) as unknown[][])[0]?.[0];
    expect(errorOf(cell)?.code).toBe("#VALUE!");
    expect(errorOf(cell)?.message).toMatch(/aql 3 is not a standard AQL.*0\.65.*2\.5.*6\.5/);
  });

  it("accepts ocean as TRUE, 1 or the text TRUE", () => {
    expect(usEntryFees(100000, "2026-03-02", true)).toBeCloseTo(471.4, 9);
    expect(usEntryFees(100000, "2026-03-02", 1 as never)).toBeCloseTo(471.4, 9);
    expect(usEntryFees(100000, "2026-03-02", "true" as never)).toBeCloseTo(471.4, 9);
  });
});

describe("empty cells inside ranges", () => {
  it.each(EMPTY_CELLS)("OTDRATE skips an empty cell sent as %p, in either range", (empty) => {
    const promised = [[46204], [empty], [46213], [46223]];
    const delivered = [[46204], [46210], [empty], [46220]];
    // Line 2 has no promised date; line 3 is open and due before as_of, so late.
    expect(otdRate(promised, delivered, 0, null as never, 46230)).toBeCloseTo(2 / 3, 12);
  });

  it("OTDRATE reads dates as serials or ISO text alike", () => {
    const iso = [["2026-07-01"], ["2026-07-10"], ["2026-07-20"]];
    const serials = iso.map(([text]) => [serialFromIso(text ?? "")]);
    const delivered = [["2026-07-01"], ["2026-07-12T16:00"], [""]];
    expect(otdRate(serials, delivered, 2, null as never, "2026-07-25")).toBe(otdRate(iso, delivered, 2, null as never, "2026-07-25"));
  });

  it("OTDRATE agrees with the core line for line, call after call (its column buffers are reused)", () => {
    const line = fc.record({
      promised: fc.oneof(fc.integer({ min: 46000, max: 46400 }), fc.constantFrom(null, "", 0)),
      delivered: fc.oneof(fc.integer({ min: 46000, max: 46400 }), fc.constantFrom(null, "", 0)),
      quantity: fc.integer({ min: 0, max: 500 }),
    });
    const empty = (cell: number | string | null): number => (typeof cell === "number" && cell > 0 ? cell : Number.NaN);
    fc.assert(
      fc.property(fc.array(fc.array(line, { minLength: 1, maxLength: 60 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 0, max: 5 }), (calls, tolerance) => {
        for (const lines of calls) {
          const cell = otdRate(
            lines.map(({ promised }) => [promised]),
            lines.map(({ delivered }) => [delivered]),
            tolerance,
            lines.map(({ quantity }) => [quantity]),
            46200,
          );
          const expected = coreOtdRate(
            lines.map(({ promised }) => empty(promised)),
            lines.map(({ delivered }) => empty(delivered)),
            tolerance,
            lines.map(({ quantity }) => quantity),
            46200,
          );
          if (expected.ok) expect(cell).toBe(expected.value);
          else expect(errorOf(cell)).toEqual({ code: "#DIV/0!", message: expected.message });
        }
      }),
    );
  });

  it.each(EMPTY_CELLS.filter((empty) => empty !== 0))("ALLOCATE keeps an empty weight (%p) empty in the spill", (empty) => {
    expect(allocate(10, [[1, empty as never], [2, 0]])).toEqual([
      [3.33, ""],
      [6.67, 0],
    ]);
  });

  it("PRICEBREAK skips a tier row whose two cells are empty, and rejects a half-filled one", () => {
    expect(priceBreak(750, [[100], [null as never], [500]], [[4.2], [""] as never, [3.9]])).toBe(3.9);
    expect(errorOf(priceBreak(750, [[100], [200]], [[4.2], [null as never]]))?.message).toContain("tier_prices");
  });

  it.each(EMPTY_CELLS)("PRICEBREAK skips blank tier rows sent as %p, even below the smallest tier", (empty) => {
    // A tier table with two spare rows: tiers 100 at 4.20 and 500 at 3.90.
    const quantities = [[100], [empty], [500], [empty]] as never;
    const prices = [[4.2], [empty], [3.9], [empty]] as never;
    expect(priceBreak(750, quantities, prices)).toBe(3.9);
    // 50 units are below the 100 tier: no price, not the 0 of a blank row read as a tier of 0.
    expect(errorOf(priceBreak(50, quantities, prices))?.code).toBe("#N/A");
  });

  it.each(EMPTY_CELLS)("INDEXPRICE skips a blank line sent as %p", (empty) => {
    // 10 × (1 + 0.5 × (110 / 100 − 1)) = 10 × 1.05 = 10.5
    expect(indexPrice(10, [[0.5], [empty]] as never, [[100], [empty]] as never, [[110], [empty]] as never)).toBeCloseTo(10.5, 12);
  });

  it("ranges of different sizes are #VALUE! naming both", () => {
    const error = errorOf(otdRate([[46204], [46205]], [[46204]]));
    expect(error?.code).toBe("#VALUE!");
    expect(error?.message).toMatch(/delivered_dates \(1×1\).*promised_dates \(2×1\)/);
  });
});

describe("spilled results", () => {
  it("LANDEDCOSTDETAIL spills seven labelled rows whose parts add up to the total", () => {
    const rows = landedCostDetail(10, 1000, 1200, 0.12, "FOB", "FOB", 300, 1, 500, 0.05) as [string, number][];
    expect(rows.map(([label]) => label)).toEqual(["Product", "Freight", "Insurance", "Duty", "Other", "Contingency", "Landed cost per unit"]);
    const parts = rows.slice(0, 6).reduce((sum, [, amount]) => sum + amount, 0);
    expect(parts).toBeCloseTo(rows[6]?.[1] ?? Number.NaN, 12);
    expect(rows[6]?.[1]).toBe(landedCost(10, 1000, 1200, 0.12, "FOB", "FOB", 300, 1, 500, 0.05));
  });

  it("ALLOCATE's parts sum exactly to the amount in cents, in the shape of the weights", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.array(fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.001, max: 1e6, noNaN: true })), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        (cents, weights) => {
          const parts = allocate(cents / 100, weights) as number[][];
          expect(parts.map((row) => row.length)).toEqual(weights.map((row) => row.length));
          const sumInCents = parts.flat().reduce((sum, part) => sum + Math.round(part * 100), 0);
          expect(sumInCents).toBe(cents);
        },
      ),
    );
  });

  it("ALLOCATE splits exactly as the core does", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        // Weights up to Excel's largest number: the cell must not scale or otherwise rework what the core splits.
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (amount, weights, decimals) => {
          const expected = coreAllocate(amount, weights, decimals);
          const cells = allocate(amount, weights.map((weight) => [weight]), decimals);
          if (expected.ok) expect(cells).toEqual(expected.value.map((part) => [part]));
          else expect(errorOf(cells[0]?.[0])?.message).toBe(expected.message);
        },
      ),
    );
  });

  it("ALLOCATE splits weights as large as Excel holds", () => {
    expect(allocate(100, [[1e308], [1e308]])).toEqual([[50], [50]]);
  });
});
