import { roundTo } from "../core/rounding";

/**
 * The review's JSON as text, numbers without binary noise (147232.80000000002 is written 147232.8,
 * a change of 0.030000000000000072 is written 0.03). Each number keeps 12 significant digits, and an
 * amount of a million or more keeps 6 decimals, so no cent of a large spend is dropped: more than any
 * sourcing figure holds, fewer than the 15-17 where arithmetic leaves its noise. Fractions stay
 * fractions. Rounding happens here, at the edge, never in the numbers the reports compute with.
 */
const SIGNIFICANT_DIGITS = 12;
const LARGE_AMOUNT = 1e6;
const LARGE_AMOUNT_DECIMALS = 6;

export function withoutBinaryNoise(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= LARGE_AMOUNT ? roundTo(value, LARGE_AMOUNT_DECIMALS) : Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

export function jsonWithoutBinaryNoise(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) => (typeof item === "number" ? withoutBinaryNoise(item) : item), 2);
}
