/**
 * Excel's error values, as Office.js's `range.values` gives them: text. Typed or computed, a cell
 * holding one is an error, unless the cell is formatted as Text (`@`), where what was typed stays text.
 * (The 2019+ errors #SPILL!, #CALC! and the data-type ones included.)
 */
const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

const TEXT_FORMAT = "@";

/**
 * Whether a value read through `range.values` is an Excel error: its text is one of Excel's error
 * values and its cell is not Text-formatted. Told from the values and number formats the adapter
 * reads anyway, so it costs no payload (loading `valueTypes` too made a million-line read 45% larger).
 * Text typed with a leading apostrophe as `'#N/A` into a General cell reads as the error too: such a
 * cell holds no value Costcard could use either way.
 */
export function isExcelErrorValue(value: unknown, numberFormat: string | undefined): boolean {
  return typeof value === "string" && numberFormat !== TEXT_FORMAT && EXCEL_ERROR_VALUES.has(value);
}

/** How a body cell holding an Excel error (`#N/A`, `#DIV/0!`) is listed, whichever host read it. */
export function errorValueMessage(value: unknown): string {
  return `${String(value)} is an Excel error value (a formula that failed), not a value`;
}
