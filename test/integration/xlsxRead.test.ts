import ExcelJS from "exceljs";
import { TABLE_NAMES, TABLE_SPECS } from "../../src/schema/tableSpecs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { serial } from "./support/excelJsWorkbook";

/**
 * The xlsx adapter reading what Excel files hold, in workbooks ExcelJS makes: tables anywhere on a
 * sheet with a totals row, names in any case, 1904 dates, rich text, formulas, hyperlinks, errors.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a table's body is read where it is, without its totals row, under the workbook's own table name", async () => {
  const bytes = await workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet("Deliveries");
    sheet.getCell("A1").value = "notes above the table";
    sheet.addTable({
      name: "shipments",
      ref: "C5",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "Supplier", totalsRowLabel: "Total" }, { name: "Quantity", totalsRowFunction: "sum" }],
      rows: [
        ["Alpha", 10],
        ["Beta", 20],
      ],
    });
  });
  const workbook = await XlsxWorkbook.fromBytes(bytes);
  expect(await workbook.listTables()).toEqual([{ name: "shipments", sheet: "Deliveries", rowCount: 2 }]);
  const table = (await workbook.readTables(["Shipments"])).get("Shipments");
  expect(table).toMatchObject({ name: "shipments", sheet: "Deliveries", headers: ["Supplier", "Quantity"], firstRowNumber: 6 });
  expect(table?.rows).toEqual([
    ["Alpha", 10],
    ["Beta", 20],
  ]);
});

test("cells come back as plain values: dates as 1900-system serials even in a 1904 workbook, rich text as text, formulas as their results", async () => {
  const bytes = await workbookBytes((workbook) => {
    workbook.properties.date1904 = true;
    workbook.addWorksheet("Data").addTable({
      name: "Shipments",
      ref: "A1",
      columns: ["Supplier", "PO", "Quantity", "PromisedDate", "DeliveredDate", "DeliveredQty", "SKU"].map((name) => ({ name })),
      rows: [
        [{ richText: [{ text: "Al" }, { font: { bold: true }, text: "pha" }] }, { text: "PO-1", hyperlink: "http://example.com" }, { formula: "5*2", result: 10 }, new Date("2026-07-01T00:00:00Z"), { error: "#N/A" }, true, null],
      ],
    });
  });
  const table = (await (await XlsxWorkbook.fromBytes(bytes)).readTables(["Shipments"])).get("Shipments");
  expect(table?.rows).toEqual([["Alpha", "PO-1", 10, serial("2026-07-01"), "#N/A", true, null]]);
});

test("tables that are not Costcard's are listed but not read; a missing table is absent", async () => {
  const bytes = await workbookBytes((workbook) => {
    workbook.addWorksheet("Other").addTable({ name: "Budget", ref: "A1", columns: [{ name: "Line" }], rows: [["x"]] });
  });
  const workbook = await XlsxWorkbook.fromBytes(bytes);
  expect((await workbook.listTables()).map((table) => table.name)).toEqual(["Budget"]);
  expect((await workbook.readTables(["Budget", "Shipments"])).size).toBe(0);
});

test("tables of an existing file are not edited by the Node adapter: it says so instead of rewriting the user's file", async () => {
  const workbook = await XlsxWorkbook.fromBytes(await workbookBytes((book) => book.addWorksheet("Empty")));
  await expect(workbook.appendRows("Suppliers", [["Alpha"]])).rejects.toThrow(/edit its tables in Excel/);
});

test("a workbook created by the adapter takes set-up, appended rows and settings, and reads them back", async () => {
  const workbook = await XlsxWorkbook.create();
  expect(await workbook.setUpTables({ Settings: [["HomeCurrency", "USD"]] })).toHaveLength(TABLE_NAMES.length);
  expect(await workbook.setUpTables()).toEqual([]);
  await workbook.appendRows("Suppliers", [["Alpha", "Vietnam"]]);
  await workbook.writeSettings({ homecurrency: "EUR", "grade.A": 90 });
  const reopened = await XlsxWorkbook.fromBytes(await workbook.toBytes());
  const tables = await reopened.readTables(["Suppliers", "Settings"]);
  expect(tables.get("Suppliers")?.rows).toEqual([["Alpha", "Vietnam", ...TABLE_SPECS.Suppliers.slice(2).map(() => null)]]);
  expect(tables.get("Settings")?.rows).toEqual([
    ["HomeCurrency", "EUR"],
    ["grade.A", 90],
  ]);
});
