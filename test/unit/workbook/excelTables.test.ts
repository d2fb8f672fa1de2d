import { INCOTERM_CHOICES, TABLE_NAMES, TABLE_SPECS } from "../../../src/schema/tableSpecs";
import type { SheetModel } from "../../../src/model/sheetModel";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { FakeExcel } from "./fakes/fakeExcel";

const supplierHeaders = TABLE_SPECS.Suppliers.map((column) => column.name);

describe("Excel adapter: setting up tables", () => {
  it("creates only the missing tables, leaving an existing one and its data as they were", async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "suppliers", ["Supplier", "Notes"], [["Acme", "keep me"]]);
    const created = await createExcelWorkbook(excel.run).setUpTables({ Suppliers: [["Other"]], Shipments: [["=Acme", "PO-1", "SKU", 10, null, 46100]] });

    expect(created).toEqual(TABLE_NAMES.filter((name) => name !== "Suppliers"));
    expect(excel.tableRows("suppliers")).toEqual([["Acme", "keep me"]]);
    expect(excel.tables.map((table) => table.name)).toEqual(["suppliers", ...created]);
    expect(excel.tableRows("Shipments")).toEqual([["=Acme", "PO-1", "SKU", 10, "", 46100, "", "", ""]]);
    expect(excel.cell(excel.sheet("Shipments")!, 1, 0)?.formula).toBeUndefined();
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    expect(await createExcelWorkbook(excel.run).setUpTables()).toEqual([]);
  });

  it("syncs between tables when one table's last rows and the next table's first would together exceed the limit", async () => {
    const excel = new FakeExcel(5_000);
    const suppliers = Array.from({ length: 40 }, (_, index) => [`Supplier number ${index}`]);
    const shipments = Array.from({ length: 30 }, (_, index) => [`Supplier number ${index}`, `PO-${index}`, "TEE", 10, 46100]);
    await createExcelWorkbook(excel.run, { budget: { bytes: 4_000, readBytesPerCell: 48 } }).setUpTables({ Suppliers: suppliers, Shipments: shipments });
    expect(excel.refusedSyncs).toBe(0);
    expect(excel.tableRows("Suppliers").map((row) => row[0])).toEqual(suppliers.map(([name]) => name));
    expect(excel.tableRows("Shipments").map((row) => row[1])).toEqual(shipments.map((row) => row[1]));
  });

  it("gives each new table its headers, one empty row, column number formats and drop-down lists", async () => {
    const excel = new FakeExcel();
    await createExcelWorkbook(excel.run).setUpTables();
    const quotes = excel.sheet("Quotes")!;
    const headers = TABLE_SPECS.Quotes.map((column) => column.name);
    expect(excel.grid(quotes, 0, 0, 1, headers.length)).toEqual([headers]);
    expect(excel.tables.find((table) => table.name === "Quotes")?.bodyRowCount).toBe(1);
    expect(excel.cell(quotes, 1, headers.indexOf("QuoteDate"))?.numberFormat).toBe("yyyy-mm-dd");
    expect(excel.cell(quotes, 1, headers.indexOf("DutyRate"))?.numberFormat).toBe("0.0%");

    const validation = (sheet: string, column: string) => {
      const state = excel.sheet(sheet)!;
      const index = excel.grid(state, 0, 0, 1, 30)[0]!.indexOf(column);
      return state.validations.find((item) => item.range.column === index);
    };
    expect(validation("Quotes", "Incoterm")).toEqual({
      range: { sheet: "Quotes", row: 1, column: 5, rowCount: 1, columnCount: 1 },
      rule: { list: { inCellDropDown: true, source: INCOTERM_CHOICES.join(",") } },
      errorAlert: expect.objectContaining({ showAlert: true, style: "Stop" }),
    });
    expect(validation("Quotes", "Currency")?.errorAlert).toEqual(expect.objectContaining({ style: "Warning" }));
    expect(validation("FxRates", "Currency")?.rule).toEqual({ list: { inCellDropDown: true, source: expect.stringContaining("USD,EUR") } });
    expect(validation("Suppliers", "Status")?.rule).toEqual({ list: { inCellDropDown: true, source: "Preferred,Approved,Probation,Inactive" } });
    expect(validation("Inspections", "Level")?.errorAlert).toEqual(expect.objectContaining({ style: "Stop" }));
    expect(validation("Inspections", "Result")?.errorAlert).toEqual(expect.objectContaining({ style: "Warning" }));
    expect(excel.sheet("Shipments")!.validations.map((item) => [item.range.column, (item.errorAlert as { style: string }).style])).toEqual([[TABLE_SPECS.Shipments.findIndex((column) => column.name === "Excused"), "Warning"]]);
  });

  it("uses an empty sheet named after the table and leaves one with content alone", async () => {
    const excel = new FakeExcel();
    excel.addSheet("quotes");
    excel.setCells(excel.addSheet("Shipments"), 4, 4, [["my notes"]]);
    await createExcelWorkbook(excel.run).setUpTables();
    expect(excel.tables.find((table) => table.name === "Quotes")?.sheet.name).toBe("quotes");
    expect(excel.tables.find((table) => table.name === "Shipments")?.sheet.name).toBe("Shipments (2)");
    expect(excel.grid(excel.sheet("Shipments")!, 4, 4, 1, 1)).toEqual([["my notes"]]);
  });
});

describe("Excel adapter: appending rows", () => {
  it("writes below the body, aligned to the table's own headers, text kept literal, the table extended", async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "Suppliers", ["Status", "Supplier", "My notes"], [["Approved", "Acme", "x"]], { row: 1, column: 1 });
    excel.setCells(excel.sheet("Vendors")!, 2, 1, [["Approved"]], "@");
    await createExcelWorkbook(excel.run).appendRows("Suppliers", [["+Beta", "VN", "Bags", "Preferred", "", 46000], ["007", null, null, "Inactive"]]);

    expect(excel.tableRows("Suppliers")).toEqual([
      ["Approved", "Acme", "x"],
      ["Preferred", "+Beta", ""],
      ["Inactive", "007", ""],
    ]);
    expect(excel.cell(excel.sheet("Vendors")!, 3, 1)?.numberFormat).toBe("@");
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
  });

  it("fills an empty table's one blank row first", async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "Suppliers", supplierHeaders, []);
    await createExcelWorkbook(excel.run).appendRows("Suppliers", [["Acme"]]);
    expect(excel.tableRows("Suppliers")).toEqual([["Acme", ...TABLE_SPECS.Suppliers.slice(1).map(() => "")]]);
  });

  it("inserts rows instead when the rows below hold content, overwriting nothing", async () => {
    const excel = new FakeExcel();
    excel.addTable("Vendors", "Suppliers", ["Supplier"], [["Acme"]]);
    excel.setCells(excel.sheet("Vendors")!, 3, 0, [["a note below"]]);
    await createExcelWorkbook(excel.run).appendRows("Suppliers", [["Beta"], ["=Gamma"]]);
    expect(excel.tableRows("Suppliers")).toEqual([["Acme"], ["Beta"], ["=Gamma"]]);
    expect(excel.grid(excel.sheet("Vendors")!, 5, 0, 1, 1)).toEqual([["a note below"]]);
  });

  it("resizes the table over the new rows when Excel does not extend it by itself", async () => {
    const excel = new FakeExcel();
    excel.autoExpandTables = false;
    excel.addTable("Vendors", "Suppliers", ["Supplier"], [["Acme"]]);
    await createExcelWorkbook(excel.run).appendRows("Suppliers", [["Beta"]]);
    expect(excel.tableRows("Suppliers")).toEqual([["Acme"], ["Beta"]]);
  });

  it("inserts the rows with rows.add where Excel cannot resize a table (below ExcelApi 1.13), so a table Excel does not extend still gets them", async () => {
    const excel = new FakeExcel();
    excel.autoExpandTables = false;
    excel.excelApi = "1.12";
    excel.addTable("Vendors", "Suppliers", ["Supplier"], [["Acme"]]);
    await createExcelWorkbook(excel.run, { canResizeTables: false }).appendRows("Suppliers", [["Beta"], ["=Gamma"]]);
    expect(excel.tableRows("Suppliers")).toEqual([["Acme"], ["Beta"], ["=Gamma"]]);
    expect(excel.grid(excel.sheet("Vendors")!, 4, 0, 1, 1)).toEqual([[""]]);
  });

  it.each([
    ["written below the table", {}],
    ["inserted with rows.add", { canResizeTables: false }],
  ])("keeps text exact in a column formatted as Text (@), where Excel would keep an apostrophe: %s", async (_, options) => {
    const excel = new FakeExcel();
    excel.addTable("Quotes", "Quotes", ["Supplier", "SKU"], [["Acme", "007"]], undefined, "@");
    await createExcelWorkbook(excel.run, options).appendRows("Quotes", [["Beta", "=HYPERLINK(\"x\")"], ["Gamma", "0042"]]);
    expect(excel.tableRows("Quotes")).toEqual([
      ["Acme", "007"],
      ["Beta", '=HYPERLINK("x")'],
      ["Gamma", "0042"],
    ]);
  });

  it("says so when the table does not exist", async () => {
    await expect(createExcelWorkbook(new FakeExcel().run).appendRows("Quotes", [["x"]])).rejects.toThrow(/no Quotes table/);
  });

  it("appends many rows in blocks within the payload limit, whole and in order", async () => {
    const excel = new FakeExcel(5_000);
    excel.addTable("Vendors", "Suppliers", ["Supplier", "Country"], [["Acme", "VN"]]);
    const rows = Array.from({ length: 400 }, (_, index) => [`Supplier ${index}`, "CN"]);
    await createExcelWorkbook(excel.run, { budget: { bytes: 4_000, readBytesPerCell: 48 } }).appendRows("Suppliers", rows);
    expect(excel.tableRows("Suppliers")).toEqual([["Acme", "VN"], ...rows]);
  });
});

describe("Excel adapter: settings", () => {
  it("keeps a Value column formatted as Text (@) exact, changed and appended alike", async () => {
    const excel = new FakeExcel();
    excel.addTable("Settings", "Settings", ["Key", "Value"], [["HomeCurrency", "USD"]], undefined, "@");
    await createExcelWorkbook(excel.run).writeSettings({ HomeCurrency: "EUR", Valuation: "CIF" });
    expect(excel.tableRows("Settings")).toEqual([
      ["HomeCurrency", "EUR"],
      ["Valuation", "CIF"],
    ]);
  });

  it("changes existing keys' values case-insensitively and appends new keys", async () => {
    const excel = new FakeExcel();
    excel.addTable("Settings", "Settings", ["Key", "Value"], [["homecurrency", "USD"], ["OTD.weight", 30]]);
    await createExcelWorkbook(excel.run).writeSettings({ HomeCurrency: "EUR", "otd.weight": 40, "grade.A": 90 });
    expect(excel.tableRows("Settings")).toEqual([
      ["homecurrency", "EUR"],
      ["OTD.weight", 40],
      ["grade.A", 90],
    ]);
  });

  it("a changed Value keeps the Value column's own number format, not the Key column's", async () => {
    const excel = new FakeExcel();
    // A Text Value column (so "007" stays those characters) beside a General Key column.
    const table = excel.addTable("Settings", "Settings", ["Key", "Value"], [["AccountCode", "001"], ["HomeCurrency", "USD"]], { row: 0, column: 0 }, ["General", "@"]);
    await createExcelWorkbook(excel.run).writeSettings({ AccountCode: "007", HomeCurrency: "EUR" });
    expect(excel.tableRows("Settings")).toEqual([
      ["AccountCode", "007"],
      ["HomeCurrency", "EUR"],
    ]);
    for (const row of [1, 2]) {
      expect(excel.cell(table.sheet, row, 0)!.numberFormat).toBe("General");
      expect(excel.cell(table.sheet, row, 1)!.numberFormat).toBe("@");
    }
  });

  it("creates the Settings table when the workbook has none, and nothing else", async () => {
    const excel = new FakeExcel();
    await createExcelWorkbook(excel.run).writeSettings({ Valuation: "CIF" });
    expect(excel.tables.map((table) => table.name)).toEqual(["Settings"]);
    expect(excel.tableRows("Settings")).toEqual([["Valuation", "CIF"]]);
  });
});

/** Text Excel would turn into something else if it were written as typed: dates, booleans, percentages, numbers, formulas. */
const REINTERPRETED = ["2026-07", "2026-07-15", "7/15/2026", "1-2", "12-2026", "1 1/2", "TRUE", "false", "50%", "1,000", "1e5", "007", "10:30", "$5", "(3)", "=1+1", "+1", "-2", "@A1", "'quoted"];

describe("Excel adapter: every string Excel would reinterpret is written so it stays text", () => {
  it.each([
    ["appended below the table", {}],
    ["inserted with rows.add", { canResizeTables: false }],
  ])("appended rows: %s", async (_, options) => {
    const excel = new FakeExcel();
    excel.addTable("Orders", "Shipments", ["Supplier", "PO", "SKU"], [["Acme", "PO-1", "TEE"]]);
    if ("canResizeTables" in options) excel.excelApi = "1.12";
    await createExcelWorkbook(excel.run, options).appendRows(
      "Shipments",
      REINTERPRETED.map((text) => [text, text, text]),
    );
    expect(excel.tableRows("Shipments").slice(1)).toEqual(REINTERPRETED.map((text) => [text, text, text]));
  });

  it("set-up rows and settings", async () => {
    const excel = new FakeExcel();
    await createExcelWorkbook(excel.run).setUpTables({ Suppliers: REINTERPRETED.map((text) => [text]) });
    expect(excel.tableRows("Suppliers").map((row) => row[0])).toEqual(REINTERPRETED);
    await createExcelWorkbook(excel.run).writeSettings(Object.fromEntries(REINTERPRETED.map((text, index) => [`key${index}`, text])));
    expect(excel.tableRows("Settings").map((row) => row[1])).toEqual(REINTERPRETED);
  });
});

describe("Excel adapter: payload sizes in UTF-8", () => {
  it("sizes rows of Chinese supplier names by their UTF-8 bytes, three a character, so each block stays under the limit", async () => {
    const excel = new FakeExcel(5_000);
    excel.addTable("Vendors", "Suppliers", ["Supplier", "Country"], [["Acme", "VN"]]);
    const rows = Array.from({ length: 200 }, (_, index) => [`宁波针织服装有限公司 ${index}`, "CN"]);
    await createExcelWorkbook(excel.run, { budget: { bytes: 4_000, readBytesPerCell: 48 } }).appendRows("Suppliers", rows);
    expect(excel.tableRows("Suppliers")).toEqual([["Acme", "VN"], ...rows]);
    expect(excel.refusedSyncs).toBe(0);
  });

  it("with the default budget, writes a sheet of more than 5 MB in blocks each under Excel on the web's 5 MB", async () => {
    const excel = new FakeExcel();
    const cells = Array.from({ length: 40_000 }, (_, index) => [`Saigon Knitwear Garment Factory Company Limited ${index}`, `PO-${index}`, index, 46000 + (index % 365), "宁波"]);
    const model: SheetModel = {
      name: "Big",
      kind: "scorecard",
      period: "2026-Q3",
      cells,
      numberFormats: cells.map(() => [null, null, "0", "yyyy-mm-dd", null]),
      styles: [],
      columnWidths: [30, 10, 8, 10, 6],
      freeze: { rows: 0, columns: 0 },
      conditionalFormats: [],
      charts: [],
    };
    await createExcelWorkbook(excel.run).writeGeneratedSheet(model);
    expect(excel.refusedSyncs).toBe(0);
    expect(excel.syncs.reduce((sum, sync) => sum + sync.requestBytes, 0)).toBeGreaterThan(5_000_000);
    expect(Math.max(...excel.syncs.map((sync) => sync.requestBytes))).toBeLessThan(5_000_000);
    expect(excel.grid(excel.sheet("Big")!, 39_999, 0, 1, 5)).toEqual([cells[39_999]]);
  });
});
