import ExcelJS from "exceljs";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES, TABLE_SPECS } from "../../../src/schema/tableSpecs";
import { renderNewWorkbook } from "../../../src/workbook/xlsx/newWorkbook";

test("the sample workbook's columns are wide enough for their dates, date-times and names", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderNewWorkbook(new Map(TABLE_NAMES.map((table) => [table, SAMPLE_ROWS[table]])))) as unknown as ExcelJS.Buffer);
  const widthOf = (table: (typeof TABLE_NAMES)[number], column: string) => workbook.getWorksheet(table)!.getColumn(TABLE_SPECS[table].findIndex((spec) => spec.name === column) + 1).width!;
  expect(widthOf("Suppliers", "Supplier")).toBeGreaterThanOrEqual("Ningbo Bags Manufacturing".length);
  expect(widthOf("Quotes", "Supplier")).toBeGreaterThanOrEqual("Ningbo Bags Manufacturing".length);
  expect(widthOf("Quotes", "QuoteDate")).toBeGreaterThanOrEqual("2026-03-10".length + 2);
  expect(widthOf("Responses", "RaisedAt")).toBeGreaterThanOrEqual("2026-03-10 09:30".length + 2);
  expect(widthOf("Suppliers", "Certifications")).toBeGreaterThanOrEqual("BSCI; OEKO-TEX 100".length);
  // A header with its filter button.
  expect(widthOf("Quotes", "InsurancePerUnit")).toBeGreaterThanOrEqual("InsurancePerUnit".length + 4);
});
