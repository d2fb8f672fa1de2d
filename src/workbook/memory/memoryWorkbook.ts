import { nowSerial } from "../../core/excelDate";
import { decisionRows, typedDecisions } from "../../model/decisionCells";
import { generatedSheetMarker, type SheetModel } from "../../model/sheetModel";
import { TABLE_NAMES, TABLE_SPECS, type TableName } from "../../schema/tableSpecs";
import type { CellScalar, RawTable } from "../../model/rawTable";
import type { TableCellTarget, TableInfo, WorkbookPort, WrittenSheet } from "../port";
import { planSettingsUpdate, settingsColumns } from "../settingsUpdate";
import { generatedSheetTarget, markerReference, sheetNameFromReference } from "../sheetMarker";
import { alignRowToHeaders, freeSheetName, specTableName } from "../tableLayout";
import { missingTables, selectTables } from "../tableSelection";

/**
 * A WorkbookPort held in memory: the task pane's preview outside Office and the reports' tests.
 * It follows the Excel adapter's rules (marker-based replacement, suffixed names, set-up that never
 * touches an existing table, rows aligned to the table's own headers) and lets a test or the preview
 * look at what was written.
 */

type Rows = readonly (readonly CellScalar[])[];

export interface MemoryTableInit {
  readonly name: string;
  /** The sheet the table is on; the table's name when not given. */
  readonly sheet?: string;
  readonly headers: readonly string[];
  readonly rows?: Rows;
}

export interface MemoryWorkbookInit {
  readonly tables?: readonly MemoryTableInit[];
  /** Sheets of the user's besides the tables' (they count as holding content). */
  readonly sheets?: readonly string[];
}

export interface MemoryWorkbook extends WorkbookPort {
  /** Sheet names in tab order. */
  sheetNames(): readonly string[];
  /** The model a generated sheet was last written from, by its sheet name, with the cells as typed into since. */
  sheet(name: string): SheetModel | undefined;
  /** Types a value into a generated sheet's cell (0-based), as a person in Excel would: the preview's and tests' stand-in for Excel's grid. */
  typeCell(sheetName: string, row: number, column: number, value: CellScalar): void;
  /** A table's body rows under its own headers, by its name (PRODUCT.md matching). */
  tableRows(name: string): Rows | undefined;
  /** A table's headers, by its name (PRODUCT.md matching). */
  tableHeaders(name: string): readonly string[] | undefined;
  /** The reference of a workbook-scoped defined name, e.g. a generated sheet's marker. */
  definedName(name: string): string | undefined;
  /** The cell "Go to" last selected, as asked: a problem can name a table the workbook lacks, and the preview still shows it. */
  selectedCell(): TableCellTarget | null;
  /** The sheet last brought to the front. */
  activeSheet(): string | null;
}

interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  rows: CellScalar[][];
}

/** Memory tables sit at A1 of their sheet, so the first body row is row 2 as Excel would show it. */
const FIRST_BODY_ROW = 2;

function fitRow(row: readonly CellScalar[], width: number): CellScalar[] {
  return Array.from({ length: width }, (_, index) => row[index] ?? null);
}

export function createMemoryWorkbook(initial: MemoryWorkbookInit = {}): MemoryWorkbook {
  const tables: MemoryTable[] = (initial.tables ?? []).map((table) => ({
    name: table.name,
    sheet: table.sheet ?? table.name,
    headers: [...table.headers],
    rows: (table.rows ?? []).map((row) => fitRow(row, table.headers.length)),
  }));
  const sheetOrder: string[] = [];
  const addSheet = (name: string) => {
    if (!sheetOrder.some((existing) => existing.toLowerCase() === name.toLowerCase())) sheetOrder.push(name);
  };
  (initial.sheets ?? []).forEach(addSheet);
  tables.forEach((table) => addSheet(table.sheet));
  const generated = new Map<string, SheetModel>();
  /** The cells of each generated sheet as they are now: as written, then as typed into. */
  const grids = new Map<string, CellScalar[][]>();
  const names = new Map<string, string>();
  let selectedCell: TableCellTarget | null = null;
  let activeSheet: string | null = null;

  /** Appends the decisions typed into a price review sheet to PriceDecisions (decisionCells.ts); throws, changing nothing, when it cannot. */
  const harvest = (sheetName: string, period: string, now: Date, markWritten: boolean): number => {
    const grid = grids.get(sheetName);
    if (grid === undefined) return 0;
    const typed = typedDecisions(grid, sheetName);
    if (!typed.ok) throw new Error(typed.message);
    if (typed.typed.length === 0) return 0;
    const table = findTable("PriceDecisions");
    if (table === undefined) throw new Error(`Decisions were typed into "${sheetName}" and the workbook has no PriceDecisions table to keep them: use "Set up workbook", then generate again.`);
    table.rows.push(...decisionRows(typed.typed, period, nowSerial(now)).map((row) => alignRowToHeaders("PriceDecisions", row, table.headers)));
    if (markWritten) for (const row of typed.typed) grid[row.writtenRow]!.splice(row.writtenColumn, row.cells.length, ...row.cells);
    return typed.typed.length;
  };

  const findTable = (name: string) => {
    const spec = specTableName(name);
    return tables.find((table) => table.name.toLowerCase() === name.toLowerCase() || (spec !== undefined && specTableName(table.name) === spec));
  };

  const createTable = (table: TableName, rows: Rows) => {
    const headers = TABLE_SPECS[table].map((column) => column.name);
    const sheet = freeSheetName(table, sheetOrder);
    sheetOrder.push(sheet);
    tables.push({ name: table, sheet, headers, rows: rows.map((row) => fitRow(row, headers.length)) });
  };

  return {
    async listTables(): Promise<readonly TableInfo[]> {
      return tables.map((table) => ({ name: table.name, sheet: table.sheet, rowCount: table.rows.length }));
    },

    async readTables(requested) {
      const result = new Map<TableName, RawTable>();
      for (const [spec, name] of selectTables(tables.map((table) => table.name), requested)) {
        const table = findTable(name);
        if (table === undefined) continue;
        result.set(spec, {
          name: table.name,
          sheet: table.sheet,
          headers: [...table.headers],
          rows: table.rows.map((row) => [...row]),
          firstRowNumber: FIRST_BODY_ROW,
        });
      }
      return result;
    },

    async writeGeneratedSheet(model): Promise<WrittenSheet> {
      const marker = generatedSheetMarker(model.kind, model.period);
      const markedReference = names.get(marker);
      const target = generatedSheetTarget(markedReference === undefined ? undefined : sheetNameFromReference(markedReference), sheetOrder, model.name);
      if (target.replace && model.kind === "priceReview") harvest(target.sheetName, model.period, new Date(), false);
      if (!target.replace) sheetOrder.push(target.sheetName);
      generated.set(target.sheetName, model);
      grids.set(target.sheetName, model.cells.map((row) => [...row]));
      names.set(marker, markerReference(target.sheetName));
      return { sheetName: target.sheetName, replaced: target.replace };
    },

    async harvestDecisions(period, now) {
      const reference = names.get(generatedSheetMarker("priceReview", period));
      const sheetName = reference === undefined ? undefined : sheetNameFromReference(reference);
      return sheetName === undefined ? 0 : harvest(sheetName, period, now, true);
    },

    async setUpTables(rowsByTable = {}) {
      const created = missingTables(tables.map((table) => table.name), TABLE_NAMES);
      for (const table of created) createTable(table, rowsByTable[table] ?? []);
      return created;
    },

    async appendRows(tableName, rows) {
      const table = findTable(tableName);
      if (table === undefined) throw new Error(`The workbook has no ${tableName} table: use "Set up workbook" first.`);
      table.rows.push(...rows.map((row) => alignRowToHeaders(tableName, row, table.headers)));
    },

    async writeSettings(values) {
      const table = findTable("Settings");
      if (table === undefined) {
        createTable("Settings", Object.entries(values));
        return;
      }
      const columns = settingsColumns(table.headers);
      if (columns === undefined) throw new Error(`The Settings table needs a Key and a Value column.`);
      const plan = planSettingsUpdate(
        table.rows.map((row) => row[columns.key] ?? null),
        values,
      );
      for (const change of plan.changes) {
        const row = table.rows[change.rowIndex];
        if (row !== undefined) row[columns.value] = change.value;
      }
      table.rows.push(...plan.additions.map((pair) => alignRowToHeaders("Settings", pair, table.headers)));
    },

    async selectTableCell(target) {
      selectedCell = { table: target.table, row: target.row, column: target.column };
      activeSheet = findTable(target.table)?.sheet ?? activeSheet;
    },

    async activateSheet(sheetName) {
      const sheet = sheetOrder.find((name) => name.toLowerCase() === sheetName.toLowerCase());
      if (sheet === undefined) throw new Error(`The workbook has no sheet named ${sheetName}.`);
      activeSheet = sheet;
    },

    sheetNames: () => [...sheetOrder],
    sheet: (name) => {
      const model = generated.get(name);
      const cells = grids.get(name);
      return model === undefined || cells === undefined ? model : { ...model, cells: cells.map((row) => [...row]) };
    },
    typeCell(sheetName, row, column, value) {
      const cells = grids.get(sheetName)?.[row];
      if (cells === undefined || column < 0 || column >= cells.length) throw new Error(`No cell (${row}, ${column}) on a generated sheet named ${sheetName}.`);
      cells[column] = value;
    },
    tableRows: (name) => findTable(name)?.rows.map((row) => [...row]),
    tableHeaders: (name) => findTable(name)?.headers,
    definedName: (name) => names.get(name),
    selectedCell: () => selectedCell,
    activeSheet: () => activeSheet,
  };
}
