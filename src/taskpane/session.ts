import type { WorkbookPort } from "../workbook/port";

/** A cell of a workbook table, as a data problem names it. */
export interface TableCellTarget {
  readonly table: string;
  /** The row number Excel shows; 0 for the table's header row (a problem with a missing column). */
  readonly row: number;
  readonly column: string;
}

/** Moving the user's view in Excel: what the port (data only) leaves out. */
export interface ExcelNavigation {
  selectTableCell(target: TableCellTarget): Promise<void>;
  activateSheet(sheetName: string): Promise<void>;
}

/**
 * Where the task pane runs: inside Excel (the Office.js port and Excel navigation) or in a plain
 * browser (the in-memory sample workbook; "go to" highlights rows on the page instead).
 */
export type TaskpaneSession =
  | { readonly host: "excel"; readonly port: WorkbookPort; readonly navigation: ExcelNavigation }
  | { readonly host: "preview"; readonly port: WorkbookPort; readonly reason: "noOffice" | "otherHost" };
