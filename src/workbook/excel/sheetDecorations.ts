import type { ChartSeries, ChartSpec, ConditionalFormat, PrintSetup, RangeRef, SheetModel } from "../../model/sheetModel";
import { CELL_LOOKS, type CellLook } from "../cellLooks";

/** How a SheetModel's styles, conditional formats and chart become Excel formatting objects. */

export function rangeAt(sheet: Excel.Worksheet, ref: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(ref.row, ref.column, ref.rowCount, ref.columnCount);
}

const isEmpty = (ref: RangeRef) => ref.rowCount < 1 || ref.columnCount < 1;

function applyLook(format: Excel.RangeFormat, look: CellLook): void {
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color !== undefined) format.font.color = look.color;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrapText) format.wrapText = true;
}

/**
 * Print set-up (ExcelApi 1.9): landscape, every column on one page's width and as many pages down as
 * the rows need, the header row on every page.
 */
export function applyPrintSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
}

/**
 * Detail columns in collapsed outline groups (ExcelApi 1.10: `group`, `hideGroupDetails`): out of
 * the printed page, shown again with the outline's + or its level 2 button.
 */
export function applyColumnGroups(sheet: Excel.Worksheet, model: SheetModel): void {
  for (const group of model.columnGroups ?? []) {
    const columns = sheet.getRangeByIndexes(0, group.first, 1, group.count).getEntireColumn();
    columns.group("ByColumns");
    columns.hideGroupDetails("ByColumns");
  }
}

/** Below ExcelApi 1.10 the detail columns are hidden, so the meeting's columns still print large enough. */
export function hideColumnGroups(sheet: Excel.Worksheet, model: SheetModel): void {
  for (const group of model.columnGroups ?? []) sheet.getRangeByIndexes(0, group.first, 1, group.count).columnHidden = true;
}

/** Excel's width unit is points; a model width is in characters of the default font (7 px each, plus 5 px padding). */
export function columnWidthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

export function applyLayout(sheet: Excel.Worksheet, model: SheetModel): void {
  model.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthInPoints(width);
  });
  for (const { range, style } of model.styles) if (!isEmpty(range)) applyLook(rangeAt(sheet, range).format, CELL_LOOKS[style]);
  applyInputs(sheet, model);
  const { rows, columns } = model.freeze;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/**
 * The cells meant for typing stay editable when the user protects the sheet (cells are locked by
 * default); the Decision drop-down refuses other entries; the copies of what Costcard wrote are hidden.
 */
function applyInputs(sheet: Excel.Worksheet, model: SheetModel): void {
  for (const range of model.inputCells ?? []) if (!isEmpty(range)) rangeAt(sheet, range).format.protection.locked = false;
  for (const { range, choices, prompt } of model.dropDowns ?? []) {
    if (isEmpty(range)) continue;
    const validation = rangeAt(sheet, range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: choices.join(",") } };
    validation.errorAlert = { showAlert: true, style: "Stop", title: "Decision", message: `Choose one of: ${choices.join(", ")}.` };
    if (prompt !== undefined) validation.prompt = { showPrompt: true, title: "Decision", message: prompt };
  }
  for (const column of model.hiddenColumns ?? []) sheet.getRangeByIndexes(0, column, 1, 1).columnHidden = true;
}

/** A criterion's threshold as the formula Excel expects ("=0.95"). */
const threshold = (value: number) => `=${value}`;

function addConditionalFormat(sheet: Excel.Worksheet, format: ConditionalFormat): void {
  const range = rangeAt(sheet, format.range);
  if (format.type === "colorScale") {
    const [minimum, midpoint, maximum] = format.colors;
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", color: minimum },
      midpoint: { type: "Percentile", formula: "50", color: midpoint },
      maximum: { type: "HighestValue", color: maximum },
    };
    return;
  }
  // Icons go by ascending thresholds: red below the first, amber from it, green from the second.
  // Lower-is-better KPIs turn the order round, so green is the bottom bucket: at or under target.
  const iconSet = range.conditionalFormats.add("IconSet").iconSet;
  iconSet.style = "ThreeTrafficLights1";
  iconSet.reverseIconOrder = format.lowerIsBetter;
  const [low, high] = format.lowerIsBetter ? [format.target, format.floor] : [format.floor, format.target];
  const operator = format.lowerIsBetter ? "GreaterThan" : "GreaterThanOrEqual";
  iconSet.criteria = [
    { type: "Number", operator: "GreaterThanOrEqual", formula: threshold(Math.min(low, high)) },
    { type: "Number", operator, formula: threshold(low) },
    { type: "Number", operator, formula: threshold(high) },
  ];
}

export function addConditionalFormats(sheet: Excel.Worksheet, formats: readonly ConditionalFormat[]): void {
  for (const format of formats) if (!isEmpty(format.range)) addConditionalFormat(sheet, format);
}

/** The Excel chart type that draws each ChartSpec type. */
const EXCEL_CHART_TYPES = { bar: "BarClustered", line: "LineMarkers", stackedColumn: "ColumnStacked" } as const;

export function addCharts(sheet: Excel.Worksheet, specs: readonly ChartSpec[]): void {
  for (const spec of specs) addChart(sheet, spec);
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (first === undefined || isEmpty(spec.categories) || spec.series.some((series) => isEmpty(series.values))) return;
  const chart = sheet.charts.add(EXCEL_CHART_TYPES[spec.type], rangeAt(sheet, first.values), first.values.columnCount === 1 ? "Columns" : "Rows");
  chart.title.text = spec.title;
  // A chart's cells may lie in hidden columns (the bridge's helper cells): plotted all the same.
  chart.plotVisibleOnly = false;
  drawSeries(sheet, chart.series.getItemAt(0), first, spec);
  for (const series of rest) {
    const added = chart.series.add(series.name);
    added.setValues(rangeAt(sheet, series.values));
    drawSeries(sheet, added, series, spec);
  }
  showLegend(chart, spec);
  // A bar chart draws its first category at the bottom; reversed, suppliers read top-down as in the table.
  if (spec.type === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
  if (spec.valueAxisMinimum !== undefined) chart.axes.valueAxis.minimum = spec.valueAxisMinimum;
  const { anchor } = spec;
  chart.setPosition(
    sheet.getRangeByIndexes(anchor.row, anchor.column, 1, 1),
    sheet.getRangeByIndexes(anchor.row + Math.max(anchor.rowCount, 1) - 1, anchor.column + Math.max(anchor.columnCount, 1) - 1, 1, 1),
  );
}

/**
 * A legend only when more than one series shows, below the plot as in the CLI's file, and without the
 * invisible series (a bridge's base), whose entry would name a column no one can see. Queued after the
 * series, since a legend entry exists once its series does; in the same batch, so no extra round trip.
 * Legend entries (ExcelApi 1.7) are within the add-in's minimum, ExcelApi 1.8. At the bottom the
 * entries run left to right in series order, so entry i is series i; on the right Excel may list a
 * stacked chart's series top-down as they stack, in reverse.
 */
function showLegend(chart: Excel.Chart, spec: ChartSpec): void {
  const shown = spec.series.filter((series) => series.invisible !== true).length > 1;
  chart.legend.visible = shown;
  if (!shown) return;
  chart.legend.position = "Bottom";
  spec.series.forEach((series, index) => {
    if (series.invisible === true) chart.legend.legendEntries.getItemAt(index).visible = false;
  });
}

function drawSeries(sheet: Excel.Worksheet, series: Excel.ChartSeries, spec: ChartSeries, chart: ChartSpec): void {
  series.name = spec.name;
  series.setXAxisValues(rangeAt(sheet, chart.categories));
  if (spec.invisible === true) {
    series.format.fill.clear();
    series.format.line.lineStyle = "None";
  } else if (spec.color !== undefined) {
    if (chart.type === "line") series.format.line.color = spec.color;
    else series.format.fill.setSolidColor(spec.color);
  }
}
