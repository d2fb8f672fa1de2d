import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Test workbooks built with ExcelJS directly, not with Costcard's adapter, so the tests check the
 * adapter against files it did not make.
 */

export type TestCell = string | number | boolean | Date | null | ExcelJS.CellValue;

export interface TestTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TestCell[])[];
  /** Sheet name; defaults to the table's name. */
  readonly sheet?: string;
  /** Top-left cell of the table; defaults to A1. */
  readonly at?: string;
}

/** Excel serial (1900 system) of an ISO date, computed independently of the code under test. */
export function serial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
}

export function addTables(workbook: ExcelJS.Workbook, tables: readonly TestTable[]): void {
  for (const table of tables) {
    const sheetName = table.sheet ?? table.name;
    const worksheet = workbook.getWorksheet(sheetName) ?? workbook.addWorksheet(sheetName);
    worksheet.addTable({
      name: table.name,
      ref: table.at ?? "A1",
      headerRow: true,
      columns: table.headers.map((name) => ({ name })),
      rows: table.rows.map((row) => [...row]),
    });
  }
}

export async function writeTestWorkbook(path: string, tables: readonly TestTable[], extra?: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addTables(workbook, tables);
  extra?.(workbook);
  await workbook.xlsx.writeFile(path);
}

export async function readWithExcelJs(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function temporaryFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `costcard-${prefix}-`));
}
