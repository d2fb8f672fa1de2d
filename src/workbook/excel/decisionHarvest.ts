import { nowSerial, serialIn, type DateSystem } from "../../core/excelDate";
import { isDateFormatCode, rowsFromDateSystem } from "../dateCells";
import type { DateSystemAnswer } from "./dateSystem";
import { decisionRows, typedDecisions, type TypedDecision } from "../../model/decisionCells";
import { generatedSheetMarker } from "../../model/sheetModel";
import type { CellScalar } from "../../model/rawTable";
import { sheetNameFromReference } from "../sheetMarker";
import { selectTables } from "../tableSelection";
import { prepareAppend, queueAppend, type AppendTarget } from "./appendRows";
import type { PayloadBudget } from "./payloadBudget";

/**
 * Before a price review sheet is replaced, the decisions typed into it go to PriceDecisions
 * (PRODUCT.md, "Price review"), in two round trips of their own: one reads the sheet and loads
 * the table below which they are appended, one appends them. A resize Excel still needs goes with
 * the caller's next sync.
 */

/** Rows below PriceDecisions checked for content (then rows are inserted, not written over it); a sheet has fewer typed rows. */
const ROWS_BELOW_CHECKED = 10_000;

export interface HarvestOptions {
  readonly period: string;
  readonly now: Date;
  readonly budget: PayloadBudget;
  readonly canResizeTables: boolean;
  /**
   * Record the typed cells as written on the sheet, so the same decisions are not appended again:
   * for a harvest of its own, not for one right before the sheet is replaced.
   */
  readonly markWritten: boolean;
  /** The workbook's date system, known after the first round trip. */
  readonly dates: DateSystemAnswer;
}

export interface HarvestOutcome {
  readonly recorded: number;
  /** True when a resize was queued that the caller's next sync must carry. */
  readonly pendingSync: boolean;
}

/** Queues the reads a harvest needs; `tables` is the workbook's table collection with its names loaded. */
function queueReads(sheet: Excel.Worksheet, tables: Excel.TableCollection): { used: Excel.Range; target: AppendTarget | undefined } {
  const name = selectTables(
    tables.items.map((table) => table.name),
    ["PriceDecisions"],
  ).get("PriceDecisions");
  const table = tables.items.find((item) => item.name === name);
  return {
    used: sheet.getUsedRangeOrNullObject(true).load("values, numberFormat, rowIndex, columnIndex"),
    target: table === undefined ? undefined : prepareAppend(table, ROWS_BELOW_CHECKED),
  };
}

/** The typed cells written into the hidden copies (their dates back in the workbook's system), so the sheet reads as it now is. */
function queueMarkWritten(sheet: Excel.Worksheet, used: Excel.Range, typed: readonly TypedDecision[], system: DateSystem): void {
  for (const row of typed) {
    const formats = used.numberFormat[row.writtenRow] ?? [];
    const cells = row.cells.map((cell, index) => (typeof cell === "number" && isDateFormatCode(String(formats[row.writtenColumn + index] ?? "")) ? serialIn(system, cell) : (cell ?? "")));
    sheet.getRangeByIndexes(used.rowIndex + row.writtenRow, used.columnIndex + row.writtenColumn, 1, row.cells.length).values = [cells];
  }
}

/**
 * Harvests the typed decisions of `sheet` (a price review Costcard wrote) into PriceDecisions.
 * Rejects, having changed nothing, when the sheet cannot be read as Costcard's or there is no
 * PriceDecisions table to append to.
 */
export async function harvestDecisions(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, tables: Excel.TableCollection, options: HarvestOptions): Promise<HarvestOutcome> {
  const { used, target } = queueReads(sheet, tables);
  await context.sync();
  if (used.isNullObject) return { recorded: 0, pendingSync: false };
  const system = options.dates();
  // The sheet's dates (Effective from, its hidden copy) as 1900-system serials, as decisionCells.ts reads them.
  const grid = rowsFromDateSystem(system, used.values as CellScalar[][], new Set(), used.numberFormat as string[][]);
  const harvest = typedDecisions(grid, sheetName, used.rowIndex + 1);
  if (!harvest.ok) throw new Error(harvest.message);
  if (harvest.typed.length === 0) return { recorded: 0, pendingSync: false };
  if (target === undefined) throw new Error(`Decisions were typed into "${sheetName}" and the workbook has no PriceDecisions table to keep them: use "Set up workbook", then generate again.`);
  if (harvest.typed.length > ROWS_BELOW_CHECKED) throw new Error(`More than ${ROWS_BELOW_CHECKED} decisions were typed into "${sheetName}" at once: record them in PriceDecisions, then generate again.`);
  const rows = decisionRows(harvest.typed, options.period, nowSerial(options.now));
  const finish = await queueAppend(context, target, "PriceDecisions", rows, options.budget, options.canResizeTables, options.dates);
  if (options.markWritten) queueMarkWritten(sheet, used, harvest.typed, system);
  await context.sync();
  return { recorded: rows.length, pendingSync: finish() };
}

/** Harvests the period's price review sheet, if Costcard wrote one, marking what it recorded as written. */
export async function harvestReviewSheet(context: Excel.RequestContext, options: Omit<HarvestOptions, "markWritten">): Promise<number> {
  const marker = context.workbook.names.getItemOrNullObject(generatedSheetMarker("priceReview", options.period)).load("value");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheetName = marker.isNullObject ? undefined : sheetNameFromReference(String(marker.value));
  if (sheetName === undefined) return 0;
  const outcome = await harvestDecisions(context, context.workbook.worksheets.getItem(sheetName), sheetName, tables, { ...options, markWritten: true });
  if (outcome.pendingSync) await context.sync();
  return outcome.recorded;
}
