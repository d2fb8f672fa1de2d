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
  return ok(Math.min(1, Math.max(0, (value - floor) / (target - floor))) * 100);
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
  let weightSum = 0;
  let weighted = 0;
  for (const { weight, points } of items) {
    if (points === null || !Number.isFinite(points) || !(weight > 0) || !Number.isFinite(weight)) continue;
    weightSum += weight;
    weighted += weight * points;
  }
  return weightSum === 0 ? null : weighted / weightSum;
}

export type Grade = "A" | "B" | "C" | "D";

export interface GradeCutoffs {
  readonly A: number;
  readonly B: number;
  readonly C: number;
}

export const DEFAULT_GRADE_CUTOFFS: GradeCutoffs = { A: 85, B: 70, C: 55 };

/** A at or above the A cut-off, then B, then C, D below. */
export function grade(score: number, cutoffs: GradeCutoffs = DEFAULT_GRADE_CUTOFFS): Grade {
  if (score >= cutoffs.A) return "A";
  if (score >= cutoffs.B) return "B";
  if (score >= cutoffs.C) return "C";
  return "D";
}
