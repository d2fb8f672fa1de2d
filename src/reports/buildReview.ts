import { isoFromSerial } from "../core/excelDate";
import { parsePeriod, periodAsOf, periodsEndingWith, previousPeriod } from "../core/period";
import { fail, ok, type Result } from "../core/result";
import { parseWorkbook, sortProblems } from "../schema/tables";
import type { TableName } from "../schema/tableSpecs";
import type { RawTable } from "../model/rawTable";
import { customerScorecard, orderedQuantitiesFor } from "./customerScorecard";
import { reviewLookups } from "./lookups";
import { ourScorecardSheet } from "./ourScorecardSheet";
import { priceMoves } from "./priceMoves";
import { priceReview, type PriceReviewRow } from "./priceReview";
import { priceReviewSheet } from "./priceReviewSheet";
import { DeliveredUnits } from "./deliveredUnits";
import { bridgeTotals } from "./reviewBridge";
import { depositRecords, type DepositRecords } from "./reviewHighlights";
import type { PriceReviewRowJson, ReviewJson } from "./reviewJson";
import type { ProblemJson } from "../model/problem";
import { reviewWarnings } from "./reviewWarnings";
import { priceChangeBySupplier, scorecard, storyPeriods, supplierRows } from "./scorecard";
import { scorecardSheet } from "./scorecardSheet";
import { tableRowCounts, type TableRowCount } from "./tableRowCounts";
import type { SheetModel } from "../model/sheetModel";

/**
 * The review the CLI and the task pane generate: the workbook's tables in, the scorecard, the price
 * review and our scorecard out, as the CLI's JSON and as sheet models (our scorecard's only when the
 * workbook keeps Payments or Forecasts rows). Only a bad period or as-of date
 * fails; everything wrong in the data is a problem listed in both.
 */

export interface ReviewOptions {
  /** `2026-Q3`, `2026-07` or `2026`. */
  readonly period: string;
  /** The run's as-of date (Excel serial), e.g. today. */
  readonly asOf: number;
  /** How a missing table is created where the user is (default: the task pane's "Set up workbook"). */
  readonly setUpHint?: string;
}

export interface Review {
  readonly json: ReviewJson;
  readonly sheets: SheetModel[];
  /** Each table's rows and how many the review used (the CLI's summary says so). */
  readonly tableRows: TableRowCount[];
  /** The Settings' home currency, which the spend and deposit figures are in. */
  readonly homeCurrency: string;
  /** Each price review row's quote currency, in `json.priceReview`'s order (the JSON's shape has none). */
  readonly priceReviewCurrencies: string[];
  /** Whether the tables record DepositPct and OrderDate, so the highlights can tell "none held" from "not recorded". */
  readonly depositRecords: DepositRecords;
}

function reviewRowJson(row: PriceReviewRow): PriceReviewRowJson {
  return {
    sku: row.sku,
    supplier: row.supplier,
    oldPrice: row.oldPrice,
    newPrice: row.newPrice,
    change: row.change,
    changePct: row.changePct,
    expectedPrice: row.expectedPrice,
    excess: row.excess,
    landedCost: row.landedCost,
    bestLandedCost: row.bestLandedCost,
    bestSupplier: row.bestSupplier,
    singleSource: row.singleSource,
    flag: row.flag,
    oldDutyRate: row.oldDutyRate,
    newDutyRate: row.newDutyRate,
    tariffEffect: row.tariffEffect,
    decision: row.shownDecision.decision,
    agreedPrice: row.shownDecision.agreedPrice,
    effectiveFrom: row.shownDecision.effectiveFrom === null ? null : isoFromSerial(row.shownDecision.effectiveFrom),
    landedThen: row.landedThen,
    landedNow: row.landedNow,
    indices: row.indices,
    beyondIndices: row.beyondIndices,
    fx: row.fx,
    freightAndTerms: row.freightAndTerms,
    tariff: row.tariff,
    units: row.units,
  };
}

export function buildReview(tables: ReadonlyMap<TableName, RawTable>, options: ReviewOptions): Result<Review> {
  const parsedPeriod = parsePeriod(options.period);
  if (!parsedPeriod.ok) return parsedPeriod;
  if (!Number.isFinite(options.asOf)) return fail("value", `as-of date ${String(options.asOf)} is not a date`);
  const period = parsedPeriod.value;
  const previous = previousPeriod(period);
  const asOf = periodAsOf(period, options.asOf);
  const previousAsOf = periodAsOf(previous, options.asOf);

  const { data, settings, problems: tableProblems } = parseWorkbook(tables, options.setUpHint);
  const problems: ProblemJson[] = [...tableProblems];
  const lookups = reviewLookups(data, settings.homeCurrency);

  // The old price is the one in effect at the previous period's end, unless the run's as-of date comes
  // first (a period reviewed ahead of time): a quote not yet in effect is never the old price.
  const moves = priceMoves(lookups, asOf, previousAsOf, previous.label, problems);
  // The story's periods (history and red flags), each with its own price moves from the period before it.
  const scoredPeriods = { period, previous, runAsOf: options.asOf, history: periodsEndingWith(period, Math.max(2, settings.historyPeriods, settings.redFlagPeriods)) };
  const periods = storyPeriods(scoredPeriods);
  const periodMoves = periods.map((each, index) => {
    if (index === periods.length - 1) return moves;
    const before = previousPeriod(each);
    return priceMoves(lookups, periodAsOf(each, options.asOf), periodAsOf(before, options.asOf), before.label, null);
  });
  for (const agreement of lookups.unpricedAgreements) {
    problems.push({
      table: "PriceDecisions",
      row: agreement.row,
      column: "EffectiveFrom",
      message: `Quotes has no price for ${agreement.sku} from ${agreement.supplier} on or before ${isoFromSerial(agreement.effectiveFrom)} to scale the agreed price from: it sets no price`,
    });
  }
  const ordered = orderedQuantitiesFor(data.forecasts, period, options.asOf);
  const deliveredUnits = new DeliveredUnits();
  const suppliers = scorecard(
    {
      suppliers: supplierRows(data, scoredPeriods, problems, ordered),
      periods,
      priceChanges: periodMoves.map(priceChangeBySupplier),
      data,
    },
    { settings, lookups, runAsOf: options.asOf, deliveredUnits },
    problems,
  );
  // After the scorecard: spend's pass over the delivered lines tallies the units the bridge weighs.
  const reviewRows = priceReview(lookups, moves, settings, problems, period.label, deliveredUnits);

  const customer = customerScorecard({ payments: data.payments, forecasts: data.forecasts, period, runAsOf: options.asOf, settings, ordered });

  const priceBridge = bridgeTotals(reviewRows);
  const allProblems = sortProblems(problems);
  const warnings = reviewWarnings(period, options.asOf);
  return ok({
    json: { period: period.label, asOf: isoFromSerial(asOf), warnings, suppliers, priceReview: reviewRows.map(reviewRowJson), priceBridge, customer, problems: allProblems },
    tableRows: tableRowCounts(tables, tableProblems),
    homeCurrency: settings.homeCurrency,
    priceReviewCurrencies: reviewRows.map((row) => row.currency),
    depositRecords: depositRecords(data),
    sheets: [
      scorecardSheet({ period: period.label, asOf, warnings, settings, suppliers, problems: allProblems, historyPeriods: periods.slice(-settings.historyPeriods).map((each) => each.label) }),
      priceReviewSheet({ period: period.label, previousPeriod: previous.label, asOf, warnings, settings, rows: reviewRows, bridge: priceBridge, problems: allProblems }),
      ...(keepsCustomerRecords(tables) ? [ourScorecardSheet({ period: period.label, asOf, runAsOf: options.asOf, warnings, settings, customer, problems: allProblems })] : []),
    ],
  });
}

/**
 * Whether the workbook keeps Payments or Forecasts rows (good or bad): only then is "Our Scorecard"
 * written, so a workbook that records neither does not gain an empty sheet with every review.
 */
function keepsCustomerRecords(tables: ReadonlyMap<TableName, RawTable>): boolean {
  return (["Payments", "Forecasts"] as const).some((name) => (tables.get(name)?.rows.length ?? 0) > 0);
}

/** Every data problem of the workbook (`costcard check`, the task pane's Overview). */
export function checkWorkbook(tables: ReadonlyMap<TableName, RawTable>, setUpHint?: string): ProblemJson[] {
  return parseWorkbook(tables, setUpHint).problems;
}
