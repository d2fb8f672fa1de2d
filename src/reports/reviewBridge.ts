import { isoFromSerial } from "../core/excelDate";
import { BRIDGE_EFFECTS, priceBridge, type BridgeEnd, type PriceBridge } from "../core/priceBridge";
import { quoteDutyMeasures } from "../core/quoteLandedCost";
import type { Result } from "../core/result";
import type { Settings } from "../schema/settings";
import type { QuoteRecord } from "../schema/tables";
import type { ProblemJson } from "../model/problem";
import type { ReviewLookups } from "./lookups";
import type { PriceMove } from "./priceMoves";
import type { PriceBridgeJson, PriceReviewRowJson } from "./reviewJson";

/**
 * The price review's bridge (PRODUCT.md, Price review, "Why the landed cost moved"): per row, the
 * quote in effect at each end with the FX rate and duty at that end's as-of date, handed to the
 * core's priceBridge; and the review's totals in money, each effect × the row's delivered units.
 */

export type BridgeColumns = Pick<PriceReviewRowJson, "landedThen" | "landedNow" | "indices" | "beyondIndices" | "fx" | "freightAndTerms" | "tariff">;

const NO_BRIDGE: BridgeColumns = { landedThen: null, landedNow: null, indices: null, beyondIndices: null, fx: null, freightAndTerms: null, tariff: null };

function bridgeEnd(lookups: ReviewLookups, quote: QuoteRecord, date: number, problems: ProblemJson[]): BridgeEnd | null {
  const currency = lookups.currencyOf(quote);
  const fxRate = lookups.fxRate(currency, date);
  if (fxRate === undefined) {
    problems.push({ table: "Quotes", row: quote.row, column: "Currency", message: `FxRates has no ${currency} rate on or before ${isoFromSerial(date)}: no price bridge for ${quote.sku}` });
    return null;
  }
  const duty = quoteDutyMeasures(quote, { rows: lookups.duties, date });
  if (!duty.ok) {
    problems.push({ table: "Quotes", row: quote.row, column: "HtsCode", message: `No price bridge for ${quote.sku}: ${duty.message}` });
    return null;
  }
  return { terms: quote, currency, fxRate, duty: duty.value };
}

/**
 * The row's bridge from the price in effect at the previous period's end (`move.before`) to the one
 * at this period's (`move.at`); none for a row without an old price. A bridge that cannot be drawn is
 * listed, unless the row's landed cost could not be drawn either (`landedKnown` false): its reason is
 * listed already, and the bridge's would repeat it. Such a row still gets its bridge when the bridge's
 * own inputs are there (an FX rate dated after the QuoteDate but by the as-of date).
 */
export function rowBridge(lookups: ReviewLookups, move: PriceMove, expectedPrice: number | null, landedKnown: boolean, settings: Settings, problems: ProblemJson[]): BridgeColumns {
  if (move.oldQuote === null || move.oldPrice === null) return NO_BRIDGE;
  const listed = landedKnown ? problems : [];
  const then = bridgeEnd(lookups, move.oldQuote, move.before, listed);
  const now = bridgeEnd(lookups, move.newQuote, move.at, listed);
  if (then === null || now === null) return NO_BRIDGE;
  const bridge: Result<PriceBridge> = priceBridge({ then, now, valuation: settings.valuation, expectedPrice });
  if (bridge.ok) return bridge.value;
  listed.push({ table: "Quotes", row: move.newQuote.row, column: "UnitPrice", message: `No price bridge for ${move.sku} from ${move.supplier}: ${bridge.message}` });
  return NO_BRIDGE;
}

/**
 * The review's bridge in money: Σ effect × units over the rows with a bridge (a null effect adds 0),
 * landedThen and landedNow as Σ landed × units. A row without a bridge adds nothing to any of the
 * seven, so the effects still add up to landedNow − landedThen.
 */
export function bridgeTotals(rows: readonly (BridgeColumns & { readonly units: number })[]): PriceBridgeJson {
  const totals: PriceBridgeJson = { landedThen: 0, indices: 0, beyondIndices: 0, fx: 0, freightAndTerms: 0, tariff: 0, landedNow: 0 };
  for (const row of rows) {
    if (row.landedThen === null || row.landedNow === null) continue;
    totals.landedThen += row.landedThen * row.units;
    for (const effect of BRIDGE_EFFECTS) totals[effect] += (row[effect] ?? 0) * row.units;
    totals.landedNow += row.landedNow * row.units;
  }
  return totals;
}
