import { valueAt } from "../../core/priceInEffect";
import type { FxRateRecord } from "../../schema/tables";

/** Home currency per one unit of `currency` at `date` (PRODUCT.md: the latest rate on or before it; home currency is 1). */
export function fxRateFor(currency: string | null, date: number, homeCurrency: string, fxRates: readonly FxRateRecord[]): number | undefined {
  if (currency === null || currency === homeCurrency) return 1;
  return valueAt(
    fxRates.filter((rate) => rate.currency === currency).map((rate) => ({ date: rate.date, value: rate.rate })),
    date,
  );
}
