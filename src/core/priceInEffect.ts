/**
 * What was in effect at a date (PRODUCT.md, "Periods"): the price of a (SKU, Supplier) from its
 * quote rows, and an FX rate or index value from its series. Where two rows tie on date (and tier),
 * the later row wins: a correction is typed below the row it corrects.
 *
 * The one-off functions scan once; the timelines sort once and binary-search, for reports that
 * ask the same question for many dates. `priceTimeline` adds the agreed prices of PriceDecisions
 * as price events of their own.
 */
export interface QuoteTier {
  readonly quoteDate: number;
  /** The price-break tier: the quote holds from this order quantity up. */
  readonly quantity: number;
}

export interface DatedValue {
  readonly date: number;
  readonly value: number;
}

const hasOrderQuantity = (orderQuantity: number | null | undefined): orderQuantity is number =>
  typeof orderQuantity === "number" && Number.isFinite(orderQuantity);

/**
 * Among the rows of one QuoteDate: the smallest tier, or with an order quantity the largest tier
 * not above it; an order below every tier gets the smallest tier, the nearest price the factory
 * quoted (PRICEBREAK, which has no such fallback, is #N/A there).
 */
function pickTier<T extends QuoteTier>(rows: readonly T[], orderQuantity: number | null | undefined): T | undefined {
  const byOrder = hasOrderQuantity(orderQuantity);
  let smallest: T | undefined;
  let fitting: T | undefined;
  for (const row of rows) {
    if (smallest === undefined || row.quantity <= smallest.quantity) smallest = row;
    if (byOrder && row.quantity <= orderQuantity && (fitting === undefined || row.quantity >= fitting.quantity)) fitting = row;
  }
  return fitting ?? smallest;
}

/** Index of the last sorted date on or before `date`, or -1. */
function lastAtOrBefore(sortedDates: readonly number[], date: number): number {
  let low = 0;
  let high = sortedDates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sortedDates[mid]! <= date) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Row indices in date order; rows of one date keep their table order, rows without a date are left out. */
function indicesByDate(count: number, dateOf: (i: number) => number): number[] {
  const indices: number[] = [];
  for (let i = 0; i < count; i++) if (Number.isFinite(dateOf(i))) indices.push(i);
  return indices.sort((a, b) => dateOf(a) - dateOf(b) || a - b);
}

/**
 * The quote row in effect at `date`: of the rows with QuoteDate on or before it, those of the
 * latest QuoteDate, and of these the tier `pickTier` chooses. Undefined when nothing was quoted yet.
 */
export function priceInEffect<T extends QuoteTier>(quotes: readonly T[], date: number, orderQuantity?: number | null): T | undefined {
  let latest = Number.NEGATIVE_INFINITY;
  for (const quote of quotes) if (quote.quoteDate <= date && quote.quoteDate > latest) latest = quote.quoteDate;
  return pickTier(
    quotes.filter((quote) => quote.quoteDate === latest),
    orderQuantity,
  );
}

export interface QuoteTimeline<T extends QuoteTier> {
  /** Same answer as `priceInEffect(quotes, date, orderQuantity)`. */
  at(date: number, orderQuantity?: number | null): T | undefined;
}

/** Quote rows grouped by QuoteDate, in date order (rows of one date in table order). */
function groupsByDate<T extends QuoteTier>(quotes: readonly T[]): { dates: number[]; groups: T[][] } {
  const dates: number[] = [];
  const groups: T[][] = [];
  for (const i of indicesByDate(quotes.length, (k) => quotes[k]!.quoteDate)) {
    const quote = quotes[i]!;
    if (dates[dates.length - 1] === quote.quoteDate) groups[groups.length - 1]!.push(quote);
    else {
      dates.push(quote.quoteDate);
      groups.push([quote]);
    }
  }
  return { dates, groups };
}

/** The quotes of one (SKU, Supplier), sorted once for many `priceInEffect` questions. */
export function quoteTimeline<T extends QuoteTier>(quotes: readonly T[]): QuoteTimeline<T> {
  const { dates, groups } = groupsByDate(quotes);
  return {
    at(date, orderQuantity) {
      const index = lastAtOrBefore(dates, date);
      return index < 0 ? undefined : pickTier(groups[index]!, orderQuantity);
    },
  };
}

/** A quote row with the figures an agreed price scales: its UnitPrice and its cost components. */
export interface PricedTier extends QuoteTier {
  readonly unitPrice: number;
  readonly components: Readonly<Record<string, number | null>>;
}

/** An agreed price (PRODUCT.md, "Periods"): the smallest tier's price, in the quote's currency, from a date on. */
export interface AgreedPrice {
  readonly effectiveFrom: number;
  readonly agreedPrice: number;
}

/** A quote row as in effect: the quote itself, or the quote rescaled by the agreement named in `agreement`. */
export type InEffect<T, A> = T & { readonly agreement?: A };

/**
 * The tiers of the quote in effect at an agreement's EffectiveFrom, rescaled to it: the smallest
 * tier takes AgreedPrice, every other tier's UnitPrice and every tier's components are multiplied by
 * AgreedPrice / the smallest tier's UnitPrice; everything else (Tooling, MOQ, LeadTimeDays) stays.
 * Undefined when that price is not above 0, which nothing can be scaled from.
 */
export function agreedTiers<T extends PricedTier, A extends AgreedPrice>(tiers: readonly T[], agreement: A): InEffect<T, A>[] | undefined {
  const smallest = pickTier(tiers, null);
  if (smallest === undefined || !(smallest.unitPrice > 0)) return undefined;
  const factor = agreement.agreedPrice / smallest.unitPrice;
  return tiers.map((tier) => {
    const components: Record<string, number | null> = {};
    for (const [name, value] of Object.entries(tier.components)) components[name] = value === null ? null : value * factor;
    return { ...tier, unitPrice: tier === smallest ? agreement.agreedPrice : tier.unitPrice * factor, components, agreement };
  });
}

export interface PriceTimeline<T extends PricedTier, A extends AgreedPrice> {
  /** The quote row in effect at `date`, counting agreements: the latest price event on or before it, then the tier. */
  at(date: number, orderQuantity?: number | null): InEffect<T, A> | undefined;
  /** The smallest tier of `agreement`'s price, whatever its date; undefined for an agreement that set no price. */
  agreed(agreement: A): InEffect<T, A> | undefined;
  /** The agreements that set no price: no quote in effect at their EffectiveFrom, or one priced at 0. */
  readonly unpriced: readonly A[];
}

/**
 * The quotes and agreed prices of one (SKU, Supplier) as one sorted line of price events: each
 * QuoteDate's rows, and each agreement's rescaled tiers on its EffectiveFrom. On one date an
 * agreement comes after the quotes, so it wins over them; a later quote wins over it.
 */
export function priceTimeline<T extends PricedTier, A extends AgreedPrice>(quotes: readonly T[], agreements: readonly A[]): PriceTimeline<T, A> {
  const quoted = groupsByDate(quotes);
  const events: { date: number; agreement: boolean; tiers: InEffect<T, A>[] }[] = quoted.dates.map((date, index) => ({ date, agreement: false, tiers: quoted.groups[index]! }));
  const byAgreement = new Map<A, InEffect<T, A>[]>();
  const unpriced: A[] = [];
  for (const agreement of agreements) {
    const index = lastAtOrBefore(quoted.dates, agreement.effectiveFrom);
    const tiers = index < 0 ? undefined : agreedTiers(quoted.groups[index]!, agreement);
    if (tiers === undefined) {
      unpriced.push(agreement);
      continue;
    }
    byAgreement.set(agreement, tiers);
    events.push({ date: agreement.effectiveFrom, agreement: true, tiers });
  }
  // Stable: agreements of one date keep their given order, the later one winning.
  if (byAgreement.size > 0) events.sort((a, b) => a.date - b.date || Number(a.agreement) - Number(b.agreement));
  const dates = events.map((event) => event.date);
  return {
    at(date, orderQuantity) {
      const index = lastAtOrBefore(dates, date);
      return index < 0 ? undefined : pickTier(events[index]!.tiers, orderQuantity);
    },
    agreed(agreement) {
      const tiers = byAgreement.get(agreement);
      return tiers === undefined ? undefined : pickTier(tiers, null);
    },
    unpriced,
  };
}

/** The value of the latest row on or before `date` (an FX rate, an index value); undefined if none. */
export function valueAt(series: readonly DatedValue[], date: number): number | undefined {
  let found: DatedValue | undefined;
  for (const point of series) if (point.date <= date && (found === undefined || point.date >= found.date)) found = point;
  return found?.value;
}

export interface ValueTimeline {
  /** Same answer as `valueAt(series, date)`. */
  at(date: number): number | undefined;
}

/** A series sorted once for many `valueAt` questions. */
export function valueTimeline(series: readonly DatedValue[]): ValueTimeline {
  const dates: number[] = [];
  const values: number[] = [];
  for (const i of indicesByDate(series.length, (k) => series[k]!.date)) {
    const point = series[i]!;
    if (dates[dates.length - 1] === point.date) values[values.length - 1] = point.value;
    else {
      dates.push(point.date);
      values.push(point.value);
    }
  }
  return {
    at(date) {
      const index = lastAtOrBefore(dates, date);
      return index < 0 ? undefined : values[index];
    },
  };
}
