import { fail, ok, type Result } from "./result";
import { checkNumber } from "./argumentChecks";

/**
 * KPI points (PRODUCT.md, Scorecard): clamp((value − floor) / (target − floor), 0, 1) × 100. The
 * same formula serves lower-is-better KPIs, whose floor lies above their target.
 *
 * @example kpiPoints(0.9, 0.95, 0.8) // 66.67: two thirds of the way from floor to target
 */
export function kpiPoints(value: number, target: number, floor: number): Result<number> {
  const invalid = checkNumber("value", value, "finite") ?? checkNumber("target", target, "finite") ?? checkNumber("floor", floor, "finite");
  if (invalid !== null) return invalid;
  if (target === floor) return fail("div0", `target and floor are both ${target}: no range to score against`);
  // Near ±1.8e308 a difference overflows and Infinity / Infinity is NaN; halving all three first keeps
  // both differences finite. Halving only then, since it would round away a subnormal's last bit.
  const half = Number.isFinite(value - floor) && Number.isFinite(target - floor) ? 1 : 0.5;
  const share = (value * half - floor * half) / (target * half - floor * half);
  return ok(Math.min(1, Math.max(0, share)) * 100);
}

export interface WeightedPoints {
  readonly weight: number;
  /** null: the KPI has no data this period. */
  readonly points: number | null;
}

/**
 * Σ weight × points / Σ weight over the KPIs with data, so a missing KPI's weight is spread over
 * the others; a KPI with a weight of 0 (or less, or none) is shown but not scored. Null when no
 * scored KPI has data.
 */
export function weightedScore(items: readonly WeightedPoints[]): number | null {
  const score = weightedMean(items, 1);
  if (score === null || !Number.isNaN(score)) return score;
  // Weights near 1.8e308 overflow the sums and subnormal ones lose their digits; relative to the
  // largest weight they fit (the plain sums stay first, as they are exact for ordinary weights).
  const largest = items.reduce((max, item) => (isScored(item) ? Math.max(max, item.weight) : max), 0);
  return weightedMean(items, largest);
}

const isScored = (item: WeightedPoints): item is { weight: number; points: number } =>
  item.points !== null && Number.isFinite(item.points) && item.weight > 0 && Number.isFinite(item.weight);

const SMALLEST_NORMAL = 2 ** -1022;

/** Σ weight × points / Σ weight with every weight divided by `unit`; NaN when a sum leaves the normal range. */
function weightedMean(items: readonly WeightedPoints[], unit: number): number | null {
  let weightSum = 0;
  let weighted = 0;
  for (const item of items) {
    if (!isScored(item)) continue;
    const weight = item.weight / unit;
    weightSum += weight;
    weighted += weight * item.points;
  }
  if (weightSum === 0) return null;
  return weightSum >= SMALLEST_NORMAL && Number.isFinite(weightSum) && Number.isFinite(weighted) ? weighted / weightSum : Number.NaN;
}

export type Grade = "A" | "B" | "C" | "D";

export interface GradeCutoffs {
  readonly A: number;
  readonly B: number;
  readonly C: number;
}

export const DEFAULT_GRADE_CUTOFFS: GradeCutoffs = { A: 85, B: 70, C: 55 };

/**
 * Binary arithmetic lands a score meant to be a cut-off a hair below it: a lot acceptance of 97%
 * (target 100%, floor 80%) is 84.99999999999999 points, shown as 85.0, and must grade as 85 does.
 */
const GRADE_NOISE = 1e-9;

/** A at or above the A cut-off, then B, then C, D below. */
export function grade(score: number, cutoffs: GradeCutoffs = DEFAULT_GRADE_CUTOFFS): Grade {
  const reaches = (cutoff: number): boolean => score >= cutoff - GRADE_NOISE * Math.max(1, Math.abs(cutoff));
  if (reaches(cutoffs.A)) return "A";
  if (reaches(cutoffs.B)) return "B";
  if (reaches(cutoffs.C)) return "C";
  return "D";
}
