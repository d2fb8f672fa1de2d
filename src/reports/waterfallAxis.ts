import { roundTo } from "../core/rounding";

/**
 * Where the bridge's value axis starts (docs/price-review.md, "On the sheet"). A quarter's landed
 * cost of about 1.1 M moved by effects of 5–90 k draws, on an axis from zero, two tall grey ends and
 * steps a few pixels high: the buyer cannot see what moved it. So the axis starts at a round number
 * below the lowest level any bar reaches, leaving under that level half the steps' spread (at least
 * a twentieth of the level, so ends that did not move still stand as bars), and at zero when that
 * would come to zero or less.
 */

/** The candidates for the axis' unit, times a power of ten: the steps a chart's gridlines take. */
const ROUND_STEPS = [1, 2, 5] as const;
/** The axis from its minimum to the highest level spans about this many units. */
const UNITS_ON_AXIS = 5;
/** Room left under the lowest level: half the steps' spread, at least this fraction of the level. */
const LEAST_ROOM = 1 / 20;

/** The smallest 1, 2 or 5 × 10^k at or above `span` (> 0), with k. */
function roundUnit(span: number): { unit: number; exponent: number } {
  let exponent = Math.floor(Math.log10(span));
  for (;;) {
    for (const step of ROUND_STEPS) {
      const unit = roundTo(step * 10 ** exponent, Math.max(0, -exponent));
      if (unit >= span) return { unit, exponent };
    }
    exponent += 1;
  }
}

/**
 * The value axis' minimum for bars standing between `levels` (the running landed cost: then, after
 * each effect, now): a whole number of a round unit (1, 2 or 5 × 10^k, about a fifth of the axis
 * from it to the highest level), below the lowest level, never below zero.
 */
export function waterfallAxisMinimum(levels: readonly number[]): number {
  const lowest = Math.min(...levels);
  const highest = Math.max(...levels);
  if (!(lowest > 0) || !Number.isFinite(highest)) return 0;
  const room = Math.max((highest - lowest) / 2, lowest * LEAST_ROOM);
  const below = lowest - room;
  if (below <= 0) return 0;
  const span = (highest - below) / UNITS_ON_AXIS;
  // Levels too close to zero for a room that is not itself zero (subnormal numbers): from zero.
  if (!(span > 0 && Number.isFinite(span))) return 0;
  const { unit, exponent } = roundUnit(span);
  return roundTo(Math.floor(below / unit) * unit, Math.max(0, -exponent));
}
