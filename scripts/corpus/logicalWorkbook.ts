import { isoFromSerial, serialFromYmd } from "../../src/core/excelDate";
import { SAMPLE_ROWS } from "../../src/sample/sampleWorkbook";
import { TABLE_NAMES, TABLE_SPECS, type TableName } from "../../src/schema/tableSpecs";
import type { CellScalar } from "../../src/model/rawTable";

/**
 * The one logical workbook every producer of the corpus writes (docs/xlsx-reader.md, "The corpus"):
 * every Costcard table of the sample brand, 150 more 2026-Q3 shipment lines, and bad rows (text
 * where a number belongs, a missing date, an unknown supplier, Excel errors, a date before 2000),
 * each cell typed as a producer types it. Dates (whole days) are dates, so each writer converts
 * them its own way; date-times are written as serial numbers under a date-time format, because
 * writers round a date-time's serial differently in its last bit.
 */

export type LogicalCell =
  | { readonly text: string }
  | { readonly number: number }
  /** A whole day, ISO `2026-07-01`. */
  | { readonly date: string }
  /** A date-time's serial (1900 system), shown with a date-time format. */
  | { readonly dateTime: number }
  | { readonly boolean: boolean }
  | { readonly error: string }
  | null;

export interface LogicalTable {
  readonly name: TableName;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly LogicalCell[])[];
}

function logicalCell(table: TableName, column: number, value: CellScalar): LogicalCell {
  if (value === null || value === "") return null;
  const kind = TABLE_SPECS[table][column]?.kind;
  if (typeof value === "number" && kind === "date") return { date: isoFromSerial(value) };
  if (typeof value === "number" && kind === "datetime") return { dateTime: value };
  if (typeof value === "number") return { number: value };
  if (typeof value === "boolean") return { boolean: value };
  return { text: value };
}

/** The index of a column in a table's spec order (the order of SAMPLE_ROWS). */
const columnOf = (table: TableName, name: string): number => TABLE_SPECS[table].findIndex((column) => column.name === name);

/** Shipments of 2026-Q3 spread over the sample's suppliers and SKUs, by column name: some early, some late, some open. */
function moreShipments(): Record<string, CellScalar>[] {
  const quotes = SAMPLE_ROWS.Quotes;
  const start = serialFromYmd(2026, 7, 1);
  return Array.from({ length: 150 }, (_, index) => {
    const quote = quotes[(index * 7) % quotes.length] ?? [];
    const promised = start + ((index * 13) % 90);
    const open = index % 9 === 0;
    return {
      Supplier: quote[columnOf("Quotes", "Supplier")] ?? null,
      PO: `PO-C${String(index + 1).padStart(3, "0")}`,
      SKU: quote[columnOf("Quotes", "SKU")] ?? null,
      Quantity: 100 * ((index % 20) + 1),
      PromisedDate: promised,
      DeliveredDate: open ? null : promised + ((index * 7) % 11) - 4,
    };
  });
}

const text = (value: string): LogicalCell => ({ text: value });
const date = (iso: string): LogicalCell => ({ date: iso });

/** Rows a review must leave out and list, by Shipments column. */
const BAD_SHIPMENTS: readonly Readonly<Record<string, LogicalCell>>[] = [
  { Supplier: text("Saigon Stitch Co."), PO: text("PO-BAD-1"), SKU: text("TEE-001"), Quantity: text("ten"), PromisedDate: date("2026-07-10") },
  { Supplier: text("Saigon Stitch Co."), PO: text("PO-BAD-2"), SKU: text("TEE-001"), Quantity: { number: 100 } },
  { Supplier: text("Nobody Ltd"), PO: text("PO-BAD-3"), SKU: text("TEE-001"), Quantity: { number: 100 }, PromisedDate: date("2026-07-10"), DeliveredDate: date("2026-07-11") },
  { Supplier: { error: "#N/A" }, PO: text("PO-BAD-4"), SKU: text("TEE-001"), Quantity: { number: 100 }, PromisedDate: date("2026-07-10") },
  { Supplier: text("Hanoi Garment JSC"), PO: text("PO-BAD-5"), SKU: text("POLO-220"), Quantity: { error: "#DIV/0!" }, PromisedDate: date("2026-07-10") },
  { Supplier: text("Hanoi Garment JSC"), PO: text("PO-BAD-6"), SKU: text("POLO-220"), Quantity: { number: 50 }, PromisedDate: date("2026-07-10"), DeliveredDate: date("1999-12-31") },
];

export function logicalWorkbook(): LogicalTable[] {
  return TABLE_NAMES.filter((table) => SAMPLE_ROWS[table] !== undefined).map((table) => {
    const headers = TABLE_SPECS[table].map((column) => column.name);
    const more = table === "Shipments" ? moreShipments().map((row) => headers.map((header) => row[header] ?? null)) : [];
    const rows = [...(SAMPLE_ROWS[table] ?? []), ...more].map((row) => headers.map((_, column) => logicalCell(table, column, row[column] ?? null)));
    const bad = table === "Shipments" ? BAD_SHIPMENTS.map((row) => headers.map((header) => row[header] ?? null)) : [];
    return { name: table, headers, rows: [...rows, ...bad] };
  });
}
