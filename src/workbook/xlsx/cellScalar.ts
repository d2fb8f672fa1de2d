import type { CellValue } from "exceljs";
import type { CellScalar } from "../port";

/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** What a cell shows for a formula whose cached result is an error: ExcelJS keeps only NaN. */
const FORMULA_ERROR_TEXT = "#ERROR";

/**
 * A cell as the streaming reader hands it over, as the value Costcard reads: dates as 1900-system
 * serials (ExcelJS has already applied the workbook's 1904 flag when it made the Date), rich text
 * and hyperlinks as their plain text, formulas as their cached result, errors as their text.
 */
export function cellScalar(value: CellValue | undefined): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : FORMULA_ERROR_TEXT;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? FORMULA_ERROR_TEXT : time / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return cellScalar(value.result as CellValue | undefined);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellScalar(value.text as CellValue);
  return null;
}
