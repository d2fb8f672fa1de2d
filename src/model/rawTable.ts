/**
 * A table as any host reads it (Excel, an .xlsx file, memory): header and body cells as plain
 * values, before the schemas parse them. Shared by the port, the schemas and the reports.
 */

/** A value as a cell holds it. Dates are Excel serial numbers (1900 date system). */
export type CellScalar = string | number | boolean | null;

export interface RawTable {
  /** The table's name as the workbook spells it (matched to PRODUCT.md case-insensitively). */
  readonly name: string;
  /** The worksheet the table is on. */
  readonly sheet: string;
  readonly headers: readonly string[];
  /**
   * Body rows, each as long as `headers`; null for a row `intake` took as it was read (the host
   * then kept nothing of it: the row holds a record of the intake's, so it is not blank).
   */
  readonly rows: readonly (readonly CellScalar[] | null)[];
  /** What took the rows that are null in `rows`, given by ReadTablesOptions.intakeFor. */
  readonly intake?: RowIntake;
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

/**
 * Takes a table's body rows as the host reads them, so that a table of a million rows is not held
 * as a million arrays of cells until it is parsed (docs/PERFORMANCE.md). A host that reads at once
 * may never call it; every row it does not take stays in `rows`.
 */
export interface RowIntake {
  /**
   * Offered a body row, in the order of rows, with no cell problem: true when the intake kept what
   * it needs of `cells`, which the host reuses for the next row.
   */
  take(cells: readonly CellScalar[], rowIndex: number): boolean;
  /** Forgets every row taken: the host reads the table again from its first row. */
  restart(): void;
}

/** The intake for a table (by PRODUCT.md's name, with its headers as the workbook spells them), if any. */
export type IntakeFor = (table: string, headers: readonly string[], firstRowNumber: number) => RowIntake | undefined;

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

export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
