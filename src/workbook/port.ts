import type { CellScalar, IntakeFor, RawTable } from "../model/rawTable";
import type { SheetModel } from "../model/sheetModel";
import type { TableName } from "../schema/tableSpecs";

/**
 * What Costcard needs of a workbook, whatever holds it: Excel through Office.js, an .xlsx file
 * through ExcelJS, or memory. The reports and the task pane talk only to this.
 */

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
  /** Rows taken as they are read (a host that streams the file may use it): the CLI's review of a million lines. */
  readonly intakeFor?: IntakeFor;
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
  /**
   * Writes a generated sheet, replacing only the sheet Costcard made for the same kind and period.
   * A price review it replaces first gives up the decisions typed into it, appended to
   * PriceDecisions; one whose decisions cannot be read (restructured beyond recognition) is not
   * replaced: the call rejects with the reason and changes nothing.
   */
  writeGeneratedSheet(model: SheetModel): Promise<WrittenSheet>;
  /**
   * Appends the decisions typed into the period's price review sheet since Costcard wrote it to
   * PriceDecisions (DecidedBy as typed, or "typed in the sheet"; DecidedAt `now`), and records them
   * on the sheet as written, so they are taken once. Resolves to the number of rows appended (0
   * without such a sheet); rejects with the reason, changing nothing, when they cannot be read.
   * Run before the tables are read for a review, so the review shows them.
   */
  harvestDecisions(period: string, now: Date): Promise<number>;
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
  /**
   * Makes the workbook name its add-in ("Set up workbook"), where the host can: Excel loads Costcard
   * with this workbook from now on, and opens the task pane with it when `openTaskPane` (the user's
   * choice). The xlsx adapter writes the same reference at `init` and `setup` instead.
   */
  keepAddinWithWorkbook?(options: { readonly openTaskPane: boolean }): Promise<AddinStartup>;
}

/** What the host agreed to: each false where its Office lacks the API or refused. */
export interface AddinStartup {
  readonly loadsWithWorkbook: boolean;
  readonly opensTaskPane: boolean;
}
