import { fail, ok, type Result } from "./result";
import { checkNumber, checkNumbers } from "./argumentChecks";

/**
 * PRICEBREAK: the unit price of the largest tier quantity not above `quantity`; tiers may come in
 * any order. A quantity below every tier has no price ("na", since the factory quoted none for
 * it: Excel shows #N/A with the message); two prices for one tier quantity are ambiguous ("value").
 *
 * @example priceBreak(750, [100, 500, 1000], [4.2, 3.9, 3.6]) // 3.9
 */
export function priceBreak(quantity: number, tierQuantities: readonly number[], tierPrices: readonly number[]): Result<number> {
  if (tierQuantities.length !== tierPrices.length) {
    return fail("value", `tier_quantities and tier_prices must be the same size (got ${tierQuantities.length} and ${tierPrices.length})`);
  }
  if (tierQuantities.length === 0) return fail("value", "tier_quantities is empty: give at least one tier");
  const invalid =
    checkNumber("quantity", quantity, "atLeastZero") ??
    checkNumbers("tier_quantities", tierQuantities, "atLeastZero") ??
    checkNumbers("tier_prices", tierPrices, "atLeastZero");
  if (invalid !== null) return invalid;
  let best = -1;
  for (let i = 0; i < tierQuantities.length; i++) {
    const tier = tierQuantities[i]!;
    if (tierQuantities.indexOf(tier) !== i) return fail("value", `tier_quantities lists ${tier} more than once`);
    if (tier <= quantity && (best < 0 || tier > tierQuantities[best]!)) best = i;
  }
  if (best < 0) return fail("na", `quantity ${quantity} is below the smallest tier (${Math.min(...tierQuantities)}): no price is quoted for it`);
  return ok(tierPrices[best]!);
}
