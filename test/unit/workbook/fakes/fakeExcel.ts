import type { ExcelRun } from "../../../../src/workbook/excel/excelWorkbook";
import { jsonBytes } from "../../../../src/workbook/excel/payloadBudget";
import type { CellScalar } from "../../../../src/workbook/port";

/**
 * A small fake of the Excel object model the adapter uses, typed loosely and cast at the edge.
 * It behaves like Office.js where the adapter's correctness depends on it:
 * - a property read before `load` + `sync` throws (PropertyNotLoaded), as Office.js does;
 * - `context.sync()` is counted, and each round trip's request and response bytes are measured and
 *   refused above a limit, like Excel on the web's payload cap;
 * - a string written to a cell becomes what Excel would make of it: "'x" is the text x, "=…", "+…",
 *   "-…" and "@…" become formulas, "007" becomes 7;
 * - writing into the row below a table extends it (Excel's AutoCorrect), sheet and defined names
 *   must be unique, deleting a sheet leaves its names pointing at #REF!;
 * - `getItem` of a table or sheet that does not exist fails (ItemNotFound; Office.js reports it at
 *   the next sync, the fake at once), and the user's view is kept: the active sheet and the selection.
 */

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

export interface FakeSheetState {
  name: string;
  deleted: boolean;
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  formats: { range: RangeRecord; property: string; value: unknown }[];
  conditionalFormats: { range: RangeRecord; type: string; colorScale: { criteria?: unknown }; iconSet: { style?: string; reverseIconOrder?: boolean; criteria?: unknown } }[];
  validations: { range: RangeRecord; rule?: unknown; errorAlert?: unknown }[];
  charts: FakeChartRecord[];
  /** Columns hidden (Range.columnHidden). */
  hiddenColumns: Set<number>;
  freeze: { rows: number; columns: number } | null;
}

export interface FakeChartRecord {
  type: string;
  values: RangeRecord;
  categories?: RangeRecord;
  title: { text?: string };
  legend: { visible?: boolean };
  reversePlotOrder?: boolean;
  position?: [RangeRecord, RangeRecord];
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  valueWrites: number;
  valueLoads: number;
}

const key = (row: number, column: number) => `${row},${column}`;

/**
 * What Excel makes of a value typed or written into a cell. A cell formatted as Text (`@`) takes a
 * string as it is: no formula, no number, and a leading apostrophe stays part of the text.
 */
function enteredCell(value: CellScalar, numberFormat: string): FakeCell {
  if (typeof value !== "string" || numberFormat === "@") return { value, numberFormat };
  if (value.startsWith("'")) return { value: value.slice(1), numberFormat };
  if (/^[=+\-@]/.test(value)) return { value: 0, numberFormat, formula: value };
  if (/^\d+(\.\d+)?$/.test(value)) return { value: Number(value), numberFormat };
  return { value, numberFormat };
}

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: FakeTableState[] = [];
  readonly names = new Map<string, { sheet: FakeSheetState; visible: boolean }>();
  readonly syncs: SyncRecord[] = [];
  /** Off: the workbook's "include new rows in table" AutoCorrect option is off. */
  autoExpandTables = true;
  /** Off: an Excel below ExcelApi 1.13, where `table.resize` does not exist. */
  canResizeTables = true;
  /** The sheet in front, by name; null until the add-in activates one. */
  activeSheet: string | null = null;
  /** The range the add-in last selected. */
  selection: RangeRecord | null = null;
  readonly context: FakeContext;

  constructor(readonly payloadLimitBytes = Number.POSITIVE_INFINITY) {
    this.context = new FakeContext(this);
  }

  readonly run: ExcelRun = (batch) => batch(this.context as unknown as Excel.RequestContext);

  addSheet(name: string): FakeSheetState {
    if (this.sheet(name) !== undefined) throw new Error(`InvalidArgument: a sheet named ${name} exists`);
    const sheet: FakeSheetState = { name, deleted: false, cells: new Map(), columnWidths: new Map(), formats: [], conditionalFormats: [], validations: [], charts: [], freeze: null, hiddenColumns: new Set() };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Puts a table on a sheet as a user would have made it: headers at `at`, rows below. */
  addTable(sheetName: string, name: string, headers: readonly string[], rows: readonly (readonly CellScalar[])[], at = { row: 0, column: 0 }, numberFormat = "General"): FakeTableState {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    this.setCells(sheet, at.row, at.column, [headers, ...rows], numberFormat);
    const table = { name, sheet, headerRow: at.row, column: at.column, columnCount: headers.length, bodyRowCount: Math.max(rows.length, 1), showTotals: false };
    this.tables.push(table);
    return table;
  }

  setCells(sheet: FakeSheetState, row: number, column: number, values: readonly (readonly CellScalar[])[], numberFormat = "General"): void {
    values.forEach((cells, r) => cells.forEach((value, c) => sheet.cells.set(key(row + r, column + c), { value, numberFormat })));
  }

  cell(sheet: FakeSheetState, row: number, column: number): FakeCell | undefined {
    return sheet.cells.get(key(row, column));
  }

  grid(sheet: FakeSheetState, row: number, column: number, rowCount: number, columnCount: number): CellScalar[][] {
    return Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => this.cell(sheet, row + r, column + c)?.value ?? ""));
  }

  tableRows(name: string): CellScalar[][] {
    const table = this.tables.find((item) => item.name === name);
    if (table === undefined) throw new Error(`no table ${name}`);
    return this.grid(table.sheet, table.headerRow + 1, table.column, table.bodyRowCount, table.columnCount);
  }

  usedBottom(sheet: FakeSheetState, column: number, columnCount: number): number {
    let bottom = -1;
    for (const [at, cell] of sheet.cells) {
      const [r = 0, c = 0] = at.split(",").map(Number);
      if (c >= column && c < column + columnCount && cell.value !== "" && cell.value !== null) bottom = Math.max(bottom, r);
    }
    return bottom;
  }
}

type Reader = () => unknown;

/** An Office.js proxy object: readable properties come from a snapshot taken at the sync after `load`. */
class FakeProxy {
  private readonly snapshot = new Map<string, unknown>();
  constructor(
    protected readonly excel: FakeExcel,
    private readonly readers: Record<string, Reader>,
    private readonly navigation: Record<string, () => FakeProxy> = {},
  ) {}

  load(properties = ""): this {
    this.excel.context.pending.push({ proxy: this, properties: properties.split(",").map((p) => p.trim()).filter(Boolean) });
    return this;
  }

  take(path: string): number {
    const [head = "", ...rest] = path.split("/");
    if (rest.length > 0) {
      const next = this.navigation[head];
      if (next === undefined) throw new Error(`cannot navigate ${head}`);
      return next().take(rest.join("/"));
    }
    const reader = this.readers[head];
    if (reader === undefined) throw new Error(`InvalidArgument: cannot load ${head}`);
    const value = reader();
    this.snapshot.set(head, value);
    return head === "values" || head === "numberFormat" ? jsonBytes(value) : 0;
  }

  loaded<T>(property: string): T {
    if (!this.snapshot.has(property)) throw new Error(`PropertyNotLoaded: ${property} was read before load and sync`);
    return this.snapshot.get(property) as T;
  }
}

class FakeContext {
  pending: { proxy: FakeProxy; properties: string[] }[] = [];
  /** Counts every sync, also those a test no longer looks at, so a collection loads its items once per sync. */
  syncNumber = 0;
  requestBytes = 0;
  valueWrites = 0;
  readonly workbook: { tables: FakeTableCollection; worksheets: FakeWorksheetCollection; names: FakeNames };

  constructor(private readonly excel: FakeExcel) {
    this.workbook = { tables: new FakeTableCollection(excel, null), worksheets: new FakeWorksheetCollection(excel), names: new FakeNames(excel) };
  }

  async sync(): Promise<void> {
    this.syncNumber++;
    let responseBytes = 0;
    let valueLoads = 0;
    for (const { proxy, properties } of this.pending) {
      for (const property of properties) {
        responseBytes += proxy.take(property);
        if (property === "values") valueLoads++;
      }
      if (proxy instanceof FakeRange || proxy instanceof FakeNamedItem) proxy.take("isNullObject");
    }
    const record = { requestBytes: this.requestBytes, responseBytes, valueWrites: this.valueWrites, valueLoads };
    this.pending = [];
    this.requestBytes = 0;
    this.valueWrites = 0;
    if (record.requestBytes > this.excel.payloadLimitBytes || responseBytes > this.excel.payloadLimitBytes) {
      throw new Error(`RequestPayloadSizeLimitExceeded: ${JSON.stringify(record)}`);
    }
    this.excel.syncs.push(record);
  }
}

function rangeRecord(range: FakeRange): RangeRecord {
  return { sheet: range.sheet.name, row: range.row, column: range.column, rowCount: range.rowCount, columnCount: range.columnCount };
}

class FakeRange extends FakeProxy {
  constructor(
    excel: FakeExcel,
    readonly sheet: FakeSheetState,
    readonly row: number,
    readonly column: number,
    readonly rowCount: number,
    readonly columnCount: number,
    isNull = false,
  ) {
    super(excel, {
      values: () => excel.grid(sheet, row, column, rowCount, columnCount),
      numberFormat: () => Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => excel.cell(sheet, row + r, column + c)?.numberFormat ?? "General")),
      rowIndex: () => row,
      columnIndex: () => column,
      rowCount: () => rowCount,
      columnCount: () => columnCount,
      address: () => `${sheet.name}!R${row + 1}C${column + 1}`,
      isNullObject: () => isNull,
    });
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get values(): CellScalar[][] {
    return this.loaded("values");
  }
  set values(values: CellScalar[][]) {
    this.excel.context.requestBytes += jsonBytes(values);
    this.excel.context.valueWrites++;
    values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === null) return;
        const at = key(this.row + r, this.column + c);
        this.sheet.cells.set(at, enteredCell(value, this.sheet.cells.get(at)?.numberFormat ?? "General"));
      }),
    );
    if (this.excel.autoExpandTables) this.extendTablesAbove();
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(formats: (string | null)[][]) {
    this.excel.context.requestBytes += jsonBytes(formats);
    formats.forEach((cells, r) =>
      cells.forEach((format, c) => {
        if (format === null) return;
        const at = key(this.row + r, this.column + c);
        this.sheet.cells.set(at, { ...(this.sheet.cells.get(at) ?? { value: "" }), numberFormat: format });
      }),
    );
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  private extendTablesAbove(): void {
    for (const table of this.excel.tables) {
      const next = table.headerRow + 1 + table.bodyRowCount;
      const overlaps = this.column < table.column + table.columnCount && this.column + this.columnCount > table.column;
      if (table.sheet === this.sheet && overlaps && this.row === next && !table.showTotals) table.bodyRowCount += this.rowCount;
    }
  }

  /** As in Office.js, the cell may lie outside this range, as long as it is on the sheet. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.row + row, this.column + column, 1, 1);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, this.sheet);
  }
  select(): void {
    this.excel.selection = rangeRecord(this);
  }

  getLastRow(): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.row + this.rowCount - 1, this.column, 1, this.columnCount);
  }
  getRowsBelow(count = 1): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.row + this.rowCount, this.column, count, this.columnCount);
  }
  /** As Excel: the smallest range within this one holding every cell with a value (valuesOnly). */
  getUsedRangeOrNullObject(): FakeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [at, cell] of this.sheet.cells) {
      const [r = 0, c = 0] = at.split(",").map(Number);
      const inside = r >= this.row && r < this.row + this.rowCount && c >= this.column && c < this.column + this.columnCount;
      if (!inside || cell.value === "" || cell.value === null) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom < 0) return new FakeRange(this.excel, this.sheet, this.row, this.column, 1, 1, true);
    return new FakeRange(this.excel, this.sheet, top, left, bottom - top + 1, right - left + 1);
  }

  get format() {
    const record = (property: string) => (value: unknown) => this.sheet.formats.push({ range: rangeRecord(this), property, value });
    const sheet = this.sheet;
    const self = this;
    return {
      set columnWidth(points: number) {
        for (let c = self.column; c < self.column + self.columnCount; c++) sheet.columnWidths.set(c, points);
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
    for (let c = this.column; c < this.column + this.columnCount; c++) {
      if (hidden) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
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
    if (holder !== undefined && holder !== this.state) throw new Error(`InvalidArgument: a sheet named ${name} exists`);
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
    if (rowCount < 1 || columnCount < 1) throw new Error("InvalidArgument: empty range");
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
      freezeAt: (range: FakeRange) => (state.freeze = { rows: range.rowCount, columns: range.columnCount }),
      freezeRows: (rows: number) => (state.freeze = { rows, columns: 0 }),
      freezeColumns: (columns: number) => (state.freeze = { rows: 0, columns }),
    };
  }

  get charts() {
    return {
      add: (type: string, values: FakeRange) => {
        const chart: FakeChartRecord = { type, values: rangeRecord(values), title: {}, legend: {} };
        this.state.charts.push(chart);
        return {
          title: chart.title,
          legend: chart.legend,
          series: { getItemAt: () => ({ setXAxisValues: (range: FakeRange) => (chart.categories = rangeRecord(range)) }) },
          axes: {
            categoryAxis: {
              set reversePlotOrder(value: boolean) {
                chart.reversePlotOrder = value;
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
    if (this.excel.tables.some((table) => table !== this.state && table.name.toLowerCase() === name.toLowerCase())) throw new Error(`InvalidArgument: table ${name} exists`);
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
      add: (index: number | undefined, values: CellScalar[][]) => {
        if (index !== undefined) throw new Error("the fake appends only");
        const s = this.state;
        const insertAt = s.headerRow + 1 + s.bodyRowCount;
        const moved = [...s.sheet.cells].filter(([at]) => Number(at.split(",")[0]) >= insertAt);
        for (const [at] of moved) s.sheet.cells.delete(at);
        for (const [at, cell] of moved) {
          const [r = 0, c = 0] = at.split(",").map(Number);
          s.sheet.cells.set(key(r + values.length, c), cell);
        }
        this.excel.context.requestBytes += jsonBytes(values);
        this.excel.context.valueWrites++;
        // An inserted table row takes each column's format from the row above it.
        const formatAbove = (c: number) => s.sheet.cells.get(key(insertAt - 1, s.column + c))?.numberFormat ?? "General";
        values.forEach((cells, r) => cells.forEach((value, c) => s.sheet.cells.set(key(insertAt + r, s.column + c), enteredCell(value, formatAbove(c)))));
        s.bodyRowCount += values.length;
      },
    };
  }
  resize(range: FakeRange): void {
    if (!this.excel.canResizeTables) throw new Error("ApiNotFound: Table.resize needs ExcelApi 1.13");
    this.state.bodyRowCount = range.rowCount - 1;
  }
}

/** A collection whose `load("items/…")` gives each item its properties, loading the items once per sync. */
class FakeCollection<T extends FakeProxy> extends FakeProxy {
  private itemsTakenAt = -1;
  constructor(excel: FakeExcel, items: () => T[]) {
    super(excel, { items });
  }
  override take(path: string): number {
    const [head, ...rest] = path.split("/");
    if (head !== "items") return super.take(path);
    if (this.itemsTakenAt !== this.excel.context.syncNumber) super.take("items");
    this.itemsTakenAt = this.excel.context.syncNumber;
    for (const item of this.items) item.take(rest.join("/"));
    return 0;
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
    if (table === undefined) throw new Error(`ItemNotFound: no table ${name}`);
    return new FakeTable(this.excel, table);
  }
  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("the fake adds tables with headers only");
    const state: FakeTableState = { name: `Table${this.excel.tables.length + 1}`, sheet: range.sheet, headerRow: range.row, column: range.column, columnCount: range.columnCount, bodyRowCount: range.rowCount - 1, showTotals: false };
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
    if (sheet === undefined) throw new Error(`ItemNotFound: no sheet ${name}`);
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

class FakeNames {
  constructor(private readonly excel: FakeExcel) {}
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.excel, name);
  }
  add(name: string, reference: FakeRange): FakeNamedItem {
    if (this.excel.names.has(name)) throw new Error(`InvalidArgument: the name ${name} exists`);
    this.excel.names.set(name, { sheet: reference.sheet, visible: true });
    return new FakeNamedItem(this.excel, name);
  }
}
