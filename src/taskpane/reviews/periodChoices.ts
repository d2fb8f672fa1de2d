import { periodContaining, previousPeriod, type Period } from "../../core/period";

const QUARTERS_OFFERED = 6;

/**
 * The periods the Reviews page offers: the last complete quarter first (the one a supplier call is
 * about), the current quarter and earlier ones, then this month, last month and this year. Any other
 * period can be typed.
 */
export function periodChoices(today: number): readonly string[] {
  const current = periodContaining("quarter", today);
  const quarters: Period[] = [current];
  while (quarters.length < QUARTERS_OFFERED) quarters.push(previousPeriod(quarters[quarters.length - 1]!));
  const [, lastComplete, ...earlier] = quarters;
  const month = periodContaining("month", today);
  return [lastComplete!, current, ...earlier, month, previousPeriod(month), periodContaining("year", today)].map((period) => period.label);
}
