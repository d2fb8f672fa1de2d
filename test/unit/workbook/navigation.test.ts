import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { FakeExcel, type RangeRecord } from "./fakes/fakeExcel";

/** A selected cell as Excel names it: sheet and A1 address. */
function a1(range: RangeRecord | null): string | null {
  if (range === null) return null;
  let column = "";
  for (let index = range.column + 1; index > 0; index = Math.floor((index - 1) / 26)) column = String.fromCharCode(65 + ((index - 1) % 26)) + column;
  return `${range.sheet}!${column}${range.row + 1}`;
}

describe("Excel adapter: navigation", () => {
  it("Go to selects the problem's cell: Excel row number and header matched as PRODUCT.md matches them", async () => {
    // Header row on Excel row 4, table from column B: body row 1 is Excel row 5; "Unit Price" is the third column, D.
    const excel = new FakeExcel();
    excel.addSheet("Costing");
    excel.addTable("Quotes", "Quotes", ["Supplier", "SKU", "Unit Price"], [["Acme", "TEE", 1], ["Acme", "CAP", 2], ["Bolt", "TEE", 3]], { row: 3, column: 1 });
    excel.activeSheet = "Costing";
    await createExcelWorkbook(excel.run).selectTableCell!({ table: "Quotes", row: 7, column: "UnitPrice" });
    expect(a1(excel.selection)).toBe("Quotes!D7");
    expect(excel.activeSheet).toBe("Quotes");
    expect(excel.syncs).toHaveLength(3);
  });

  it("finds the table as PRODUCT.md matches names: a problem of FxRates goes to the table the workbook calls Fx_Rates", async () => {
    const excel = new FakeExcel();
    excel.addTable("Rates", "Fx_Rates", ["Currency", "Date", "Rate"], [["CNY", 46100, 0.14]]);
    await createExcelWorkbook(excel.run).selectTableCell!({ table: "FxRates", row: 2, column: "Rate" });
    expect(a1(excel.selection)).toBe("Rates!C2");
  });

  it("a problem of the table itself (row 0) selects the column's header", async () => {
    const excel = new FakeExcel();
    excel.addTable("Shipments", "Shipments", ["Supplier", "PO"], [["Acme", "PO-1"]]);
    await createExcelWorkbook(excel.run).selectTableCell!({ table: "Shipments", row: 0, column: "PO" });
    expect(a1(excel.selection)).toBe("Shipments!B1");
  });

  it("a column the table lacks selects its first column, so the user lands on the right row", async () => {
    const excel = new FakeExcel();
    excel.addTable("Shipments", "Shipments", ["Supplier", "PO"], [["Acme", "PO-1"]]);
    await createExcelWorkbook(excel.run).selectTableCell!({ table: "Shipments", row: 0, column: "PromisedDate" });
    expect(a1(excel.selection)).toBe("Shipments!A1");
  });

  it("a table the workbook lacks is an error, and the selection stays where it was", async () => {
    const excel = new FakeExcel();
    await expect(createExcelWorkbook(excel.run).selectTableCell!({ table: "Quotes", row: 2, column: "SKU" })).rejects.toThrow('The workbook has no Quotes table: use "Set up workbook" first.');
    expect(excel.selection).toBeNull();
  });

  it("a sheet link activates that sheet in one round trip", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Quotes");
    excel.addSheet("Scorecard 2026-Q3");
    await createExcelWorkbook(excel.run).activateSheet!("Scorecard 2026-Q3");
    expect(excel.activeSheet).toBe("Scorecard 2026-Q3");
    expect(excel.syncs).toHaveLength(1);
  });
});

describe("memory adapter: navigation", () => {
  it("records the cell Go to selected, and brings its table's sheet to the front", async () => {
    const workbook = createMemoryWorkbook({ tables: [{ name: "Quotes", sheet: "Costing", headers: ["Supplier", "SKU"] }] });
    expect(workbook.selectedCell()).toBeNull();
    await workbook.selectTableCell!({ table: "quotes", row: 3, column: "SKU" });
    expect(workbook.selectedCell()).toEqual({ table: "quotes", row: 3, column: "SKU" });
    expect(workbook.activeSheet()).toBe("Costing");
  });

  it("records a problem's cell in a table the workbook lacks (the preview still shows the problem), without moving the sheet", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.selectTableCell!({ table: "Suppliers", row: 0, column: "" });
    expect(workbook.selectedCell()).toEqual({ table: "Suppliers", row: 0, column: "" });
    expect(workbook.activeSheet()).toBeNull();
  });

  it("activates a sheet it holds, generated or the user's, and refuses one it does not", async () => {
    const workbook = createMemoryWorkbook({ sheets: ["Notes"] });
    await workbook.activateSheet!("notes");
    expect(workbook.activeSheet()).toBe("Notes");
    await expect(workbook.activateSheet!("Scorecard 2026-Q3")).rejects.toThrow("The workbook has no sheet named Scorecard 2026-Q3.");
    expect(workbook.activeSheet()).toBe("Notes");
  });
});
