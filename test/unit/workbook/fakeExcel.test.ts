import { EXCEL_WEB_PAYLOAD_LIMIT, EXCEL_WEB_READ_CELL_LIMIT, FakeExcel, FakeOfficeError, type OfficeErrorCode } from "./fakes/fakeExcel";
import { typedEntry } from "./fakes/typedInput";

/**
 * The fake Office.js object model is the only Excel the adapter meets here, so each of its rules is
 * tested on its own, against the Office.js reference it was written from (cited in fakes/).
 */

/** Runs a batch on the fake and gives back the Office error it ended with. */
async function officeError(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<FakeOfficeError> {
  const error = await excel.run(batch).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FakeOfficeError);
  return error as FakeOfficeError;
}

const codeOf = async (excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<OfficeErrorCode> => (await officeError(excel, batch)).code;

const utf8 = (text: string) => new TextEncoder().encode(text).length;

function withTable(rows: (string | number)[][] = [["Acme", 1]]): FakeExcel {
  const excel = new FakeExcel();
  excel.addTable("Data", "Suppliers", ["Supplier", "Count"], rows);
  return excel;
}

describe("the fake Excel: a property is readable only after load and sync (PropertyNotLoaded)", () => {
  it.each(["values", "numberFormat", "formulas", "rowIndex", "columnIndex", "rowCount", "columnCount", "address"] as const)("a range's %s", async (property) => {
    const excel = withTable();
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Suppliers").getDataBodyRange();
      expect(() => body[property]).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      body.load(property);
      expect(() => body[property]).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(body[property]).toBeDefined();
    });
  });

  it("loading one property does not load another: rowCount loaded, columnCount still refused", async () => {
    const excel = withTable();
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Suppliers").getDataBodyRange().load("rowCount");
      await context.sync();
      expect(body.rowCount).toBe(1);
      expect(() => body.columnCount).toThrow(/PropertyNotLoaded/);
    });
  });

  it("a collection's items, a table's name and showTotals, a sheet's name and position, a name's value", async () => {
    const excel = withTable();
    await excel.run(async (context) => {
      const tables = context.workbook.tables;
      const table = tables.getItem("Suppliers");
      const sheet = context.workbook.worksheets.getItem("Data");
      expect(() => tables.items).toThrow(/PropertyNotLoaded/);
      expect(() => table.name).toThrow(/PropertyNotLoaded/);
      expect(() => table.showTotals).toThrow(/PropertyNotLoaded/);
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      expect(() => sheet.position).toThrow(/PropertyNotLoaded/);
      expect(() => context.workbook.names.getItemOrNullObject("x").value).toThrow(/PropertyNotLoaded/);
      tables.load("items/name");
      await context.sync();
      expect(tables.items.map((item) => item.name)).toEqual(["Suppliers"]);
    });
  });
});

describe("the fake Excel: payload sizes, measured by the fake itself", () => {
  it("a request is the UTF-8 size of the JSON Excel would be sent: Chinese text counts 3 bytes a character, not 1", async () => {
    const excel = new FakeExcel();
    const name = "宁波针织厂".repeat(20);
    await excel.run(async (context) => {
      context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, 1, 1).values = [[name]];
      await context.sync();
    });
    expect(excel.syncs[0]!.requestBytes).toBeGreaterThanOrEqual(utf8(name));
    expect(excel.syncs[0]!.requestBytes).toBeGreaterThan(name.length * 3);
  });

  it("a response is the UTF-8 size of the values returned", async () => {
    const excel = new FakeExcel();
    const name = "Saigon Knit Ðông Á".repeat(10);
    excel.addTable("Data", "Suppliers", ["Supplier"], [[name]]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Suppliers").getDataBodyRange().load("values");
      await context.sync();
    });
    expect(excel.syncs[0]!.responseBytes).toBeGreaterThanOrEqual(utf8(JSON.stringify([[name]])));
  });

  it("refuses a request above Excel on the web's 5 MB by default, with RequestPayloadSizeLimitExceeded", async () => {
    expect(EXCEL_WEB_PAYLOAD_LIMIT).toBe(5_000_000);
    const excel = new FakeExcel();
    // 2,000 rows of 1,000 three-byte characters: 6 MB in UTF-8, 2 MB in UTF-16 code units.
    const rows = Array.from({ length: 2_000 }, () => ["码".repeat(1_000)]);
    const code = await codeOf(excel, async (context) => {
      context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, rows.length, 1).values = rows;
      await context.sync();
    });
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("refuses a response above the limit, with ResponsePayloadSizeLimitExceeded, and loads nothing", async () => {
    const excel = new FakeExcel(10_000);
    excel.addTable("Data", "Suppliers", ["Supplier"], Array.from({ length: 100 }, () => ["x".repeat(200)]));
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Suppliers").getDataBodyRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => body.values).toThrow(/PropertyNotLoaded/);
    });
  });

  it("refuses a range read above 5,000,000 cells with RangeExceedsLimit, and counts the cells each read returns", async () => {
    expect(EXCEL_WEB_READ_CELL_LIMIT).toBe(5_000_000);
    const excel = new FakeExcel();
    excel.addSheet("S");
    const code = await codeOf(excel, async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1_000_001, 5).load("values");
      await context.sync();
    });
    expect(code).toBe("RangeExceedsLimit");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1_000, 5).load("values");
      await context.sync();
    });
    expect(excel.syncs.at(-1)).toMatchObject({ cellsRead: 5_000, largestReadCells: 5_000 });
  });
});

describe("the fake Excel: arrays written must have the range's shape (InvalidArgument)", () => {
  it.each(["values", "numberFormat", "formulas"] as const)("%s one column wider, one row short, or ragged", async (property) => {
    for (const grid of [[["a", "b", "c"]], [], [["a"], ["b", "c"]]]) {
      const excel = new FakeExcel();
      const code = await codeOf(excel, async (context) => {
        const range = context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, grid.length === 2 ? 2 : 1, 2);
        range[property] = grid as never;
      });
      expect(code).toBe("InvalidArgument");
    }
  });

  it("rows.add with a row narrower than the table", async () => {
    const excel = withTable();
    expect(await codeOf(excel, async (context) => context.workbook.tables.getItem("Suppliers").rows.add(undefined, [["Beta"]]))).toBe("InvalidArgument");
  });

  it("an array of the range's shape is taken, null leaving its cell as it was", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, 1, 2);
      range.values = [["a", "b"]];
      range.values = [[null, "c"]] as never;
      await context.sync();
    });
    expect(excel.grid(excel.sheet("S")!, 0, 0, 1, 2)).toEqual([["a", "c"]]);
  });
});

describe("the fake Excel: errors carry Excel's codes", () => {
  it("ItemNotFound for a table or sheet that does not exist, ItemAlreadyExists for a second sheet of a name", async () => {
    const excel = withTable();
    expect(await codeOf(excel, async (context) => context.workbook.tables.getItem("Quotes"))).toBe("ItemNotFound");
    expect(await codeOf(excel, async (context) => context.workbook.worksheets.getItem("Nope"))).toBe("ItemNotFound");
    expect(await codeOf(excel, async (context) => context.workbook.worksheets.add("data"))).toBe("ItemAlreadyExists");
  });

  it("ApiNotFound for table.resize below ExcelApi 1.13", async () => {
    const excel = withTable();
    excel.excelApi = "1.12";
    expect(
      await codeOf(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        context.workbook.tables.getItem("Suppliers").resize(sheet.getRangeByIndexes(0, 0, 3, 2));
      }),
    ).toBe("ApiNotFound");
  });

  it("ApiNotFound for column groups below ExcelApi 1.10 and page layout below 1.9; each works from its set on", async () => {
    const group = async (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 1, 1, 1).getEntireColumn().group("ByColumns");
    const collapse = async (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 1, 1, 1).getEntireColumn().hideGroupDetails("ByColumns");
    const layout = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape";
    };
    // In one workbook, in this order: the details are hidden of the group just made.
    const outcomes = async (version: string) => {
      const excel = withTable();
      excel.excelApi = version;
      const outcome = (batch: (context: Excel.RequestContext) => Promise<void>) => excel.run(batch).then(() => "done", (error: FakeOfficeError) => error.code);
      return [await outcome(group), await outcome(collapse), await outcome(layout)];
    };
    expect(await outcomes("1.8")).toEqual(["ApiNotFound", "ApiNotFound", "ApiNotFound"]);
    expect(await outcomes("1.9")).toEqual(["ApiNotFound", "ApiNotFound", "done"]);
    expect(await outcomes("1.10")).toEqual(["done", "done", "done"]);
    const excel = withTable();
    excel.excelApi = "1.9";
    expect([excel.supportsExcelApi("1.8"), excel.supportsExcelApi("1.9"), excel.supportsExcelApi("1.10"), excel.supportsExcelApi("1.13")]).toEqual([true, true, false, false]);
  });
});

describe("the fake Excel: a chart's legend entries", () => {
  /** A column chart of one series on Data!B1:B3, with `more` series added. */
  function chartOn(context: Excel.RequestContext, more: number): Excel.Chart {
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnStacked", sheet.getRangeByIndexes(0, 1, 3, 1), "Columns");
    for (let index = 0; index < more; index++) chart.series.add(`S${index}`).setValues(sheet.getRangeByIndexes(0, 2 + index, 3, 1));
    return chart;
  }

  it("one entry per series: an index no series has (yet) is ItemNotFound", async () => {
    const excel = withTable();
    expect(await codeOf(excel, async (context) => (chartOn(context, 0).legend.legendEntries.getItemAt(1).visible = false))).toBe("ItemNotFound");
    expect(await codeOf(excel, async (context) => (chartOn(context, 1).legend.legendEntries.getItemAt(-1).visible = false))).toBe("ItemNotFound");
    await excel.run(async (context) => {
      chartOn(context, 2).legend.legendEntries.getItemAt(2).visible = false;
    });
    expect(excel.sheet("Data")!.charts.at(-1)!.legend.hiddenEntries).toEqual([2]);
  });

  it("an entry's visibility is unreadable before load and sync; a legend position Excel lacks is refused", async () => {
    const excel = withTable();
    expect(await codeOf(excel, async (context) => chartOn(context, 1).legend.legendEntries.getItemAt(0).visible)).toBe("PropertyNotLoaded");
    expect(await codeOf(excel, async (context) => (chartOn(context, 1).legend.position = "Below" as Excel.ChartLegendPosition))).toBe("InvalidArgument");
  });
});

describe("the fake Excel: a string written as a value is read as Excel reads typed input", () => {
  const year = new Date().getUTCFullYear();
  const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

  it.each([
    ["=1+1", { formula: "=1+1" }],
    ["=HYPERLINK(\"x\")", { value: "#NAME?", formula: '=HYPERLINK("x")' }],
    ["+Beta", { value: "#NAME?", formula: "=+Beta" }],
    ["-2+3", { formula: "=-2+3" }],
    ["@SUM(A1)", { formula: "=SUM(A1)" }],
    ["2026-07-15", { value: serial("2026-07-15") }],
    ["2026-07", { value: serial("2026-07-01") }],
    ["7/15/2026", { value: serial("2026-07-15") }],
    ["15-Jul-2026", { value: serial("2026-07-15") }],
    ["Jul 15, 2026", { value: serial("2026-07-15") }],
    ["1-2", { value: serial(`${year}-01-02`) }],
    ["1/2/3", { value: serial("2003-01-02") }],
    ["12-2026", { value: serial("2026-12-01") }],
    ["1 1/2", { value: 1.5 }],
    ["TRUE", { value: true }],
    ["false", { value: false }],
    ["50%", { value: 0.5 }],
    ["1,000", { value: 1000 }],
    ["1e5", { value: 100_000 }],
    ["007", { value: 7 }],
    ["-12.5", { value: -12.5 }],
    ["$1,200.50", { value: 1200.5 }],
    ["(300)", { value: -300 }],
    ["10:30", { value: 0.4375 }],
    ["'007", { value: "007" }],
    ["'=1+1", { value: "=1+1" }],
    ["TEE-001", { value: "TEE-001" }],
    ["PO-2026-07", { value: "PO-2026-07" }],
    ["S-1", { value: "S-1" }],
    ["2026-Q3", { value: "2026-Q3" }],
    ["2026-02-30", { value: "2026-02-30" }],
    ["1,00", { value: "1,00" }],
    ["-", { value: "-" }],
  ])("%s", (typed, expected) => {
    expect(typedEntry(typed, "General")).toMatchObject(expected);
  });

  it("a General cell takes the format Excel gives the entry; a formatted cell keeps its own", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, 1, 3);
      range.numberFormat = [["General", "General", "0.00"]];
      range.values = [["2026-07-15", "50%", "50%"]];
      await context.sync();
    });
    const sheet = excel.sheet("S")!;
    expect(excel.cell(sheet, 0, 0)).toEqual({ value: serial("2026-07-15"), numberFormat: "m/d/yyyy" });
    expect(excel.cell(sheet, 0, 1)).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(excel.cell(sheet, 0, 2)).toEqual({ value: 0.5, numberFormat: "0.00" });
  });

  it("a Text-formatted (@) cell keeps any string as it is, a leading apostrophe included", async () => {
    const excel = new FakeExcel();
    const typed = ["=1+1", "2026-07", "TRUE", "007", "'x"];
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, 1, typed.length);
      range.numberFormat = [typed.map(() => "@")];
      range.values = [typed];
      await context.sync();
    });
    expect(excel.grid(excel.sheet("S")!, 0, 0, 1, typed.length)).toEqual([typed]);
    expect(excel.cell(excel.sheet("S")!, 0, 0)?.formula).toBeUndefined();
  });

  it("numbers and booleans written as such stay what they are", () => {
    expect(typedEntry(46218, "General")).toEqual({ value: 46218 });
    expect(typedEntry(true, "General")).toEqual({ value: true });
  });

  it("rows.add parses its values the same way", async () => {
    const excel = withTable();
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Suppliers").rows.add(undefined, [["2026-07", "1,000"]]);
      await context.sync();
    });
    expect(excel.tableRows("Suppliers")[1]).toEqual([serial("2026-07-01"), 1000]);
  });
});

describe("the fake Excel: what a user does to a sheet in a meeting", () => {
  function sheetOf(rows: (string | number | null)[][]) {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    excel.setCells(sheet, 0, 0, rows);
    return { excel, sheet };
  }

  it("a sort of a selection moves only the selected columns, in Excel's order: numbers, text ignoring case, blanks last", () => {
    const { excel, sheet } = sheetOf([
      ["b", 3, "x1"],
      ["A", null, "x2"],
      [2, 1, "x3"],
    ]);
    excel.sortSelection(sheet, { row: 0, column: 0, rowCount: 3, columnCount: 2 }, 0);
    expect(excel.grid(sheet, 0, 0, 3, 3)).toEqual([
      [2, 1, "x1"],
      ["A", "", "x2"],
      ["b", 3, "x3"],
    ]);
    excel.sortSelection(sheet, { row: 0, column: 0, rowCount: 3, columnCount: 2 }, 1, false);
    expect(excel.grid(sheet, 0, 0, 3, 2)).toEqual([
      ["b", 3],
      [2, 1],
      ["A", ""],
    ]);
  });

  it("inserted and deleted rows move the rows below, whole; a filter hides rows and keeps their values", () => {
    const { excel, sheet } = sheetOf([["r1"], ["r2"], ["r3"]]);
    excel.filterRows(sheet, 0, 3, 0, (value) => value !== "r3");
    expect([...sheet.hiddenRows]).toEqual([2]);
    excel.insertRows(sheet, 1);
    expect(excel.grid(sheet, 0, 0, 4, 1)).toEqual([["r1"], [""], ["r2"], ["r3"]]);
    expect([...sheet.hiddenRows]).toEqual([3]);
    excel.deleteRows(sheet, 0, 2);
    expect(excel.grid(sheet, 0, 0, 3, 1)).toEqual([["r2"], ["r3"], [""]]);
    expect([...sheet.hiddenRows]).toEqual([1]);
  });

  it("groups whole columns into an outline of at most 8 levels and hides only grouped columns' details", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    expect(await codeOf(excel, async (context) => context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 2, 1, 1).getEntireColumn().hideGroupDetails("ByColumns"))).toBe("InvalidOperation");
    expect(await codeOf(excel, async (context) => context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 2, 1, 1).group("ByColumns"))).toBe("InvalidArgument");
    await excel.run(async (context) => {
      const columns = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 2, 1, 2).getEntireColumn();
      columns.group("ByColumns");
      columns.hideGroupDetails("ByColumns");
      await context.sync();
    });
    expect([...sheet.columnOutline]).toEqual([[2, 1], [3, 1]]);
    expect([...sheet.collapsedColumns]).toEqual([2, 3]);
  });
});

describe("the fake Excel: the workbook's date system", () => {
  const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

  it.each([
    ["1900", 1462, 0],
    ["1904", 0, 1462],
  ] as const)("in a %s workbook DATE(1904, 1, 1) is %d and a typed date is stored %d days less than its 1900 serial", async (system, date1904, shift) => {
    const excel = new FakeExcel();
    excel.dateSystem = system;
    const answer = await excel.run(async (context) => {
      const result = context.workbook.functions.date(1904, 1, 1).load("value, error");
      context.workbook.worksheets.add("S").getRangeByIndexes(0, 0, 1, 2).values = [["2026-07-15", "7/15/2026 10:30"]];
      await context.sync();
      return { value: result.value, error: result.error };
    });
    expect(answer).toEqual({ value: date1904, error: "" });
    const sheet = excel.sheet("S")!;
    expect(excel.cell(sheet, 0, 0)!.value).toBe(serial("2026-07-15") - shift);
    expect(excel.cell(sheet, 0, 1)!.value).toBeCloseTo(serial("2026-07-15") + 10.5 / 24 - shift, 9);
  });

  it("DATE's value is readable only after load and sync", async () => {
    expect(await codeOf(new FakeExcel(), async (context) => context.workbook.functions.date(2026, 7, 15).value)).toBe("PropertyNotLoaded");
  });
});
