import type { DutyRow } from "../core/duties";
import { latestDecision, setsPrice } from "../core/priceDecision";
import { priceTimeline, valueTimeline, type DatedValue, type PriceTimeline, type ValueTimeline } from "../core/priceInEffect";
import type { PriceDecisionRecord, QuoteRecord, WorkbookData } from "../schema/tables";
import { groupBy } from "./groupBy";

/**
 * The workbook's dated facts prepared once per review: each (SKU, Supplier)'s quotes and agreed
 * prices, each currency's FX rates, each index's values and the Duties rows, sorted so every "what
 * was in effect at this date" question is a binary search, whatever the number of shipment lines asking.
 */

/** A decision of PriceDecisions that sets a price (Accept or Counter with an AgreedPrice). */
export type Agreement = PriceDecisionRecord & { readonly agreedPrice: number };

export interface QuotedPair {
  readonly sku: string;
  readonly supplier: string;
  /** Its quotes and the agreed prices of its decisions, as price events. */
  readonly quotes: PriceTimeline<QuoteRecord, Agreement>;
}

export interface ReviewLookups {
  /** Every (SKU, Supplier) with quotes, sorted by SKU then supplier. */
  readonly pairs: readonly QuotedPair[];
  quotesFor(sku: string, supplier: string): PriceTimeline<QuoteRecord, Agreement> | undefined;
  /** The decision of a (Period, SKU, Supplier): the latest of its PriceDecisions rows (PRODUCT.md, "Periods"). */
  decisionFor(period: string, sku: string, supplier: string): PriceDecisionRecord | undefined;
  /** Agreements that set no price: no quote of theirs in effect at EffectiveFrom (listed as problems by the review). */
  readonly unpricedAgreements: readonly Agreement[];
  /** The quote's currency: its Currency cell, or the home currency when that is blank (PRODUCT.md). */
  currencyOf(quote: QuoteRecord): string;
  /** Home currency per unit of `currency` at `date`: 1 for the home currency, undefined when FxRates has no rate on or before it. */
  fxRate(currency: string, date: number): number | undefined;
  /** The index's value at `date` (index names match case-insensitively); undefined when none is known. */
  indexValue(index: string, date: number): number | undefined;
  /** The Duties table's rows in table order (the Duties rule breaks its last tie by the lower row). */
  readonly duties: readonly DutyRow[];
}

const pairKey = (sku: string, supplier: string): string => `${sku}\u0000${supplier}`;
const decisionKey = (period: string, sku: string, supplier: string): string => `${period}\u0000${pairKey(sku, supplier)}`;

function timelines<T>(groups: ReadonlyMap<string, readonly T[]>, pointOf: (row: T) => DatedValue): Map<string, ValueTimeline> {
  return new Map([...groups].map(([key, rows]) => [key, valueTimeline(rows.map(pointOf))]));
}

export function reviewLookups(data: WorkbookData, homeCurrency: string): ReviewLookups {
  const decisions = new Map<string, PriceDecisionRecord>();
  for (const [key, rows] of groupBy(data.priceDecisions, (row) => decisionKey(row.period, row.sku, row.supplier))) decisions.set(key, latestDecision(rows)!);
  const agreements = groupBy(
    // In decision order, so of two agreements effective on one date the one decided later wins.
    [...decisions.values()].filter((decision): decision is Agreement => setsPrice(decision)).sort((a, b) => (a.decidedAt ?? -Infinity) - (b.decidedAt ?? -Infinity) || a.row - b.row),
    (agreement) => pairKey(agreement.sku, agreement.supplier),
  );
  const quoteGroups = groupBy(data.quotes, (quote) => pairKey(quote.sku, quote.supplier));
  const byPair = new Map<string, QuotedPair>();
  const unpricedAgreements: Agreement[] = [];
  for (const [key, group] of quoteGroups) {
    const { sku, supplier } = group[0]!;
    const quotes = priceTimeline(group, agreements.get(key) ?? []);
    unpricedAgreements.push(...quotes.unpriced);
    byPair.set(key, { sku, supplier, quotes });
  }
  for (const [key, pairAgreements] of agreements) if (!byPair.has(key)) unpricedAgreements.push(...pairAgreements);
  const pairs = [...byPair.values()].sort((a, b) => compareText(a.sku, b.sku) || compareText(a.supplier, b.supplier));
  // By supplier, then SKU: a line's quotes found without making a key string, three times per line of a million (docs/PERFORMANCE.md).
  const bySupplier = new Map<string, Map<string, QuotedPair["quotes"]>>();
  for (const pair of pairs) {
    const ofSupplier = bySupplier.get(pair.supplier) ?? new Map<string, QuotedPair["quotes"]>();
    bySupplier.set(pair.supplier, ofSupplier.set(pair.sku, pair.quotes));
  }
  const fx = timelines(groupBy(data.fxRates, (row) => row.currency), (row) => ({ date: row.date, value: row.rate }));
  const indices = timelines(groupBy(data.indices, (row) => row.index.toLowerCase()), (row) => ({ date: row.date, value: row.value }));
  return {
    pairs,
    quotesFor: (sku, supplier) => bySupplier.get(supplier)?.get(sku),
    decisionFor: (period, sku, supplier) => decisions.get(decisionKey(period, sku, supplier)),
    unpricedAgreements: unpricedAgreements.sort((a, b) => a.row - b.row),
    currencyOf: (quote) => quote.currency ?? homeCurrency,
    fxRate: (currency, date) => (currency === homeCurrency ? 1 : homeRate(fx, homeCurrency, currency, date)),
    indexValue: (index, date) => indices.get(index.toLowerCase())?.at(date),
    duties: data.duties,
  };
}

/**
 * Home currency per unit of `currency`. FxRates holds home currency per unit (PRODUCT.md); a table
 * that also has rows for the home currency itself was kept in another currency (the home currency
 * was changed in Settings, say from USD to EUR, and the rates stayed in USD), so its rates are taken
 * across the home currency's rate at the same date: INR in EUR = (USD per INR) / (USD per EUR).
 * Read as they stand, they would relabel USD amounts as EUR. The table's own base currency has no
 * row, so a quote in it has no rate: it cannot be converted, and says so.
 */
function homeRate(fx: ReadonlyMap<string, ValueTimeline>, homeCurrency: string, currency: string, date: number): number | undefined {
  const rate = fx.get(currency)?.at(date);
  const home = fx.get(homeCurrency);
  if (rate === undefined || home === undefined) return rate;
  const homeValue = home.at(date);
  return homeValue === undefined ? undefined : rate / homeValue;
}

/** Plain code-point order: the same on every machine, unlike a locale's collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
