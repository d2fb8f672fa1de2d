import type ExcelJS from "exceljs";

/**
 * Sets an ExcelJS column's width so that the file always holds it. ExcelJS takes a width equal to its
 * own default, 9, for "no width set" (`Column.isCustomWidth` is `width !== 9`,
 * node_modules/exceljs/lib/doc/column.js), so a plain column exactly 9 wide gets no `<col>` element and
 * Excel draws it at the sheet's default, 8.43. Marked as a custom width, it is written like any other
 * (`<col width="9" customWidth="1">`); the file's readback test (xlsxColumnWidths.test.ts) fails if
 * an ExcelJS upgrade changes this.
 */
export function setColumnWidth(column: ExcelJS.Column, width: number): void {
  column.width = width;
  Object.defineProperty(column, "isCustomWidth", { value: true, configurable: true });
}
