import fc from "fast-check";
import type { SheetModel } from "../../../src/model/sheetModel";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { columnWidthInPoints } from "../../../src/workbook/excel/sheetDecorations";
import { FakeExcel } from "./fakes/fakeExcel";

const FORMULA_LIKE = ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "007", "'quoted"];

function scorecard(overrides: Partial<SheetModel> = {}): SheetModel {
  const suppliers = FORMULA_LIKE.map((name, index) => [name, 90 - index * 5, 0.9] as const);
  return {
    name: "Scorecard 2026-Q3",
    kind: "scorecard",
    period: "2026-Q3",
    cells: [["Scorecard 2026-Q3", null, null], ["Supplier", "Score", "OTD"], ...suppliers.map((row) => [...row])],
    numberFormats: [[null, null, null], [null, null, null], ...suppliers.map(() => [null, "0.0", "0.0%"])],
    styles: [
      { range: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, style: "title" },
      { range: { row: 1, column: 0, rowCount: 1, columnCount: 3 }, style: "header" },
    ],
    columnWidths: [28, 8, 8],
    freeze: { rows: 2, columns: 1 },
    conditionalFormats: [
      { type: "colorScale", range: { row: 2, column: 1, rowCount: suppliers.length, columnCount: 1 }, colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
      { type: "iconSet", range: { row: 2, column: 2, rowCount: suppliers.length, columnCount: 1 }, target: 0.95, floor: 0.8, lowerIsBetter: false },
      { type: "iconSet", range: { row: 2, column: 1, rowCount: suppliers.length, columnCount: 1 }, target: 0.01, floor: 0.05, lowerIsBetter: true },
    ],
    charts: [
      {
        type: "bar",
        title: "Scores 2026-Q3",
        categories: { row: 2, column: 0, rowCount: suppliers.length, columnCount: 1 },
        series: [{ name: "Score", values: { row: 2, column: 1, rowCount: suppliers.length, columnCount: 1 } }],
        anchor: { row: 2, column: 4, rowCount: 15, columnCount: 8 },
      },
    ],
    ...overrides,
  };
}

describe("Excel adapter: writing a generated sheet", () => {
  it("writes a report below the payload limit in two round trips, values and formats as one range write each", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Data");
    expect(await createExcelWorkbook(excel.run).writeGeneratedSheet(scorecard())).toEqual({ sheetName: "Scorecard 2026-Q3", replaced: false });
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    expect(excel.syncs.map((sync) => sync.valueWrites)).toEqual([0, 1]);

    const sheet = excel.sheet("Scorecard 2026-Q3")!;
    expect(excel.grid(sheet, 1, 0, 3, 3)).toEqual([["Supplier", "Score", "OTD"], ['=HYPERLINK("x")', 90, 0.9], ["+1", 85, 0.9]]);
    expect(excel.cell(sheet, 2, 1)?.numberFormat).toBe("0.0");
    expect(excel.cell(sheet, 2, 2)?.numberFormat).toBe("0.0%");
    expect(sheet.freeze).toEqual({ rows: 2, columns: 1 });
    expect(sheet.columnWidths.get(0)).toBe(columnWidthInPoints(28));
    expect(sheet.formats).toEqual(expect.arrayContaining([expect.objectContaining({ property: "bold", value: true, range: expect.objectContaining({ row: 1, columnCount: 3 }) })]));
  });

  it("keeps every string from the model literal: formula-like text, numbers as text, a leading apostrophe", async () => {
    const excel = new FakeExcel();
    await createExcelWorkbook(excel.run).writeGeneratedSheet(scorecard());
    const sheet = excel.sheet("Scorecard 2026-Q3")!;
    FORMULA_LIKE.forEach((text, index) => {
      expect(excel.cell(sheet, 2 + index, 0)).toEqual({ value: text, numberFormat: "General" });
    });
  });

  it("any string at all comes back as the same text and never as a formula", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (text) => {
        const excel = new FakeExcel();
        await createExcelWorkbook(excel.run).writeGeneratedSheet(scorecard({ cells: [[text]], numberFormats: [[null]], columnWidths: [10], styles: [], conditionalFormats: [], charts: [], freeze: { rows: 0, columns: 0 } }));
        const cell = excel.cell(excel.sheet("Scorecard 2026-Q3")!, 0, 0);
        return cell?.value === text && cell.formula === undefined;
      }),
    );
  });

  it("draws a bridge as stacked columns over an invisible base and a history as lines, each series named, with a legend when several show", async () => {
    const excel = new FakeExcel();
    const steps = { row: 2, column: 0, rowCount: 4, columnCount: 1 };
    const column = (index: number) => ({ row: 2, column: index, rowCount: 4, columnCount: 1 });
    await createExcelWorkbook(excel.run).writeGeneratedSheet(
      scorecard({
        charts: [
          {
            type: "stackedColumn",
            title: "Bridge",
            categories: steps,
            series: [
              { name: "Base", values: column(1), invisible: true },
              { name: "Up", values: column(2), color: "#C0504D" },
            ],
            anchor: { row: 0, column: 5, rowCount: 10, columnCount: 6 },
            valueAxisMinimum: 950,
          },
          { type: "line", title: "History", categories: steps, series: [{ name: "Score", values: column(1), color: "#4472C4" }], anchor: { row: 12, column: 5, rowCount: 10, columnCount: 6 } },
        ],
      }),
    );
    const [bridge, history] = excel.sheet("Scorecard 2026-Q3")!.charts;
    const at = (range: ReturnType<typeof column>) => ({ sheet: "Scorecard 2026-Q3", ...range });
    expect(bridge).toMatchObject({ type: "ColumnStacked", title: { text: "Bridge" }, legend: { visible: false } });
    expect(bridge!.series).toEqual([
      { name: "Base", values: at(column(1)), categories: at(steps), fill: { cleared: true }, line: { lineStyle: "None" } },
      { name: "Up", values: at(column(2)), categories: at(steps), fill: { color: "#C0504D" } },
    ]);
    expect(bridge!.legend.hiddenEntries).toBeUndefined();
    expect(bridge!.reversePlotOrder).toBeUndefined();
    // Its value axis from the bridge's minimum, hidden cells plotted; the history's axis left to Excel.
    expect([bridge!.valueAxisMinimum, bridge!.plotVisibleOnly]).toEqual([950, false]);
    expect(history).toMatchObject({ type: "LineMarkers", series: [{ name: "Score", line: { color: "#4472C4" } }] });
    expect(history!.valueAxisMinimum).toBeUndefined();
  });

  it("leaves a bridge's invisible base out of its legend, in the batch of the sheet: no extra round trip", async () => {
    const column = (index: number) => ({ row: 2, column: index, rowCount: 4, columnCount: 1 });
    const bridge = (series: SheetModel["charts"][number]["series"]) => scorecard({ charts: [{ type: "stackedColumn", title: "Bridge", categories: column(0), series, anchor: { row: 0, column: 5, rowCount: 10, columnCount: 6 } }] });
    const steps = [
      { name: "Total", values: column(2), color: "#4472C4" },
      { name: "Increase", values: column(1), color: "#C0504D" },
    ];
    const withoutBase = new FakeExcel();
    await createExcelWorkbook(withoutBase.run).writeGeneratedSheet(bridge(steps));
    const excel = new FakeExcel();
    await createExcelWorkbook(excel.run).writeGeneratedSheet(bridge([{ name: "Base", values: column(1), invisible: true }, ...steps]));

    const [chart] = excel.sheet("Scorecard 2026-Q3")!.charts;
    // Below the plot, as the CLI's file has it, where entry i is series i.
    expect(chart!.legend).toEqual({ visible: true, position: "Bottom", hiddenEntries: [0] });
    expect(chart!.series.map((series) => series.name)).toEqual(["Base", "Total", "Increase"]);
    expect(withoutBase.sheet("Scorecard 2026-Q3")!.charts[0]!.legend).toEqual({ visible: true, position: "Bottom" });
    expect(excel.syncs).toHaveLength(withoutBase.syncs.length);
    expect(excel.syncs).toHaveLength(2);
  });

  it("adds the colour scale, traffic lights reversed for lower-is-better KPIs, and the bar chart of scores", async () => {
    const excel = new FakeExcel();
    await createExcelWorkbook(excel.run).writeGeneratedSheet(scorecard());
    const sheet = excel.sheet("Scorecard 2026-Q3")!;
    const [scale, higher, lower] = sheet.conditionalFormats;
    expect(scale?.type).toBe("ColorScale");
    expect(scale?.colorScale.criteria).toEqual({
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    });
    expect(higher?.iconSet).toEqual({
      style: "ThreeTrafficLights1",
      reverseIconOrder: false,
      criteria: [expect.anything(), { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.8" }, { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.95" }],
    });
    expect(lower?.iconSet).toEqual({
      style: "ThreeTrafficLights1",
      reverseIconOrder: true,
      criteria: [expect.anything(), { type: "Number", operator: "GreaterThan", formula: "=0.01" }, { type: "Number", operator: "GreaterThan", formula: "=0.05" }],
    });
    expect(sheet.charts).toEqual([
      {
        type: "BarClustered",
        series: [
          {
            name: "Score",
            values: { sheet: "Scorecard 2026-Q3", row: 2, column: 1, rowCount: 7, columnCount: 1 },
            categories: { sheet: "Scorecard 2026-Q3", row: 2, column: 0, rowCount: 7, columnCount: 1 },
          },
        ],
        title: { text: "Scores 2026-Q3" },
        legend: { visible: false },
        reversePlotOrder: true,
        plotVisibleOnly: false,
        position: [
          { sheet: "Scorecard 2026-Q3", row: 2, column: 4, rowCount: 1, columnCount: 1 },
          { sheet: "Scorecard 2026-Q3", row: 16, column: 11, rowCount: 1, columnCount: 1 },
        ],
      },
    ]);
  });

  it("leaves a user's sheet of the same name untouched and suffixes the generated one", async () => {
    const excel = new FakeExcel();
    const users = excel.addSheet("Scorecard 2026-Q3");
    excel.setCells(users, 0, 0, [["my own notes"]]);
    expect(await createExcelWorkbook(excel.run).writeGeneratedSheet(scorecard())).toEqual({ sheetName: "Scorecard 2026-Q3 (2)", replaced: false });
    expect(excel.grid(users, 0, 0, 1, 1)).toEqual([["my own notes"]]);
    expect(excel.names.get("Costcard_Scorecard_2026_Q3")).toEqual({ sheet: excel.sheet("Scorecard 2026-Q3 (2)"), visible: false });
  });

  it("replaces Costcard's own sheet, found by its marker name, in place: same name, same position", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Data");
    const workbook = createExcelWorkbook(excel.run);
    await workbook.writeGeneratedSheet(scorecard());
    excel.addSheet("Notes");
    // The user renamed Costcard's sheet: its marker name follows it, as Excel's references do.
    excel.sheet("Scorecard 2026-Q3")!.name = "Q3 scores";
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Q3 scores", "Notes"]);

    const again = scorecard({ cells: [["Regenerated", null, null]], numberFormats: [[null, null, null]], conditionalFormats: [], charts: [] });
    excel.syncs.length = 0;
    expect(await workbook.writeGeneratedSheet(again)).toEqual({ sheetName: "Q3 scores", replaced: true });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Q3 scores", "Notes"]);
    expect(excel.grid(excel.sheet("Q3 scores")!, 0, 0, 2, 1)).toEqual([["Regenerated"], [""]]);
    expect(excel.sheet("Q3 scores")!.charts).toEqual([]);
    expect(excel.names.get("Costcard_Scorecard_2026_Q3")?.sheet).toBe(excel.sheet("Q3 scores"));
    expect(excel.syncs).toHaveLength(2);
  });

  it("creates a new sheet when the marked sheet was deleted, re-pointing the marker", async () => {
    const excel = new FakeExcel();
    const workbook = createExcelWorkbook(excel.run);
    excel.addSheet("Data");
    await workbook.writeGeneratedSheet(scorecard());
    const old = excel.sheet("Scorecard 2026-Q3")!;
    old.deleted = true;
    excel.sheets.splice(excel.sheets.indexOf(old), 1);
    expect(await workbook.writeGeneratedSheet(scorecard())).toEqual({ sheetName: "Scorecard 2026-Q3", replaced: false });
    expect(excel.names.get("Costcard_Scorecard_2026_Q3")?.sheet).toBe(excel.sheet("Scorecard 2026-Q3"));
  });

  it("writes a sheet above the payload limit in row blocks, each round trip within it, the grid whole and in order", async () => {
    const excel = new FakeExcel(8_000);
    const rows = Array.from({ length: 600 }, (_, index) => [`=Supplier ${index}`, index, 46000 + index]);
    const model = scorecard({ cells: rows, numberFormats: rows.map(() => [null, "0", "yyyy-mm-dd"]), conditionalFormats: [], charts: [] });
    await createExcelWorkbook(excel.run, { budget: { bytes: 6_000, readBytesPerCell: 48 } }).writeGeneratedSheet(model);
    const sheet = excel.sheet("Scorecard 2026-Q3")!;
    expect(excel.grid(sheet, 0, 0, 600, 3)).toEqual(rows);
    expect(excel.cell(sheet, 599, 2)?.numberFormat).toBe("yyyy-mm-dd");
    expect(excel.syncs.length).toBeGreaterThan(3);
    expect(Math.max(...excel.syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(8_000);
  });
});
