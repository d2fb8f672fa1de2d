import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJsWorkbook";
import type { RangeRef, SheetModel } from "../../model/sheetModel";
import { CELL_LOOKS, type CellLook } from "../cellLooks";
import { argbColor } from "./argbColor";
import { columnLetters } from "./cellRange";
import { setColumnWidth } from "./columnWidth";

/**
 * Generated sheets rendered by ExcelJS into a fresh workbook of their own: values, number formats,
 * styles, column widths and frozen panes. The conditional formats and the marker name are added
 * when the sheets are grafted into the user's workbook (sheetGraft.ts), which is where they land.
 */

/** Points: two lines of 11-point text. */
const HEADER_ROW_HEIGHT = 30;

function excelJsStyle(look: CellLook): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    ...(look.bold && { bold: true }),
    ...(look.italic && { italic: true }),
    ...(look.size !== undefined && { size: look.size }),
    ...(look.color !== undefined && { color: { argb: argbColor(look.color) } }),
  };
  return {
    font,
    ...(look.fill !== undefined && { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argbColor(look.fill) } } }),
    ...(look.wrapText && { alignment: { wrapText: true } }),
  };
}

interface DataValidationsOfSheet {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

const address = (range: RangeRef) => `${columnLetters(range.column + 1)}${range.row + 1}:${columnLetters(range.column + range.columnCount)}${range.row + range.rowCount}`;

/** Cells meant for typing stay editable under sheet protection; the Decision drop-down; hidden copies of what was written. */
function renderInputs(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  for (const range of model.inputCells ?? []) {
    for (let row = range.row; row < range.row + range.rowCount; row++) {
      for (let column = range.column; column < range.column + range.columnCount; column++) worksheet.getRow(row + 1).getCell(column + 1).protection = { locked: false };
    }
  }
  const validations = (worksheet as unknown as { dataValidations: DataValidationsOfSheet }).dataValidations;
  for (const { range, choices, prompt } of model.dropDowns ?? []) {
    if (range.rowCount < 1) continue;
    validations.add(address(range), {
      type: "list",
      allowBlank: true,
      formulae: [`"${choices.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Decision",
      error: `Choose one of: ${choices.join(", ")}`,
      ...(prompt !== undefined && { showInputMessage: true, promptTitle: "Decision", prompt }),
    });
  }
  for (const column of model.hiddenColumns ?? []) worksheet.getColumn(column + 1).hidden = true;
}

/** Detail columns in collapsed outline groups: hidden at outline level 1, shown again with the outline's + or level 2. */
function renderColumnGroups(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  const groups = model.columnGroups ?? [];
  if (groups.length === 0) return;
  worksheet.properties.outlineLevelCol = 1;
  for (const group of groups) {
    for (let column = group.first; column < group.first + group.count; column++) {
      worksheet.getColumn(column + 1).outlineLevel = 1;
      worksheet.getColumn(column + 1).hidden = true;
    }
  }
}

function renderSheet(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  model.columnWidths.forEach((width, index) => setColumnWidth(worksheet.getColumn(index + 1), width));
  model.cells.forEach((values, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    values.forEach((value, columnIndex) => {
      const format = model.numberFormats[rowIndex]?.[columnIndex] ?? null;
      if (value === null && format === null) return;
      const cell = row.getCell(columnIndex + 1);
      // A string is assigned as a plain string, which ExcelJS stores as text: never a formula.
      if (value !== null) cell.value = value;
      if (format !== null) cell.numFmt = format;
    });
  });
  for (const { range, style } of model.styles) {
    const look = excelJsStyle(CELL_LOOKS[style]);
    for (let row = range.row; row < range.row + range.rowCount; row++) {
      // Wrapped headers need two lines; not every reader grows a row to fit wrapped text.
      if (style === "header") worksheet.getRow(row + 1).height = HEADER_ROW_HEIGHT;
      for (let column = range.column; column < range.column + range.columnCount; column++) {
        const cell = worksheet.getRow(row + 1).getCell(column + 1);
        cell.style = { ...cell.style, ...look, numFmt: cell.numFmt };
      }
    }
  }
  renderInputs(worksheet, model);
  renderColumnGroups(worksheet, model);
  // Printed for the supplier call: landscape, as wide as the page, as many pages down as needed. The
  // repeated header row is a defined name of the workbook, set where the sheet is grafted (sheetGraft.ts).
  if (model.print) worksheet.pageSetup = { orientation: model.print.orientation, fitToPage: true, fitToWidth: model.print.fitToPagesWide, fitToHeight: 0, paperSize: 9 };
  if (model.freeze.rows > 0 || model.freeze.columns > 0) {
    worksheet.views = [{ state: "frozen", xSplit: model.freeze.columns, ySplit: model.freeze.rows }];
  }
}

/** An .xlsx buffer holding one sheet per model, in order ("xl/worksheets/sheet1.xml", ...). */
export async function renderGeneratedSheets(models: readonly SheetModel[]): Promise<Buffer> {
  const workbook = newExcelJsWorkbook();
  models.forEach((model, index) => renderSheet(workbook.addWorksheet(`Sheet${index + 1}`), model));
  // Stored, not deflated: the parts are read back at once and grafted, and the user's file deflates them once (sheetGraft.ts).
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
}
