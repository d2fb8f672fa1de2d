import type { TableName } from "../schema/tableSpecs";
import { specTableName } from "./tableLayout";

/**
 * The workbook's tables that answer a `readTables` request: for each requested PRODUCT.md table
 * present in the workbook, the name the workbook spells it with. The first of two tables that
 * normalise alike wins, as Excel lists them.
 */
export function selectTables(workbookNames: readonly string[], requested: readonly string[]): Map<TableName, string> {
  const wanted = new Set(requested.map(specTableName));
  const selected = new Map<TableName, string>();
  for (const name of workbookNames) {
    const spec = specTableName(name);
    if (spec !== undefined && wanted.has(spec) && !selected.has(spec)) selected.set(spec, name);
  }
  return selected;
}

/** The PRODUCT.md tables the workbook lacks, in PRODUCT.md order. */
export function missingTables(workbookNames: readonly string[], wanted: readonly TableName[]): TableName[] {
  const present = new Set(workbookNames.map(specTableName));
  return wanted.filter((table) => !present.has(table));
}
