import { reviewLookups } from "../../reports/lookups";
import type { WorkbookData } from "../../schema/tables";

export interface UnconvertibleQuote {
  readonly supplier: string;
  readonly sku: string;
  readonly currency: string;
}

/**
 * The quotes in effect on `date` whose landed cost cannot be worked out in `homeCurrency`: FxRates
 * has no rate for their currency on or before their quote date. Shown before a new home currency is
 * saved, so the buyer knows which landed costs will read "no FX rate" and stay out of the ranking.
 */
export function unconvertibleQuotes(data: WorkbookData, homeCurrency: string, date: number): UnconvertibleQuote[] {
  const lookups = reviewLookups(data, homeCurrency);
  return lookups.pairs.flatMap((pair) => {
    const quote = pair.quotes.at(date);
    if (!quote) return [];
    const currency = lookups.currencyOf(quote);
    return lookups.fxRate(currency, quote.quoteDate) === undefined ? [{ supplier: quote.supplier, sku: quote.sku, currency }] : [];
  });
}
