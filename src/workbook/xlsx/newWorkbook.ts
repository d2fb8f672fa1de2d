import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJsWorkbook";
import { valueWidth } from "../../model/columnWidths";
import { COMMON_CURRENCIES, TABLE_NAMES, TABLE_SPECS, type ColumnSpec, type TableName } from "../../schema/tableSpecs";
import type { CellScalar } from "../../model/rawTable";
import { columnLetters } from "./cellRange";

/**
 * A new workbook holding Costcard's tables, each on its own sheet named after it: headers, the
 * rows given (in TABLE_SPECS column order), number formats, and drop-down lists for the columns
 * whose values come from a list.
 */

/** Rows below the data that still get the drop-downs and formats, for the user's next entries. */
const ROWS_PREPARED = 1000;

interface DataValidationsOfSheet {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validationFor(column: ColumnSpec): ExcelJS.DataValidation | undefined {
  if (column.name === "Currency") {
    // Any ISO 4217 code is accepted (PRODUCT.md): the list offers the common ones without refusing others.
    return { type: "list", allowBlank: true, formulae: [`"${COMMON_CURRENCIES.join(",")}"`], showErrorMessage: false };
  }
  if (column.choices === undefined) return undefined;
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${column.choices.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: column.name,
    error: `Choose one of: ${column.choices.join(", ")}`,
  };
}

/** Room for the header's filter button, beside the header text. */
const FILTER_BUTTON = 4;
/** Never 9: ExcelJS takes a width of 9 for its default and writes no `<col>` for it (docs/cli.md, "As printed"). */
const NARROWEST = 12;

/**
 * A column as wide as its header with its filter button, and as its values as their number format
 * shows them (dates and date-times in full, supplier names up to 40 characters), so the sample
 * workbook opens readable without resizing a column.
 */
function sampleColumnWidth(column: ColumnSpec, values: readonly CellScalar[]): number {
  const valueWidths = values.map((value) =>
    typeof value === "number" && (column.kind === "date" || column.kind === "datetime") ? (column.numberFormat ?? "").length + 2 : valueWidth(value, column.numberFormat ?? null) + 1,
  );
  return Math.max(NARROWEST, column.name.length + FILTER_BUTTON, ...valueWidths);
}

function addTableSheet(workbook: ExcelJS.Workbook, table: TableName, rows: readonly (readonly CellScalar[])[]): void {
  const columns: readonly ColumnSpec[] = TABLE_SPECS[table];
  const worksheet = workbook.addWorksheet(table, { views: [{ state: "frozen", ySplit: 1 }] });
  // A table needs a body row; an empty one reads back as a blank row, which the parser skips.
  const body = rows.length > 0 ? rows.map((row) => [...row]) : [columns.map(() => null)];
  worksheet.addTable({
    name: table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((column) => ({ name: column.name, filterButton: true })),
    rows: body,
  });
  const lastRow = 1 + body.length + ROWS_PREPARED;
  const validations = (worksheet as unknown as { dataValidations: DataValidationsOfSheet }).dataValidations;
  columns.forEach((column, index) => {
    const sheetColumn = worksheet.getColumn(index + 1);
    sheetColumn.width = sampleColumnWidth(column, rows.map((row) => row[index] ?? null));
    const letter = columnLetters(index + 1);
    if (column.numberFormat !== undefined) {
      for (let row = 2; row <= lastRow; row++) worksheet.getCell(`${letter}${row}`).numFmt = column.numberFormat;
    }
    const validation = validationFor(column);
    if (validation !== undefined) validations.add(`${letter}2:${letter}${lastRow}`, validation);
  });
}

/** An .xlsx buffer with the given tables, in PRODUCT.md order. */
export async function renderNewWorkbook(rowsByTable: ReadonlyMap<TableName, readonly (readonly CellScalar[])[]>): Promise<Buffer> {
  const workbook = newExcelJsWorkbook();
  workbook.creator = "Costcard";
  for (const table of TABLE_NAMES) {
    const rows = rowsByTable.get(table);
    if (rows !== undefined) addTableSheet(workbook, table, rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
