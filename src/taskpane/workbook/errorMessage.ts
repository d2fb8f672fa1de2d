/**
 * What Excel's refusals mean for the user, by Office.js error code: Excel's own text ("You cannot
 * perform the requested operation.", "The argument is invalid or missing…") does not say what to do.
 * Excel's text is kept after the advice, for whoever has to look further.
 */
const ADVICE_BY_CODE: Readonly<Record<string, string>> = {
  AccessDenied: "Excel refused the change: the sheet or the workbook is protected, or opened read-only. Unprotect it (Review › Unprotect Sheet) or open an editable copy, then try again.",
  InvalidOperationInCellEditMode: "A cell is being edited in Excel: press Enter or Esc there, then try again.",
  Conflict: "Someone else changed the same part of the workbook at the same moment: try again.",
  InsertDeleteConflict: "Someone else changed the same part of the workbook at the same moment: try again.",
  MergedRangeConflict: "Merged cells are in the way of the cells Costcard writes: unmerge them, then try again.",
  FilteredRangeConflict: "The table is filtered: clear its filter so the new rows can go in, then try again.",
  NonBlankCellOffSheet: "There is no room below the table: the sheet's last rows hold data.",
  ApiNotFound: "This version of Excel lacks a feature Costcard needs: update Excel, or use Excel on the web.",
};

/** What the pane shows of a failed workbook call: Office.js and the adapters reject with an Error, anything else is shown as text. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as Error & { code?: unknown }).code;
  const advice = typeof code === "string" ? ADVICE_BY_CODE[code] : undefined;
  return advice === undefined ? error.message : `${advice} (Excel: ${error.message})`;
}
