import { buildReview } from "../../reports/buildReview";
import type { DepositRecords } from "../../reports/reviewHighlights";
import { parsePeriod } from "../../core/period";
import type { CustomerScoreJson, PriceBridgeJson, PriceReviewRowJson, SupplierScoreJson } from "../../reports/reviewJson";
import { TABLE_NAMES } from "../../schema/tableSpecs";
import type { WorkbookPort, WrittenSheet } from "../../workbook/port";
import { formatCount } from "../displayNumbers";

export interface ReviewProgress {
  readonly step: number;
  readonly steps: number;
  readonly label: string;
}

/** A price review row with the currency its prices are in, so an agreed price is typed and shown in it. */
export type ReviewedPrice = PriceReviewRowJson & { readonly currency: string };

export interface GeneratedReview {
  readonly period: string;
  readonly asOf: string;
  /** What the figures cannot say (a period not started by the as-of date), shown first among the highlights. */
  readonly warnings: readonly string[];
  readonly suppliers: readonly SupplierScoreJson[];
  readonly sheets: readonly WrittenSheet[];
  readonly problemCount: number;
  /** Decisions typed into the earlier price review sheet, appended to PriceDecisions before the review was read. */
  readonly recordedDecisions: number;
  /** The price review's rows, with their decisions: the rows that need one are offered for recording. */
  readonly priceReview: readonly ReviewedPrice[];
  /** The review's bridge in money (home currency), for the highlights' line by cause. */
  readonly priceBridge: PriceBridgeJson;
  /** The Settings' home currency: deposits and spend are in it. */
  readonly homeCurrency: string;
  /** Whether the workbook records DepositPct and OrderDate: without them the deposits line says so rather than "none". */
  readonly depositRecords: DepositRecords;
  /** How we scored as each supplier's customer (our scorecard). */
  readonly customer: readonly CustomerScoreJson[];
}

/** Reading and scoring come before one step per sheet written (a scorecard, a price review and, with Payments or Forecasts, our scorecard). */
const STEPS_BEFORE_WRITING = 2;
const SHEETS_EXPECTED = 3;

/**
 * Reads the tables, builds the scorecard, the price review and our scorecard in the core, and writes the sheets,
 * reporting each step. A failure (a bad period) comes back as a message; the workbook is untouched.
 */
export async function generateReview(
  port: WorkbookPort,
  period: string,
  asOf: number,
  onProgress: (progress: ReviewProgress) => void,
): Promise<{ ok: true; review: GeneratedReview } | { ok: false; message: string }> {
  const planned = STEPS_BEFORE_WRITING + SHEETS_EXPECTED;
  const parsedPeriod = parsePeriod(period);
  if (!parsedPeriod.ok) return { ok: false, message: parsedPeriod.message };
  onProgress({ step: 0, steps: planned, label: "Reading the tables…" });
  const recordedDecisions = await port.harvestDecisions(parsedPeriod.value.label, new Date());
  // Excel reads a large table in row blocks, one round trip each: the bar moves through the first step with them.
  const tables = await port.readTables(TABLE_NAMES, {
    onProgress: ({ rowsRead, rowCount }) =>
      onProgress({ step: rowCount === 0 ? 0 : rowsRead / rowCount, steps: planned, label: `Reading the tables: ${formatCount(rowsRead)} of ${formatCount(rowCount)} rows…` }),
  });
  onProgress({ step: 1, steps: planned, label: "Scoring suppliers and reviewing prices…" });
  const built = buildReview(tables, { period, asOf });
  if (!built.ok) return { ok: false, message: built.message };
  const { json, sheets, homeCurrency, priceReviewCurrencies, depositRecords } = built.value;
  const steps = STEPS_BEFORE_WRITING + sheets.length;
  const written: WrittenSheet[] = [];
  for (const [index, sheet] of sheets.entries()) {
    onProgress({ step: STEPS_BEFORE_WRITING + index, steps, label: `Writing ${sheet.name}…` });
    written.push(await port.writeGeneratedSheet(sheet));
  }
  onProgress({ step: steps, steps, label: "Done." });
  return {
    ok: true,
    review: {
      period: json.period,
      asOf: json.asOf,
      warnings: json.warnings,
      suppliers: json.suppliers,
      sheets: written,
      problemCount: json.problems.length,
      recordedDecisions,
      priceReview: json.priceReview.map((row, index) => ({ ...row, currency: priceReviewCurrencies[index] ?? "" })),
      priceBridge: json.priceBridge,
      homeCurrency,
      depositRecords,
      customer: json.customer,
    },
  };
}
