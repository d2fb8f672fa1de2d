import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview, type Review } from "../../../src/reports/buildReview";
import { reviewHighlights } from "../../../src/reports/reviewHighlights";
import { reviewWorkbook, type TableRows } from "./reviewWorkbook";

const SUPPLIERS: TableRows = [["Supplier"], ["Acme"]];
const QUOTES: TableRows = [
  ["Supplier", "SKU", "QuoteDate", "UnitPrice", "DepositPct"],
  ["Acme", "S1", "2026-06-01", 10, 0.3],
];
const SHIPMENTS: TableRows = [
  ["Supplier", "PO", "SKU", "Quantity", "OrderDate", "PromisedDate", "DeliveredDate"],
  ["Acme", "P1", "S1", 100, "2026-07-01", "2026-09-20", "2026-09-20"],
  ["Acme", "P2", "S1", 100, "2026-11-01", "2027-05-20", null],
];

function review(period: string, runAsOf: string, tables = { Suppliers: SUPPLIERS, Quotes: QUOTES, Shipments: SHIPMENTS }): Review {
  const result = buildReview(reviewWorkbook(tables), { period, asOf: serialFromIso(runAsOf)! });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("a period that starts after the run's as-of date (docs/cli.md: a warning, not a refusal)", () => {
  it("is reviewed as of the run's date, and says that nothing in it is known yet: in the JSON and first among the highlights", () => {
    const future = review("2027-Q2", "2026-12-01");
    expect(future.json.asOf).toBe("2026-12-01");
    expect(future.json.warnings).toEqual(["2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet"]);
    expect(reviewHighlights(future.json, future.homeCurrency, future.depositRecords)[0]).toBe("2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet");
    // What the review still says is true: the deposit on P2, ordered 11-01 and not delivered, is held today.
    expect(future.json.suppliers[0]!.openDeposits).toBeCloseTo(300, 9);
  });

  it("a period under way, or starting on the as-of date, has no warning; nor has a past one", () => {
    expect(review("2026-Q4", "2026-12-01").json.warnings).toEqual([]);
    expect(review("2026-12", "2026-12-01").json.warnings).toEqual([]);
    expect(review("2026-Q3", "2026-12-01").json.warnings).toEqual([]);
    expect(review("2027-01", "2026-12-31").json.warnings).toEqual(["2027-01 starts after the as-of date 2026-12-31: nothing in it is known yet"]);
  });
});

describe("what the workbook records of deposits", () => {
  it("DepositPct on a quote and OrderDate on a line are told apart from their absence", () => {
    expect(review("2026-Q3", "2026-12-01").depositRecords).toEqual({ depositPct: true, orderDate: true });
    const noDeposits = review("2026-Q3", "2026-12-01", { Suppliers: SUPPLIERS, Quotes: QUOTES.map((row) => row.slice(0, 4)), Shipments: SHIPMENTS });
    expect(noDeposits.depositRecords).toEqual({ depositPct: false, orderDate: true });
    const noOrderDates = review("2026-Q3", "2026-12-01", { Suppliers: SUPPLIERS, Quotes: QUOTES, Shipments: SHIPMENTS.map((row) => [...row.slice(0, 4), ...row.slice(5)]) });
    expect(noOrderDates.depositRecords).toEqual({ depositPct: true, orderDate: false });
    expect(reviewHighlights(noOrderDates.json, noOrderDates.homeCurrency, noOrderDates.depositRecords)).toContain("Open deposits: not known (Shipments has no OrderDate)");
    expect(reviewHighlights(noDeposits.json, noDeposits.homeCurrency, noDeposits.depositRecords)).toContain("Open deposits: no deposits recorded (Quotes has no DepositPct)");
  });
});
