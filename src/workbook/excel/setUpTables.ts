import { TABLE_SPECS, type ColumnSpec, type TableName } from "../../schema/tableSpecs";
import type { CellScalar } from "../../model/rawTable";
import { freeSheetName } from "../tableLayout";
import { specRowsInDateSystem } from "../dateCells";
import { missingTables } from "../tableSelection";
import type { DateSystemAnswer } from "./dateSystem";
import type { PayloadBudget } from "./payloadBudget";
import { applyValidationList, validationListFor } from "./validationLists";
import { writeGrid } from "./cellWrites";

type Rows = readonly (readonly CellScalar[])[];

/**
 * Creates the missing tables of PRODUCT.md, each on a sheet named after it (an existing empty sheet
 * of that name is used; one with content is left alone and the new sheet suffixed): headers, rows,
 * number formats and drop-downs, then the table over them. Tables that exist are never touched.
 */
export async function setUpTables(
  context: Excel.RequestContext,
  wanted: readonly TableName[],
  rowsByTable: Partial<Record<TableName, Rows>>,
  budget: PayloadBudget,
  dates: DateSystemAnswer,
): Promise<TableName[]> {
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  const created = missingTables(
    tables.items.map((table) => table.name),
    wanted,
  );
  if (created.length === 0) return [];
  const wantedSheets = new Set(created.map((table) => table.toLowerCase()));
  const namesakes = sheets.items
    .filter((sheet) => wantedSheets.has(sheet.name.toLowerCase()))
    .map((sheet) => ({ sheet, used: sheet.getUsedRangeOrNullObject(true).load("address") }));
  if (namesakes.length > 0) await context.sync();

  const sheetNames = sheets.items.map((sheet) => sheet.name);
  let queuedBytes = 0;
  for (const table of created) {
    const emptyNamesake = namesakes.find(({ sheet, used }) => used.isNullObject && sheet.name.toLowerCase() === table.toLowerCase());
    let sheet = emptyNamesake?.sheet;
    if (sheet === undefined) {
      const name = freeSheetName(table, sheetNames);
      sheetNames.push(name);
      sheet = context.workbook.worksheets.add(name);
    }
    queuedBytes = await createTable(context, sheet, table, specRowsInDateSystem(dates(), table, rowsByTable[table] ?? []), budget, queuedBytes);
  }
  await context.sync();
  return created;
}

/**
 * The header row, the rows (at least one, as an Excel table has), their formats, then the table.
 * Returns the bytes of cell data left waiting for the next sync, which the next table's rows join.
 */
async function createTable(context: Excel.RequestContext, sheet: Excel.Worksheet, table: TableName, rows: Rows, budget: PayloadBudget, queuedBytes: number): Promise<number> {
  const columns: readonly ColumnSpec[] = TABLE_SPECS[table];
  const headers = columns.map((column) => column.name);
  const body = rows.length > 0 ? rows.map((row) => headers.map((_, index) => row[index] ?? null)) : [headers.map(() => null)];
  const bodyFormats = columns.map((column) => column.numberFormat ?? null);
  const queued = await writeGrid(context, sheet, { row: 0, column: 0 }, [headers, ...body], [headers.map(() => null), ...body.map(() => bodyFormats)], budget, queuedBytes);

  const excelTable = sheet.tables.add(sheet.getRangeByIndexes(0, 0, body.length + 1, headers.length), true);
  excelTable.name = table;
  columns.forEach((column, index) => {
    const list = validationListFor(column);
    if (list !== undefined) applyValidationList(excelTable.columns.getItemAt(index).getDataBodyRange(), column, list);
  });
  return queued;
}
