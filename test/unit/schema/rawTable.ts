import type { TableName } from "../../../src/schema/tableSpecs";
import type { CellScalar, RawTable } from "../../../src/model/rawTable";

/** A table as an adapter hands it over: headers in row 1, body from row 2 unless said. */
export function rawTable(name: string, headers: readonly string[], rows: readonly (readonly CellScalar[])[], firstRowNumber = 2): RawTable {
  return { name, sheet: name, headers, rows, firstRowNumber };
}

export function workbook(tables: Partial<Record<TableName, RawTable>>): ReadonlyMap<TableName, RawTable> {
  return new Map(Object.entries(tables) as [TableName, RawTable][]);
}
