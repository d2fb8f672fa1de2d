/**
 * A generated sheet, described without Excel or files: what the reports produce and what each
 * workbook adapter (Office.js, ExcelJS, memory) applies. The grid starts at A1; rows and columns in
 * ranges are 0-based.
 *
 * Every string in `cells` is literal text. An adapter must write it so that it stays text: a
 * supplier named "=HYPERLINK(...)" is shown as those characters, never evaluated.
 */
export type Cell = string | number | boolean | null;

export type GeneratedSheetKind = "scorecard" | "priceReview" | "ourScorecard";

export interface RangeRef {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export type CellStyle = "title" | "subtitle" | "warning" | "header" | "sectionTitle" | "note" | "input";

/** A drop-down list on cells meant for typing (a decision); other entries are refused. */
export interface DropDown {
  readonly range: RangeRef;
  readonly choices: readonly string[];
  /** What Excel shows beside a selected cell (the validation's input message), when given. */
  readonly prompt?: string;
}

/** How a generated sheet prints, as a buyer takes it to the meeting (PRODUCT.md, "Generated sheets"). */
export interface PrintSetup {
  readonly orientation: "landscape";
  /**
   * Every printed column on one page's width (detail columns in collapsed groups and hidden columns
   * do not print); as many pages down as the rows need (never the whole sheet shrunk onto one page).
   */
  readonly fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page (0-based, inclusive): the table's header row. */
  readonly titleRows: { readonly first: number; readonly last: number };
}

/**
 * Detail columns kept in a collapsed outline group (Excel's Data > Group, shown again with the +
 * above the columns or the outline's level 2 button): out of the printed page while collapsed, so
 * the meeting's columns print large enough to read (PRODUCT.md, "Generated sheets").
 */
export interface ColumnGroup {
  readonly first: number;
  readonly count: number;
}

export interface ColorScaleFormat {
  readonly type: "colorScale";
  readonly range: RangeRef;
  /** Colours (#RRGGBB) at the minimum, midpoint (50th percentile) and maximum. */
  readonly colors: readonly [string, string, string];
}

export interface IconSetFormat {
  readonly type: "iconSet";
  readonly range: RangeRef;
  /** Three traffic lights: green when the value meets `target`, amber between floor and target, red beyond `floor`. */
  readonly target: number;
  readonly floor: number;
  /** True for KPIs where lower is better (defect rate, response hours, price change). */
  readonly lowerIsBetter: boolean;
}

export type ConditionalFormat = ColorScaleFormat | IconSetFormat;

/**
 * The kinds of chart a generated sheet draws: horizontal bars (scores by supplier), lines (scores by
 * period) and stacked columns (a bridge: a waterfall drawn as stacked columns whose base series is
 * invisible, because Excel's own waterfall type lives in a chart part other readers do not open and
 * Office.js cannot title it).
 */
export type ChartType = "bar" | "line" | "stackedColumn";

export interface ChartSeries {
  /** The legend's name for the series. */
  readonly name: string;
  /** One column or one row of values, as long as the chart's categories. */
  readonly values: RangeRef;
  /** Drawn with no fill and no line: the base a bridge's visible steps stand on. */
  readonly invisible?: boolean;
  /** #RRGGBB; absent: the host's palette. */
  readonly color?: string;
}

export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
  /** One column or one row of category labels (suppliers, periods, bridge steps). */
  readonly categories: RangeRef;
  /** At least one; a legend is shown when more than one series is visible. */
  readonly series: readonly ChartSeries[];
  /** Top-left cell the chart is placed at, and its size in cells. */
  readonly anchor: RangeRef;
  /** Where the value axis starts (a bridge's, above zero so its steps show); absent: the host's automatic choice. */
  readonly valueAxisMinimum?: number;
}

export interface SheetModel {
  /** Wanted sheet name, e.g. "Scorecard 2026-Q3" (≤ 31 characters). */
  readonly name: string;
  readonly kind: GeneratedSheetKind;
  /** The period label the sheet is for, e.g. "2026-Q3". */
  readonly period: string;
  /** Rectangular grid of values from A1: every row has `columnWidths.length` cells. */
  readonly cells: readonly (readonly Cell[])[];
  /** Same shape as `cells`; null leaves the cell at General. */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  readonly styles: readonly { readonly range: RangeRef; readonly style: CellStyle }[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Rows and columns kept in view (the header row of the main table, and the supplier/SKU column). */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** In the order they are drawn; a regeneration replaces them all. */
  readonly charts: readonly ChartSpec[];
  /** Absent: the host's default print settings. */
  readonly print?: PrintSetup;
  /**
   * The only cells meant for typing (the price review's decisions): styled "input" and left unlocked,
   * so they stay editable when the user protects the sheet. None when absent.
   */
  readonly inputCells?: readonly RangeRef[];
  readonly dropDowns?: readonly DropDown[];
  /** Columns kept out of sight: what Costcard wrote into the input cells, to tell what was typed since, and the cells only a chart reads (a bridge's levels). */
  readonly hiddenColumns?: readonly number[];
  /** Detail columns in collapsed outline groups, in column order, none of them hidden columns. None when absent. */
  readonly columnGroups?: readonly ColumnGroup[];
}

/**
 * The workbook-scoped defined name that marks a sheet as Costcard's own, e.g.
 * "Costcard_Scorecard_2026_Q3" → 'Scorecard 2026-Q3'!$A$1. Both adapters use it: a sheet is replaced
 * on regeneration only when this name points at it, so a user's sheet of the same name is never touched.
 */
export function generatedSheetMarker(kind: GeneratedSheetKind, period: string): string {
  return `Costcard_${MARKER_LABELS[kind]}_${period.replace(/[^0-9A-Za-z]/g, "_")}`;
}

/** Each kind's word in its marker: "Costcard_OurScorecard_2026_Q3" marks "Our Scorecard 2026-Q3". */
const MARKER_LABELS: Readonly<Record<GeneratedSheetKind, string>> = { scorecard: "Scorecard", priceReview: "PriceReview", ourScorecard: "OurScorecard" };
