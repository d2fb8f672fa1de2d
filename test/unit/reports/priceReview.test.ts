import { DECISION_PROMPT } from "../../../src/reports/priceReviewSheet";
import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview, type Review } from "../../../src/reports/buildReview";
import type { PriceReviewRowJson } from "../../../src/reports/reviewJson";
import type { TableName } from "../../../src/schema/tableSpecs";
import type { RawTable } from "../../../src/model/rawTable";
import { reviewWorkbook } from "./reviewWorkbook";
import { reviewLookups } from "../../../src/reports/lookups";
import { parseWorkbook } from "../../../src/schema/tables";
import { compareQuotes } from "../../../src/taskpane/quotes/quoteComparison";

function reviewOf(tables: ReadonlyMap<TableName, RawTable>, asOf = "2026-12-31"): Review {
  const result = buildReview(tables, { period: "2026-Q3", asOf: serialFromIso(asOf)! });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function row(review: Review, sku: string, supplier: string): PriceReviewRowJson {
  const found = review.json.priceReview.find((candidate) => candidate.sku === sku && candidate.supplier === supplier);
  if (found === undefined) throw new Error(`no row for ${sku} / ${supplier}`);
  return found;
}

const QUOTE_HEADERS = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "Quantity", "MOQ", "Material", "Labor", "MaterialIndex", "LaborIndex"];

describe("price in effect at period end and at the previous period end", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"]],
    Quotes: [
      QUOTE_HEADERS,
      ["Acme", "S1", "2026-03-01", 10.0, null, 1, null, null, null, null, null],
      ["Acme", "S1", "2026-03-01", 9.0, null, 1000, null, null, null, null, null],
      ["Acme", "S1", "2026-06-15", 10.4, null, 1, null, null, null, null, null], // in effect on 06-30 (latest date, smallest tier)
      ["Acme", "S1", "2026-06-15", 10.0, null, 500, null, null, null, null, null],
      ["Acme", "S1", "2026-08-01", 11.0, null, 1, null, null, null, null, null], // in effect on 09-30
      ["Acme", "S1", "2026-10-05", 12.0, null, 1, null, null, null, null, null], // after the period
      ["Acme", "S2", "2026-10-01", 5.0, null, 1, null, null, null, null, null], // first quoted after the period: no row
      ["Acme", "S3", "2026-09-01", 7.0, null, 1, null, null, null, null, null], // first quoted in the period: New
    ],
  });
  const review = reviewOf(tables);

  it("takes the smallest tier of the latest QuoteDate on or before each date", () => {
    // Old 10.40 (06-15, tier 1), new 11.00 (08-01): change 0.60, 0.60 / 10.40 = 5.77%.
    expect(row(review, "S1", "Acme")).toMatchObject({ oldPrice: 10.4, newPrice: 11, flag: "Negotiate", expectedPrice: null });
    expect(row(review, "S1", "Acme").change).toBeCloseTo(0.6, 12);
    expect(row(review, "S1", "Acme").changePct).toBeCloseTo(0.6 / 10.4, 12);
  });
  it("has a row only for prices in effect at period end, and flags a first quote New", () => {
    expect(review.json.priceReview.map((r) => r.sku)).toEqual(["S1", "S3"]);
    expect(row(review, "S3", "Acme")).toMatchObject({ oldPrice: null, change: null, changePct: null, flag: "New" });
  });
});

describe("a period reviewed before it starts", () => {
  it("compares no quote dated after the run's as-of date, as new or as old", () => {
    // 2026-Q4 reviewed on 2026-09-01: both ends are as of 09-01, so the 09-15 quote typed ahead of time is
    // neither price; 10.00 against 10.00. Before, the old price was taken at 09-30 (11.00): a fall of 9%.
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice"], ["Acme", "S1", "2026-08-01", 10], ["Acme", "S1", "2026-09-15", 11]],
    });
    const result = buildReview(tables, { period: "2026-Q4", asOf: serialFromIso("2026-09-01")! });
    if (!result.ok) throw new Error(result.message);
    expect(row(result.value, "S1", "Acme")).toMatchObject({ oldPrice: 10, newPrice: 10, change: 0, changePct: 0, flag: "Accept" });
  });
});

describe("index-linked expected price", () => {
  // Old quote: 10.00 with Material 4.00 (40%) on the Cotton index and Labor 3.00 (30%) on the Wage index.
  // Cotton 100 on the old QuoteDate, 120 on the new; Wage 200 then 210.
  // Expected = 10 × (1 + 0.4 × (120/100 − 1) + 0.3 × (210/200 − 1)) = 10 × 1.095 = 10.95.
  const quotes = (newPrice: number) =>
    reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [
        QUOTE_HEADERS,
        ["Acme", "S1", "2026-06-15", 10, null, 1, null, 4, 3, "Cotton", "Wage"],
        ["Acme", "S1", "2026-08-01", newPrice, null, 1, null, null, null, "Cotton", "Wage"],
      ],
      Indices: [
        ["Index", "Date", "Value"],
        ["cotton", "2026-06-01", 100],
        ["Cotton", "2026-08-01", 120],
        ["Wage", "2026-06-01", 200],
        ["Wage", "2026-07-01", 210],
      ],
    });

  it("moves the old price by the indices' change, weighted by the old quote's shares", () => {
    const review = reviewOf(quotes(11.2));
    expect(row(review, "S1", "Acme").expectedPrice).toBeCloseTo(10.95, 12);
    // 11.20 − 10.95 = 0.25 above what the indices justify; +12% > 3%: Negotiate.
    expect(row(review, "S1", "Acme").excess).toBeCloseTo(0.25, 12);
    expect(row(review, "S1", "Acme").flag).toBe("Negotiate");
  });
  it("accepts a rise above the threshold that the indices justify", () => {
    // +9% > 3%, but 10.90 is below the expected 10.95.
    expect(row(reviewOf(quotes(10.9)), "S1", "Acme").flag).toBe("Accept");
  });
  it("accepts a rise within the threshold", () => {
    // +2% ≤ 3%.
    expect(row(reviewOf(quotes(10.2)), "S1", "Acme").flag).toBe("Accept");
  });
  it("names the missing index value as a problem and gives no expected price", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [QUOTE_HEADERS, ["Acme", "S1", "2026-06-15", 10, null, 1, null, 4, null, "Steel", null], ["Acme", "S1", "2026-08-01", 10.1, null, 1, null, null, null, null, null]],
    });
    const review = reviewOf(tables);
    expect(row(review, "S1", "Acme").expectedPrice).toBeNull();
    expect(review.json.problems).toEqual([{ table: "Quotes", row: 2, column: "MaterialIndex", message: "Indices has no Steel value on or before 2026-06-15: no expected price for S1" }]);
  });
});

describe("an old quote whose indexed components exceed its price", () => {
  it("gets no expected price, and the problem names the Quotes columns, not INDEXPRICE's shares", () => {
    // Material 7 + Labor 5 = 12 of a 10.00 price: the indexed shares would be 120% of it.
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [QUOTE_HEADERS, ["Acme", "S1", "2026-06-15", 10, null, 1, null, 7, 5, "Cotton", "Wage"], ["Acme", "S1", "2026-08-01", 11, null, 1, null, null, null, null, null]],
      Indices: [["Index", "Date", "Value"], ["Cotton", "2026-01-01", 100], ["Wage", "2026-01-01", 100]],
    });
    const review = reviewOf(tables);
    expect(row(review, "S1", "Acme").expectedPrice).toBeNull();
    expect(review.json.problems).toEqual([
      { table: "Quotes", row: 2, column: "Material", message: "Material and Labor (12) come to more than the UnitPrice (10): no expected price for S1" },
    ]);
  });
});

describe("flags, landed cost, best supplier and single source", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"], ["Bolt"]],
    Quotes: [
      ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "MOQ", "Tooling", "FreightPerUnit", "DutyRate", "Material", "Trims", "Labor", "Overhead", "Packaging", "Margin"],
      ["Acme", "TEE", "2026-05-01", 10, "USD", 1000, 2000, 1.2, 0.12, null, null, null, null, null, null],
      // Landed: unit price 10 + 2000 / 1000 = 12; freight 1.2 × 1000 / 1000 = 1.2; duty 0.12 × 12 = 1.44; 12 + 1.2 + 1.44 = 14.64.
      ["Acme", "TEE", "2026-08-01", 10, "USD", 1000, 2000, 1.2, 0.12, 4, 1, 3, 1, 0.5, 0.4],
      // Components 4 + 1 + 3 + 1 + 0.5 + 0.4 = 9.90: 1% short of 10.00, beyond 0.5%: Check breakdown.
      ["Bolt", "TEE", "2026-05-01", 70, "CNY", null, null, 1.2, 0.12, null, null, null, null, null, null],
      // Landed: quantity 1 (no MOQ); 70 CNY × 0.14 = 9.80; freight 1.20; duty 0.12 × 9.80 = 1.176; 12.176.
      ["Bolt", "TEE", "2026-08-02", 70, "CNY", null, null, 1.2, 0.12, 30, 5, 20, 6, 3, 5.8],
      // Components sum to 69.80: 0.29% short of 70, within 0.5%: no breakdown flag; unchanged: Accept.
      ["Bolt", "CAP", "2026-08-02", 3, "USD", null, null, null, null, null, null, null, null, null, null],
    ],
    FxRates: [["Currency", "Date", "Rate"], ["CNY", "2026-04-01", 0.13], ["CNY", "2026-08-01", 0.14]],
  });
  const review = reviewOf(tables);

  it("landed cost per PRODUCT.md: tooling over MOQ is dutiable, freight per unit, FX at the QuoteDate", () => {
    expect(row(review, "TEE", "Acme").landedCost).toBeCloseTo(14.64, 12);
    expect(row(review, "TEE", "Bolt").landedCost).toBeCloseTo(12.176, 12);
  });
  it("best landed cost and who quotes it, across suppliers of the SKU", () => {
    for (const supplier of ["Acme", "Bolt"]) {
      expect(row(review, "TEE", supplier)).toMatchObject({ bestSupplier: "Bolt", singleSource: false });
      expect(row(review, "TEE", supplier).bestLandedCost).toBeCloseTo(12.176, 12);
    }
    expect(row(review, "CAP", "Bolt")).toMatchObject({ singleSource: true, bestSupplier: "Bolt", bestLandedCost: 3, landedCost: 3 });
  });
  it("Check breakdown when the components miss the unit price by more than 0.5%", () => {
    expect(row(review, "TEE", "Acme").flag).toBe("Check breakdown");
    expect(row(review, "TEE", "Bolt").flag).toBe("Accept");
  });
  it("shows each component's change in the sheet where both quotes break the price down", () => {
    const sheet = review.sheets[1]!;
    const header = sheet.cells[3]!;
    const bolt = sheet.cells.find((cells) => cells[0] === "TEE" && cells[1] === "Bolt")!;
    // The old Bolt quote gave no breakdown: no component change.
    expect(bolt[header.indexOf("Δ Material")]).toBeNull();
  });
});

describe("flags at their limits", () => {
  const flagOf = (oldPrice: number, newPrice: number, components: number[] = []) => {
    const headers = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Material", "Trims", "Labor", "Overhead", "Packaging", "Margin"];
    const breakdown = [...components, ...Array<null>(6 - components.length).fill(null)];
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [headers, ["Acme", "S1", "2026-05-01", oldPrice, ...Array<null>(6).fill(null)], ["Acme", "S1", "2026-08-01", newPrice, ...breakdown]],
    });
    return row(reviewOf(tables), "S1", "Acme").flag;
  };

  it("a rise of exactly the 3% threshold is not above it: Accept", () => {
    // (10.30 − 10.00) / 10.00 is 0.030000000000000072 in binary arithmetic; the user typed 3%.
    expect(flagOf(10, 10.3)).toBe("Accept");
    expect(flagOf(4, 4.12)).toBe("Accept");
    // One cent more is above it: 10.31 / 10.00 − 1 = 3.1%, no index: Negotiate.
    expect(flagOf(10, 10.31)).toBe("Negotiate");
  });
  it("components exactly 0.5% off the unit price are within the tolerance", () => {
    // 4 + 1 + 3 + 1 + 0.5 + 0.55 = 10.05 against 10.00: off by 0.05 = 0.5% (0.05000000000000071 in binary).
    expect(flagOf(10, 10, [4, 1, 3, 1, 0.5, 0.55])).toBe("Accept");
    // 10.06 is 0.6% off: Check breakdown.
    expect(flagOf(10, 10, [4, 1, 3, 1, 0.5, 0.56])).toBe("Check breakdown");
  });
});

describe("a price quoted in a new currency", () => {
  it("is compared after restating the old price at the old QuoteDate's rates", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency"], ["Acme", "S1", "2026-05-01", 70, "CNY"], ["Acme", "S1", "2026-08-01", 10.5, "USD"]],
      FxRates: [["Currency", "Date", "Rate"], ["CNY", "2026-04-01", 0.14]],
    });
    // 70 CNY × 0.14 = 9.80 USD; 10.50 / 9.80 − 1 = 7.14%.
    const moved = row(reviewOf(tables), "S1", "Acme");
    expect(moved.oldPrice).toBeCloseTo(9.8, 12);
    expect(moved.changePct).toBeCloseTo(10.5 / 9.8 - 1, 12);
  });

  it("without FX rates has no old price or change, is listed, and is not flagged New", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency"], ["Acme", "S1", "2026-05-01", 70, "CNY"], ["Acme", "S1", "2026-08-01", 10.5, "USD"]],
    });
    const review = reviewOf(tables);
    expect(row(review, "S1", "Acme")).toMatchObject({ oldPrice: null, change: null, changePct: null, flag: "Accept" });
    expect(review.json.problems.map(({ table, row: line, column }) => `${table} ${line} ${column}`)).toEqual(["Quotes 2 Currency"]);
  });
});

describe("agreed prices (PriceDecisions) in the review and the scorecard", () => {
  const DECISION_HEADERS = ["Period", "SKU", "Supplier", "Decision", "AgreedPrice", "EffectiveFrom", "DecidedAt"];
  const tablesWith = (decisions: (string | number | null)[][]) =>
    reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [
        ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Quantity"],
        ["Acme", "S1", "2026-06-01", 10, 1],
        ["Acme", "S1", "2026-08-01", 11.2, 1], // Q3: +12%, Negotiate
        ["Acme", "S1", "2026-08-01", 10.08, 1000],
      ],
      Shipments: [
        ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate"],
        ["Acme", "P1", "S1", 100, "2026-09-20", "2026-09-30"], // at the quote: 11.20
        ["Acme", "P2", "S1", 100, "2026-10-20", "2026-10-20"], // at the agreement: 10.50
        ["Acme", "P3", "S1", 2000, "2026-11-20", "2026-11-20"], // tier 1000 scaled: 10.08 × 10.5 / 11.2 = 9.45
      ],
      PriceDecisions: [DECISION_HEADERS, ...decisions],
    });
  const counter = ["2026-Q3", "S1", "Acme", "Counter", 10.5, null, "2026-09-28T15:00"];
  const review = (tables: ReturnType<typeof tablesWith>, period: string) => {
    const result = buildReview(tables, { period, asOf: serialFromIso("2026-12-31")! });
    if (!result.ok) throw new Error(result.message);
    return result.value.json;
  };

  it("Q3's own review still compares the quotes: the Counter takes effect the day after Q3 ends", () => {
    const q3 = review(tablesWith([counter]), "2026-Q3");
    expect(q3.priceReview[0]).toMatchObject({ oldPrice: 10, newPrice: 11.2, flag: "Negotiate" });
    expect(q3.suppliers[0]!.spend).toBeCloseTo(1120, 9);
  });

  it("Q4 measures from the agreed price: old price 10.50, not the countered 11.20; spend after 10-01 at the agreed tiers", () => {
    const q4 = review(tablesWith([counter]), "2026-Q4");
    expect(q4.priceReview[0]).toMatchObject({ oldPrice: 10.5, newPrice: 10.5, change: 0, changePct: 0, flag: "Accept" });
    expect(q4.suppliers[0]!.priceChange).toBe(0);
    expect(q4.suppliers[0]!.spend).toBeCloseTo(100 * 10.5 + 2000 * 9.45, 9);
    expect(q4.problems).toEqual([]);
  });

  it("a later quote wins over the agreement", () => {
    const tables = tablesWith([counter]);
    const quotes = tables.get("Quotes")!;
    const withNewQuote = new Map(tables).set("Quotes", { ...quotes, rows: [...quotes.rows, ["Acme", "S1", "2026-11-01", 10.8, 1]] });
    expect(review(withNewQuote, "2026-Q4").priceReview[0]).toMatchObject({ oldPrice: 10.5, newPrice: 10.8 });
  });

  it("a Reject recorded after the Counter voids its price; a Counter recorded after a Reject stands", () => {
    const rejectLater = review(tablesWith([counter, ["2026-Q3", "S1", "Acme", "Reject", null, null, "2026-09-29T09:00"]]), "2026-Q4");
    expect(rejectLater.priceReview[0]).toMatchObject({ oldPrice: 11.2, newPrice: 11.2 });
    const rejectEarlier = review(tablesWith([counter, ["2026-Q3", "S1", "Acme", "Reject", null, null, "2026-09-27T09:00"]]), "2026-Q4");
    expect(rejectEarlier.priceReview[0]).toMatchObject({ oldPrice: 10.5, newPrice: 10.5 });
  });

  it("each row shows the period's decision; a Negotiate row without one is Open; the sheet counts them", () => {
    const decided = review(tablesWith([counter]), "2026-Q3").priceReview[0];
    expect(decided).toMatchObject({ flag: "Negotiate", decision: "Counter", agreedPrice: 10.5, effectiveFrom: "2026-10-01" });
    const open = review(tablesWith([]), "2026-Q3").priceReview[0];
    expect(open).toMatchObject({ flag: "Negotiate", decision: "Open", agreedPrice: null, effectiveFrom: null });
    const accepted = review(tablesWith([counter]), "2026-Q4").priceReview[0];
    expect(accepted).toMatchObject({ flag: "Accept", decision: null });

    const result = buildReview(tablesWith([counter]), { period: "2026-Q3", asOf: serialFromIso("2026-12-31")! });
    if (!result.ok) throw new Error(result.message);
    const sheet = result.value.sheets[1]!;
    const headers = sheet.cells[3]!;
    const at = (header: string) => headers.indexOf(header);
    // To the table's last column; past it are only the bridge chart's hidden helper cells, headed on the block's own header row.
    expect(headers.slice(at("Flag"), at("Costcard wrote: Decided by") + 1)).toEqual([
      "Flag",
      "Decision",
      "Agreed price",
      "Effective from",
      "Note",
      "Decided by",
      "Costcard wrote: SKU",
      "Costcard wrote: Supplier",
      "Costcard wrote: Decision",
      "Costcard wrote: Agreed price",
      "Costcard wrote: Effective from",
      "Costcard wrote: Note",
      "Costcard wrote: Decided by",
    ]);
    expect(headers.slice(at("Costcard wrote: Decided by") + 1).every((header) => header === null)).toBe(true);
    expect(sheet.cells[4]!.slice(at("Decision"), at("Decided by") + 1)).toEqual(["Counter", 10.5, serialFromIso("2026-10-01"), null, null]);
    expect(sheet.cells[1]![0]).toContain("· 1 decided, 0 open");
    expect(sheet.inputCells).toEqual([at("Decision"), at("Agreed price"), at("Effective from"), at("Note"), at("Decided by")].map((column) => ({ row: 4, column, rowCount: 1, columnCount: 1 })));
    expect(sheet.dropDowns).toEqual([{ range: { row: 4, column: at("Decision"), rowCount: 1, columnCount: 1 }, choices: ["Accept", "Counter", "Reject", "Re-source", "Hold"], prompt: DECISION_PROMPT }]);
    // The copies of what Costcard wrote, then the bridge chart's four helper columns past them.
    const helpers = [1, 2, 3, 4].map((offset) => at("Costcard wrote: Decided by") + offset);
    expect(sheet.hiddenColumns).toEqual([...headers.flatMap((header, column) => (String(header).startsWith("Costcard wrote: ") ? [column] : [])), ...helpers]);
  });

  it("Effective from shows only for a decision that sets a price: a Hold, Reject, Re-source or Accept without AgreedPrice has none, in the JSON and on the sheet", () => {
    for (const decision of ["Hold", "Reject", "Re-source", "Accept"]) {
      const result = buildReview(tablesWith([["2026-Q3", "S1", "Acme", decision, null, "2026-10-15", "2026-09-28T15:00"]]), { period: "2026-Q3", asOf: serialFromIso("2026-12-31")! });
      if (!result.ok) throw new Error(result.message);
      expect(result.value.json.priceReview[0]).toMatchObject({ decision, agreedPrice: null, effectiveFrom: null });
      const sheet = result.value.sheets[1]!;
      const headers = sheet.cells[3]!;
      expect(sheet.cells[4]![headers.indexOf("Effective from")]).toBeNull();
      expect(sheet.cells[4]![headers.indexOf("Costcard wrote: Effective from")]).toBeNull();
    }
    const accepted = review(tablesWith([["2026-Q3", "S1", "Acme", "Accept", 10.9, "2026-10-15", "2026-09-28T15:00"]]), "2026-Q3");
    expect(accepted.priceReview[0]).toMatchObject({ decision: "Accept", agreedPrice: 10.9, effectiveFrom: "2026-10-15" });
  });

  it("an agreement with no quote to scale from sets no price and is listed", () => {
    const q4 = review(tablesWith([["2026-Q3", "S9", "Acme", "Accept", 3, null, null]]), "2026-Q4");
    expect(q4.problems).toEqual([{ table: "PriceDecisions", row: 2, column: "EffectiveFrom", message: expect.stringMatching(/^Quotes has no price for S9 from Acme on or before 2026-10-01/) }]);
  });
});

describe("the task pane's quote comparison sees agreed prices", () => {
  it("compares a SKU at the agreed price from its EffectiveFrom on", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"], ["Bolt"]],
      Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice"], ["Acme", "S1", "2026-08-01", 11.2], ["Bolt", "S1", "2026-08-01", 10.8]],
      PriceDecisions: [["Period", "SKU", "Supplier", "Decision", "AgreedPrice"], ["2026-Q3", "S1", "Acme", "Counter", 10.5]],
    });
    const { data, settings } = parseWorkbook(tables);
    const lookups = reviewLookups(data, settings.homeCurrency);
    const on = (iso: string) => compareQuotes("S1", lookups, settings, serialFromIso(iso)!).map((quote) => [quote.supplier, quote.unitPrice]);
    expect(on("2026-09-30")).toEqual([["Bolt", 10.8], ["Acme", 11.2]]);
    expect(on("2026-10-01")).toEqual([["Acme", 10.5], ["Bolt", 10.8]]);
  });
});
