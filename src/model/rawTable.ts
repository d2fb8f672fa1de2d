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

export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
