import { normalizeHeader, TABLE_SPECS } from "../schema/tableSpecs";
import type { CellScalar } from "../model/rawTable";

/**
 * How `writeSettings` changes the Settings table, worked out once for every adapter: which existing
 * rows get a new Value and which keys are new rows.
 */

export interface SettingsColumns {
  readonly key: number;
  readonly value: number;
}

/** Where the Key and Value columns are among the table's own headers (any order, PRODUCT.md matching). */
export function settingsColumns(headers: readonly string[]): SettingsColumns | undefined {
  const [keySpec, valueSpec] = TABLE_SPECS.Settings;
  const normalized = headers.map(normalizeHeader);
  const key = normalized.indexOf(normalizeHeader(keySpec.name));
  const value = normalized.indexOf(normalizeHeader(valueSpec.name));
  return key < 0 || value < 0 ? undefined : { key, value };
}

export interface SettingsUpdate {
  /** Body rows (0-based) whose Value changes; every row holding the key, so no stale duplicate survives. */
  readonly changes: readonly { readonly rowIndex: number; readonly value: string | number }[];
  /** Keys the table does not hold yet, in the order given, as [Key, Value] rows in spec column order. */
  readonly additions: readonly (readonly [string, string | number])[];
}

/** Keys match case-insensitively and ignoring surrounding spaces, as the Settings parser reads them. */
export function planSettingsUpdate(keys: readonly CellScalar[], values: Readonly<Record<string, string | number>>): SettingsUpdate {
  const rowsByKey = new Map<string, number[]>();
  keys.forEach((key, rowIndex) => {
    if (typeof key !== "string") return;
    const normalized = key.trim().toLowerCase();
    rowsByKey.set(normalized, [...(rowsByKey.get(normalized) ?? []), rowIndex]);
  });
  const changes: { rowIndex: number; value: string | number }[] = [];
  const additions: [string, string | number][] = [];
  for (const [key, value] of Object.entries(values)) {
    const rows = rowsByKey.get(key.trim().toLowerCase());
    if (rows === undefined) additions.push([key, value]);
    else for (const rowIndex of rows) changes.push({ rowIndex, value });
  }
  return { changes, additions };
}
