import { isBlankCell } from "../../model/rawTable";
import type { TableName } from "../../schema/tableSpecs";
import type { CellScalar } from "../../model/rawTable";
import { specRowsInDateSystem } from "../dateCells";
import { alignRowToHeaders } from "../tableLayout";
import type { DateSystemAnswer } from "./dateSystem";
import { selectTables } from "../tableSelection";
import { insertTableRows, writeGrid } from "./cellWrites";
import type { PayloadBudget } from "./payloadBudget";

type Rows = readonly (readonly CellScalar[])[];

/** The workbook's table for a PRODUCT.md table name (PRODUCT.md matching), after one round trip. */
export async function findTable(context: Excel.RequestContext, table: TableName): Promise<Excel.Table | undefined> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const name = selectTables(
    tables.items.map((item) => item.name),
    [table],
  ).get(table);
  return tables.items.find((item) => item.name === name);
}

export async function appendRows(context: Excel.RequestContext, table: TableName, rows: Rows, budget: PayloadBudget, canResizeTables: boolean, dates: DateSystemAnswer): Promise<void> {
  const excelTable = await findTable(context, table);
  if (excelTable === undefined) throw new Error(`The workbook has no ${table} table: use "Set up workbook" first.`);
  await appendToTable(context, excelTable, table, rows, budget, canResizeTables, dates);
}

/** What an append needs to know of a table, loaded at the caller's next sync. */
export interface AppendTarget {
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly lastRow: Excel.Range;
  readonly below: Excel.Range;
}

/** Queues the loads of an append of up to `rowCount` rows; read them after the next sync. */
export function prepareAppend(table: Excel.Table, rowCount: number): AppendTarget {
  table.load("showTotals");
  return {
    table,
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    lastRow: table.getDataBodyRange().getLastRow().load("values, numberFormat"),
    below: table.getRange().getRowsBelow(rowCount).getUsedRangeOrNullObject(true).load("address"),
  };
}

/**
 * Queues the writes of an append prepared by `prepareAppend` (loaded), to go with the caller's next
 * sync; after that sync, call the returned `finish`, which queues a resize where Excel did not
 * extend the table and says whether a sync is still needed for it. The rows' dates (1900-system
 * serials) go in as serials of the workbook's date system.
 */
export async function queueAppend(context: Excel.RequestContext, target: AppendTarget, spec: TableName, specRows: Rows, budget: PayloadBudget, canResizeTables: boolean, dates: DateSystemAnswer): Promise<() => boolean> {
  const { table, header, body, lastRow, below } = target;
  const headers = (header.values[0] ?? []).map(String);
  const rows = specRowsInDateSystem(dates(), spec, specRows).map((row) => alignRowToHeaders(spec, row, headers));
  const columnFormats = (lastRow.numberFormat[0] ?? []).map(String);
  if (table.showTotals || !below.isNullObject || !canResizeTables) {
    await insertTableRows(context, table, rows, columnFormats, budget);
    return () => false;
  }
  const keptRows = body.rowCount === 1 && (lastRow.values[0] ?? []).every(isBlankCell) ? 0 : body.rowCount;
  await writeGrid(
    context,
    table.worksheet,
    { row: body.rowIndex + keptRows, column: body.columnIndex },
    rows,
    rows.map(() => columnFormats),
    budget,
  );
  const grown = table.getDataBodyRange().load("rowCount");
  const expected = keptRows + rows.length;
  return () => {
    if (grown.rowCount >= expected) return false;
    // Excel extends a table over rows typed below it unless its AutoCorrect option is off; then the
    // table is resized over them (ExcelApi 1.13).
    table.resize(table.worksheet.getRangeByIndexes(body.rowIndex - 1, body.columnIndex, expected + 1, body.columnCount));
    return true;
  };
}

/**
 * Appends rows given in spec column order under the table's own headers. They are written into the
 * rows just below the body, which extends the table and, unlike `rows.add`, does not conflict in a
 * co-authored workbook; an empty table's one blank row is filled first. When the rows below hold
 * something (a totals row, a user's notes), they are inserted instead so nothing is overwritten.
 * Without `canResizeTables` (ExcelApi 1.13) they are inserted too: a table Excel did not extend over
 * rows written below it could not be resized over them.
 */
export async function appendToTable(context: Excel.RequestContext, table: Excel.Table, spec: TableName, specRows: Rows, budget: PayloadBudget, canResizeTables: boolean, dates: DateSystemAnswer): Promise<void> {
  if (specRows.length === 0) return;
  const target = prepareAppend(table, specRows.length);
  await context.sync();
  const finish = await queueAppend(context, target, spec, specRows, budget, canResizeTables, dates);
  await context.sync();
  if (finish()) await context.sync();
}
