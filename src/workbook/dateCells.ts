import { serialFrom, serialIn, type DateSystem } from "../core/excelDate";
import type { CellScalar } from "../model/rawTable";
import type { SheetModel } from "../model/sheetModel";
import { normalizeHeader, TABLE_SPECS, type TableName } from "../schema/tableSpecs";

/**
 * Which cells hold dates, for the adapters that convert them between a workbook's date system and
 * Costcard's 1900 system (core/excelDate.ts, `DateSystem`). A cell holds a date when its column is a
 * date or date-time column by the spec (a 1904 serial there is a date even under a General format)
 * or when its number format shows a date; only numbers are converted, text is parsed later.
 */

/**
 * A format code shows a date or time when, outside quoted text, escaped characters and bracketed
 * parts (colours, conditions, locales; `[h]` elapsed hours count), it holds a date or time letter.
 */
export function isDateFormatCode(code: string): boolean {
  let inQuote = false;
  for (let at = 0; at < code.length; at++) {
    const character = code[at] ?? "";
    if (inQuote) {
      inQuote = character !== '"';
      continue;
    }
    if (character === '"') inQuote = true;
    else if (character === "\\" || character === "_" || character === "*") at += 1;
    else if (character === "[") {
      const close = code.indexOf("]", at);
      const inside = code.slice(at + 1, close < 0 ? code.length : close).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inside)) return true;
      at = close < 0 ? code.length : close;
    } else if ("yYmMdDhHsS".includes(character)) return true;
  }
  return false;
}

/** The indices, among a table's own headers, of its date and date-time columns by the spec. */
export function specDateColumns(spec: TableName, headers: readonly string[]): Set<number> {
  const dateNames = new Set(TABLE_SPECS[spec].filter((column) => column.kind === "date" || column.kind === "datetime").map((column) => normalizeHeader(column.name)));
  const indices = new Set<number>();
  headers.forEach((header, index) => {
    if (dateNames.has(normalizeHeader(header))) indices.add(index);
  });
  return indices;
}

/** A table's rows as read from a workbook in `system`, their date cells as 1900-system serials. */
export function rowsFromDateSystem(
  system: DateSystem,
  rows: readonly (readonly CellScalar[])[],
  dateColumns: ReadonlySet<number>,
  numberFormats?: readonly (readonly string[])[],
): CellScalar[][] {
  if (system === "1900") return rows as CellScalar[][];
  return rows.map((row, rowIndex) =>
    row.map((value, column) => (typeof value === "number" && (dateColumns.has(column) || isDateFormatCode(numberFormats?.[rowIndex]?.[column] ?? "")) ? serialFrom(system, value) : value)),
  );
}

/** Rows in a table's spec column order, their date columns' serials as a workbook in `system` holds them. */
export function specRowsInDateSystem(system: DateSystem, spec: TableName, rows: readonly (readonly CellScalar[])[]): CellScalar[][] {
  if (system === "1900") return rows.map((row) => [...row]);
  const dateColumns = specDateColumns(
    spec,
    TABLE_SPECS[spec].map((column) => column.name),
  );
  return rows.map((row) => row.map((value, column) => (typeof value === "number" && dateColumns.has(column) ? serialIn(system, value) : value)));
}

/** A generated sheet as a workbook in `system` holds it: the numbers under a date format shifted. */
export function sheetModelInDateSystem(system: DateSystem, model: SheetModel): SheetModel {
  if (system === "1900") return model;
  const cells = model.cells.map((row, rowIndex) => row.map((value, column) => (typeof value === "number" && isDateFormatCode(model.numberFormats[rowIndex]?.[column] ?? "") ? serialIn(system, value) : value)));
  return { ...model, cells };
}
