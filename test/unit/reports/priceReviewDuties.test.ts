import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview, type Review } from "../../../src/reports/buildReview";
import type { PriceReviewRowJson } from "../../../src/reports/reviewJson";
import type { TableName } from "../../../src/schema/tableSpecs";
import type { RawTable } from "../../../src/model/rawTable";
import { reviewWorkbook } from "./reviewWorkbook";

/** docs/price-review.md, "Duty from the Duties table": the worked example and its edges. */

function reviewOf(tables: ReadonlyMap<TableName, RawTable>, asOf = "2026-10-15"): Review {
  const result = buildReview(tables, { period: "2026-Q3", asOf: serialFromIso(asOf)! });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function row(review: Review, sku: string, supplier: string): PriceReviewRowJson {
  const found = review.json.priceReview.find((candidate) => candidate.sku === sku && candidate.supplier === supplier);
  if (found === undefined) throw new Error(`no row for ${sku} / ${supplier}`);
  return found;
}

const DUTIES = [
  ["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To", "Source"],
  ["*", "4202.92.31", "MFN", 0.176, null, "2025-01-01", null, "HTSUS 4202.92.31"],
  ["China", "4202.92", "Section 301", 0.25, null, "2019-05-10", null, "84 FR 20459"],
  ["*", "*", "Section 122", 0.1, null, "2026-02-24", "2026-07-23", "Proclamation of 2026-02-20"],
];
const QUOTES = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Incoterm", "MOQ", "FreightPerUnit", "DutyRate", "HtsCode", "Origin"];

describe("duty from the Duties table in the price review (2026-Q3 reviewed on 2026-10-15)", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier", "Country"], ["Ningbo", "China"], ["Hanoi", "VN"], ["Dhaka", "Bangladesh"], ["Nowhere", null]],
    Quotes: [
      QUOTES,
      ["Ningbo", "BAG", "2026-05-10", 10, "FOB", 1000, 0.5, null, "4202.92.3131", null], // Origin: Ningbo's Country, CN
      ["Hanoi", "BAG", "2026-05-12", 16, "DDP", 1000, null, null, "4202.92.3131", null], // the seller pays the duty
      ["Dhaka", "BAG", "2026-05-12", 10, "FOB", 1000, 0.5, 0.2, "4202.92.3131", null], // a typed DutyRate wins
      ["Dhaka", "TEE", "2026-05-12", 4, "FOB", 1000, null, null, "6109.10.00", null], // no Duties row for 6109
      ["Nowhere", "BAG", "2026-05-12", 9, "FOB", 1000, null, null, "4202.92.3131", null], // no Origin, no Country
    ],
    Duties: DUTIES,
  });
  const review = reviewOf(tables);

  it("a blank DutyRate with an HtsCode takes the Duties rate in force at the as-of date: 17.6% + 25% = 42.6% of 10.00", () => {
    // 10 + 0.50 freight + 0.426 × 10 = 14.76; Section 122 ended on 07-23, before the as-of date (09-30).
    expect(row(review, "BAG", "Ningbo").landedCost).toBeCloseTo(14.76, 9);
  });
  it("old and new duty rates at the previous and this period's as-of dates, and the tariff effect per unit", () => {
    const ningbo = row(review, "BAG", "Ningbo");
    expect(ningbo.oldDutyRate).toBeCloseTo(0.526, 12); // on 06-30 with Section 122's 10%
    expect(ningbo.newDutyRate).toBeCloseTo(0.426, 12);
    // (0.426 − 0.526) × 10.00 customs value = −1.00 per unit: a tariff change without a new quote.
    expect(ningbo.tariffEffect).toBeCloseTo(-1, 12);
    expect(ningbo.changePct).toBe(0);
  });
  it("under DDP the rates show and the tariff effect is null; the landed cost has no duty", () => {
    const hanoi = row(review, "BAG", "Hanoi");
    expect([hanoi.oldDutyRate, hanoi.newDutyRate]).toEqual([expect.closeTo(0.276, 12), expect.closeTo(0.176, 12)]);
    expect(hanoi.tariffEffect).toBeNull();
    expect(hanoi.landedCost).toBeCloseTo(16, 12);
  });
  it("a typed DutyRate is the quote's own: no Duties columns", () => {
    const dhaka = row(review, "BAG", "Dhaka");
    expect(dhaka.landedCost).toBeCloseTo(10 + 0.5 + 2, 12);
    expect([dhaka.oldDutyRate, dhaka.newDutyRate, dhaka.tariffEffect]).toEqual([null, null, null]);
  });
  it("an HtsCode with nothing in force lands with no duty and is listed", () => {
    // Only Section 122 ever covered 6109 here: 10% on 06-30, nothing on 09-30.
    expect(row(review, "TEE", "Dhaka")).toMatchObject({ landedCost: 4, oldDutyRate: 0.1, newDutyRate: 0, tariffEffect: expect.closeTo(-0.4, 12) });
    expect(review.json.problems).toContainEqual({ table: "Quotes", row: 5, column: "HtsCode", message: "Duties has no row in force on 2026-09-30 for HtsCode 6109.10.00 from BD: TEE lands with no duty" });
  });
  it("an HtsCode without Origin or supplier Country has no landed cost, and says why", () => {
    expect(row(review, "BAG", "Nowhere").landedCost).toBeNull();
    expect(review.json.problems).toContainEqual({
      table: "Quotes",
      row: 6,
      column: "HtsCode",
      message: "No landed cost for BAG: HtsCode 4202.92.3131 is given and DutyRate is blank, but the quote has no Origin and its supplier no Country: the Duties rate cannot be looked up",
    });
  });
  it("the best landed cost reads the duty from Duties too", () => {
    // Dhaka 12.50 (typed 20%) < Ningbo 14.76 < Hanoi 16.00.
    expect(row(review, "BAG", "Ningbo")).toMatchObject({ bestSupplier: "Dhaka", bestLandedCost: expect.closeTo(12.5, 12) });
  });
  it("the sheet shows the three columns after the landed cost", () => {
    const sheet = review.sheets[1]!;
    const headerRow = sheet.cells.find((cells) => cells.includes("Old duty rate"))!;
    const at = (header: string) => headerRow.indexOf(header);
    expect(at("New duty rate")).toBe(at("Old duty rate") + 1);
    expect(at("Tariff effect (USD)")).toBe(at("New duty rate") + 1);
    expect(at("Old duty rate")).toBe(at("Landed cost (USD)") + 1);
  });
});

describe("Duties rows and quote origins are read as PRODUCT.md says", () => {
  it("an unknown country, a bad tariff code and a rate typed as a percentage are problems", () => {
    const review = reviewOf(
      reviewWorkbook({
        Suppliers: [["Supplier", "Country"], ["Acme", "Narnia"]],
        Quotes: [QUOTES, ["Acme", "S1", "2026-05-10", 10, "FOB", null, null, 12, "42O2", "Atlantis"]],
        Duties: [...DUTIES, ["Mordor", "4202", "MFN", 17.6, null, "2025-01-01", "2024-01-01", null]],
      }),
    );
    expect(review.json.problems).toEqual(
      expect.arrayContaining([
        { table: "Suppliers", row: 2, column: "Country", message: '"Narnia" is not a country: give its ISO 3166 code (CN) or English name (China)' },
        { table: "Quotes", row: 2, column: "DutyRate", message: "12 is implausibly large (above 3)" },
        { table: "Quotes", row: 2, column: "HtsCode", message: '"42O2" is not a tariff code: give its digits, with dots or spaces as you like (4202.21.6000)' },
        { table: "Quotes", row: 2, column: "Origin", message: '"Atlantis" is not a country: give its ISO 3166 code (CN) or English name (China)' },
        { table: "Duties", row: 5, column: "Origin", message: '"Mordor" is not a country: give its ISO 3166 code (CN) or English name (China), or * for any origin' },
        { table: "Duties", row: 5, column: "Rate", message: "17.6 is implausibly large (above 3)" },
      ]),
    );
  });
});
