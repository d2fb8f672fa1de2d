import type { BridgeColumns } from "../../src/reports/reviewBridge";
import type { PriceBridgeJson } from "../../src/reports/reviewJson";

/**
 * Bench only (bench/webpack.withoutBridge.config.js): src/reports/reviewBridge.ts swapped out, so a
 * CLI bundle reviews without the price bridge. No row gets a bridge (the columns a row without an old
 * price gets) and the totals are zero: no FX, duty or landed-cost work per row, no problems listed.
 */

const NO_BRIDGE: BridgeColumns = { landedThen: null, landedNow: null, indices: null, beyondIndices: null, fx: null, freightAndTerms: null, tariff: null };

export function rowBridge(): BridgeColumns {
  return NO_BRIDGE;
}

export function bridgeTotals(): PriceBridgeJson {
  return { landedThen: 0, indices: 0, beyondIndices: 0, fx: 0, freightAndTerms: 0, tariff: 0, landedNow: 0 };
}
