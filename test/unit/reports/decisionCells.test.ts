import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview } from "../../../src/reports/buildReview";
import { decisionRows, typedDecisions, TYPED_IN_THE_SHEET } from "../../../src/model/decisionCells";
import type { SheetModel } from "../../../src/model/sheetModel";
import type { CellScalar } from "../../../src/model/rawTable";
import { reviewWorkbook } from "./reviewWorkbook";

/** A price review sheet of two rows as Costcard writes it: S1 Negotiate (Open), S2 Accept. */
function reviewSheet(): SheetModel {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"]],
    Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice"], ["Acme", "S1", "2026-06-01", 10], ["Acme", "S1", "2026-08-01", 11.2], ["Acme", "S2", "2026-06-01", 5]],
  });
  const review = buildReview(tables, { period: "2026-Q3", asOf: serialFromIso("2026-12-31")! });
  if (!review.ok) throw new Error(review.message);
  return review.value.sheets[1]!;
}

const HEADER_ROW = 3;
function gridOf(model: SheetModel): CellScalar[][] {
  return model.cells.map((row) => [...row]);
}
function column(grid: CellScalar[][], header: string): number {
  const index = grid[HEADER_ROW]!.indexOf(header);
  if (index < 0) throw new Error(`no ${header}`);
  return index;
}
function type(grid: CellScalar[][], row: number, header: string, value: CellScalar): void {
  grid[HEADER_ROW + 1 + row]![column(grid, header)] = value;
}

describe("harvesting the decisions typed into a price review sheet", () => {
  it("takes nothing from a sheet as Costcard wrote it", () => {
    expect(typedDecisions(gridOf(reviewSheet()), "Price Review 2026-Q3")).toEqual({ ok: true, typed: [] });
  });

  it("takes a row whose decision cells differ from what Costcard wrote, all of its decision cells, keyed by the hidden SKU and Supplier", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 0, "Decision", "Counter");
    type(grid, 0, "Agreed price", 10.5);
    type(grid, 0, "Note", "  meet halfway ");
    type(grid, 0, "SKU", "overtyped"); // a visible key cell typed over does not move the decision
    const harvest = typedDecisions(grid, "Price Review 2026-Q3");
    if (!harvest.ok) throw new Error(harvest.message);
    expect(harvest.typed).toEqual([expect.objectContaining({ sku: "S1", supplier: "Acme", decision: "Counter", agreedPrice: 10.5, effectiveFrom: null, note: "meet halfway", decidedBy: null })]);
    const decidedAt = serialFromIso("2026-10-02T09:30")!;
    expect(decisionRows(harvest.typed, "2026-Q3", decidedAt)).toEqual([["2026-Q3", "S1", "Acme", "Counter", 10.5, null, TYPED_IN_THE_SHEET, decidedAt, "meet halfway"]]);
  });

  it("keeps DecidedBy as typed; a value re-typed as Costcard wrote it is no change; numbers compare without binary noise", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 1, "Decision", "Hold");
    type(grid, 1, "Decided by", "Ana (finance)");
    type(grid, 0, "Decision", "Open");
    const harvest = typedDecisions(grid, "Sheet");
    expect(harvest.ok && harvest.typed.map((row) => [row.sku, row.decision, row.decidedBy])).toEqual([["S2", "Hold", "Ana (finance)"]]);
  });

  it("a cleared Decision alone records nothing; a Note typed without a Decision refuses, naming the row", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 0, "Decision", null);
    expect(typedDecisions(grid, "Sheet")).toEqual({ ok: true, typed: [] });
    type(grid, 0, "Note", "ask for the cost sheet");
    const refused = typedDecisions(grid, "Price Review 2026-Q3");
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/^"Price Review 2026-Q3" has Decision, Note typed for S1 from Acme \(row 5 of the sheet\) without a Decision, so Costcard cannot tell/);
    // A grid read from a used range that starts lower (its title rows deleted) names the row as Excel shows it.
    const lower = typedDecisions(grid.slice(2), "Price Review 2026-Q3", 3);
    expect(!lower.ok && lower.message).toMatch(/\(row 5 of the sheet\)/);
  });

  it("a sheet that lost some of the decision columns is refused, saying which; one from before they existed has nothing to take", () => {
    const grid = gridOf(reviewSheet());
    const hidden = column(grid, "Costcard wrote: Note");
    const withoutOne = grid.map((row) => row.filter((_, index) => index !== hidden));
    const refused = typedDecisions(withoutOne, "Price Review 2026-Q3");
    expect(!refused.ok && refused.message).toMatch(/^"Price Review 2026-Q3" no longer has its "Costcard wrote: Note" column, so Costcard cannot tell which decisions were typed there and replaces nothing\./);
    const first = column(grid, "Decision");
    const older = grid.map((row) => row.slice(0, first));
    expect(typedDecisions(older, "Price Review 2026-Q3")).toEqual({ ok: true, typed: [] });
  });

  it("rows sorted or moved on the sheet are found by their hidden key", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 1, "Decision", "Re-source");
    const body = grid.splice(HEADER_ROW + 1, 2);
    grid.splice(HEADER_ROW + 1, 0, body[1]!, body[0]!);
    const harvest = typedDecisions(grid, "Sheet");
    expect(harvest.ok && harvest.typed.map((row) => [row.sku, row.decision, row.gridRow])).toEqual([["S2", "Re-source", HEADER_ROW + 1]]);
  });
});
