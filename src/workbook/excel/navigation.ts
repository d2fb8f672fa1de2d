import { normalizeHeader } from "../../schema/tableSpecs";
import { selectTables } from "../tableSelection";
import type { TableCellTarget } from "../port";

/**
 * Selects a data problem's cell: the table found as PRODUCT.md matches names (a problem says
 * "FxRates" of a table the workbook calls "Fx_Rates"), the column among its own headers likewise (the
 * first column when none matches), the row by the number Excel shows, the header row for row 0 or a
 * row above the body. Three round trips: the table names, the headers and the body's position, the
 * selection.
 */
export async function selectTableCell(context: Excel.RequestContext, target: TableCellTarget): Promise<void> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const [workbookName] = selectTables(
    tables.items.map((table) => table.name),
    [target.table],
  ).values();
  if (workbookName === undefined) throw new Error(`The workbook has no ${target.table} table: use "Set up workbook" first.`);
  const table = context.workbook.tables.getItem(workbookName);
  const headers = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowIndex");
  await context.sync();
  const wanted = normalizeHeader(target.column);
  const columnIndex = Math.max(0, (headers.values[0] ?? []).findIndex((header) => normalizeHeader(String(header)) === wanted));
  // rowIndex counts from 0, the row numbers Excel shows from 1.
  const bodyRow = target.row - (body.rowIndex + 1);
  const cell = target.row === 0 || bodyRow < 0 ? table.getHeaderRowRange().getCell(0, columnIndex) : table.getDataBodyRange().getCell(bodyRow, columnIndex);
  // The user may be on any sheet (often a generated one): the table's sheet comes to the front so the selection is seen.
  cell.worksheet.activate();
  cell.select();
  await context.sync();
}

export async function activateSheet(context: Excel.RequestContext, sheetName: string): Promise<void> {
  context.workbook.worksheets.getItem(sheetName).activate();
  await context.sync();
}
