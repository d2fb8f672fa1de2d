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

  it("takes a row whose decision cells differ from what Costcard wrote, all of its decision cells, keyed by the SKU and Supplier the row shows", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 0, "Decision", "Counter");
    type(grid, 0, "Agreed price", 10.5);
    type(grid, 0, "Note", "  meet halfway ");
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
    expect(harvest.ok && harvest.typed.map((row) => [row.sku, row.decision, row.writtenRow])).toEqual([["S2", "Re-source", HEADER_ROW + 1]]);
  });
});

/** The visible columns (every one up to the hidden copies) of rows `from`..`to` of the body reordered, the hidden ones left where they were: Excel's sort of a selection. */
function sortVisible(grid: CellScalar[][], order: readonly number[]): void {
  const firstHidden = column(grid, "Costcard wrote: SKU");
  const shown = order.map((index) => grid[HEADER_ROW + 1 + index]!.slice(0, firstHidden));
  shown.forEach((cells, index) => grid[HEADER_ROW + 1 + index]!.splice(0, firstHidden, ...cells));
}

describe("a decision stays with the SKU and Supplier its row shows, whatever was done to the sheet", () => {
  it("visible-columns sort: a decision typed on a row whose hidden copies are another SKU's is recorded for the SKU the row shows", () => {
    const grid = gridOf(reviewSheet());
    sortVisible(grid, [1, 0]); // S2 now shows on the first row, beside S1's hidden copies
    expect(grid[HEADER_ROW + 1]![column(grid, "SKU")]).toBe("S2");
    expect(grid[HEADER_ROW + 1]![column(grid, "Costcard wrote: SKU")]).toBe("S1");
    expect(typedDecisions(grid, "Sheet")).toEqual({ ok: true, typed: [] }); // S1's Open and S2's Accept moved, nothing typed
    type(grid, 0, "Decision", "Counter");
    type(grid, 0, "Agreed price", 7.77);
    const harvest = typedDecisions(grid, "Sheet");
    if (!harvest.ok) throw new Error(harvest.message);
    expect(harvest.typed.map((row) => [row.sku, row.supplier, row.decision, row.agreedPrice, row.writtenRow])).toEqual([["S2", "Acme", "Counter", 7.77, HEADER_ROW + 2]]);
  });

  it("visible-columns sort: a decision Costcard wrote, moved beside another SKU's hidden copies, is no change", () => {
    const grid = gridOf(reviewSheet());
    // S2 as written after an earlier Hold was recorded: its cell and its copy both hold it.
    type(grid, 1, "Decision", "Hold");
    type(grid, 1, "Costcard wrote: Decision", "Hold");
    sortVisible(grid, [1, 0]);
    expect(grid[HEADER_ROW + 1]![column(grid, "Costcard wrote: Decision")]).toBe("Open"); // S1's copy beside S2's Hold
    expect(typedDecisions(grid, "Sheet")).toEqual({ ok: true, typed: [] });
  });

  it("filter: rows hidden by a filter are read as they are and decisions stay on their rows", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 1, "Decision", "Hold"); // typed on a row a filter later hides: its values are still read
    const harvest = typedDecisions(grid, "Sheet");
    expect(harvest.ok && harvest.typed.map((row) => [row.sku, row.decision])).toEqual([["S2", "Hold"]]);
  });

  it("inserted row: a blank row inside the table is skipped; one typed into without a key Costcard wrote is refused with its row number", () => {
    const grid = gridOf(reviewSheet());
    grid.splice(HEADER_ROW + 2, 0, grid[HEADER_ROW]!.map(() => null));
    type(grid, 2, "Decision", "Reject"); // S2, now one row lower
    const harvest = typedDecisions(grid, "Sheet");
    expect(harvest.ok && harvest.typed.map((row) => [row.sku, row.decision, row.writtenRow])).toEqual([["S2", "Reject", HEADER_ROW + 3]]);
    type(grid, 1, "Decision", "Accept");
    const refused = typedDecisions(grid, "Price Review 2026-Q3");
    expect(!refused.ok && refused.message).toMatch(/^"Price Review 2026-Q3" has a decision on row 6 of the sheet that shows no SKU and Supplier, so Costcard cannot tell/);
  });

  it("deleted row: the rows below keep their decisions", () => {
    const grid = gridOf(reviewSheet());
    grid.splice(HEADER_ROW + 1, 1);
    type(grid, 0, "Decision", "Re-source");
    const harvest = typedDecisions(grid, "Sheet");
    expect(harvest.ok && harvest.typed.map((row) => [row.sku, row.decision])).toEqual([["S2", "Re-source"]]);
  });

  it("an edited SKU on a row holding a decision is refused with its row number, never recorded for the SKU Costcard wrote there", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 0, "SKU", "S9");
    expect(typedDecisions(grid, "Sheet")).toEqual({ ok: true, typed: [] }); // S1 shows Open only: nothing to record, nothing lost
    type(grid, 0, "Decision", "Counter");
    const refused = typedDecisions(grid, "Price Review 2026-Q3");
    expect(!refused.ok && refused.message).toMatch(/has a decision on row 5 of the sheet that shows S9 from Acme, which Costcard did not write there/);
  });

  it("a key shown on two rows with a decision on either is refused: one decision could be the other row's", () => {
    const grid = gridOf(reviewSheet());
    type(grid, 1, "SKU", "S1");
    expect(typedDecisions(grid, "Sheet")).toEqual({ ok: true, typed: [] });
    type(grid, 1, "Decision", "Accept");
    const refused = typedDecisions(grid, "Price Review 2026-Q3");
    expect(!refused.ok && refused.message).toMatch(/has a decision on row 6 of the sheet that shows S1 from Acme, as another row does/);
  });
});
