import ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "../../../src/workbook/xlsx/excelJsWorkbook";

test("the workbook made without ExcelJS's entry is the entry's Workbook, and writes a file ExcelJS reads back", async () => {
  const workbook = newExcelJsWorkbook();
  expect(workbook).toBeInstanceOf(ExcelJS.Workbook);
  workbook.addWorksheet("Sheet").getCell("B2").value = 42;
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  expect(again.getWorksheet("Sheet")?.getCell("B2").value).toBe(42);
});
