import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview, type Review } from "../../../src/reports/buildReview";
import type { PriceReviewRowJson, ReviewJson, SupplierScoreJson } from "../../../src/reports/reviewJson";
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

/** The 2026-Q3 review of `tables` as of `asOf` (ISO), or a thrown error when the period or date is refused. */
export function quarterReview(tables: ReadonlyMap<TableName, RawTable>, asOf: string): Review {
  const result = buildReview(tables, { period: "2026-Q3", asOf: serialFromIso(asOf)! });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** The review's row for (SKU, Supplier); throws when there is none. */
export function reviewRow(review: Review, sku: string, supplier: string): PriceReviewRowJson {
  const found = review.json.priceReview.find((candidate) => candidate.sku === sku && candidate.supplier === supplier);
  if (found === undefined) throw new Error(`no row for ${sku} / ${supplier}`);
  return found;
}

/** The review's scorecard row for a supplier; throws when there is none. */
export function supplierRow(json: ReviewJson, name: string): SupplierScoreJson {
  const row = json.suppliers.find((candidate) => candidate.supplier === name);
  if (row === undefined) throw new Error(`no row for ${name}`);
  return row;
}
