import type { SheetModel } from "../reports/sheetModel";
import type { TableName } from "../schema/tableSpecs";

/**
 * What Costcard needs of a workbook, whatever holds it: Excel through Office.js, an .xlsx file
 * through ExcelJS, or memory. The reports and the task pane talk only to this.
 */

/** A value as a cell holds it. Dates are Excel serial numbers (1900 date system). */
export type CellScalar = string | number | boolean | null;

export interface RawTable {
  /** The table's name as the workbook spells it (matched to PRODUCT.md case-insensitively). */
  readonly name: string;
  /** The worksheet the table is on. */
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Body rows, each as long as `headers`. */
  readonly rows: readonly (readonly CellScalar[])[];
  /** The row number Excel shows for the first body row (header row + 1), for problem reports. */
  readonly firstRowNumber: number;
  /**
   * Same shape as `rows`: each body cell's Excel number format, where the host knows it (Excel,
   * .xlsx). A number under a date format ("yyyy-mm-dd") is a date serial the user typed as a date;
   * nothing is converted by the adapter.
   */
  readonly numberFormats?: readonly (readonly string[])[];
  /**
   * Body cells the host read but that hold no value Costcard can take: an Excel error (`#N/A`, a
   * formula that failed) or a cell the file does not let be read. Their rows are left out and each
   * is listed as a data problem, whatever the column (an error is no supplier name).
   */
  readonly cellProblems?: readonly CellProblem[];
  /** Body rows the host could not read at all (they are blank in `rows`): one data problem, never an empty table in silence. */
  readonly unreadRows?: UnreadRows;
}

/** A body cell of a raw table that holds no usable value: indices into `rows` and `headers`. */
export interface CellProblem {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly message: string;
}

/** Rows `fromIndex` to the end of a raw table's body could not be read, for `reason`. */
export interface UnreadRows {
  readonly fromIndex: number;
  readonly reason: string;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly rowCount: number;
}

/** How far a table read has got: rows fetched so far of all the tables requested. */
export interface ReadProgress {
  readonly rowsRead: number;
  readonly rowCount: number;
}

export interface ReadTablesOptions {
  /**
   * Called as a long read goes on (Excel reads a large table in row blocks, one round trip each); a
   * host that reads at once may never call it.
   */
  readonly onProgress?: (progress: ReadProgress) => void;
}

export interface WrittenSheet {
  /** The name the sheet got: the wanted one, or a suffixed one when a user's sheet holds that name. */
  readonly sheetName: string;
  /** True when a sheet Costcard made earlier for the same kind and period was replaced. */
  readonly replaced: boolean;
}

/** A cell of a workbook table, as a data problem names it. */
export interface TableCellTarget {
  readonly table: string;
  /** The row number Excel shows; 0 for the table's header row (a problem with a missing column). */
  readonly row: number;
  /** The column's header, matched as PRODUCT.md matches headers; blank for the table's first column. */
  readonly column: string;
}

export interface WorkbookPort {
  /** Every table (ListObject) in the workbook. */
  listTables(): Promise<readonly TableInfo[]>;
  /**
   * Reads the named tables (matched case-insensitively, ignoring spaces, underscores and hyphens);
   * tables that do not exist are absent from the result. One round trip for all of them where the
   * host allows it.
   */
  readTables(names: readonly string[], options?: ReadTablesOptions): Promise<ReadonlyMap<TableName, RawTable>>;
  /** Writes a generated sheet, replacing only the sheet Costcard made for the same kind and period. */
  writeGeneratedSheet(model: SheetModel): Promise<WrittenSheet>;
  /**
   * Creates each missing table of PRODUCT.md with its headers, validation lists and number formats,
   * optionally with rows. Never changes a table that exists. Returns the names of the tables created.
   */
  setUpTables(rowsByTable?: Partial<Record<TableName, readonly (readonly CellScalar[])[]>>): Promise<readonly TableName[]>;
  /**
   * Appends rows (in the table's spec column order, PRODUCT.md) below the body of an existing table,
   * mapping them to its actual columns; text is written as text.
   */
  appendRows(table: TableName, rows: readonly (readonly CellScalar[])[]): Promise<void>;
  /** Sets Settings keys (adding rows for new keys, changing the Value of existing ones). */
  writeSettings(values: Readonly<Record<string, string | number>>): Promise<void>;
  /**
   * Moves the user's view to a table's cell ("Go to" on a data problem). Only hosts with a view have
   * it: Excel selects the cell; memory records it for the preview and tests; a file has no view.
   */
  selectTableCell?(target: TableCellTarget): Promise<void>;
  /** Brings a sheet to the front (a generated sheet's link), where the host has a view. */
  activateSheet?(sheetName: string): Promise<void>;
}
