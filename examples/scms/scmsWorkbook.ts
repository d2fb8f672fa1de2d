import { parse } from "csv-parse/sync";
import { serialFromYmd } from "../../src/core/excelDate";
import type { TableName } from "../../src/schema/tableSpecs";
import type { CellScalar } from "../../src/model/rawTable";

/**
 * The USAID SCMS delivery history (../shared/data/SCMS_Delivery_History_Dataset.csv) as Costcard's
 * Suppliers and Shipments: Vendor → Supplier, PO / SO # → PO, Item Description → SKU, Line Item
 * Quantity → Quantity, Scheduled Delivery Date → PromisedDate, Delivered to Client Date →
 * DeliveredDate. A cell that does not read as a number or a date is passed on as its text, so
 * `costcard check` and the review list it instead of it being lost.
 */

export interface ScmsLine {
  readonly vendor: string;
  readonly po: string;
  readonly item: string;
  readonly quantity: number | string;
  readonly scheduled: number | string;
  readonly delivered: number | string | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The file's dates, "2-Jun-06": day, English month, two-digit year (the data spans 2006–2015). */
const SCMS_DATE = /^(\d{1,2})-([A-Za-z]{3})-(\d{2})$/;

export function scmsDate(text: string): number | null {
  const match = SCMS_DATE.exec(text.trim());
  if (match === null) return null;
  const month = MONTHS.indexOf((match[2] ?? "").toLowerCase()) + 1;
  if (month === 0) return null;
  return serialFromYmd(2000 + Number(match[3]), month, Number(match[1]));
}

const dateOrText = (text: string): number | string => scmsDate(text) ?? text;

function numberOrText(text: string): number | string {
  const value = Number(text.replace(/,/g, ""));
  return text.trim() !== "" && Number.isFinite(value) ? value : text;
}

/** Parses the CSV as published: UTF-8 with a byte order mark, CR line endings, quoted fields. */
export function parseScmsCsv(content: string | Buffer): ScmsLine[] {
  const records = parse(content, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((record) => {
    const delivered = (record["Delivered to Client Date"] ?? "").trim();
    return {
      vendor: (record["Vendor"] ?? "").trim(),
      po: (record["PO / SO #"] ?? "").trim(),
      item: (record["Item Description"] ?? "").trim(),
      quantity: numberOrText(record["Line Item Quantity"] ?? ""),
      scheduled: dateOrText(record["Scheduled Delivery Date"] ?? ""),
      delivered: delivered === "" ? null : dateOrText(delivered),
    };
  });
}

/** Rows for Suppliers (one per vendor, in order of first appearance) and Shipments, in TABLE_SPECS column order. */
export function scmsTableRows(lines: readonly ScmsLine[]): Partial<Record<TableName, CellScalar[][]>> {
  const vendors = [...new Set(lines.map((line) => line.vendor))];
  return {
    Suppliers: vendors.map((vendor) => [vendor, null, null, null, null, null]),
    Shipments: lines.map((line) => [line.vendor, line.po, line.item, line.quantity, null, line.scheduled, line.delivered, null]),
  };
}
