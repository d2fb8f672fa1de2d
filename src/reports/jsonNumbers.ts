import { roundTo } from "../core/rounding";
import { MONEY_KEYS } from "./reviewJson";

/**
 * The review's JSON as text, numbers without binary noise (147232.80000000002 is written 147232.8,
 * a change of 0.030000000000000072 is written 0.03). Money (`MONEY_KEYS`) keeps 6 decimals whatever
 * its size: two more than a unit price is typed with, so a price, a sum of prices or a difference of
 * two nearly equal prices (10.0668 − 10.0667) comes out as typed; counting significant digits
 * instead would keep the noise of the large amounts a small difference came from. Every other
 * number keeps 12 significant digits (a fraction stays a fraction: 0.857142857143), and so does any
 * number of a million or more, which keeps 6 decimals too, so no cent of a large spend is dropped.
 * Rounding happens here, at the edge, never in the numbers the reports compute with.
 */
const SIGNIFICANT_DIGITS = 12;
const LARGE_AMOUNT = 1e6;
const AMOUNT_DECIMALS = 6;

export function withoutBinaryNoise(value: number, money = false): number {
  if (!Number.isFinite(value)) return value;
  return money || Math.abs(value) >= LARGE_AMOUNT ? roundTo(value, AMOUNT_DECIMALS) : Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

export function jsonWithoutBinaryNoise(value: unknown): string {
  return JSON.stringify(value, (key, item: unknown) => (typeof item === "number" ? withoutBinaryNoise(item, MONEY_KEYS.has(key)) : item), 2);
}
