/**
 * Whether a quote's cost breakdown explains its unit price (PRODUCT.md, "Price review": Check
 * breakdown). Components within half a percent of the unit price sum to it: the factory's sheet
 * rounds each part. The price review flags a quote whose parts miss; the quote form warns before
 * such a quote is added.
 */
export const BREAKDOWN_TOLERANCE = 0.005;

/**
 * A figure at its limit is not above it, though binary arithmetic may put it a hair over: 10.00 to
 * 10.30 is a change of 0.030000000000000072, which must not read as above a 3% threshold.
 */
const BINARY_NOISE = 1e-9;
export const above = (value: number, limit: number): boolean => value - limit > BINARY_NOISE * Math.max(1, Math.abs(limit));

/** The sum of the given components when it misses the unit price by more than the tolerance; null when none is given or they sum to it. */
export function breakdownMiss(unitPrice: number, components: readonly (number | null | undefined)[]): number | null {
  const given = components.filter((value): value is number => typeof value === "number");
  if (given.length === 0) return null;
  const sum = given.reduce((total, value) => total + value, 0);
  return above(Math.abs(sum - unitPrice), BREAKDOWN_TOLERANCE * unitPrice) ? sum : null;
}
