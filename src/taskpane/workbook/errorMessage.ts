/** What the pane shows of a failed workbook call: Office.js and the adapters reject with an Error, anything else is shown as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
