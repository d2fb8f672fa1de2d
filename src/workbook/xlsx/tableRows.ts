import ExcelJS from "exceljs";
import type { Readable } from "node:stream";
import type { CellScalar } from "../port";
import { cellScalar } from "./cellScalar";
import type { SheetEntry, TablePart } from "./workbookLayout";

/** Called every PROGRESS_EVERY rows read, with the count so far. */
export type RowProgress = (rowsRead: number) => void;

const PROGRESS_EVERY = 10_000;

function bodyRange(table: TablePart): { first: number; last: number } {
  return { first: table.firstRow + table.headerRowCount, last: table.lastRow - table.totalsRowCount };
}

/** What ExcelJS's streamed worksheet knows of itself (its typings leave these out). */
interface StreamedWorksheet {
  readonly name?: string;
  readonly id?: number | string;
}

/**
 * ExcelJS names a streamed sheet only when its relationship target is spelled
 * "worksheets/sheetN.xml"; otherwise its id is the N of the part's file name.
 */
function worksheetName(worksheet: StreamedWorksheet, sheets: readonly SheetEntry[]): string | undefined {
  return worksheet.name ?? sheets.find((sheet) => sheet.path === `xl/worksheets/sheet${String(worksheet.id)}.xml`)?.name;
}

/**
 * The body cells of the given tables, streamed sheet by sheet with ExcelJS's streaming reader so a
 * 100,000-line workbook is never held as a whole. Rows the file leaves out (blank rows) come back
 * as blanks, so row numbers stay those Excel shows.
 */
export async function readTableRows(source: Readable, sheets: readonly SheetEntry[], tables: readonly TablePart[], onProgress?: RowProgress): Promise<Map<TablePart, CellScalar[][]>> {
  const rowsByTable = new Map<TablePart, CellScalar[][]>();
  const tablesBySheet = new Map<string, TablePart[]>();
  for (const table of tables) {
    const { first, last } = bodyRange(table);
    const width = table.lastColumn - table.firstColumn + 1;
    rowsByTable.set(table, Array.from({ length: Math.max(0, last - first + 1) }, () => new Array<CellScalar>(width).fill(null)));
    tablesBySheet.set(table.sheet, [...(tablesBySheet.get(table.sheet) ?? []), table]);
  }
  if (tablesBySheet.size === 0) return rowsByTable;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  let rowsRead = 0;
  for await (const worksheet of reader) {
    const sheetTables = tablesBySheet.get(worksheetName(worksheet as unknown as StreamedWorksheet, sheets) ?? "");
    for await (const row of worksheet) {
      if (onProgress !== undefined && ++rowsRead % PROGRESS_EVERY === 0) onProgress(rowsRead);
      if (sheetTables === undefined) continue;
      for (const table of sheetTables) {
        const { first, last } = bodyRange(table);
        if (row.number < first || row.number > last) continue;
        const cells = rowsByTable.get(table)?.[row.number - first];
        if (cells === undefined) continue;
        for (let column = table.firstColumn; column <= table.lastColumn; column++) {
          cells[column - table.firstColumn] = cellScalar(row.findCell(column)?.value);
        }
      }
    }
  }
  return rowsByTable;
}
