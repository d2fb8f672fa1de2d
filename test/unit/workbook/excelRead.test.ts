import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
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

  it("the same read without chunking exceeds the fake's payload limit, so the chunking is what keeps it within", async () => {
    const excel = new FakeExcel(6_000);
    excel.addTable("Deliveries", "Shipments", shipmentHeaders, Array.from({ length: 500 }, (_, index) => [`S${index}`, `PO-${index}`, index, 46000]));
    await expect(createExcelWorkbook(excel.run, { budget: { bytes: 1e9, readBytesPerCell: 48 } }).readTables(["Shipments"])).rejects.toThrow(/PayloadSizeLimit/);
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
