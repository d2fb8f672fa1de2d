import { fail, ok, type Result } from "./result";
import { checkNumber, checkNumbers } from "./argumentChecks";
import { toMinorUnits } from "./rounding";

const MAX_DECIMALS = 6;

/**
 * ALLOCATE: splits an amount (a shipment's freight, duty or fees) over lines in proportion to
 * weights, rounded to `decimals`, by largest remainder as ERP landed-cost modules and dinero.js do:
 * each part gets the floor of its exact share in minor units (cents for 2 decimals), then the
 * units left over go one each to the largest remainders (the earlier line first on a tie). The
 * parts always sum exactly to the amount rounded to `decimals`; a negative amount splits as the
 * mirror image of the positive one.
 *
 * @example allocate(100, [1, 1, 1], 2) // [33.34, 33.33, 33.33]
 */
export function allocate(amount: number, weights: readonly number[], decimals = 2): Result<number[]> {
  const invalid = checkNumber("amount", amount, "finite") ?? checkNumbers("weights", weights, "atLeastZero") ?? checkNumber("decimals", decimals, "finite");
  if (invalid !== null) return invalid;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    return fail("num", `decimals must be a whole number from 0 to ${MAX_DECIMALS} (got ${decimals})`);
  }
  if (weights.length === 0) return fail("value", "weights is empty: give one weight per line");
  // Only proportions matter: relative to the largest weight, the weights sum to at most their count,
  // so weights near 1.8e308 cannot overflow the sum (nor can amount × weight, which is never formed).
  const largest = weights.reduce((max, w) => Math.max(max, w), 0);
  if (largest === 0) return fail("div0", "weights are all 0: nothing to allocate in proportion to");
  const relative = weights.map((w) => w / largest);
  const relativeSum = relative.reduce((sum, r) => sum + r, 0);
  const total = toMinorUnits(amount, decimals);
  if (!Number.isSafeInteger(total)) return fail("num", `amount ${amount} is too large to split exactly to ${decimals} decimals`);

  const units = Math.abs(total);
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    // A share is at most 1, so each exact part is at most `units`, a safe integer.
    const exact = units * (relative[i]! / relativeSum);
    parts[i] = Math.floor(exact);
    remainders[i] = exact - parts[i]!;
    assigned += parts[i]!;
  }
  const order = weights
    .map((_, i) => i)
    .filter((i) => weights[i]! > 0)
    .sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  // The floors' sum is a few units off either way (each floor drops under one unit; rounding the
  // shares moves the sum by about lines × 2^-53 × units, under one unit per line), so the loops that
  // settle it run O(lines) times: leftover units go to the largest remainders, excess ones come back
  // from the smallest.
  for (let k = 0; assigned < units; k++, assigned++) parts[order[k % order.length]!]! += 1;
  for (let k = order.length - 1; assigned > units; k = (k + order.length - 1) % order.length) {
    const i = order[k]!;
    if (parts[i]! > 0) {
      parts[i]! -= 1;
      assigned -= 1;
    }
  }
  const scale = 10 ** decimals;
  const sign = total < 0 ? -1 : 1;
  return ok(parts.map((part) => (sign * part) / scale || 0));
}
