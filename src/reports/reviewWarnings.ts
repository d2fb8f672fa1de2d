import { isoFromSerial } from "../core/excelDate";
import type { Period } from "../core/period";

/**
 * What a review says before its figures when they cannot mean what they seem (docs/cli.md). A period
 * that starts after the run's as-of date is reviewed as of that date (PRODUCT.md, "Periods"), so
 * nothing in it is known yet: its lines are not due, its inspections not made, and its prices are
 * those in effect today. The review still runs (the open deposits and the prices in effect are
 * true), and says so rather than showing empty figures in silence.
 */
export function reviewWarnings(period: Period, runAsOf: number): string[] {
  if (Math.floor(runAsOf) >= period.first) return [];
  return [`${period.label} starts after the as-of date ${isoFromSerial(Math.floor(runAsOf))}: nothing in it is known yet`];
}
