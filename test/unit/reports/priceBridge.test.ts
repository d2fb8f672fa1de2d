import type { PriceReviewRowJson } from "../../../src/reports/reviewJson";
import { quarterReview, reviewRow, reviewWorkbook } from "./reviewWorkbook";

/** docs/price-review.md, "Why the landed cost moved": the worked examples, 2026-Q3 reviewed on 2026-10-15 (as-of 09-30, previous 06-30). */

const reviewOf = (tables: Parameters<typeof quarterReview>[0]) => quarterReview(tables, "2026-10-15");
const row = reviewRow;

const BRIDGE_KEYS = ["landedThen", "indices", "beyondIndices", "fx", "freightAndTerms", "tariff", "landedNow"] as const;
const bridgeOf = (found: PriceReviewRowJson) => BRIDGE_KEYS.map((key) => found[key]);
/** Each figure to 1e-9, nulls as null. */
const figures = (...values: (number | null)[]) => values.map((value) => (value === null ? null : expect.closeTo(value, 9)));

const QUOTES = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "Incoterm", "MOQ", "Tooling", "FreightPerUnit", "InsurancePerUnit", "DutyRate", "HtsCode", "Material", "Labor", "MaterialIndex", "LaborIndex"];
const SHIPMENTS = ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate"];

describe("the price bridge, worked examples (FOB valuation)", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier", "Country"], ["Acme", "CN"], ["Berlin", "DE"], ["Hanoi", "VN"], ["ToolCo", "CN"], ["Plain", "IN"], ["Ningbo", "CN"], ["Saigon", "VN"], ["Shenzhen", "CN"]],
    Quotes: [
      QUOTES,
      ["Acme", "S1", "2026-04-01", 10, "USD", "FOB", 1000, null, 1.2, null, 0.12, null, 4, 3, "Cotton", "Wage"],
      ["Acme", "S1", "2026-08-01", 11.2, "USD", "FOB", 1000, null, 1.2, null, 0.12, null, 4.48, 3.36, "Cotton", "Wage"],
      ["Berlin", "S2", "2026-05-01", 8, "EUR", "FOB", null, null, 1, null, 0.1, null, null, null, null, null],
      ["Berlin", "S2", "2026-08-15", 8.4, "EUR", "FOB", null, null, 1, null, 0.1, null, null, null, null, null],
      ["Hanoi", "S4", "2026-04-15", 16, "USD", "DDP", 500, null, null, null, 0.2, null, null, null, null, null],
      ["Hanoi", "S4", "2026-08-15", 16.5, "USD", "DDP", 500, null, null, null, 0.3, null, null, null, null, null],
      ["ToolCo", "S5", "2026-04-01", 5, "USD", "FOB", 1000, 1000, 0.5, null, 0.1, null, null, null, null, null],
      ["ToolCo", "S5", "2026-08-01", 5, "USD", "FOB", 2000, 1000, 0.5, null, 0.1, null, null, null, null, null],
      ["Plain", "S6", "2026-04-01", 4, "USD", "FOB", null, null, null, null, 0, null, null, null, null, null],
      ["Plain", "S6", "2026-08-01", 4.2, "USD", "FOB", null, null, null, null, 0, null, null, null, null, null],
      ["Ningbo", "BAG", "2026-05-10", 10, "USD", "FOB", 1000, null, 0.5, null, null, "4202.92.3131", null, null, null, null],
      ["Saigon", "SHOE", "2026-04-10", 20, "USD", "FOB", null, null, 1, null, null, "6404.11.90", null, null, null, null],
      ["Saigon", "SHOE", "2026-08-10", 22, "USD", "FOB", null, null, 1, null, null, "6404.11.90", null, null, null, null],
      ["Shenzhen", "S9", "2026-04-01", 70, "CNY", "FOB", null, null, 1.2, null, 0.12, null, null, null, null, null],
      ["Shenzhen", "S9", "2026-08-01", 9, "EUR", "FOB", null, null, 1.2, null, 0.12, null, null, null, null, null],
    ],
    FxRates: [
      ["Currency", "Date", "Rate"],
      ["EUR", "2026-01-01", 1.08],
      ["EUR", "2026-06-01", 1.1],
      ["EUR", "2026-09-01", 1.2],
      ["CNY", "2026-01-01", 0.14],
    ],
    Indices: [
      ["Index", "Date", "Value"],
      ["Cotton", "2026-03-01", 100],
      ["Cotton", "2026-07-01", 120],
      ["Wage", "2026-03-01", 200],
      ["Wage", "2026-07-01", 210],
    ],
    Duties: [
      ["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To", "Source"],
      ["*", "4202.92.31", "MFN", 0.176, null, "2025-01-01", null, "HTSUS 4202.92.31"],
      ["China", "4202.92", "Section 301", 0.25, null, "2019-05-10", null, "84 FR 20459"],
      ["*", "*", "Section 122", 0.1, null, "2026-02-24", "2026-07-23", "Proclamation of 2026-02-20"],
      ["*", "6404.11.90", "MFN", 0.2, null, "2025-01-01", null, "HTSUS 6404.11.90"],
      ["VN", "6404.11.90", "Safeguard", null, 0.5, "2025-01-01", "2026-07-31", "example"],
      ["VN", "6404.11.90", "Safeguard", null, 0.8, "2026-08-01", null, "example"],
    ],
    Shipments: [
      SHIPMENTS,
      ["Acme", "P1", "S1", 500, "2026-08-20", "2026-08-20"],
      ["Berlin", "P2", "S2", 200, "2026-09-05", "2026-09-05"],
      ["Hanoi", "P3", "S4", 100, "2026-09-01", "2026-09-01"],
      ["ToolCo", "P4", "S5", 1000, "2026-08-10", "2026-08-10"],
      ["Plain", "P5", "S6", 300, "2026-08-10", "2026-08-10"],
      ["Ningbo", "P6", "BAG", 400, "2026-07-10", "2026-07-12"],
      ["Ningbo", "P7", "BAG", 100, "2026-09-20", null], // open: not delivered, not counted
      ["Saigon", "P8", "SHOE", 150, "2026-08-20", "2026-08-22"],
      ["Shenzhen", "P9", "S9", 250, "2026-09-10", "2026-09-10"],
    ],
  });
  const review = reviewOf(tables);

  it("1. USD FOB with indices: 12.40 → 13.744, the indices explain 1.064 and the factory 0.28", () => {
    // Expected 10 × (1 + 0.4 × 0.2 + 0.3 × 0.05) = 10.95; duty 12% on each price.
    expect(bridgeOf(row(review, "S1", "Acme"))).toEqual(figures(12.4, 1.064, 0.28, 0, 0, 0, 13.744));
    expect(row(review, "S1", "Acme").units).toBe(500);
  });

  it("2. a EUR quote with a currency move: 8.00 → 8.40 EUR while EUR went from 1.10 to 1.20", () => {
    // Then 8.80 + 1.00 + 0.88 = 10.68; 8.40 at 1.10: 11.164; at 1.20: 12.088. No index: indices null.
    expect(bridgeOf(row(review, "S2", "Berlin"))).toEqual(figures(10.68, null, 0.484, 0.924, 0, 0, 12.088));
  });

  it("4. DDP: the seller pays the duty, so a DutyRate from 20% to 30% has no tariff effect", () => {
    expect(bridgeOf(row(review, "S4", "Hanoi"))).toEqual(figures(16, null, 0.5, 0, 0, 0, 16.5));
  });

  it("5. tooling and MOQ: the same price and tooling over twice the MOQ lands 0.55 lower", () => {
    // 5 + 1000 / 1000 = 6.00 → 5 + 1000 / 2000 = 5.50, with 0.50 freight and 10% duty: 7.10 → 6.55.
    expect(bridgeOf(row(review, "S5", "ToolCo"))).toEqual(figures(7.1, null, -0.55, 0, 0, 0, 6.55));
  });

  it("6. no index, no expected price: the whole price move is beyondIndices", () => {
    expect(bridgeOf(row(review, "S6", "Plain"))).toEqual(figures(4, null, 0.2, 0, 0, 0, 4.2));
  });

  it("7. Duties across a tariff change: Section 122 lapsed, tariff −1.00 = tariffEffect for a home-currency quote", () => {
    const ningbo = row(review, "BAG", "Ningbo");
    // 10 + 0.50 + 52.6% × 10 = 15.76 on 06-30; 42.6% on 09-30: 14.76.
    expect(bridgeOf(ningbo)).toEqual(figures(15.76, null, 0, 0, 0, -1, 14.76));
    expect(ningbo.tariff).toBeCloseTo(ningbo.tariffEffect!, 12);
    expect(ningbo.units).toBe(400);
  });

  it("8. a per-unit duty is held fixed through the price steps and moves in the tariff step", () => {
    const saigon = row(review, "SHOE", "Saigon");
    // On 06-30: MFN 20% + Section 122 10% on 20.00 + the 0.50 safeguard: 20 + 1 + 6 + 0.50 = 27.50. The price to 22:
    // + 2 × 1.30 = 30.10 (the 0.50 stays). The tariff step: Section 122 lapsed (−2.20), the safeguard rose to 0.80 (+0.30): 28.20.
    expect(bridgeOf(saigon)).toEqual(figures(27.5, null, 2.6, 0, 0, -1.9, 28.2));
    expect(saigon.tariff).toBeCloseTo(saigon.tariffEffect!, 12);
  });

  it("9. a quote whose currency changed: price and FX are one step", () => {
    // 70 CNY × 0.14 = 9.80 + 1.20 + 1.176 = 12.176 → 9 EUR × 1.20 = 10.80 + 1.20 + 1.296 = 13.296.
    expect(bridgeOf(row(review, "S9", "Shenzhen"))).toEqual(figures(12.176, null, 1.12, null, 0, 0, 13.296));
  });

  it("the quarter in money: Σ effect × units, landedThen and landedNow as Σ landed × units", () => {
    const rows = review.json.priceReview;
    const total = (key: (typeof BRIDGE_KEYS)[number]) => rows.reduce((sum, found) => sum + (found[key] ?? 0) * found.units, 0);
    expect(review.json.priceBridge).toEqual(Object.fromEntries(BRIDGE_KEYS.map((key) => [key, expect.closeTo(total(key), 9)])));
    // S1 500 × 1.064 = 532; the rest have no expected price.
    expect(review.json.priceBridge.indices).toBeCloseTo(532, 9);
    // Ningbo 400 × −1 + Saigon 150 × −1.90 = −685.
    expect(review.json.priceBridge.tariff).toBeCloseTo(-685, 9);
    expect(review.json.priceBridge.fx).toBeCloseTo(200 * 0.924, 9);
    // docs/price-review.md's table of the quarter.
    expect(review.json.priceBridge).toEqual({
      landedThen: expect.closeTo(31709, 9),
      indices: expect.closeTo(532, 9),
      beyondIndices: expect.closeTo(466.8, 9),
      fx: expect.closeTo(184.8, 9),
      freightAndTerms: 0,
      tariff: expect.closeTo(-685, 9),
      landedNow: expect.closeTo(32207.6, 9),
    });
    const { landedThen, indices, beyondIndices, fx, freightAndTerms, tariff, landedNow } = review.json.priceBridge;
    expect(indices + beyondIndices + fx + freightAndTerms + tariff).toBeCloseTo(landedNow - landedThen, 9);
  });
});

describe("the price bridge on a CIF valuation", () => {
  it("3. from FOB with the buyer's freight to a CIF price that holds it: the price step and the terms step cancel", () => {
    const tables = reviewWorkbook({
      Settings: [["Key", "Value"], ["Valuation", "CIF"]],
      Suppliers: [["Supplier"], ["Porto"]],
      Quotes: [
        QUOTES,
        ["Porto", "S3", "2026-04-01", 10, "USD", "FOB", null, null, 1.2, 0.3, 0.12, null, null, null, null, null],
        ["Porto", "S3", "2026-08-01", 11.5, "USD", "CIF", null, null, 1.2, 0.3, 0.12, null, null, null, null, null],
      ],
    });
    // Then 10 + 1.20 + 0.30 + 12% × 11.50 = 12.88. The CIF price under the old FOB terms: 11.5 + 1.5 + 12% × 13 = 14.56.
    // Under CIF the price holds freight and insurance: 11.50 + 12% × 11.50 = 12.88.
    expect(bridgeOf(row(reviewOf(tables), "S3", "Porto"))).toEqual(figures(12.88, null, 1.68, 0, -1.68, 0, 12.88));
  });

  it("a row without a landed cost (no FX rate at its QuoteDate) still has its bridge when the rates at both as-of dates are there, and nothing is listed twice", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Lyon"]],
      Quotes: [QUOTES, ["Lyon", "S7", "2026-04-01", 5, "EUR", "FOB", null, null, null, null, 0, null, null, null, null, null]],
      FxRates: [["Currency", "Date", "Rate"], ["EUR", "2026-05-01", 1.1], ["EUR", "2026-09-01", 1.2]],
    });
    const review = reviewOf(tables);
    expect(row(review, "S7", "Lyon").landedCost).toBeNull();
    expect(bridgeOf(row(review, "S7", "Lyon"))).toEqual(figures(5.5, null, 0, 0.5, 0, 0, 6));
    expect(review.json.problems.map((problem) => problem.message)).toEqual(["FxRates has no EUR rate on or before 2026-04-01: no landed cost for S7"]);
  });

  it("a row without an old price has no bridge, and its units still show", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Porto"]],
      Quotes: [QUOTES, ["Porto", "S3", "2026-08-01", 11.5, "USD", "FOB", null, null, null, null, null, null, null, null, null, null]],
      Shipments: [SHIPMENTS, ["Porto", "P1", "S3", 40, "2026-08-20", "2026-08-21"]],
    });
    const review = reviewOf(tables);
    expect(bridgeOf(row(review, "S3", "Porto"))).toEqual(BRIDGE_KEYS.map(() => null));
    expect(row(review, "S3", "Porto").units).toBe(40);
    expect(review.json.priceBridge).toEqual(Object.fromEntries(BRIDGE_KEYS.map((key) => [key, 0])));
  });
});
