import type { Settings } from "../schema/settings";
import { headerWidth, ICON_WIDTH, NUMBER_FORMATS, SPACE_BEFORE_NEXT, valueWidth } from "../model/columnWidths";
import type { ProblemJson } from "../model/problem";
import type { Cell, ChartSpec, ColumnGroup, ConditionalFormat, GeneratedSheetKind, RangeRef, SheetModel } from "../model/sheetModel";

export { NUMBER_FORMATS };

/**
 * The layout both generated sheets share: a title and an as-of line, the review's warnings on the
 * row below it, one table (header row, one row per record, frozen below the header and right of the
 * name column), then the run's "Data problems".
 */

/** What a KPI without data shows (PRODUCT.md: "n/a"). */
export const NOT_AVAILABLE = "n/a";

/** What each sheet of a review is built from besides its rows: the period, the run's as-of date, the settings, the review's warnings and every data problem. */
export interface ReviewSheetBasis {
  readonly period: string;
  readonly asOf: number;
  /** What the review says before its figures (reviewWarnings.ts): shown on the sheet as well as in the summary and the JSON. */
  readonly warnings: readonly string[];
  readonly settings: Settings;
  readonly problems: readonly ProblemJson[];
}

export interface SheetColumn<R> {
  readonly header: string;
  /** The column's number format, or each row's: a price shows at its own currency's precision. */
  readonly format: string | null | ((record: R) => string | null);
  readonly value: (record: R) => Cell;
  /** At least this wide (characters): a column left empty for typing into later. */
  readonly minWidth?: number;
}

export interface TableBlock {
  /** Where the table's body is: one row per record, below its header row. */
  readonly body: RangeRef;
  /** The body column of the column with this header. */
  readonly columnOf: (header: string) => number;
  /** The first of the rows kept empty under the table for charts (`chartRows`). */
  readonly chartsRow: number;
}

/**
 * A titled block of rows between the table and the data problems (the price review's bridge): a
 * header row, its rows, and the charts drawn from them, which get their cells' place once laid out.
 * Its first `shownColumns` columns stand from column A; the rest are cells only its charts read (the
 * waterfall's levels), laid in hidden columns past the table's last, so neither the screen nor the
 * printed page shows them beside the meeting's columns.
 */
export interface SheetBlock {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Each row's number formats, as its cells. */
  readonly formats: readonly (readonly (string | null)[])[];
  /** How many of the block's columns are shown; the others are its charts' helper cells, hidden. */
  readonly shownColumns: number;
  /** At least this many rows from the title down, so a chart beside the block does not cover what follows it. */
  readonly minRows: number;
  readonly charts: (place: BlockPlace) => ChartSpec[];
}

/** Where a block was laid out: its title's row, and where the body cells of each of its columns are. */
export interface BlockPlace {
  readonly titleRow: number;
  readonly column: (index: number) => RangeRef;
}

export interface TableSheetInput<R> {
  readonly name: string;
  readonly kind: GeneratedSheetKind;
  readonly period: string;
  readonly title: string;
  readonly subtitle: string;
  /** Shown on the row between the subtitle and the header row, which stays where it is (the decision harvest and the frozen rows count on it). */
  readonly warnings: readonly string[];
  readonly columns: readonly SheetColumn<R>[];
  readonly records: readonly R[];
  /** Leading columns kept in view (the supplier or SKU and supplier). */
  readonly freezeColumns: number;
  readonly problems: readonly ProblemJson[];
  readonly conditionalFormats: (table: TableBlock) => ConditionalFormat[];
  readonly charts: (table: TableBlock) => ChartSpec[];
  /** Columns (by header) whose body cells are meant for typing, with a drop-down where given. */
  readonly inputColumns?: readonly { readonly header: string; readonly choices?: readonly string[]; readonly prompt?: string }[];
  /** Columns (by header) kept hidden. */
  readonly hiddenColumns?: readonly string[];
  /**
   * The meeting's columns (by header; PRODUCT.md, "Generated sheets"): the ones printed on the first
   * page. Every other column that is not hidden is a detail column, in a collapsed outline group.
   */
  readonly meetingColumns: readonly string[];
  /**
   * Rows kept empty under the table for charts drawn there (from `TableBlock.chartsRow`), over the
   * meeting's columns: a chart beside the table would widen what prints on page 1.
   */
  readonly chartRows?: number;
  /** Blocks under the table, above the data problems; none when the table has no rows. */
  readonly blocks?: readonly SheetBlock[];
}

/**
 * The data problems' four columns (Table, Row, Column, Message): the first ones left in sight, so
 * collapsed detail groups and hidden columns never hide a problem; past the table if it shows fewer.
 */
function problemColumnsShown(headers: readonly string[], groups: readonly ColumnGroup[], hidden: readonly string[]): number[] {
  const out = new Set(groups.flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index)));
  const shown = headers.flatMap((header, column) => (out.has(column) || hidden.includes(header) ? [] : [column]));
  while (shown.length < PROBLEM_HEADERS.length) shown.push(Math.max(headers.length, (shown.at(-1) ?? -1) + 1));
  return shown.slice(0, PROBLEM_HEADERS.length);
}

/** The runs of detail columns: neither the meeting's nor hidden, grouped where they stand side by side. */
function detailGroups(headers: readonly string[], meeting: ReadonlySet<string>, hidden: ReadonlySet<string>): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  headers.forEach((header, column) => {
    if (meeting.has(header) || hidden.has(header)) return;
    const last = groups.at(-1);
    if (last !== undefined && last.first + last.count === column) groups[groups.length - 1] = { first: last.first, count: last.count + 1 };
    else groups.push({ first: column, count: 1 });
  });
  return groups;
}

function keptOffNext(format: string | null, nextDrawsAtLeft: boolean): string | null {
  return nextDrawsAtLeft && format !== null ? `${format}${SPACE_BEFORE_NEXT}` : format;
}

/**
 * Whether a column draws at its cells' left edge: a traffic light, text (a text column, typed into
 * later or not), or text among its numbers ("n/a", "no new quote").
 */
function drawsAtLeft<R>(column: SheetColumn<R> | undefined, values: readonly (readonly Cell[])[], index: number, iconColumns: ReadonlySet<number>): boolean {
  if (column === undefined) return false;
  return iconColumns.has(index) || column.format === null || values.some((row) => typeof row[index] === "string");
}

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const WARNING_ROW = 2;
const HEADER_ROW = 3;
const WARNING_SEPARATOR = " · ";
const PROBLEM_HEADERS = ["Table", "Row", "Column", "Message"] as const;

export function columnRange(table: TableBlock, header: string): RangeRef {
  return { row: table.body.row, column: table.columnOf(header), rowCount: table.body.rowCount, columnCount: 1 };
}

/** Lays out a titled table and the data problems below it as one rectangular sheet model. */
export function tableSheet<R>(input: TableSheetInput<R>): SheetModel {
  const headers = input.columns.map((column) => column.header);
  const columnGroups = detailGroups(headers, new Set(input.meetingColumns), new Set(input.hiddenColumns ?? []));
  const problemColumns = problemColumnsShown(headers, columnGroups, input.hiddenColumns ?? []);
  const atProblemColumns = <T>(values: readonly T[]): T[] => values.reduce<T[]>((row, value, index) => ((row[problemColumns[index]!] = value), row), []);
  // The blocks' helper cells start past the table and the data problems' columns, each block's at the same column.
  const helperStart = Math.max(input.columns.length, problemColumns.at(-1)! + 1);
  const blockInputs = input.records.length === 0 ? [] : (input.blocks ?? []);
  const helperCount = Math.max(0, ...blockInputs.map((block) => block.headers.length - block.shownColumns));
  const helperColumns = Array.from({ length: helperCount }, (_, index) => helperStart + index);
  const width = helperStart + helperCount;
  const outOfSight = new Set([...columnGroups.flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index)), ...(input.hiddenColumns ?? []).map((header) => headers.indexOf(header)), ...helperColumns]);
  const shownColumn = (column: number) => !outOfSight.has(column);
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
    chartsRow: body.row + body.rowCount + 1,
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
  // One line, however many warnings: rows below it never move.
  addRow(input.warnings.length === 0 ? [] : [input.warnings.join(WARNING_SEPARATOR)]);
  addRow(headers);
  fitHeaders(headers);
  input.columns.forEach((column, index) => {
    columnWidths[index] = Math.max(columnWidths[index] ?? 0, column.minWidth ?? 0);
  });
  const bodyValues = input.records.map((record) => input.columns.map((column) => column.value(record)));
  const spaced = input.columns.map((_, index) => drawsAtLeft(input.columns[index + 1], bodyValues, index + 1, iconColumns));
  input.records.forEach((record, recordIndex) => {
    const columnFormats = input.columns.map((column, index) => keptOffNext(typeof column.format === "function" ? column.format(record) : column.format, spaced[index] ?? false));
    const values = bodyValues[recordIndex]!;
    addRow(values, columnFormats);
    fitValues(values, columnFormats, iconColumns);
  });

  addRow([]);
  if (input.records.length > 0) for (let row = 0; row < (input.chartRows ?? 0); row++) addRow([]);
  const blocks = blockInputs.map((block) => {
    const sheetColumn = (index: number) => (index < block.shownColumns ? index : helperStart + index - block.shownColumns);
    const placed = <T>(values: readonly T[]): T[] => values.reduce<T[]>((row, value, index) => ((row[sheetColumn(index)] = value), row), []);
    const titleRow = addRow([block.title]);
    const headerRow = addRow(placed(block.headers));
    fitHeaders(placed(block.headers));
    const bodyRow = cells.length;
    block.rows.forEach((values, index) => {
      const rowFormats = placed(block.formats[index] ?? []);
      addRow(placed(values), rowFormats);
      fitValues(placed(values), rowFormats);
    });
    while (cells.length - titleRow < block.minRows) addRow([]);
    addRow([]);
    const column = (index: number): RangeRef => ({ row: bodyRow, column: sheetColumn(index), rowCount: block.rows.length, columnCount: 1 });
    const headerRanges = [{ first: 0, count: block.shownColumns }, { first: helperStart, count: block.headers.length - block.shownColumns }].filter(({ count }) => count > 0);
    return { titleRow, headerRow, headerRanges, charts: block.charts({ titleRow, column }) };
  });
  const problemsTitleRow = addRow(["Data problems"]);
  const problemsHeaderRow = addRow(atProblemColumns(PROBLEM_HEADERS));
  fitHeaders(atProblemColumns(PROBLEM_HEADERS));
  // The row number, right-aligned, is followed by the column's name.
  const problemFormats = atProblemColumns([null, keptOffNext(NUMBER_FORMATS.count, true)]);
  for (const problem of input.problems) {
    addRow(atProblemColumns([problem.table, problem.row, problem.column, problem.message]), problemFormats);
    fitValues(atProblemColumns([problem.table, problem.row, problem.column]), problemFormats);
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
      ...(input.warnings.length === 0 ? [] : [{ range: wholeRow(WARNING_ROW), style: "warning" as const }]),
      { range: { row: HEADER_ROW, column: 0, rowCount: 1, columnCount: input.columns.length }, style: "header" },
      ...blocks.flatMap((block) => [
        { range: wholeRow(block.titleRow), style: "sectionTitle" as const },
        ...block.headerRanges.map(({ first, count }) => ({ range: { row: block.headerRow, column: first, rowCount: 1, columnCount: count }, style: "header" as const })),
      ]),
      { range: wholeRow(problemsTitleRow), style: "sectionTitle" },
      ...problemColumns.map((column) => ({ range: { row: problemsHeaderRow, column, rowCount: 1, columnCount: 1 }, style: "header" as const })),
      ...noteRows.map((row) => ({ range: wholeRow(row), style: "note" as const })),
      ...(input.records.length === 0 ? [] : (input.inputColumns ?? [])).map((column) => ({ range: columnRange(table, column.header), style: "input" as const })),
    ],
    columnWidths,
    freeze: { rows: HEADER_ROW + 1, columns: input.freezeColumns },
    conditionalFormats,
    charts: input.records.length === 0 ? [] : [...input.charts(table), ...blocks.flatMap((block) => block.charts)].map((chart) => overShownColumns(chart, shownColumn)),
    print: { orientation: "landscape", fitToPagesWide: 1, titleRows: { first: HEADER_ROW, last: HEADER_ROW } },
    ...inputs(input, table, helperColumns),
    columnGroups,
  };
}

/**
 * A chart's anchor counts its width in columns in sight: a chart whose cells lay over collapsed
 * detail columns or hidden ones would be drawn squeezed to the width of the few left open (Excel and
 * LibreOffice size a chart with the columns under it), so it stretches over the columns in sight
 * from where it starts.
 */
function overShownColumns(chart: ChartSpec, shown: (column: number) => boolean): ChartSpec {
  let column = chart.anchor.column;
  while (!shown(column)) column += 1;
  let end = column;
  for (let counted = 1; counted < Math.max(chart.anchor.columnCount, 1); counted += shown(end) ? 1 : 0) end += 1;
  return { ...chart, anchor: { ...chart.anchor, column, columnCount: end - column + 1 } };
}

function inputs<R>(input: TableSheetInput<R>, table: TableBlock, helperColumns: readonly number[]): Pick<SheetModel, "inputCells" | "dropDowns" | "hiddenColumns"> {
  const typed = input.records.length === 0 ? [] : (input.inputColumns ?? []);
  return {
    inputCells: typed.map((column) => columnRange(table, column.header)),
    dropDowns: typed.flatMap((column) => (column.choices === undefined ? [] : [{ range: columnRange(table, column.header), choices: column.choices, ...(column.prompt !== undefined && { prompt: column.prompt }) }])),
    hiddenColumns: [...(input.hiddenColumns ?? []).map((header) => table.columnOf(header)), ...helperColumns],
  };
}
