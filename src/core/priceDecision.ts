/**
 * Which row of PriceDecisions is the decision of a (Period, SKU, Supplier) (PRODUCT.md, "Periods"):
 * the latest by DecidedAt, a blank DecidedAt counting as the oldest, and on a tie the lower row
 * (typed later). The other rows are its history: a Reject recorded after a Counter voids the
 * Counter's price.
 */
export interface DecisionRow {
  /** Excel date-time serial; null when blank. */
  readonly decidedAt: number | null;
  /** The row number Excel shows. */
  readonly row: number;
}

function later(a: DecisionRow, b: DecisionRow): boolean {
  const at = a.decidedAt ?? Number.NEGATIVE_INFINITY;
  const bt = b.decidedAt ?? Number.NEGATIVE_INFINITY;
  return at > bt || (at === bt && a.row > b.row);
}

/** The decision among the rows of one (Period, SKU, Supplier); undefined for none. */
export function latestDecision<T extends DecisionRow>(rows: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const row of rows) if (latest === undefined || later(row, latest)) latest = row;
  return latest;
}

/** Only Accept and Counter set a price, and only with an AgreedPrice; Reject, Re-source and Hold change none. */
export function setsPrice<T extends { readonly decision: string; readonly agreedPrice: number | null }>(decision: T): decision is T & { readonly agreedPrice: number } {
  return (decision.decision === "Accept" || decision.decision === "Counter") && decision.agreedPrice !== null;
}
