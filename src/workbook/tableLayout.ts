import { normalizeHeader, TABLE_NAMES, TABLE_SPECS, type TableName } from "../schema/tableSpecs";
import type { CellScalar } from "../model/rawTable";

/**
 * What every adapter does alike with names and columns: match the workbook's table names to
 * PRODUCT.md's, place a row given in spec column order under the table's own headers, and pick the
 * name of a generated sheet that does not collide with a user's sheet.
 */

/** PRODUCT.md's name for a workbook table name, if it is one of Costcard's tables. */
export function specTableName(workbookName: string): TableName | undefined {
  const wanted = normalizeHeader(workbookName);
  return TABLE_NAMES.find((name) => normalizeHeader(name) === wanted);
}

/**
 * Lays out a row given in the spec's column order (TABLE_SPECS[table]) under the table's actual
 * headers: columns in any order, extra columns left blank, missing spec columns dropped.
 */
export function alignRowToHeaders(table: TableName, specRow: readonly CellScalar[], headers: readonly string[]): CellScalar[] {
  const specIndex = new Map<string, number>(TABLE_SPECS[table].map((column, index) => [normalizeHeader(column.name), index]));
  return headers.map((header) => {
    const index = specIndex.get(normalizeHeader(header));
    return index === undefined ? null : (specRow[index] ?? null);
  });
}

const MAX_SHEET_NAME = 31;

/**
 * The name for a new generated sheet: the wanted name, or when a sheet of the user's already has it
 * (compared case-insensitively, as Excel does), the first free "wanted (2)", "wanted (3)", ...
 * shortened to Excel's 31 characters.
 */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
