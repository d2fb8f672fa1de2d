import type { SheetModel } from "../../../src/model/sheetModel";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES } from "../../../src/schema/tableSpecs";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { createSampleMemoryWorkbook } from "../../../src/sample/sampleMemoryWorkbook";

function model(overrides: Partial<SheetModel> = {}): SheetModel {
  return {
    name: "Scorecard 2026-Q3",
    kind: "scorecard",
    period: "2026-Q3",
    cells: [["Supplier", "Score"], ["=HYPERLINK(\"x\")", 91]],
    numberFormats: [[null, null], [null, "0.0"]],
    styles: [],
    columnWidths: [20, 8],
    freeze: { rows: 1, columns: 1 },
    conditionalFormats: [],
    charts: [],
    ...overrides,
  };
}

describe("memory workbook: generated sheets", () => {
  it("creates the sheet under its wanted name with a marker pointing at it", async () => {
    const workbook = createMemoryWorkbook();
    expect(await workbook.writeGeneratedSheet(model())).toEqual({ sheetName: "Scorecard 2026-Q3", replaced: false });
    expect(workbook.sheet("Scorecard 2026-Q3")?.cells[1]?.[0]).toBe("=HYPERLINK(\"x\")");
    expect(workbook.definedName("Costcard_Scorecard_2026_Q3")).toBe("='Scorecard 2026-Q3'!$A$1");
  });

  it("leaves a user's sheet of the same name alone and suffixes the generated one", async () => {
    const workbook = createMemoryWorkbook({ sheets: ["Scorecard 2026-Q3"] });
    expect(await workbook.writeGeneratedSheet(model())).toEqual({ sheetName: "Scorecard 2026-Q3 (2)", replaced: false });
    expect(workbook.sheet("Scorecard 2026-Q3")).toBeUndefined();
    expect(workbook.sheetNames()).toEqual(["Scorecard 2026-Q3", "Scorecard 2026-Q3 (2)"]);
  });

  it("replaces its own sheet in place on regeneration, the user's untouched", async () => {
    const workbook = createMemoryWorkbook({ sheets: ["Scorecard 2026-Q3", "Notes"] });
    await workbook.writeGeneratedSheet(model());
    const second = model({ cells: [["Supplier", "Score"], ["Acme", 55]] });
    expect(await workbook.writeGeneratedSheet(second)).toEqual({ sheetName: "Scorecard 2026-Q3 (2)", replaced: true });
    expect(workbook.sheet("Scorecard 2026-Q3 (2)")).toEqual(second);
    expect(workbook.sheetNames()).toEqual(["Scorecard 2026-Q3", "Notes", "Scorecard 2026-Q3 (2)"]);
  });

  it("keeps scorecard and price review of a period apart", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.writeGeneratedSheet(model());
    const review = await workbook.writeGeneratedSheet(model({ name: "Price Review 2026-Q3", kind: "priceReview" }));
    expect(review).toEqual({ sheetName: "Price Review 2026-Q3", replaced: false });
  });
});

describe("memory workbook: tables", () => {
  const suppliers = { name: "suppliers", sheet: "Vendors", headers: ["Status", "Supplier", "My notes"], rows: [["Approved", "Acme"]] };

  it("lists tables and reads requested ones by PRODUCT.md matching, padding short rows", async () => {
    const workbook = createMemoryWorkbook({ tables: [suppliers] });
    expect(await workbook.listTables()).toEqual([{ name: "suppliers", sheet: "Vendors", rowCount: 1 }]);
    const read = await workbook.readTables(["Suppliers", "Shipments"]);
    expect([...read.keys()]).toEqual(["Suppliers"]);
    expect(read.get("Suppliers")).toEqual({ name: "suppliers", sheet: "Vendors", headers: suppliers.headers, rows: [["Approved", "Acme", null]], firstRowNumber: 2 });
  });

  it("sets up only the missing tables, never touching an existing one", async () => {
    const workbook = createMemoryWorkbook({ tables: [suppliers], sheets: ["Quotes"] });
    const created = await workbook.setUpTables({ Suppliers: [["Other"]], Shipments: [["Acme", "PO-1", "SKU", 10, null, 46100]] });
    expect(created).toEqual(TABLE_NAMES.filter((name) => name !== "Suppliers"));
    expect(workbook.tableRows("Suppliers")).toEqual([["Approved", "Acme", null]]);
    expect(workbook.tableRows("Shipments")).toEqual([["Acme", "PO-1", "SKU", 10, null, 46100, null, null, null]]);
    expect((await workbook.listTables()).find((table) => table.name === "Quotes")?.sheet).toBe("Quotes (2)");
    expect(await workbook.setUpTables()).toEqual([]);
  });

  it("appends rows in spec order under the table's own headers", async () => {
    const workbook = createMemoryWorkbook({ tables: [suppliers] });
    await workbook.appendRows("Suppliers", [["Beta", "VN", "Bags", "Preferred", "", 46000]]);
    expect(workbook.tableRows("Suppliers")).toEqual([
      ["Approved", "Acme", null],
      ["Preferred", "Beta", null],
    ]);
    await expect(workbook.appendRows("Quotes", [["x"]])).rejects.toThrow(/no Quotes table/);
  });

  it("updates existing settings keys and appends new ones", async () => {
    const workbook = createMemoryWorkbook({ tables: [{ name: "Settings", headers: ["Value", "Key"], rows: [["USD", "homecurrency"]] }] });
    await workbook.writeSettings({ HomeCurrency: "EUR", "otd.weight": 40 });
    expect(workbook.tableRows("Settings")).toEqual([
      ["EUR", "homecurrency"],
      [40, "otd.weight"],
    ]);
  });

  it("creates the Settings table when the workbook has none", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.writeSettings({ Valuation: "CIF" });
    expect(workbook.tableRows("Settings")).toEqual([["Valuation", "CIF"]]);
  });

  it("offers the sample workbook with every table filled", async () => {
    const tables = await createSampleMemoryWorkbook().listTables();
    expect(tables.map((table) => [table.name, table.rowCount])).toEqual(TABLE_NAMES.map((name) => [name, SAMPLE_ROWS[name].length]));
  });
});

describe("memory workbook: our scorecard beside the supplier scorecard", () => {
  it("each kind replaces only its own sheet, and a user's sheet named Our Scorecard 2026-Q3 is never touched", async () => {
    const workbook = createMemoryWorkbook({ sheets: ["Our Scorecard 2026-Q3"] });
    await workbook.writeGeneratedSheet(model());
    const ours = model({ name: "Our Scorecard 2026-Q3", kind: "ourScorecard" });
    expect(await workbook.writeGeneratedSheet(ours)).toEqual({ sheetName: "Our Scorecard 2026-Q3 (2)", replaced: false });
    expect(await workbook.writeGeneratedSheet(ours)).toEqual({ sheetName: "Our Scorecard 2026-Q3 (2)", replaced: true });
    expect(await workbook.writeGeneratedSheet(model())).toEqual({ sheetName: "Scorecard 2026-Q3", replaced: true });
    expect(workbook.sheet("Our Scorecard 2026-Q3")).toBeUndefined();
    expect(workbook.definedName("Costcard_OurScorecard_2026_Q3")).toBe("='Our Scorecard 2026-Q3 (2)'!$A$1");
  });
});
