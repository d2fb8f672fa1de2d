/** A data problem as every surface lists it: table, row as Excel shows it, column, message (PRODUCT.md, "Bad rows never stop a report"). */
export interface ProblemJson {
  table: string;
  /** The row number as Excel shows it; 0 when the problem is the table's own (a missing column). */
  row: number;
  column: string;
  message: string;
}
