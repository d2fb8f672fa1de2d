import { OtdTally, otdRate as otdRateOf } from "../core/otd";
import { type Result } from "../core/result";
import { ColumnBuffer, dateColumn, numberColumn, optionalDate, optionalNumber, sameShapeAs, walkDatedLines } from "./coerce";
import { readArguments } from "./readArguments";

/**
 * OTDRATE's two ways through Excel's ranges. A million-line range is a million small row arrays, and
 * walking them is most of the cost, so the usual case (rectangular ranges of the same shape holding
 * numbers and empty cells) is counted in one walk over the three ranges together. Anything else
 * (ISO text dates, numeric text, a bad or negative cell, ranges of different shapes, sums beyond
 * 1.8e308) goes the general way, which reads each range into a column and names the argument at
 * fault; the one walk only ever answers where the general way would answer the same.
 */

const otdColumns = { promised: new ColumnBuffer(), delivered: new ColumnBuffer(), quantities: new ColumnBuffer() };

/** The one walk; null where it cannot answer for certain, and the general way must. */
export function otdRateInOneWalk(promised_dates: unknown, delivered_dates: unknown, tolerance_days: unknown, quantities: unknown, as_of: unknown): Result<number> | null {
  const scalars = readArguments((take) => ({ tolerance: take(optionalNumber(tolerance_days, "tolerance_days")), asOf: take(optionalDate(as_of, "as_of")) }));
  if (!scalars.ok) return null;
  const tally = OtdTally.start(scalars.value.tolerance ?? 0, scalars.value.asOf);
  if (!tally.ok || !walkDatedLines(promised_dates, delivered_dates, quantities, tally.value)) return null;
  return tally.value.rate(quantities !== null && quantities !== undefined);
}

/** The general way: each range read into a column, each argument checked and named. */
export function otdRateByColumns(promised_dates: unknown, delivered_dates: unknown, tolerance_days: unknown, quantities: unknown, as_of: unknown): Result<number> {
  const args = readArguments((take) => ({
    promised: take(dateColumn(promised_dates, "promised_dates", otdColumns.promised)),
    delivered: take(dateColumn(delivered_dates, "delivered_dates", otdColumns.delivered)),
    toleranceDays: take(optionalNumber(tolerance_days, "tolerance_days")),
    quantities: quantities === null || quantities === undefined ? null : take(numberColumn(quantities, "quantities", otdColumns.quantities)),
    asOf: take(optionalDate(as_of, "as_of")),
  }));
  if (!args.ok) return args;
  const { promised, delivered, toleranceDays, quantities: weights, asOf } = args.value;
  const lined = readArguments((take) => [
    take(sameShapeAs(delivered, "delivered_dates", promised, "promised_dates")),
    weights === null ? null : take(sameShapeAs(weights, "quantities", promised, "promised_dates")),
  ]);
  if (!lined.ok) return lined;
  return otdRateOf(promised.values, delivered.values, toleranceDays ?? 0, weights?.values ?? null, asOf);
}
