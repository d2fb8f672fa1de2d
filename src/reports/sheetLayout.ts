import type { Settings } from "../schema/settings";
import type { ProblemJson } from "./reviewJson";
import type { Cell, ChartSpec, ConditionalFormat, GeneratedSheetKind, RangeRef, SheetModel } from "./sheetModel";

/**
 * The layout both generated sheets share: a title and an as-of line, one table (header row, one row
 * per record, frozen below the header and right of the name column), then the run's "Data problems".
 */

export const NUMBER_FORMATS = {
  fraction: "0.0%",
  score: "0.0",
  money: "#,##0.00",
  date: "yyyy-mm-dd",
  count: "#,##0",
  decimal: "0.0",
} as const;

/** What a KPI without data shows (PRODUCT.md: "n/a"). */
export const NOT_AVAILABLE = "n/a";

/** What each sheet of a review is built from besides its rows: the period, the run's as-of date, the settings and every data problem. */
export interface ReviewSheetBasis {
  readonly period: string;
  readonly asOf: number;
  readonly settings: Settings;
  readonly problems: readonly ProblemJson[];
}

export interface SheetColumn<R> {
  readonly header: string;
  readonly format: string | null;
  readonly value: (record: R) => Cell;
}

export interface TableBlock {
  /** Where the table's body is: one row per record, below its header row. */
  readonly body: RangeRef;
  /** The body column of the column with this header. */
  readonly columnOf: (header: string) => number;
}

export interface TableSheetInput<R> {
  readonly name: string;
  readonly kind: GeneratedSheetKind;
  readonly period: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly SheetColumn<R>[];
  readonly records: readonly R[];
  /** Leading columns kept in view (the supplier or SKU and supplier). */
  readonly freezeColumns: number;
  readonly problems: readonly ProblemJson[];
  readonly conditionalFormats: (table: TableBlock) => ConditionalFormat[];
  readonly chart: (table: TableBlock) => ChartSpec | null;
  /** Columns (by header) whose body cells are meant for typing, with a drop-down where given. */
  readonly inputColumns?: readonly { readonly header: string; readonly choices?: readonly string[] }[];
  /** Columns (by header) kept hidden. */
  readonly hiddenColumns?: readonly string[];
}

/**
 * Column widths are in Excel's unit, characters of the default font's digits. Each column is made as
 * wide as its header (bold, which runs wider, wrapped on the header row's two lines without breaking
 * a word) and its values as their number formats show them, plus the traffic light when it has one.
 * Text is fitted up to a limit; the data problems' messages are not, and run into the empty cells
 * to their right.
 */
const HEADER_LINES = 2;
const BOLD_WIDER = 1.1;
const CELL_MARGIN = 1;
const ICON_WIDTH = 3;
const FITTED_TEXT_LIMIT = 40;
/** Capitals run about a third wider than the digits the width unit counts (SKU codes are mostly capitals). */
const CAPITAL_WIDER = 1.3;

const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
/** Each number format as a formatter of the same shape (en-US; other locales' separators take the same room). */
const SHOWN_AS: ReadonlyMap<string, Intl.NumberFormat> = new Map([
  [NUMBER_FORMATS.fraction, new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 })],
  [NUMBER_FORMATS.score, oneDecimal],
  [NUMBER_FORMATS.decimal, oneDecimal],
  [NUMBER_FORMATS.money, new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })],
  [NUMBER_FORMATS.count, new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })],
]);

/** Lines a header takes when wrapped at `width` characters between words. */
function wrappedLines(words: readonly string[], width: number): number {
  let lines = 1;
  let used = -1;
  for (const word of words) {
    if (used + 1 + word.length > width) {
      lines += 1;
      used = word.length;
    } else {
      used += 1 + word.length;
    }
  }
  return lines;
}

/** The narrowest width that shows a header on the header row without breaking a word. */
export function headerWidth(header: string): number {
  const words = header.split(/\s+/).filter((word) => word !== "");
  let width = Math.max(0, ...words.map((word) => word.length));
  while (wrappedLines(words, width) > HEADER_LINES) width += 1;
  return Math.ceil(width * BOLD_WIDER) + CELL_MARGIN;
}

function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character >= "A" && character <= "Z" ? CAPITAL_WIDER : 1;
  return Math.ceil(width);
}

/** The width a value needs as its format shows it. */
export function valueWidth(value: Cell, format: string | null): number {
  if (value === null) return 0;
  if (typeof value === "string") return Math.min(textWidth(value), FITTED_TEXT_LIMIT) + CELL_MARGIN;
  if (typeof value === "boolean") return "FALSE".length + CELL_MARGIN;
  if (format === NUMBER_FORMATS.date) return format.length + CELL_MARGIN;
  const shown = (format === null ? undefined : SHOWN_AS.get(format))?.format(value) ?? String(value);
  return shown.length + CELL_MARGIN;
}

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;
const PROBLEM_HEADERS = ["Table", "Row", "Column", "Message"] as const;

export function columnRange(table: TableBlock, header: string): RangeRef {
  return { row: table.body.row, column: table.columnOf(header), rowCount: table.body.rowCount, columnCount: 1 };
}

/** Lays out a titled table and the data problems below it as one rectangular sheet model. */
export function tableSheet<R>(input: TableSheetInput<R>): SheetModel {
  const width = Math.max(input.columns.length, PROBLEM_HEADERS.length);
  const cells: Cell[][] = [];
  const formats: (string | null)[][] = [];
  const columnWidths = new Array<number>(width).fill(0);
  const addRow = (values: readonly Cell[], rowFormats: readonly (string | null)[] = []): number => {
    cells.push(Array.from({ length: width }, (_, column) => values[column] ?? null));
    formats.push(Array.from({ length: width }, (_, column) => rowFormats[column] ?? null));
    return cells.length - 1;
  };
  const fitHeaders = (headers: readonly string[]) => {
    headers.forEach((header, column) => {
      columnWidths[column] = Math.max(columnWidths[column] ?? 0, headerWidth(header));
    });
  };
  const fitValues = (values: readonly Cell[], rowFormats: readonly (string | null)[], iconColumns: ReadonlySet<number> = new Set()) => {
    values.forEach((value, column) => {
      const icon = iconColumns.has(column) ? ICON_WIDTH : 0;
      columnWidths[column] = Math.max(columnWidths[column] ?? 0, valueWidth(value, rowFormats[column] ?? null) + icon);
    });
  };
  const wholeRow = (row: number): RangeRef => ({ row, column: 0, rowCount: 1, columnCount: width });

  const body: RangeRef = { row: HEADER_ROW + 1, column: 0, rowCount: input.records.length, columnCount: input.columns.length };
  const columnIndex = new Map(input.columns.map((column, index) => [column.header, index]));
  const table: TableBlock = {
    body,
    columnOf: (header) => {
      const index = columnIndex.get(header);
      if (index === undefined) throw new Error(`No column "${header}" in the ${input.kind} sheet`);
      return index;
    },
  };
  const conditionalFormats = input.records.length === 0 ? [] : input.conditionalFormats(table);
  const iconColumns = new Set(conditionalFormats.flatMap((format) => (format.type === "iconSet" ? [format.range.column] : [])));

  addRow([input.title]);
  addRow([input.subtitle]);
  addRow([]);
  const headers = input.columns.map((column) => column.header);
  addRow(headers);
  fitHeaders(headers);
  const columnFormats = input.columns.map((column) => column.format);
  for (const record of input.records) {
    const values = input.columns.map((column) => column.value(record));
    addRow(values, columnFormats);
    fitValues(values, columnFormats, iconColumns);
  }

  addRow([]);
  const problemsTitleRow = addRow(["Data problems"]);
  const problemsHeaderRow = addRow(PROBLEM_HEADERS);
  fitHeaders(PROBLEM_HEADERS);
  const problemFormats = [null, NUMBER_FORMATS.count];
  for (const problem of input.problems) {
    addRow([problem.table, problem.row, problem.column, problem.message], problemFormats);
    fitValues([problem.table, problem.row, problem.column], problemFormats);
  }
  const noteRows = input.problems.length === 0 ? [addRow(["None: every row was read."])] : [];

  return {
    name: input.name,
    kind: input.kind,
    period: input.period,
    cells,
    numberFormats: formats,
    styles: [
      { range: wholeRow(TITLE_ROW), style: "title" },
      { range: wholeRow(SUBTITLE_ROW), style: "subtitle" },
      { range: { row: HEADER_ROW, column: 0, rowCount: 1, columnCount: input.columns.length }, style: "header" },
      { range: wholeRow(problemsTitleRow), style: "sectionTitle" },
      { range: { row: problemsHeaderRow, column: 0, rowCount: 1, columnCount: PROBLEM_HEADERS.length }, style: "header" },
      ...noteRows.map((row) => ({ range: wholeRow(row), style: "note" as const })),
      ...(input.records.length === 0 ? [] : (input.inputColumns ?? [])).map((column) => ({ range: columnRange(table, column.header), style: "input" as const })),
    ],
    columnWidths,
    freeze: { rows: HEADER_ROW + 1, columns: input.freezeColumns },
    conditionalFormats,
    chart: input.records.length === 0 ? null : input.chart(table),
    ...inputs(input, table),
  };
}

function inputs<R>(input: TableSheetInput<R>, table: TableBlock): Pick<SheetModel, "inputCells" | "dropDowns" | "hiddenColumns"> {
  const typed = input.records.length === 0 ? [] : (input.inputColumns ?? []);
  return {
    inputCells: typed.map((column) => columnRange(table, column.header)),
    dropDowns: typed.flatMap((column) => (column.choices === undefined ? [] : [{ range: columnRange(table, column.header), choices: column.choices }])),
    hiddenColumns: (input.hiddenColumns ?? []).map((header) => table.columnOf(header)),
  };
}
