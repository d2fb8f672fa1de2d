/**
 * Rounding to a number of decimals, half away from zero, in one place. The scaled amount is read
 * through 15 significant digits first, so an amount typed as 1.005 rounds to 1.01 although its
 * binary value is 1.00499999….
 */
export function toMinorUnits(amount: number, decimals: number): number {
  const units = Math.round(Number((Math.abs(amount) * 10 ** decimals).toPrecision(15)));
  return amount < 0 ? -units || 0 : units;
}

export function roundTo(amount: number, decimals: number): number {
  const units = toMinorUnits(amount, decimals);
  // Beyond 2^53 minor units a double holds no fraction of a minor unit: there is nothing to round,
  // and scaling up would overflow near 1.8e308.
  return Number.isSafeInteger(units) ? units / 10 ** decimals : amount;
}

/**
 * A computed number as a message shows it: 15 significant digits, the precision a typed number
 * survives binary arithmetic with, so 0.7 + 0.4 + 0.1 reads 1.2, not 1.2000000000000002.
 */
export function shownNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}
