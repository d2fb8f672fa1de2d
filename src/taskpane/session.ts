import type { WorkbookPort } from "../workbook/port";

/**
 * Where the task pane runs: inside Excel (the Office.js port, whose "Go to" selects the cell) or in a
 * plain browser (the in-memory sample workbook; "Go to" shows the row on the page instead).
 */
export type TaskpaneSession =
  | { readonly host: "excel"; readonly port: WorkbookPort }
  | { readonly host: "preview"; readonly port: WorkbookPort; readonly reason: "noOffice" | "otherHost" };
