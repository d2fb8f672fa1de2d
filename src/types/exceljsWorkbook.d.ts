/**
 * ExcelJS's Workbook class by its own module (src/workbook/xlsx/excelJsWorkbook.ts says why): the
 * same class the package's entry exports as `Workbook`, typed by the package's own declarations.
 */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
