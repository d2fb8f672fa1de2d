import { fail, ok, type Result } from "./result";
import { finiteResult } from "./finiteResult";
import { shownNumber } from "./rounding";
import { checkNumber, checkNumbers } from "./argumentChecks";

// Shares are typed as fractions like 0.35, whose binary sum can land a hair above 1.
const SHARE_SUM_SLACK = 1e-9;

/**
 * INDEXPRICE: an index-linked price, base price × (fixed share + Σ shareᵢ × newᵢ / baseᵢ), with
 * the fixed share = 1 − Σ shares (the part of the price no index moves).
 *
 * @example indexPrice(10, [0.5, 0.1], [100, 100], [110, 90]) // 10 × (0.4 + 0.55 + 0.09) = 10.4
 */
export function indexPrice(basePrice: number, shares: readonly number[], baseIndices: readonly number[], newIndices: readonly number[]): Result<number> {
  if (shares.length !== baseIndices.length || shares.length !== newIndices.length) {
    return fail("value", `shares, base_indices and new_indices must be the same size (got ${shares.length}, ${baseIndices.length} and ${newIndices.length})`);
  }
  const invalid =
    checkNumber("base_price", basePrice, "atLeastZero") ??
    checkNumbers("shares", shares, "atLeastZero") ??
    checkNumbers("base_indices", baseIndices, "atLeastZero") ??
    checkNumbers("new_indices", newIndices, "atLeastZero");
  if (invalid !== null) return invalid;
  let shareSum = 0;
  let movement = 0;
  for (let i = 0; i < shares.length; i++) {
    const base = baseIndices[i]!;
    if (base === 0) return fail("div0", `base_indices item ${i + 1} is 0: an index cannot move from 0`);
    shareSum += shares[i]!;
    // A share of 0 moves nothing, even where its index's ratio overflows (0 × Infinity would be NaN).
    if (shares[i]! > 0) movement += shares[i]! * (newIndices[i]! / base - 1);
  }
  if (shareSum > 1 + SHARE_SUM_SLACK) return fail("num", `shares add up to ${shownNumber(shareSum)}, more than 1 (the whole price)`);
  // 1 + Σ shareᵢ × (newᵢ / baseᵢ − 1) is the same sum, and gives back the base price exactly when no index moved.
  if (basePrice === 0) return ok(0);
  return finiteResult(basePrice * (1 + movement), "base_price and the indices");
}
