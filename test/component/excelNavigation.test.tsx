import { createExcelNavigation } from "../../src/taskpane/excel/excelNavigation";

/**
 * The few Excel calls "Go to" and the sheet links make, faked: a table whose header row is on sheet
 * row `headerRow` (0-based, as Office.js counts) and starts at column `firstColumn`. The fake records
 * which cell was selected and which sheet activated, in Excel's A1 terms.
 */
function fakeExcel(headers: string[], headerRow: number, firstColumn: number) {
  const events: string[] = [];
  const address = (row: number, column: number) => `${String.fromCharCode(65 + firstColumn + column)}${row + 1}`;
  const cell = (row: number, column: number) => ({
    worksheet: { activate: () => events.push("activate Quotes sheet") },
    select: () => events.push(`select ${address(row, column)}`),
  });
  const table = {
    getHeaderRowRange: () => ({ load: () => ({ values: [headers] }), getCell: (_row: number, column: number) => cell(headerRow, column) }),
    getDataBodyRange: () => ({ load: () => ({ rowIndex: headerRow + 1 }), getCell: (row: number, column: number) => cell(headerRow + 1 + row, column) }),
  };
  const context = {
    workbook: {
      tables: { getItem: (name: string) => (events.push(`table ${name}`), table) },
      worksheets: { getItem: (name: string) => ({ activate: () => events.push(`activate ${name}`) }) },
    },
    sync: async () => void events.push("sync"),
  };
  const run = (async (batch: (context: unknown) => Promise<unknown>) => batch(context)) as unknown as typeof Excel.run;
  return { events, navigation: createExcelNavigation(run) };
}

describe("Excel navigation", () => {
  test("Go to selects the problem's cell: Excel row number and header matched as PRODUCT.md matches them", async () => {
    // Header row on Excel row 4, table from column B: body row 1 is Excel row 5; "Unit Price" is the third column, D.
    const { events, navigation } = fakeExcel(["Supplier", "SKU", "Unit Price"], 3, 1);
    await navigation.selectTableCell({ table: "Quotes", row: 7, column: "UnitPrice" });
    expect(events).toEqual(["table Quotes", "sync", "activate Quotes sheet", "select D7", "sync"]);
  });

  test("a problem of the table itself (row 0) selects the column's header", async () => {
    const { events, navigation } = fakeExcel(["Supplier", "PO"], 0, 0);
    await navigation.selectTableCell({ table: "Shipments", row: 0, column: "PO" });
    expect(events).toContain("select B1");
  });

  test("a sheet link activates that sheet", async () => {
    const { events, navigation } = fakeExcel([], 0, 0);
    await navigation.activateSheet("Scorecard 2026-Q3");
    expect(events).toEqual(["activate Scorecard 2026-Q3", "sync"]);
  });
});
