import { unitAmountDecimals } from "../core/currencyPrecision";

/**
 * Numbers as the pane shows them: always en-US, as the form reads them back, so "1,000 units" and
 * "10.00 USD" agree on a German or French machine.
 */

/** An amount in its currency: the currency's decimals (0 for JPY, KRW, VND...), up to four when a unit cost carries them, unless `decimals` (a set's shared precision) says otherwise. */
export function formatMoney(value: number, currency: string, decimals = unitAmountDecimals([value], currency)): string {
  return `${value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${currency}`.trim();
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** A rate as a percentage to a hundredth of a point: 0.365 is "36.5%", 0.0125 is "1.25%". */
export function formatRate(value: number): string {
  return `${(value * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;
}

const signedPercent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** A change as a signed percentage to a tenth of a point, as the price review shows Change %: 0.046 is "+4.6%". */
export function formatPercentChange(value: number): string {
  return signedPercent.format(value);
}
