import { isoFromSerial } from "../core/excelDate";
import type { QuoteRecord } from "../schema/tables";
import type { ProblemJson } from "../model/problem";
import { setsPrice } from "../core/priceDecision";
import type { QuotedPair, ReviewLookups } from "./lookups";

/**
 * How each (SKU, Supplier)'s price moved between two dates: the quote in effect at each (smallest
 * tier), and the change in the new quote's currency. Both the price review and the scorecard's
 * priceChange KPI read these, so the two sheets always agree.
 */

export interface PriceMove {
  readonly sku: string;
  readonly supplier: string;
  /** The date of the new price (the period's as-of date) and of the old one (the previous period's). */
  readonly at: number;
  readonly before: number;
  readonly newQuote: QuoteRecord;
  /** The quote in effect at the earlier date; null when there was none. */
  readonly oldQuote: QuoteRecord | null;
  /** The old unit price in the new quote's currency (restated at the old QuoteDate's FX rates when the currency changed); null when unknown. */
  readonly oldPrice: number | null;
  readonly change: number | null;
  readonly changePct: number | null;
}

/**
 * Every (SKU, Supplier) with a price in effect at `at`, compared with the one in effect at
 * `before`, the end of `beforePeriod`: that period's agreed price counts as in effect then, though
 * it takes effect later (PRODUCT.md: a quarter is measured from what was agreed for it). Problems
 * (a currency change without FX rates) go to `problems` when given.
 */
export function priceMoves(lookups: ReviewLookups, at: number, before: number, beforePeriod: string, problems: ProblemJson[] | null): PriceMove[] {
  const moves: PriceMove[] = [];
  for (const { sku, supplier, quotes } of lookups.pairs) {
    const newQuote = quotes.at(at);
    if (newQuote === undefined) continue;
    const oldQuote = agreedForPeriod(lookups, quotes, before, beforePeriod, sku, supplier) ?? quotes.at(before) ?? null;
    const oldPrice = oldQuote === null ? null : restatedPrice(lookups, oldQuote, lookups.currencyOf(oldQuote), lookups.currencyOf(newQuote), problems);
    const change = oldPrice === null ? null : newQuote.unitPrice - oldPrice;
    const changePct = change === null || oldPrice === null || oldPrice === 0 ? null : change / oldPrice;
    moves.push({ sku, supplier, at, before, newQuote, oldQuote, oldPrice, change, changePct });
  }
  return moves;
}

/** The agreed price of the period's decision when it takes effect after `end`; before that date it is already the price in effect, or a later quote has replaced it. */
function agreedForPeriod(lookups: ReviewLookups, quotes: QuotedPair["quotes"], end: number, period: string, sku: string, supplier: string): QuoteRecord | undefined {
  const decision = lookups.decisionFor(period, sku, supplier);
  if (decision === undefined || !setsPrice(decision) || decision.effectiveFrom <= end) return undefined;
  return quotes.agreed(decision);
}

function restatedPrice(lookups: ReviewLookups, oldQuote: QuoteRecord, from: string, to: string, problems: ProblemJson[] | null): number | null {
  if (from === to) return oldQuote.unitPrice;
  const fromRate = lookups.fxRate(from, oldQuote.quoteDate);
  const toRate = lookups.fxRate(to, oldQuote.quoteDate);
  if (fromRate !== undefined && toRate !== undefined) return (oldQuote.unitPrice * fromRate) / toRate;
  problems?.push({
    table: "Quotes",
    row: oldQuote.row,
    column: "Currency",
    message: `The quote for ${oldQuote.sku} moved from ${from} to ${to} and FxRates has no rate for both on ${isoFromSerial(oldQuote.quoteDate)}: the old price cannot be compared`,
  });
  return null;
}
