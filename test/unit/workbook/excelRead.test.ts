import { parseWorkbook } from "../../../src/schema/tables";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { readBlocks } from "../../../src/workbook/excel/payloadBudget";
import { FakeExcel } from "./fakes/fakeExcel";

const supplierHeaders = ["Supplier", "Status", "LastAuditDate"];
const shipmentHeaders = ["Supplier", "PO", "Quantity", "PromisedDate"];

describe("the fake Excel object model", () => {
  it("refuses a property read before load and sync, as Office.js does", async () => {
    const excel = new FakeExcel();
    excel.addTable("Data", "Suppliers", supplierHeaders, [["Acme", "Approved", 46000]]);
    await excel.run(async (context) => {
      const tables = context.workbook.tables;
      expect(() => tables.items).toThrow(/PropertyNotLoaded/);
      tables.load("items/name");
      expect(() => tables.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(tables.items.map((table) => table.name)).toEqual(["Suppliers"]);
    });
  });
});

describe("Excel adapter: reading tables", () => {
  it("reads every requested table with one values load each and one sync for all bodies", async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "suppliers", supplierHeaders, [["Acme", "Approved", 46000], ["Beta", "Probation", ""]], { row: 2, column: 1 });
    excel.setCells(excel.sheet("Vendors")!, 3, 3, [[46000], [""]], "yyyy-mm-dd");
    excel.addTable("Deliveries", "Shipments", shipmentHeaders, [["Acme", "PO-1", 100, 46100]]);
    excel.addTable("Other", "Budget", ["Line"], [["x"]]);

    const tables = await createExcelWorkbook(excel.run).readTables(["Suppliers", "Shipments", "Quotes"]);

    expect([...tables.keys()]).toEqual(["Suppliers", "Shipments"]);
    expect(tables.get("Suppliers")).toEqual({
      name: "suppliers",
      sheet: "Vendors",
      headers: supplierHeaders,
      rows: [["Acme", "Approved", 46000], ["Beta", "Probation", ""]],
      numberFormats: [["General", "General", "yyyy-mm-dd"], ["General", "General", "yyyy-mm-dd"]],
      firstRowNumber: 4,
    });
    expect(tables.get("Shipments")?.firstRowNumber).toBe(2);
    expect(excel.syncs).toHaveLength(3);
    expect(excel.syncs.map((sync) => sync.valueLoads)).toEqual([0, 2, 2]);
  });

  it("makes no body round trip when none of the requested tables exists", async () => {
    const excel = new FakeExcel();
    excel.addTable("Other", "Budget", ["Line"], [["x"]]);
    expect((await createExcelWorkbook(excel.run).readTables(["Quotes"])).size).toBe(0);
    expect(excel.syncs).toHaveLength(1);
  });

  it("reads a body above the payload budget in row blocks, whole and in order, each round trip within the limit", async () => {
    const excel = new FakeExcel(6_000);
    const rows = Array.from({ length: 500 }, (_, index) => [`Supplier ${index}`, `PO-${index}`, index, 46000 + index]);
    excel.addTable("Deliveries", "Shipments", shipmentHeaders, rows);
    excel.addTable("Vendors", "Suppliers", supplierHeaders, [["Acme", "Approved", 46000]]);

    const tables = await createExcelWorkbook(excel.run, { budget: { bytes: 5_000, readBytesPerCell: 48 } }).readTables(["Shipments", "Suppliers"]);

    expect(tables.get("Shipments")?.rows).toEqual(rows);
    expect(tables.get("Shipments")?.numberFormats).toHaveLength(500);
    expect(tables.get("Suppliers")?.rows).toEqual([["Acme", "Approved", 46000]]);
    expect(excel.syncs.length).toBeGreaterThan(5);
    expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(6_000);
  });

  it("the same read without chunking is refused by Excel (then read again in halves), so the budget is what keeps it within", async () => {
    const excel = new FakeExcel(6_000);
    const rows = Array.from({ length: 500 }, (_, index) => [`S${index}`, `PO-${index}`, index, 46000]);
    excel.addTable("Deliveries", "Shipments", shipmentHeaders, rows);
    const tables = await createExcelWorkbook(excel.run, { budget: { bytes: 1e9, readBytesPerCell: 48 } }).readTables(["Shipments"]);
    expect(excel.refusedSyncs).toBeGreaterThan(0);
    expect(tables.get("Shipments")?.rows).toEqual(rows);
  });

  it('lists each body cell holding an Excel error as the xlsx reader does, so its row is a data problem; "#N/A" typed in a Text cell stays text', async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "Suppliers", ["Supplier"], [["Acme"]]);
    excel.addTable("Deliveries", "Shipments", shipmentHeaders, [["Acme", "PO-1", 100, 46100], ["#N/A", "PO-2", "#DIV/0!", 46100], ["Acme", "PO-3", 5, 46100]]);
    excel.setCells(excel.sheet("Deliveries")!, 3, 1, [["#N/A"]], "@");

    const tables = await createExcelWorkbook(excel.run).readTables(["Suppliers", "Shipments"]);

    expect(tables.get("Shipments")?.cellProblems).toEqual([
      { rowIndex: 1, columnIndex: 0, message: "#N/A is an Excel error value (a formula that failed), not a value" },
      { rowIndex: 1, columnIndex: 2, message: "#DIV/0! is an Excel error value (a formula that failed), not a value" },
    ]);
    expect(tables.get("Suppliers")).not.toHaveProperty("cellProblems");
    const { data, problems } = parseWorkbook(tables);
    expect(data.shipments.map((line) => line.po)).toEqual(["PO-1", "#N/A"]);
    expect(problems).toEqual([
      { table: "Shipments", row: 3, column: "Supplier", message: "#N/A is an Excel error value (a formula that failed), not a value" },
      { table: "Shipments", row: 3, column: "Quantity", message: "#DIV/0! is an Excel error value (a formula that failed), not a value" },
    ]);
  });

  it("lists tables with their sheets and row counts, an empty table counting no rows", async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "Suppliers", supplierHeaders, [["Acme", "Approved", 46000], ["Beta", "", ""]]);
    excel.addTable("Deliveries", "Shipments", shipmentHeaders, []);
    expect(await createExcelWorkbook(excel.run).listTables()).toEqual([
      { name: "Suppliers", sheet: "Vendors", rowCount: 2 },
      { name: "Shipments", sheet: "Deliveries", rowCount: 0 },
    ]);
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("Excel adapter: reading at Excel on the web's limits", () => {
  const headers = ["Supplier", "PO", "Quantity", "PromisedDate"];

  it("with the default budget, reads a table of more than 5 MB in row blocks, every round trip under 5 MB and every read under 5,000,000 cells", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 50_000 }, (_, index) => [`Saigon Knitwear Garment Factory ${index % 60}`, `PO-${index}`, index, 46000 + (index % 365)]);
    excel.addTable("Deliveries", "Shipments", headers, rows, undefined, "General");
    const tables = await createExcelWorkbook(excel.run).readTables(["Shipments"]);
    expect(tables.get("Shipments")?.rows).toEqual(rows);
    expect(excel.refusedSyncs).toBe(0);
    expect(excel.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0)).toBeGreaterThan(5_000_000);
    expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeLessThan(5_000_000);
    expect(Math.max(...excel.syncs.map((sync) => sync.largestReadCells))).toBeLessThan(5_000_000);
    // After the first block, blocks are sized by the bytes measured per cell (about 25 here, not the 48 guessed): fewer, fuller round trips.
    expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeGreaterThan(3_000_000);
  });

  it("reads again in smaller blocks when Excel refuses a round trip whose cells hold more text than estimated", async () => {
    const excel = new FakeExcel(20_000);
    const rows = Array.from({ length: 40 }, (_, index) => [`${"宁波针织厂".repeat(40)} ${index}`, `PO-${index}`, index, 46000]);
    excel.addTable("Deliveries", "Shipments", headers, rows);
    const tables = await createExcelWorkbook(excel.run, { budget: { bytes: 15_000, readBytesPerCell: 48 } }).readTables(["Shipments"]);
    expect(tables.get("Shipments")?.rows).toEqual(rows);
    expect(tables.get("Shipments")?.numberFormats).toHaveLength(rows.length);
    expect(excel.refusedSyncs).toBeGreaterThan(0);
    expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(20_000);
  });

  it("a read block never asks for more than 5,000,000 cells, however small the estimate per cell", () => {
    const blocks = readBlocks(1_048_575, 20, { bytes: 4_000_000, readBytesPerCell: 0.1 });
    expect(Math.max(...blocks.map((block) => block.count * 20))).toBeLessThanOrEqual(5_000_000);
    expect(blocks.reduce((sum, block) => sum + block.count, 0)).toBe(1_048_575);
  });

  it("reports its progress after each round trip of rows, ending at every row of every table", async () => {
    const excel = new FakeExcel();
    excel.addTable("Deliveries", "Shipments", headers, Array.from({ length: 300 }, (_, index) => [`S${index}`, `PO-${index}`, index, 46000]));
    excel.addTable("Vendors", "Suppliers", supplierHeaders, [["Acme", "Approved", 46000]]);
    const progress: { rowsRead: number; rowCount: number }[] = [];
    await createExcelWorkbook(excel.run, { budget: { bytes: 5_000, readBytesPerCell: 48 } }).readTables(["Shipments", "Suppliers"], { onProgress: (step) => progress.push(step) });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((step) => step.rowCount === 301)).toBe(true);
    expect(progress.map((step) => step.rowsRead)).toEqual([...progress.map((step) => step.rowsRead)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ rowsRead: 301, rowCount: 301 });
  });
});
