/**
 * Numbers as the pane shows them: always en-US, as the form reads them back, so "1,000 units" and
 * "10.00 USD" agree on a German or French machine.
 */

const MIN_MONEY_DECIMALS = 2;
const MAX_MONEY_DECIMALS = 4;

/**
 * The decimals that show every amount of a set to a hundredth of a cent: two at least, four when
 * a unit cost needs them. One set, one precision, so a column of landed costs lines up.
 */
export function moneyDecimals(values: readonly number[]): number {
  return values.reduce((most, value) => {
    const fraction = value.toFixed(MAX_MONEY_DECIMALS).split(".")[1] ?? "";
    return Math.max(most, fraction.replace(/0+$/, "").length);
  }, MIN_MONEY_DECIMALS);
}

export function formatMoney(value: number, currency: string, decimals = moneyDecimals([value])): string {
  return `${value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${currency}`;
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** A rate as a percentage to a hundredth of a point: 0.365 is "36.5%", 0.0125 is "1.25%". */
export function formatRate(value: number): string {
  return `${(value * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;
}
