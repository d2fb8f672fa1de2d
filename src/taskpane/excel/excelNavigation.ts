import { normalizeHeader } from "../../schema/tableSpecs";
import type { ExcelNavigation, TableCellTarget } from "../session";

/**
 * Selecting a problem's cell and opening a generated sheet in Excel. The WorkbookPort moves data
 * only; moving the user's view is the task pane's concern, so these two calls live here.
 */
export function createExcelNavigation(run: typeof Excel.run): ExcelNavigation {
  return {
    selectTableCell: (target: TableCellTarget) =>
      run(async (context) => {
        const table = context.workbook.tables.getItem(target.table);
        const headers = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("rowIndex");
        await context.sync();
        const wanted = normalizeHeader(target.column);
        const columnIndex = Math.max(0, (headers.values[0] ?? []).findIndex((header) => normalizeHeader(String(header)) === wanted));
        // Excel row numbers are 1-based; rowIndex is 0-based. Row 0 means the header row itself.
        const bodyRow = target.row - (body.rowIndex + 1);
        const cell = target.row === 0 || bodyRow < 0 ? table.getHeaderRowRange().getCell(0, columnIndex) : table.getDataBodyRange().getCell(bodyRow, columnIndex);
        cell.worksheet.activate();
        cell.select();
        await context.sync();
      }),
    activateSheet: (sheetName: string) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).activate();
        await context.sync();
      }),
  };
}
