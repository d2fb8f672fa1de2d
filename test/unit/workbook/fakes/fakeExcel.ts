import type { ExcelRun } from "../../../../src/workbook/excel/excelWorkbook";
import type { CellScalar } from "../../../../src/model/rawTable";
import { typedEntry } from "./typedInput";

/** Days from 1900-01-00 to 1904-01-01 as Excel counts them: the fake's own constant, not the adapter's. */
const DAYS_1900_TO_1904 = 1462;

/**
 * A fake of the Excel object model the adapter uses, typed loosely and cast at the edge. It is as
 * strict as Excel where the adapter's correctness depends on it, each rule written from the Office.js
 * reference (pages cited where the rule is kept) and tested on its own in fakeExcel.test.ts:
 * - every property read before `load` and `sync` throws PropertyNotLoaded, `rowCount` and
 *   `columnCount` included;
 * - each `context.sync()` is counted; its request (the queued writes and loads) and its response (the
 *   loaded values) are measured as the UTF-8 bytes of their JSON, with this file's own serializer, and
 *   refused above Excel on the web's 5 MB, which is on by default; a range read above 5,000,000 cells
 *   is refused;
 * - `values`, `numberFormat` and `formulas` must be arrays of the range's exact shape (InvalidArgument);
 * - a string written as a value is parsed as Excel parses typed input (typedInput.ts), except in a
 *   Text-formatted (@) cell;
 * - errors carry Excel's codes (`error.code`: InvalidArgument, ItemNotFound, ItemAlreadyExists,
 *   PropertyNotLoaded, RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded,
 *   RangeExceedsLimit, ApiNotFound);
 * - an API of a requirement set above the fake's `excelApi` throws ApiNotFound: page layout
 *   (ExcelApi 1.9), column groups (1.10), `table.resize` (1.13);
 * - writing into the row below a table extends it (Excel's AutoCorrect), sheet, table and defined
 *   names must be unique, deleting a sheet leaves its names pointing at #REF!, and the user's view is
 *   kept: the active sheet and the selection;
 * - the workbook has a date system (`dateSystem`, 1900 by default): its serials, also those of a date
 *   string written as a value, count from 1904 in a 1904 workbook, and `workbook.functions.date` (the
 *   worksheet function DATE, ExcelApi 1.2) answers in it, so DATE(1904, 1, 1) is 0 there and 1462 in
 *   the 1900 system ("Date systems in Excel", https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system).
 * Where it is kinder than Excel: a write is applied when it is queued and a failed `getItem` throws at
 * once, where Office.js applies and fails at the next sync; a sync refused for its size has still
 * applied its writes.
 */

/**
 * Excel on the web's caps: "Payload size limit for requests and responses: 5 MB" and a range read is
 * limited to 5,000,000 cells ("Resource limits and performance optimization for Office Add-ins",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * also "Read or write to a large range", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 * 5 MB is taken as 5,000,000 bytes, the stricter reading.
 */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5_000_000;
export const EXCEL_WEB_READ_CELL_LIMIT = 5_000_000;

/**
 * The codes of `OfficeExtension.Error.code` the fake raises, as `Excel.ErrorCodes` spells them
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export type OfficeErrorCode =
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** An `OfficeExtension.Error`: Excel's code, and a message (which here starts with the code, for readable test failures). */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: OfficeErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** The UTF-8 size of a value's JSON as it would travel: the fake's own measure, independent of the adapter's. */
export function utf8JsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export interface FakeCell {
  value: CellScalar;
  numberFormat: string;
  formula?: string;
}

export interface FakeTableState {
  name: string;
  sheet: FakeSheetState;
  headerRow: number;
  column: number;
  columnCount: number;
  bodyRowCount: number;
  showTotals: boolean;
}

export interface RangeRecord {
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** A row of a sheet: values and formats by column (a hole is an empty cell), formulas where there are any. */
interface CellRow {
  values: CellScalar[];
  formats: string[];
  formulas: Map<number, string> | undefined;
}

/** A sheet's cells, held by rows so a million-row table fits in memory. */
export class CellStore {
  private readonly rows = new Map<number, CellRow>();

  get(row: number, column: number): FakeCell | undefined {
    const cells = this.rows.get(row);
    if (cells === undefined || !(column in cells.values)) return undefined;
    const formula = cells.formulas?.get(column);
    return { value: cells.values[column] ?? null, numberFormat: cells.formats[column] ?? "General", ...(formula === undefined ? {} : { formula }) };
  }

  set(row: number, column: number, cell: FakeCell): void {
    let cells = this.rows.get(row);
    if (cells === undefined) {
      cells = { values: [], formats: [], formulas: undefined };
      this.rows.set(row, cells);
    }
    cells.values[column] = cell.value;
    cells.formats[column] = cell.numberFormat;
    if (cell.formula !== undefined) (cells.formulas ??= new Map()).set(column, cell.formula);
    else cells.formulas?.delete(column);
  }

  /** The cells of a row within columns `column`..`column + columnCount - 1`, holes as undefined. */
  rowCells(row: number, column: number, columnCount: number): (FakeCell | undefined)[] {
    return Array.from({ length: columnCount }, (_, c) => this.get(row, column + c));
  }

  /** Puts cells taken by `rowCells` back, emptying the holes. */
  putRowCells(row: number, column: number, cells: readonly (FakeCell | undefined)[]): void {
    cells.forEach((cell, c) => {
      if (cell !== undefined) this.set(row, column + c, cell);
      else {
        const held = this.rows.get(row);
        if (held !== undefined) {
          delete held.values[column + c];
          delete held.formats[column + c];
          held.formulas?.delete(column + c);
        }
      }
    });
  }

  /** Removes rows `fromRow`..`fromRow + count - 1` and moves the rows below up (a deleted row). */
  shiftUp(fromRow: number, count: number): void {
    const moved = [...this.rows].filter(([row]) => row >= fromRow).sort(([a], [b]) => a - b);
    for (const [row, cells] of moved) {
      this.rows.delete(row);
      if (row >= fromRow + count) this.rows.set(row - count, cells);
    }
  }

  /** Moves every row from `fromRow` down by `count` (an inserted row). */
  shiftDown(fromRow: number, count: number): void {
    const moved = [...this.rows].filter(([row]) => row >= fromRow).sort(([a], [b]) => b - a);
    for (const [row, cells] of moved) {
      this.rows.delete(row);
      this.rows.set(row + count, cells);
    }
  }

  /** The smallest block within the given one holding every cell with a value (Excel's used range), or undefined. */
  valueBounds(row: number, column: number, rowCount: number, columnCount: number): { row: number; column: number; rowCount: number; columnCount: number } | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [at, cells] of this.rows) {
      if (at < row || at >= row + rowCount) continue;
      for (let c = column; c < column + columnCount && c < cells.values.length; c++) {
        const value = cells.values[c];
        if (value === undefined || value === "" || value === null) continue;
        top = Math.min(top, at);
        bottom = Math.max(bottom, at);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom < 0 ? undefined : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Whether any cell of the block holds a value. */
  holdsValues(row: number, column: number, rowCount: number, columnCount: number): boolean {
    for (const [at, cells] of this.rows) {
      if (at < row || at >= row + rowCount) continue;
      for (let c = column; c < column + columnCount && c < cells.values.length; c++) {
        const value = cells.values[c];
        if (value !== undefined && value !== "" && value !== null) return true;
      }
    }
    return false;
  }
}

export interface FakeSheetState {
  name: string;
  deleted: boolean;
  cells: CellStore;
  columnWidths: Map<number, number>;
  formats: { range: RangeRecord; property: string; value: unknown }[];
  conditionalFormats: { range: RangeRecord; type: string; colorScale: { criteria?: unknown }; iconSet: { style?: string; reverseIconOrder?: boolean; criteria?: unknown } }[];
  validations: { range: RangeRecord; rule?: unknown; errorAlert?: unknown }[];
  charts: FakeChartRecord[];
  /** Columns hidden (Range.columnHidden). */
  hiddenColumns: Set<number>;
  /** Rows hidden by a filter (the user's `filterRows`). */
  hiddenRows: Set<number>;
  /** Each grouped column's outline level (Range.group by columns, ExcelApi 1.10). */
  columnOutline: Map<number, number>;
  /** Grouped columns whose details are hidden (Range.hideGroupDetails). */
  collapsedColumns: Set<number>;
  freeze: { rows: number; columns: number } | null;
  /** ExcelApi 1.9's page layout, as set: orientation, zoom (fit to pages) and the print title rows. */
  pageLayout: { orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }; printTitleRows?: string };
}

export interface FakeChartRecord {
  type: string;
  series: FakeChartSeriesRecord[];
  title: { text?: string };
  /**
   * The legend as set: shown or not, its position, and the series whose legend entry is hidden
   * (`legendEntries.getItemAt(index).visible = false`, by index).
   */
  legend: { visible?: boolean; position?: string; hiddenEntries?: number[] };
  reversePlotOrder?: boolean;
  /** Whether cells in hidden rows and columns are left out of the plot (Excel's default: true). */
  plotVisibleOnly?: boolean;
  /** The value axis' minimum as set (ChartAxis.minimum, ExcelApi 1.1); absent: automatic. */
  valueAxisMinimum?: number;
  position?: [RangeRecord, RangeRecord];
}

/** A chart series as set: its name, values, categories, and fill and line as the adapter left them. */
export interface FakeChartSeriesRecord {
  name?: string;
  values?: RangeRecord;
  categories?: RangeRecord;
  fill?: { cleared?: boolean; color?: string };
  line?: { color?: string; lineStyle?: string };
}

export interface SyncRecord {
  /** UTF-8 bytes of the request's JSON: the writes and the loads queued since the last sync. */
  requestBytes: number;
  /** UTF-8 bytes of the response's JSON: the properties loaded. */
  responseBytes: number;
  valueWrites: number;
  valueLoads: number;
  /** Cells whose values were read in this round trip, and the most in one range. */
  cellsRead: number;
  largestReadCells: number;
}

/** N of an ExcelApi version "1.N" (1.10 is after 1.9). */
function excelApiMinor(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (match === null) throw new Error(`not an ExcelApi version: ${version}`);
  return Number(match[1]);
}

const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** The range properties that carry one entry per cell. */
const CELL_PROPERTIES = new Set(["values", "numberFormat", "formulas", "text"]);

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: FakeTableState[] = [];
  readonly names = new Map<string, { sheet: FakeSheetState; visible: boolean }>();
  readonly syncs: SyncRecord[] = [];
  /** Round trips refused for their size or their cells (not in `syncs`). */
  refusedSyncs = 0;
  /** Off: the workbook's "include new rows in table" AutoCorrect option is off. */
  autoExpandTables = true;
  /**
   * The ExcelApi requirement set this Excel has ("1.N"; the add-in's minimum is 1.8): an API of a
   * later set throws ApiNotFound, as Office.js does in an Excel that lacks it — page layout (1.9),
   * column groups (1.10), `table.resize` (1.13). The task pane asks `isSetSupported` before using
   * them (startApp.tsx); `supportsExcelApi` answers as it would here. By default a current Excel's.
   */
  excelApi = "1.17";
  /** The most cells one range read may return. */
  readCellLimit = EXCEL_WEB_READ_CELL_LIMIT;
  /** The recalculations the add-in asked Excel for, by type. */
  readonly calculations: string[] = [];
  /** The workbook's date system: "1904" for a workbook made with LibreOffice's option or an old Excel for Mac. */
  dateSystem: "1900" | "1904" = "1900";
  /** The sheet in front, by name; null until the add-in activates one. */
  activeSheet: string | null = null;
  /** The range the add-in last selected. */
  selection: RangeRecord | null = null;
  readonly context: FakeContext;

  /** `payloadLimitBytes`: the most bytes a request or a response may hold; Excel on the web's unless a test says otherwise. */
  constructor(readonly payloadLimitBytes = EXCEL_WEB_PAYLOAD_LIMIT) {
    this.context = new FakeContext(this);
  }

  readonly run: ExcelRun = (batch) => batch(this.context as unknown as Excel.RequestContext);

  /** `Office.context.requirements.isSetSupported("ExcelApi", version)` in this Excel. */
  supportsExcelApi(version: string): boolean {
    return excelApiMinor(version) <= excelApiMinor(this.excelApi);
  }

  /** Throws as Office.js does when the API `what` of set `version` is used in an Excel without it. */
  requireExcelApi(version: string, what: string): void {
    if (!this.supportsExcelApi(version)) throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${this.excelApi}`);
  }

  addSheet(name: string): FakeSheetState {
    if (this.sheet(name) !== undefined) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
    const sheet: FakeSheetState = { name, deleted: false, cells: new CellStore(), columnWidths: new Map(), formats: [], conditionalFormats: [], validations: [], charts: [], freeze: null, hiddenColumns: new Set(), hiddenRows: new Set(), columnOutline: new Map(), collapsedColumns: new Set(), pageLayout: {} };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Puts a table on a sheet as a user would have made it: headers at `at`, rows below, values stored
   * as given; `numberFormat` is every cell's, or each body column's.
   */
  addTable(sheetName: string, name: string, headers: readonly string[], rows: readonly (readonly CellScalar[])[], at = { row: 0, column: 0 }, numberFormat: string | readonly string[] = "General"): FakeTableState {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const bodyFormat = (column: number) => (typeof numberFormat === "string" ? numberFormat : (numberFormat[column] ?? "General"));
    this.setCells(sheet, at.row, at.column, [headers], typeof numberFormat === "string" ? numberFormat : "General");
    rows.forEach((cells, r) => cells.forEach((value, c) => sheet.cells.set(at.row + 1 + r, at.column + c, { value, numberFormat: bodyFormat(c) })));
    const table = { name, sheet, headerRow: at.row, column: at.column, columnCount: headers.length, bodyRowCount: Math.max(rows.length, 1), showTotals: false };
    this.tables.push(table);
    return table;
  }

  /** Stores values as they are, as a user's workbook holds them (no parsing: that is what writes through the API get). */
  setCells(sheet: FakeSheetState, row: number, column: number, values: readonly (readonly CellScalar[])[], numberFormat = "General"): void {
    values.forEach((cells, r) => cells.forEach((value, c) => sheet.cells.set(row + r, column + c, { value, numberFormat })));
  }

  cell(sheet: FakeSheetState, row: number, column: number): FakeCell | undefined {
    return sheet.cells.get(row, column);
  }

  grid(sheet: FakeSheetState, row: number, column: number, rowCount: number, columnCount: number): CellScalar[][] {
    return Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => this.cell(sheet, row + r, column + c)?.value ?? ""));
  }

  /**
   * What a user's sort does to a selection (Data > Sort): the selected block's rows reordered by
   * the value in column `key` (a sheet column), only the selected columns moving; cells outside the
   * selection, hidden columns to its right among them, stay where they are. Excel's order: numbers,
   * then text ignoring case, then FALSE, TRUE, then errors; blanks last whichever way; ties keep
   * their order.
   */
  sortSelection(sheet: FakeSheetState, selection: { row: number; column: number; rowCount: number; columnCount: number }, key: number, ascending = true): void {
    const rows = Array.from({ length: selection.rowCount }, (_, r) => sheet.cells.rowCells(selection.row + r, selection.column, selection.columnCount));
    const rank = (value: CellScalar | undefined): [number, number | string] => {
      if (value === undefined || value === null || value === "") return [4, 0];
      if (typeof value === "number") return [0, value];
      if (typeof value === "boolean") return [2, value ? 1 : 0];
      return EXCEL_ERRORS.has(value) ? [3, value] : [1, value.toLowerCase()];
    };
    const order = rows.map((cells, index) => ({ cells, index, rank: rank(cells[key - selection.column]?.value) }));
    order.sort((a, b) => {
      if (a.rank[0] === 4 || b.rank[0] === 4) return a.rank[0] === b.rank[0] ? a.index - b.index : a.rank[0] === 4 ? 1 : -1;
      const byKind = a.rank[0] - b.rank[0];
      const byValue = byKind !== 0 ? byKind : a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : 0;
      return byValue === 0 ? a.index - b.index : ascending ? byValue : -byValue;
    });
    order.forEach((row, r) => sheet.cells.putRowCells(selection.row + r, selection.column, row.cells));
  }

  /** A user's inserted rows (Insert > Sheet Rows): every row from `row` moves down, whole. */
  insertRows(sheet: FakeSheetState, row: number, count = 1): void {
    sheet.cells.shiftDown(row, count);
    sheet.hiddenRows = new Set([...sheet.hiddenRows].map((hidden) => (hidden >= row ? hidden + count : hidden)));
  }

  /** A user's deleted rows (Delete > Sheet Rows): the rows below move up, whole. */
  deleteRows(sheet: FakeSheetState, row: number, count = 1): void {
    sheet.cells.shiftUp(row, count);
    sheet.hiddenRows = new Set([...sheet.hiddenRows].flatMap((hidden) => (hidden < row ? [hidden] : hidden >= row + count ? [hidden - count] : [])));
  }

  /** A user's filter on rows `fromRow`..`fromRow + rowCount - 1`: the rows whose cell in `column` is not kept are hidden; their values stay and are read as before. */
  filterRows(sheet: FakeSheetState, fromRow: number, rowCount: number, column: number, keep: (value: CellScalar) => boolean): void {
    for (let row = fromRow; row < fromRow + rowCount; row++) {
      if (!keep(sheet.cells.get(row, column)?.value ?? "")) sheet.hiddenRows.add(row);
    }
  }

  tableRows(name: string): CellScalar[][] {
    const table = this.tables.find((item) => item.name === name);
    if (table === undefined) throw new Error(`no table ${name}`);
    return this.grid(table.sheet, table.headerRow + 1, table.column, table.bodyRowCount, table.columnCount);
  }
}

type Reader = () => unknown;

/** What a sync reads from one proxy: the JSON it returns, and how to make it readable once the sync succeeds. */
interface Taken {
  readonly json: unknown;
  readonly commit: () => void;
}

/**
 * An Office.js proxy object. `load` queues properties; the next `sync` reads them into a snapshot,
 * and only then can they be read ("Call load and sync before reading properties",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load;
 * PropertyNotLoaded in https://learn.microsoft.com/en-us/javascript/api/office/officeextension.errorcodes).
 */
class FakeProxy {
  private readonly snapshot = new Map<string, unknown>();
  constructor(
    protected readonly excel: FakeExcel,
    private readonly readers: Record<string, Reader>,
    private readonly navigation: Record<string, () => FakeProxy> = {},
  ) {}

  /** The object's path in a request, as Office.js names it there. */
  get path(): string {
    return this.constructor.name;
  }

  load(properties = ""): this {
    const names = properties
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    if (names.length === 0) throw new Error("the fake loads named properties only");
    this.excel.context.queueLoad(this, names);
    return this;
  }

  take(path: string): Taken {
    const [head = "", ...rest] = path.split("/");
    if (rest.length > 0) {
      const next = this.navigation[head];
      if (next === undefined) throw new FakeOfficeError("InvalidArgument", `cannot navigate ${head}`);
      return next().take(rest.join("/"));
    }
    const reader = this.readers[head];
    if (reader === undefined) throw new FakeOfficeError("InvalidArgument", `cannot load ${head}`);
    const value = reader();
    return { json: value, commit: () => this.snapshot.set(head, value) };
  }

  loaded<T>(property: string): T {
    if (!this.snapshot.has(property)) throw new FakeOfficeError("PropertyNotLoaded", `${property} was read before load and sync`);
    return this.snapshot.get(property) as T;
  }
}

class FakeContext {
  private loads: { proxy: FakeProxy; properties: string[] }[] = [];
  private writes: unknown[] = [];
  private valueWrites = 0;
  /** Counts every sync, also those a test no longer looks at, so a collection loads its items once per sync. */
  syncNumber = 0;
  readonly workbook: {
    tables: FakeTableCollection;
    worksheets: FakeWorksheetCollection;
    names: FakeNames;
    functions: FakeFunctions;
    application: { calculate: (calculationType: string) => void };
  };

  constructor(private readonly excel: FakeExcel) {
    this.workbook = {
      tables: new FakeTableCollection(excel, null),
      worksheets: new FakeWorksheetCollection(excel),
      names: new FakeNames(excel),
      functions: new FakeFunctions(excel),
      // Application.calculate (ExcelApi 1.1): the recalculations asked for, by type ("Recalculate", "Full", "FullRebuild").
      application: {
        calculate: (calculationType) => {
          this.queueWrite("Application", "calculate", calculationType);
          excel.calculations.push(calculationType);
        },
      },
    };
  }

  queueLoad(proxy: FakeProxy, properties: string[]): void {
    this.loads.push({ proxy, properties });
  }

  private refused(code: OfficeErrorCode, detail: string): FakeOfficeError {
    this.excel.refusedSyncs++;
    return new FakeOfficeError(code, detail);
  }

  /** A write as the request carries it: the object, the property and the value set. */
  queueWrite(path: string, property: string, value: unknown): void {
    this.writes.push({ Object: path, Set: property, Value: value });
    if (property === "values" || property === "rows.add") this.valueWrites++;
  }

  async sync(): Promise<void> {
    this.syncNumber++;
    const loads = this.loads;
    const request = [...this.writes, ...loads.map(({ proxy, properties }) => ({ Object: proxy.path, Query: properties }))];
    const valueWrites = this.valueWrites;
    this.loads = [];
    this.writes = [];
    this.valueWrites = 0;
    const limit = this.excel.payloadLimitBytes;
    const requestBytes = utf8JsonBytes(request);
    if (requestBytes > limit) throw this.refused("RequestPayloadSizeLimitExceeded", `the request holds ${requestBytes} bytes, above ${limit}`);

    let valueLoads = 0;
    let cellsRead = 0;
    let largestReadCells = 0;
    const commits: (() => void)[] = [];
    const response: unknown[] = [];
    for (const { proxy, properties } of loads) {
      if (proxy instanceof FakeRange && properties.some((property) => CELL_PROPERTIES.has(property))) {
        const cells = proxy.cellCount;
        if (cells > this.excel.readCellLimit) throw this.refused("RangeExceedsLimit", `a read of ${cells} cells, above ${this.excel.readCellLimit}`);
        cellsRead += cells;
        largestReadCells = Math.max(largestReadCells, cells);
      }
      const result: Record<string, unknown> = {};
      for (const property of properties) {
        const taken = proxy.take(property);
        result[property] = taken.json;
        commits.push(taken.commit);
        if (property === "values") valueLoads++;
      }
      if (proxy instanceof FakeRange || proxy instanceof FakeNamedItem) {
        const taken = proxy.take("isNullObject");
        result["isNullObject"] = taken.json;
        commits.push(taken.commit);
      }
      response.push(result);
    }
    const responseBytes = utf8JsonBytes(response);
    if (responseBytes > limit) throw this.refused("ResponsePayloadSizeLimitExceeded", `the response holds ${responseBytes} bytes, above ${limit}`);
    for (const commit of commits) commit();
    this.excel.syncs.push({ requestBytes, responseBytes, valueWrites, valueLoads, cellsRead, largestReadCells });
  }
}

function rangeRecord(range: FakeRange): RangeRecord {
  return { sheet: range.sheet.name, row: range.top, column: range.left, rowCount: range.height, columnCount: range.width };
}

function columnLetters(column: number): string {
  let letters = "";
  for (let index = column + 1; index > 0; index = Math.floor((index - 1) / 26)) letters = String.fromCharCode(65 + ((index - 1) % 26)) + letters;
  return letters;
}

/**
 * A grid written to `values`, `numberFormat` or `formulas` must have the range's shape: "the
 * dimensions of the array must match the dimensions of the range"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * Excel answers InvalidArgument otherwise.
 */
function checkShape(property: string, grid: unknown, rowCount: number, columnCount: number): asserts grid is unknown[][] {
  const fits = Array.isArray(grid) && grid.length === rowCount && grid.every((row) => Array.isArray(row) && row.length === columnCount);
  if (!fits) {
    const shape = Array.isArray(grid) ? `${grid.length} × ${Array.isArray(grid[0]) ? (grid[0] as unknown[]).length : "?"}` : typeof grid;
    throw new FakeOfficeError("InvalidArgument", `${property} of ${shape} written to a range of ${rowCount} × ${columnCount}`);
  }
}

/** A cell after a value is written into it: parsed as typed input, a General cell taking the format Excel gives the entry. */
function enteredCell(value: CellScalar, current: FakeCell | undefined, dateSystem: "1900" | "1904"): FakeCell {
  const format = current?.numberFormat ?? "General";
  const typed = typedEntry(value, format);
  // typedInput.ts counts from 1900; a date typed into a 1904 workbook is stored 1462 days less.
  const entry = dateSystem === "1904" && typeof value === "string" && typeof typed.value === "number" && typed.numberFormat !== undefined && /[dy]/.test(typed.numberFormat) ? { ...typed, value: typed.value - DAYS_1900_TO_1904 } : typed;
  const numberFormat = format === "General" && entry.numberFormat !== undefined ? entry.numberFormat : format;
  return entry.formula === undefined ? { value: entry.value, numberFormat } : { value: entry.value, numberFormat, formula: entry.formula };
}

class FakeRange extends FakeProxy {
  constructor(
    excel: FakeExcel,
    readonly sheet: FakeSheetState,
    readonly top: number,
    readonly left: number,
    readonly height: number,
    readonly width: number,
    isNull = false,
  ) {
    super(excel, {
      values: () => excel.grid(sheet, top, left, height, width),
      numberFormat: () => Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => excel.cell(sheet, top + r, left + c)?.numberFormat ?? "General")),
      formulas: () =>
        Array.from({ length: height }, (_, r) =>
          Array.from({ length: width }, (_, c) => {
            const cell = excel.cell(sheet, top + r, left + c);
            return cell?.formula ?? cell?.value ?? "";
          }),
        ),
      rowIndex: () => top,
      columnIndex: () => left,
      rowCount: () => height,
      columnCount: () => width,
      address: () => this.path,
      isNullObject: () => isNull,
    });
  }

  override get path(): string {
    const start = `${columnLetters(this.left)}${this.top + 1}`;
    const end = `${columnLetters(this.left + this.width - 1)}${this.top + this.height}`;
    return `${this.sheet.name}!${start === end ? start : `${start}:${end}`}`;
  }

  get cellCount(): number {
    return this.height * this.width;
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }

  get values(): CellScalar[][] {
    return this.loaded("values");
  }
  /** A null leaves its cell as it is ("null input", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values). */
  set values(values: CellScalar[][]) {
    checkShape("values", values, this.height, this.width);
    this.excel.context.queueWrite(this.path, "values", values);
    this.enter(values);
  }
  get formulas(): CellScalar[][] {
    return this.loaded("formulas");
  }
  set formulas(formulas: CellScalar[][]) {
    checkShape("formulas", formulas, this.height, this.width);
    this.excel.context.queueWrite(this.path, "formulas", formulas);
    this.enter(formulas);
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(formats: (string | null)[][]) {
    checkShape("numberFormat", formats, this.height, this.width);
    this.excel.context.queueWrite(this.path, "numberFormat", formats);
    formats.forEach((cells, r) =>
      cells.forEach((format, c) => {
        if (format === null) return;
        const current = this.sheet.cells.get(this.top + r, this.left + c);
        this.sheet.cells.set(this.top + r, this.left + c, { ...(current ?? { value: "" }), numberFormat: format });
      }),
    );
  }

  private enter(values: CellScalar[][]): void {
    values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === null) return;
        this.sheet.cells.set(this.top + r, this.left + c, enteredCell(value, this.sheet.cells.get(this.top + r, this.left + c), this.excel.dateSystem));
      }),
    );
    if (this.excel.autoExpandTables) this.extendTablesAbove();
  }

  private extendTablesAbove(): void {
    for (const table of this.excel.tables) {
      const next = table.headerRow + 1 + table.bodyRowCount;
      const overlaps = this.left < table.column + table.columnCount && this.left + this.width > table.column;
      if (table.sheet === this.sheet && overlaps && this.top === next && !table.showTotals) table.bodyRowCount += this.height;
    }
  }

  /** As in Office.js, the cell may lie outside this range, as long as it is on the sheet. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.top + row, this.left + column, 1, 1);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, this.sheet);
  }
  select(): void {
    this.excel.selection = rangeRecord(this);
  }

  getLastRow(): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.top + this.height - 1, this.left, 1, this.width);
  }
  getRowsBelow(count = 1): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.top + this.height, this.left, count, this.width);
  }
  /** As Excel: the smallest range within this one holding every cell with a value (valuesOnly). */
  getUsedRangeOrNullObject(): FakeRange {
    const bounds = this.sheet.cells.valueBounds(this.top, this.left, this.height, this.width);
    if (bounds === undefined) return new FakeRange(this.excel, this.sheet, this.top, this.left, 1, 1, true);
    return new FakeRange(this.excel, this.sheet, bounds.row, bounds.column, bounds.rowCount, bounds.columnCount);
  }

  get format() {
    const record = (property: string) => (value: unknown) => this.sheet.formats.push({ range: rangeRecord(this), property, value });
    const sheet = this.sheet;
    const self = this;
    return {
      set columnWidth(points: number) {
        for (let c = self.left; c < self.left + self.width; c++) sheet.columnWidths.set(c, points);
      },
      set wrapText(value: boolean) {
        record("wrapText")(value);
      },

      font: {
        set bold(value: boolean) {
          record("bold")(value);
        },
        set italic(value: boolean) {
          record("italic")(value);
        },
        set size(value: number) {
          record("size")(value);
        },
        set color(value: string) {
          record("color")(value);
        },
      },
      fill: {
        set color(value: string) {
          record("fill")(value);
        },
      },
      protection: {
        set locked(value: boolean) {
          record("locked")(value);
        },
      },
    };
  }

  set columnHidden(hidden: boolean) {
    for (let c = this.left; c < this.left + this.width; c++) {
      if (hidden) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
  }

  /** Office.js: the whole columns of this range, every row of the sheet. */
  getEntireColumn(): FakeRange {
    return new FakeRange(this.excel, this.sheet, 0, this.left, 1_048_576, this.width);
  }

  /** Excel's outline holds at most 8 levels; a group is of whole columns here (the adapter groups nothing else). */
  group(option: string): void {
    this.excel.requireExcelApi("1.10", "Range.group");
    if (option !== "ByColumns") throw new Error(`the fake groups columns only, not ${option}`);
    if (this.top !== 0 || this.height !== 1_048_576) throw new FakeOfficeError("InvalidArgument", "group by columns of a range that is not whole columns");
    for (let c = this.left; c < this.left + this.width; c++) {
      const level = (this.sheet.columnOutline.get(c) ?? 0) + 1;
      if (level > 8) throw new FakeOfficeError("InvalidOperation", "an outline holds at most 8 levels");
      this.sheet.columnOutline.set(c, level);
    }
  }

  /** Hides the details of grouped columns; Excel refuses it on columns no group holds. */
  hideGroupDetails(option: string): void {
    this.excel.requireExcelApi("1.10", "Range.hideGroupDetails");
    if (option !== "ByColumns") throw new Error(`the fake groups columns only, not ${option}`);
    for (let c = this.left; c < this.left + this.width; c++) {
      if (!this.sheet.columnOutline.has(c)) throw new FakeOfficeError("InvalidOperation", `column ${columnLetters(c)} is in no group`);
    }
    for (let c = this.left; c < this.left + this.width; c++) this.sheet.collapsedColumns.add(c);
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const format = { range: rangeRecord(this), type, colorScale: {}, iconSet: {} };
        this.sheet.conditionalFormats.push(format);
        return format;
      },
    };
  }

  private validation: FakeSheetState["validations"][number] | undefined;
  get dataValidation() {
    if (this.validation === undefined) {
      this.validation = { range: rangeRecord(this) };
      this.sheet.validations.push(this.validation);
    }
    return this.validation;
  }
}

class FakeWorksheet extends FakeProxy {
  constructor(
    excel: FakeExcel,
    readonly state: FakeSheetState,
  ) {
    super(excel, { name: () => state.name, position: () => excel.sheets.indexOf(state) });
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    const holder = this.excel.sheet(name);
    if (holder !== undefined && holder !== this.state) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
    this.state.name = name;
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    const sheets = this.excel.sheets;
    sheets.splice(sheets.indexOf(this.state), 1);
    sheets.splice(position, 0, this.state);
  }

  activate(): void {
    this.excel.activeSheet = this.state.name;
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError("InvalidArgument", "a range of no cells");
    return new FakeRange(this.excel, this.state, row, column, rowCount, columnCount);
  }
  getRange(address: string): FakeRange {
    if (address !== "A1") throw new Error(`the fake reads only A1, not ${address}`);
    return this.getRangeByIndexes(0, 0, 1, 1);
  }
  getUsedRangeOrNullObject(): FakeRange {
    return this.getRangeByIndexes(0, 0, 1_048_576, 16_384).getUsedRangeOrNullObject();
  }
  delete(): void {
    this.state.deleted = true;
    this.excel.sheets.splice(this.excel.sheets.indexOf(this.state), 1);
    for (let i = this.excel.tables.length - 1; i >= 0; i--) if (this.excel.tables[i]?.sheet === this.state) this.excel.tables.splice(i, 1);
  }

  get freezePanes() {
    const state = this.state;
    return {
      freezeAt: (range: FakeRange) => (state.freeze = { rows: range.height, columns: range.width }),
      freezeRows: (rows: number) => (state.freeze = { rows, columns: 0 }),
      freezeColumns: (columns: number) => (state.freeze = { rows: 0, columns }),
    };
  }

  get pageLayout() {
    this.excel.requireExcelApi("1.9", "Worksheet.pageLayout");
    const layout = this.state.pageLayout;
    return {
      set orientation(value: string) {
        if (value !== "Landscape" && value !== "Portrait") throw new FakeOfficeError("InvalidArgument", `orientation ${value}`);
        layout.orientation = value;
      },
      set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        // Excel takes either a scale or fit-to-pages, each page count a whole number from 0 (automatic).
        const pages = [value.horizontalFitToPages, value.verticalFitToPages].filter((count) => count !== undefined);
        if (value.scale !== undefined && pages.length > 0) throw new FakeOfficeError("InvalidArgument", "zoom takes a scale or pages to fit, not both");
        if (pages.some((count) => !Number.isInteger(count) || count! < 0)) throw new FakeOfficeError("InvalidArgument", "pages to fit must be whole numbers");
        layout.zoom = { ...value };
      },
      setPrintTitleRows: (rows: string) => {
        if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `print title rows ${rows}`);
        layout.printTitleRows = rows;
      },
    };
  }

  get charts() {
    return {
      add: (type: string, values: FakeRange, seriesBy: string) => {
        if (seriesBy !== "Columns" && seriesBy !== "Rows") throw new FakeOfficeError("InvalidArgument", `seriesBy ${seriesBy}`);
        const first = rangeRecord(values);
        // One series from a one-column (or one-row) source; a wider source would make a series per column.
        if (Math.min(first.rowCount, first.columnCount) !== 1) throw new FakeOfficeError("InvalidArgument", "the charts here are drawn one series per range");
        const chart: FakeChartRecord = { type, series: [{ values: first }], title: {}, legend: {} };
        this.state.charts.push(chart);
        return {
          title: chart.title,
          legend: fakeChartLegend(chart),
          set plotVisibleOnly(value: boolean) {
            chart.plotVisibleOnly = value;
          },
          series: {
            getItemAt: (index: number) => {
              const series = chart.series[index];
              if (series === undefined) throw new FakeOfficeError("ItemNotFound", `chart series ${index}`);
              return fakeChartSeries(series);
            },
            add: (name?: string) => {
              const series: FakeChartSeriesRecord = name === undefined ? {} : { name };
              chart.series.push(series);
              return fakeChartSeries(series);
            },
          },
          axes: {
            categoryAxis: {
              set reversePlotOrder(value: boolean) {
                chart.reversePlotOrder = value;
              },
            },
            valueAxis: {
              // A number, or "" for automatic (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member).
              set minimum(value: number | "") {
                if (value !== "" && (typeof value !== "number" || !Number.isFinite(value))) throw new FakeOfficeError("InvalidArgument", `axis minimum ${String(value)}`);
                if (value === "") delete chart.valueAxisMinimum;
                else chart.valueAxisMinimum = value;
              },
            },
          },
          setPosition: (start: FakeRange, end: FakeRange) => (chart.position = [rangeRecord(start), rangeRecord(end)]),
        };
      },
    };
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.excel, this.state);
  }
}

class FakeTable extends FakeProxy {
  private sheetProxy: FakeWorksheet | undefined;
  constructor(
    excel: FakeExcel,
    readonly state: FakeTableState,
  ) {
    super(excel, { name: () => state.name, showTotals: () => state.showTotals }, { worksheet: () => this.worksheet });
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    if (this.excel.tables.some((table) => table !== this.state && table.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `a table named ${name} exists`);
    this.state.name = name;
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  get worksheet(): FakeWorksheet {
    this.sheetProxy ??= new FakeWorksheet(this.excel, this.state.sheet);
    return this.sheetProxy;
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.excel, this.state.sheet, this.state.headerRow, this.state.column, 1, this.state.columnCount);
  }
  getDataBodyRange(): FakeRange {
    const s = this.state;
    return new FakeRange(this.excel, s.sheet, s.headerRow + 1, s.column, s.bodyRowCount, s.columnCount);
  }
  getRange(): FakeRange {
    const s = this.state;
    return new FakeRange(this.excel, s.sheet, s.headerRow, s.column, s.bodyRowCount + 1 + (s.showTotals ? 1 : 0), s.columnCount);
  }
  get columns() {
    return { getItemAt: (index: number) => ({ getDataBodyRange: () => new FakeRange(this.excel, this.state.sheet, this.state.headerRow + 1, this.state.column + index, this.state.bodyRowCount, 1) }) };
  }
  get rows() {
    return {
      /**
       * Inserts rows at the end of the table, shifting what is below down; each row as wide as the
       * table (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)),
       * its values parsed as typed input like any write.
       */
      add: (index: number | undefined, values: CellScalar[][]) => {
        if (index !== undefined) throw new Error("the fake appends only");
        const s = this.state;
        checkShape("rows.add values", values, values.length, s.columnCount);
        const insertAt = s.headerRow + 1 + s.bodyRowCount;
        this.excel.context.queueWrite(`${s.name}.rows`, "rows.add", values);
        s.sheet.cells.shiftDown(insertAt, values.length);
        // An inserted table row takes each column's format from the row above it.
        const formatAbove = (c: number): FakeCell => ({ value: "", numberFormat: s.sheet.cells.get(insertAt - 1, s.column + c)?.numberFormat ?? "General" });
        values.forEach((cells, r) => cells.forEach((value, c) => s.sheet.cells.set(insertAt + r, s.column + c, enteredCell(value, formatAbove(c), this.excel.dateSystem))));
        s.bodyRowCount += values.length;
      },
    };
  }
  resize(range: FakeRange): void {
    this.excel.requireExcelApi("1.13", "Table.resize");
    this.state.bodyRowCount = range.height - 1;
  }
}

/** A collection whose `load("items/…")` gives each item its properties, loading the items once per sync. */
class FakeCollection<T extends FakeProxy> extends FakeProxy {
  /** The items as the current sync found them, so every `items/…` load of one sync sees the same objects. */
  private found: { sync: number; items: T[]; taken: Taken } | undefined;
  constructor(excel: FakeExcel, items: () => T[]) {
    super(excel, { items });
  }
  override take(path: string): Taken {
    const [head, ...rest] = path.split("/");
    if (head !== "items") return super.take(path);
    const sync = this.excel.context.syncNumber;
    if (this.found?.sync !== sync) {
      const taken = super.take("items");
      this.found = { sync, items: taken.json as T[], taken };
    }
    const { items, taken } = this.found;
    const parts = rest.length === 0 ? [] : items.map((item) => item.take(rest.join("/")));
    return {
      json: parts.map((part) => part.json),
      commit: () => {
        taken.commit();
        for (const part of parts) part.commit();
      },
    };
  }
  get items(): T[] {
    return this.loaded("items");
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    excel: FakeExcel,
    private readonly sheet: FakeSheetState | null,
  ) {
    super(excel, () => excel.tables.filter((table) => sheet === null || table.sheet === sheet).map((table) => new FakeTable(excel, table)));
  }
  getItem(name: string): FakeTable {
    const table = this.excel.tables.find((item) => (this.sheet === null || item.sheet === this.sheet) && item.name.toLowerCase() === name.toLowerCase());
    if (table === undefined) throw new FakeOfficeError("ItemNotFound", `no table ${name}`);
    return new FakeTable(this.excel, table);
  }
  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("the fake adds tables with headers only");
    const state: FakeTableState = { name: `Table${this.excel.tables.length + 1}`, sheet: range.sheet, headerRow: range.top, column: range.left, columnCount: range.width, bodyRowCount: range.height - 1, showTotals: false };
    this.excel.tables.push(state);
    return new FakeTable(this.excel, state);
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(excel: FakeExcel) {
    super(excel, () => excel.sheets.map((sheet) => new FakeWorksheet(excel, sheet)));
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.excel.sheet(name);
    if (sheet === undefined) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
    return new FakeWorksheet(this.excel, sheet);
  }
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, this.excel.addSheet(name));
  }
}

/** Excel's value of a name that refers to a range: the sheet quoted when it must be, or #REF! once deleted. */
function nameValue(sheet: FakeSheetState): string {
  if (sheet.deleted) return "#REF!$A$1";
  return /^[A-Za-z0-9_]+$/.test(sheet.name) ? `${sheet.name}!$A$1` : `'${sheet.name.replace(/'/g, "''")}'!$A$1`;
}

class FakeNamedItem extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly name: string,
  ) {
    super(excel, {
      value: () => {
        const entry = excel.names.get(name);
        return entry === undefined ? undefined : nameValue(entry.sheet);
      },
      isNullObject: () => !excel.names.has(name),
    });
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get value(): string {
    return this.loaded("value");
  }
  set visible(visible: boolean) {
    const entry = this.excel.names.get(this.name);
    if (entry !== undefined) entry.visible = visible;
  }
  delete(): void {
    this.excel.names.delete(this.name);
  }
}

/** A worksheet function's result (`Excel.FunctionResult`): `value` and `error`, loaded and synced like any proxy. */
class FakeFunctionResult extends FakeProxy {
  constructor(excel: FakeExcel, value: number | null, error: string) {
    super(excel, { value: () => value, error: () => error });
  }
  get value(): number {
    return this.loaded("value");
  }
  get error(): string {
    return this.loaded("error");
  }
}

/** `workbook.functions`: DATE only, in the workbook's date system (a date before the system's first year is #NUM!). */
class FakeFunctions {
  constructor(private readonly excel: FakeExcel) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    const serial1900 = Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
    const serial = this.excel.dateSystem === "1904" ? serial1900 - DAYS_1900_TO_1904 : serial1900;
    return serial < 0 || year < 1900 ? new FakeFunctionResult(this.excel, null, "#NUM!") : new FakeFunctionResult(this.excel, serial, "");
  }
}

class FakeNames {
  constructor(private readonly excel: FakeExcel) {}
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.excel, name);
  }
  add(name: string, reference: FakeRange): FakeNamedItem {
    if (this.excel.names.has(name)) throw new FakeOfficeError("ItemAlreadyExists", `the name ${name} exists`);
    this.excel.names.set(name, { sheet: reference.sheet, visible: true });
    return new FakeNamedItem(this.excel, name);
  }
}

/** Excel's legend positions (`Excel.ChartLegendPosition`, less "Invalid", which Excel reports and does not take). */
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

/**
 * A chart's legend (ExcelApi 1.1) and its entries (ExcelApi 1.7, below the add-in's minimum 1.8): one
 * entry per series of these charts, so `getItemAt` refuses an index no series has yet
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartlegendentrycollection#excel-excel-chartlegendentrycollection-getitemat-member(1)).
 * An entry's `visible` is write-only here: reading it needs a load the adapter does not make.
 */
function fakeChartLegend(chart: FakeChartRecord) {
  const legend = chart.legend;
  return {
    set visible(visible: boolean) {
      legend.visible = visible;
    },
    set position(position: string) {
      if (!LEGEND_POSITIONS.has(position)) throw new FakeOfficeError("InvalidArgument", `legend position ${position}`);
      legend.position = position;
    },
    legendEntries: {
      getItemAt: (index: number) => {
        if (!Number.isInteger(index) || index < 0 || index >= chart.series.length) throw new FakeOfficeError("ItemNotFound", `legend entry ${index} of ${chart.series.length}`);
        return {
          get visible(): boolean {
            throw new FakeOfficeError("PropertyNotLoaded", "visible was read before load and sync");
          },
          set visible(visible: boolean) {
            const hidden = (legend.hiddenEntries ?? []).filter((entry) => entry !== index);
            legend.hiddenEntries = visible ? hidden : [...hidden, index].sort((a, b) => a - b);
          },
        };
      },
    },
  };
}

function fakeChartSeries(series: FakeChartSeriesRecord) {
  return {
    set name(name: string) {
      series.name = name;
    },
    setValues: (range: FakeRange) => (series.values = rangeRecord(range)),
    setXAxisValues: (range: FakeRange) => (series.categories = rangeRecord(range)),
    format: {
      fill: {
        clear: () => (series.fill = { cleared: true }),
        setSolidColor: (color: string) => (series.fill = { color }),
      },
      line: {
        set color(color: string) {
          series.line = { ...series.line, color };
        },
        set lineStyle(lineStyle: string) {
          series.line = { ...series.line, lineStyle };
        },
      },
    },
  };
}
