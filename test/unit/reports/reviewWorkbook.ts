import type { TableName } from "../../../src/schema/tableSpecs";
import type { CellScalar, RawTable } from "../../../src/model/rawTable";
import { rawTable, workbook } from "../schema/rawTable";

/**
 * A workbook for review tests, table by table with only the columns a test needs: each table is
 * given as its header row followed by its body rows, as a sourcing manager would lay it out.
 */
export type TableRows = readonly (readonly CellScalar[])[];

export function reviewWorkbook(tables: Partial<Record<TableName, TableRows>>): ReadonlyMap<TableName, RawTable> {
  const withSuppliers: Partial<Record<TableName, TableRows>> = { Suppliers: [["Supplier"]], Shipments: [["Supplier", "PO", "Quantity", "PromisedDate"]], ...tables };
  return workbook(
    Object.fromEntries(Object.entries(withSuppliers).map(([name, [headers = [], ...rows]]) => [name, rawTable(name, headers.map(String), rows)])) as Partial<Record<TableName, RawTable>>,
  );
}
