import { isBlankCell, type CellScalar } from "./rawTable";
import type { Cell } from "./sheetModel";

/**
 * The price review's decision cells (PRODUCT.md, "Price review"): the only cells of a generated
 * sheet meant for typing. Beside them, in hidden columns, the sheet keeps the row's SKU and Supplier
 * and what Costcard wrote into each decision cell, so a later regeneration can tell what a person
 * typed (the cells that differ) from what Costcard wrote, and append only that to PriceDecisions.
 */

/** A decision as the review sheet shows it; `decision` is "Open" for a row that needs one. */
export interface ShownDecision {
  readonly decision: string | null;
  readonly agreedPrice: number | null;
  readonly effectiveFrom: number | null;
  readonly note: string | null;
  readonly decidedBy: string | null;
}

/** What a Negotiate or Check breakdown row without a decision shows in its Decision cell. */
export const OPEN_DECISION = "Open";

/** DecidedBy of a decision typed into the sheet without a name in its Decided by cell. */
export const TYPED_IN_THE_SHEET = "typed in the sheet";

export const DECISION_FIELDS = ["decision", "agreedPrice", "effectiveFrom", "note", "decidedBy"] as const satisfies readonly (keyof ShownDecision)[];
type DecisionField = (typeof DECISION_FIELDS)[number];

export const DECISION_HEADERS: Readonly<Record<DecisionField, string>> = {
  decision: "Decision",
  agreedPrice: "Agreed price",
  effectiveFrom: "Effective from",
  note: "Note",
  decidedBy: "Decided by",
};

const WRITTEN = "Costcard wrote: ";
/** The hidden columns' headers: the row's key, then a copy of each decision cell as written. */
export const WRITTEN_HEADERS = {
  sku: `${WRITTEN}SKU`,
  supplier: `${WRITTEN}Supplier`,
  ...(Object.fromEntries(DECISION_FIELDS.map((field) => [field, `${WRITTEN}${DECISION_HEADERS[field]}`])) as Record<DecisionField, string>),
};

/** A row whose decision cells were typed in: the row's decision as the cells now hold it. */
export interface TypedDecision {
  readonly sku: string;
  readonly supplier: string;
  readonly decision: CellScalar;
  readonly agreedPrice: CellScalar;
  readonly effectiveFrom: CellScalar;
  readonly note: CellScalar;
  /** Null when the Decided by cell was not typed in. */
  readonly decidedBy: CellScalar;
  /**
   * Where the hidden copies of this SKU and Supplier are (0-based grid row, their first column), to
   * record the cells as now written: not always the row the decision was typed on, since a sort of
   * the visible columns leaves the hidden ones where they were.
   */
  readonly writtenRow: number;
  readonly writtenColumn: number;
  /** The five decision cells as they are now, in DECISION_FIELDS order. */
  readonly cells: readonly CellScalar[];
}

export type Harvest = { readonly ok: true; readonly typed: readonly TypedDecision[] } | { readonly ok: false; readonly message: string };

const blankAsNull = (value: CellScalar | undefined): CellScalar => (value === undefined || isBlankCell(value) ? null : typeof value === "string" ? value.trim() : value);

/** Whether a cell still holds what Costcard wrote: blanks alike, numbers within binary noise, text ignoring surrounding spaces. */
function same(now: CellScalar | undefined, written: CellScalar | undefined): boolean {
  const a = blankAsNull(now);
  const b = blankAsNull(written);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

function refusal(sheetName: string, why: string): Harvest {
  return {
    ok: false,
    message: `"${sheetName}" ${why}, so Costcard cannot tell which decisions were typed there and replaces nothing. Undo the change (or record the decisions in PriceDecisions and delete the sheet), then generate again.`,
  };
}

/** The visible columns that show a row's key, beside the decision cells. */
export const KEY_HEADERS = { sku: "SKU", supplier: "Supplier" } as const;

/** A (SKU, Supplier) as one map key; the two parts cannot run into each other. */
const keyOf = (sku: CellScalar, supplier: CellScalar) => JSON.stringify([sku, supplier]);

/** Whether decision cells hold nothing to record: all blank, or the Open a sheet shows for a row that needs a decision. */
const holdsNothing = (cells: readonly CellScalar[]) => cells.every((cell, index) => cell === null || (index === 0 && cell === OPEN_DECISION));

/**
 * The decisions typed into a price review sheet since Costcard wrote it, read from the sheet's
 * values (`grid`, rows and columns as on the sheet from its used range's top-left cell, which is on
 * row `firstRowNumber` as Excel numbers it: 1 for a grid read from A1). A sheet
 * with none of the decision columns (written before they existed) has nothing to harvest; one with
 * only some of them, or a row whose Decision is blank beside other typed cells, is refused.
 *
 * A decision belongs to the SKU and Supplier its row shows (PRODUCT.md, "Generated sheets"), and
 * what Costcard wrote for that row is looked up by that key among the hidden copies, not taken
 * from the hidden cells beside it: a sort of the visible columns only (Excel leaves hidden
 * columns where they were) moves the shown rows away from their copies, a sort of whole rows,
 * a filter, an inserted or a deleted row do not. A row that shows a key with no hidden copy (an
 * edited SKU, an inserted row typed into) or a key another row already shows, and holds a decision,
 * is refused with its row number: it is never recorded for another SKU.
 */
export function typedDecisions(grid: readonly (readonly CellScalar[])[], sheetName: string, firstRowNumber = 1): Harvest {
  const wanted = [...Object.values(DECISION_HEADERS), ...Object.values(WRITTEN_HEADERS)];
  const headerRow = grid.findIndex((row) => row.some((cell) => typeof cell === "string" && wanted.includes(cell.trim())));
  if (headerRow < 0) return { ok: true, typed: [] };
  const headers = grid[headerRow]!.map((cell) => (typeof cell === "string" ? cell.trim() : ""));
  const missing = [...Object.values(KEY_HEADERS), ...wanted].filter((header) => !headers.includes(header));
  if (missing.length > 0) return refusal(sheetName, `no longer has its ${missing.map((header) => `"${header}"`).join(", ")} column${missing.length > 1 ? "s" : ""}`);
  const at = (header: string) => headers.indexOf(header);
  const writtenColumn = at(WRITTEN_HEADERS.decision);
  const inOrder = DECISION_FIELDS.every((field, index) => at(WRITTEN_HEADERS[field]) === writtenColumn + index);
  if (!inOrder) return refusal(sheetName, "has its hidden columns moved apart");

  // The table's body ends at its last hidden copy: below it are the data problems.
  const written = new Map<string, number>();
  let lastRow = headerRow;
  for (let gridRow = headerRow + 1; gridRow < grid.length; gridRow++) {
    const row = grid[gridRow]!;
    const sku = blankAsNull(row[at(WRITTEN_HEADERS.sku)]);
    const supplier = blankAsNull(row[at(WRITTEN_HEADERS.supplier)]);
    if (sku === null || supplier === null) continue;
    lastRow = gridRow;
    if (!written.has(keyOf(sku, supplier))) written.set(keyOf(sku, supplier), gridRow);
  }

  const typed: TypedDecision[] = [];
  const shown = new Set<string>();
  for (let gridRow = headerRow + 1; gridRow <= lastRow; gridRow++) {
    const row = grid[gridRow]!;
    const rowNumber = firstRowNumber + gridRow;
    const sku = blankAsNull(row[at(KEY_HEADERS.sku)]);
    const supplier = blankAsNull(row[at(KEY_HEADERS.supplier)]);
    const cells = DECISION_FIELDS.map((field) => blankAsNull(row[at(DECISION_HEADERS[field])]));
    const key = keyOf(sku, supplier);
    const writtenRow = written.get(key);
    const again = shown.has(key);
    shown.add(key);
    if (writtenRow === undefined || again) {
      if (holdsNothing(cells)) continue;
      const shows = sku === null && supplier === null ? "shows no SKU and Supplier" : `shows ${String(sku)} from ${String(supplier)}, ${again ? "as another row does" : "which Costcard did not write there"}`;
      return refusal(sheetName, `has a decision on row ${rowNumber} of the sheet that ${shows}`);
    }
    const copies = grid[writtenRow]!;
    const changed = DECISION_FIELDS.filter((_, index) => !same(cells[index], copies[writtenColumn + index]));
    if (changed.length === 0) continue;
    const [decision, agreedPrice, effectiveFrom, note, decidedBy] = cells;
    if (decision === undefined || decision === null || decision === OPEN_DECISION) {
      // A cleared Decision alone erases nothing (PriceDecisions keeps every decision); beside other typed cells it would lose them.
      if (changed.every((field) => field === "decision")) continue;
      return refusal(sheetName, `has ${changed.map((field) => DECISION_HEADERS[field]).join(", ")} typed for ${String(sku)} from ${String(supplier)} (row ${rowNumber} of the sheet) without a Decision`);
    }
    typed.push({
      sku: String(sku),
      supplier: String(supplier),
      decision,
      agreedPrice: agreedPrice ?? null,
      effectiveFrom: effectiveFrom ?? null,
      note: note ?? null,
      decidedBy: changed.includes("decidedBy") ? (decidedBy ?? null) : null,
      writtenRow,
      writtenColumn,
      cells,
    });
  }
  return { ok: true, typed };
}

/** The PriceDecisions rows (spec column order) of the typed decisions, decided at `decidedAt` (a date-time serial). */
export function decisionRows(typed: readonly TypedDecision[], period: string, decidedAt: number): CellScalar[][] {
  return typed.map((row) => [period, row.sku, row.supplier, row.decision, row.agreedPrice, row.effectiveFrom, row.decidedBy ?? TYPED_IN_THE_SHEET, decidedAt, row.note]);
}

/** The hidden cells of a decision as written: the row's key, then a copy of each decision cell. */
export function writtenCells(sku: string, supplier: string, shown: ShownDecision): Cell[] {
  return [sku, supplier, ...DECISION_FIELDS.map((field) => shown[field])];
}
