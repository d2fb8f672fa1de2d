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
  /** Width in characters. */
  readonly width: number;
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
  const addRow = (values: readonly Cell[], rowFormats: readonly (string | null)[] = []): number => {
    cells.push(Array.from({ length: width }, (_, column) => values[column] ?? null));
    formats.push(Array.from({ length: width }, (_, column) => rowFormats[column] ?? null));
    return cells.length - 1;
  };
  const wholeRow = (row: number): RangeRef => ({ row, column: 0, rowCount: 1, columnCount: width });

  addRow([input.title]);
  addRow([input.subtitle]);
  addRow([]);
  addRow(input.columns.map((column) => column.header));
  const columnFormats = input.columns.map((column) => column.format);
  for (const record of input.records) addRow(input.columns.map((column) => column.value(record)), columnFormats);
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

  addRow([]);
  const problemsTitleRow = addRow(["Data problems"]);
  const problemsHeaderRow = addRow(PROBLEM_HEADERS);
  for (const problem of input.problems) addRow([problem.table, problem.row, problem.column, problem.message], [null, NUMBER_FORMATS.count]);
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
    ],
    columnWidths: Array.from({ length: width }, (_, column) => input.columns[column]?.width ?? 12),
    freeze: { rows: HEADER_ROW + 1, columns: input.freezeColumns },
    conditionalFormats: input.records.length === 0 ? [] : input.conditionalFormats(table),
    chart: input.records.length === 0 ? null : input.chart(table),
  };
}
