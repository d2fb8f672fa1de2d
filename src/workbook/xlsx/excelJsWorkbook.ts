import type ExcelJS from "exceljs";
import Workbook from "exceljs/lib/doc/workbook";

/**
 * A new ExcelJS workbook, its class loaded by its own module: the package's entry also loads its
 * streaming reader and writer (unzipper, archiver and what they need), which Costcard never uses,
 * and that was a third of a second of every CLI run (docs/PERFORMANCE.md). ExcelJS 4.4 has no
 * `exports` map, so the path is the package's own file; test/unit/workbook/excelJsWorkbook.test.ts
 * holds it to the entry's class.
 */
export function newExcelJsWorkbook(): ExcelJS.Workbook {
  return new Workbook();
}
