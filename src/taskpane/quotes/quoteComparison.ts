import { isoFromSerial } from "../../core/excelDate";
import { quoteLandedCost } from "../../core/quoteLandedCost";
import type { ReviewLookups } from "../../reports/lookups";
import type { Settings } from "../../schema/settings";

export interface ComparedQuote {
  readonly supplier: string;
  readonly quoteDate: string;
  readonly unitPrice: number;
  readonly currency: string;
  readonly incoterm: string;
  readonly moq: number | null;
  /** Landed cost per unit in home currency; null with `note` saying why when it cannot be worked out. */
  readonly landedCost: number | null;
  readonly note: string | null;
}

/**
 * Every supplier's quote for one SKU side by side: the price in effect on `date` (PRODUCT.md,
 * "Periods") and its landed cost by the price review's rule (a blank DutyRate with an HtsCode takes
 * the Duties rate in force on `date`), cheapest landed first.
 */
export function compareQuotes(sku: string, lookups: ReviewLookups, settings: Settings, date: number): ComparedQuote[] {
  const wanted = sku.trim().toLowerCase();
  const compared = lookups.pairs.flatMap((pair) => {
    const quote = pair.sku.toLowerCase() === wanted ? pair.quotes.at(date) : undefined;
    if (!quote) return [];
    const currency = lookups.currencyOf(quote);
    const fxRate = lookups.fxRate(currency, quote.quoteDate);
    const cost = fxRate === undefined ? null : quoteLandedCost(quote, settings.valuation, fxRate, { rows: lookups.duties, date });
    const note = fxRate === undefined ? `no ${currency} rate in FxRates` : cost && !cost.ok ? cost.message : null;
    return [
      {
        supplier: quote.supplier,
        quoteDate: isoFromSerial(quote.quoteDate),
        unitPrice: quote.unitPrice,
        currency,
        incoterm: quote.incoterm,
        moq: quote.moq,
        landedCost: cost?.ok ? cost.value.total : null,
        note,
      },
    ];
  });
  return compared.sort((a, b) => (a.landedCost ?? Infinity) - (b.landedCost ?? Infinity) || a.supplier.localeCompare(b.supplier));
}
