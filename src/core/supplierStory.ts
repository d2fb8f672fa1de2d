/**
 * The rules of a supplier's story across periods (PRODUCT.md, Scorecard: missedKpis, redFlags,
 * latePenalties): plain functions of numbers, so each can be checked on its own.
 */

/**
 * Whether a KPI's value is worse than its target: below it when a higher value is better (target
 * above floor), above it when a lower one is (target below floor). Meeting the target exactly is
 * not a miss.
 */
export function missesTarget(value: number, target: number, floor: number): boolean {
  return target > floor ? value < target : value > target;
}

/**
 * Whether a KPI was missed in each of the last `periods` periods: `missed` holds each period's
 * verdict oldest first, this period last, and null where the period had no data for the KPI —
 * which breaks the run as a met target does.
 */
export function missedInARow(missed: readonly (boolean | null)[], periods: number): boolean {
  if (periods < 1 || missed.length < periods) return false;
  return missed.slice(missed.length - periods).every((verdict) => verdict === true);
}

/** A supplier's contract terms for late deliveries (Suppliers: LatePenaltyPerWeek, PenaltyGraceDays, PenaltyCap). */
export interface PenaltyTerms {
  /** Fraction of the line's value per started week late beyond the grace days. */
  readonly perWeek: number;
  readonly graceDays: number;
  /** The most a line's penalty can reach, as a fraction of its value. */
  readonly cap: number;
}

/**
 * The fraction of a late line's value the contract lets the buyer claim:
 * min(cap, perWeek × ⌈(days late − grace) / 7⌉), 0 within the grace days (a part week counts whole).
 *
 * @example 10 days late, 3 grace days, 2% a week, cap 10%: ⌈7 / 7⌉ = 1 week → 2%; 11 days late → 2 weeks → 4%
 */
export function latePenaltyFraction(daysLate: number, terms: PenaltyTerms): number {
  const beyondGrace = daysLate - terms.graceDays;
  if (!(beyondGrace > 0)) return 0;
  return Math.min(terms.cap, terms.perWeek * Math.ceil(beyondGrace / 7));
}
