import { buildReview } from "../../../src/reports/buildReview";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES } from "../../../src/schema/tableSpecs";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { createSampleMemoryWorkbook } from "../../../src/sample/sampleMemoryWorkbook";
import { FakeExcel, FakeOfficeError } from "./fakes/fakeExcel";
import type { SheetModel } from "../../../src/model/sheetModel";

const options = { period: "2026-Q3", asOf: 46300 };

/** The port as the task pane makes it (startApp.tsx): each capability asked of Excel's requirement sets. */
const taskPanePort = (excel: FakeExcel, asked: Partial<Record<"canSetPageLayout" | "canGroupColumns", boolean>> = {}) =>
  createExcelWorkbook(excel.run, { canResizeTables: excel.supportsExcelApi("1.13"), canSetPageLayout: excel.supportsExcelApi("1.9"), canGroupColumns: excel.supportsExcelApi("1.10"), ...asked });

/** The sample set up in an Excel of ExcelApi `version` through the port the task pane makes, and its review's sheet models. */
async function sampleIn(version: string, asked: Parameters<typeof taskPanePort>[1] = {}) {
  const excel = new FakeExcel();
  excel.excelApi = version;
  const port = taskPanePort(excel, asked);
  await port.setUpTables(SAMPLE_ROWS);
  const review = buildReview(await port.readTables(TABLE_NAMES), options);
  if (!review.ok) throw new Error(review.message);
  return { excel, port, sheets: review.value.sheets };
}

const columnsOf = (groups: SheetModel["columnGroups"]) => (groups ?? []).flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index));

describe("a review generated inside Excel", () => {
  it("reads the sample as the memory workbook does and writes every real sheet model (our scorecard too) within the sync budget", async () => {
    const excel = new FakeExcel();
    const port = createExcelWorkbook(excel.run);
    await port.setUpTables(SAMPLE_ROWS);
    const fromExcel = buildReview(await port.readTables(TABLE_NAMES), options);
    const fromMemory = buildReview(await createSampleMemoryWorkbook().readTables(TABLE_NAMES), options);
    if (!fromExcel.ok || !fromMemory.ok) throw new Error("the sample review failed");
    expect(fromExcel.value.json).toEqual(fromMemory.value.json);
    expect(fromExcel.value.json.suppliers.length).toBeGreaterThan(0);
    expect(fromExcel.value.sheets.map((model) => model.kind)).toEqual(["scorecard", "priceReview", "ourScorecard"]);

    for (const model of fromExcel.value.sheets) {
      excel.syncs.length = 0;
      expect(await port.writeGeneratedSheet(model)).toEqual({ sheetName: model.name, replaced: false });
      expect(excel.syncs.length).toBeLessThanOrEqual(3);
      const sheet = excel.sheet(model.name)!;
      const width = model.columnWidths.length;
      expect(excel.grid(sheet, 0, 0, model.cells.length, width)).toEqual(model.cells.map((row) => row.map((cell) => cell ?? "")));
      expect(sheet.conditionalFormats).toHaveLength(model.conditionalFormats.length);
      expect(sheet.charts).toHaveLength(model.charts.length);
      expect(sheet.pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$4:$4" });
    }
  });

  it("without ExcelApi 1.9 the sheets are written with Excel's default print settings", async () => {
    const { excel, port, sheets } = await sampleIn("1.8");
    await port.writeGeneratedSheet(sheets[0]!);
    expect(excel.sheet(sheets[0]!.name)!.pageLayout).toEqual({});
  });

  it("puts each sheet's detail columns in collapsed outline groups (ExcelApi 1.10), in the same sync, so the meeting's columns print on page 1", async () => {
    const excel = new FakeExcel();
    const port = createExcelWorkbook(excel.run);
    await port.setUpTables(SAMPLE_ROWS);
    const review = buildReview(await port.readTables(TABLE_NAMES), options);
    if (!review.ok) throw new Error(review.message);
    for (const model of review.value.sheets) {
      excel.syncs.length = 0;
      await port.writeGeneratedSheet(model);
      expect(excel.syncs.length).toBeLessThanOrEqual(3);
      const sheet = excel.sheet(model.name)!;
      const grouped = (model.columnGroups ?? []).flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index));
      // Our scorecard's six columns are all the meeting's: it has no details to group.
      expect(grouped.length > 0).toBe(model.kind !== "ourScorecard");
      expect([...sheet.columnOutline].sort(([a], [b]) => a - b)).toEqual(grouped.map((column) => [column, 1]));
      expect([...sheet.collapsedColumns].sort((a, b) => a - b)).toEqual(grouped);
      expect(sheet.freeze).toEqual(model.freeze);
    }
  });

  it("below ExcelApi 1.10 the detail columns are hidden instead, for Unhide to show", async () => {
    const { excel, port, sheets } = await sampleIn("1.9");
    const model = sheets.find((sheet) => sheet.kind === "priceReview")!;
    await port.writeGeneratedSheet(model);
    const sheet = excel.sheet(model.name)!;
    expect(sheet.columnOutline.size).toBe(0);
    expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual([...columnsOf(model.columnGroups), ...(model.hiddenColumns ?? [])].sort((a, b) => a - b));
  });

  it("in an Excel of ExcelApi 1.8, the add-in's minimum, every sheet is still written: Excel's print settings, the detail columns hidden, the charts drawn from hidden cells", async () => {
    const { excel, port, sheets } = await sampleIn("1.8");
    for (const model of sheets) {
      expect(await port.writeGeneratedSheet(model)).toEqual({ sheetName: model.name, replaced: false });
      const sheet = excel.sheet(model.name)!;
      expect(excel.grid(sheet, 0, 0, model.cells.length, model.columnWidths.length)).toEqual(model.cells.map((row) => row.map((cell) => cell ?? "")));
      expect(sheet.pageLayout).toEqual({});
      expect(sheet.columnOutline.size).toBe(0);
      expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual([...columnsOf(model.columnGroups), ...(model.hiddenColumns ?? [])].sort((a, b) => a - b));
      expect(sheet.charts.map((chart) => [chart.plotVisibleOnly, chart.valueAxisMinimum])).toEqual(model.charts.map((chart) => [false, chart.valueAxisMinimum]));
    }
    // The price review's waterfall among them, its axis above zero.
    expect(sheets.flatMap((model) => model.charts).some((chart) => chart.type === "stackedColumn" && chart.valueAxisMinimum! > 0)).toBe(true);
  });

  it.each([
    ["groups the detail columns", { canGroupColumns: true }],
    ["sets the page layout", { canSetPageLayout: true }],
  ])("there, an adapter that %s without asking fails with ApiNotFound: its guard is what keeps it working", async (_, asked) => {
    const { port, sheets } = await sampleIn("1.8", asked);
    const error = await port.writeGeneratedSheet(sheets.find((model) => model.kind === "priceReview")!).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe("ApiNotFound");
  });
});
