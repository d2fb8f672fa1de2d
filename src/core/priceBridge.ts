import { priceIncludes } from "./incoterms";
import type { Valuation } from "./landedCost";
import { quoteLandedCost, type QuoteCostTerms, type QuoteDuty } from "./quoteLandedCost";
import { ok, type Result } from "./result";

/**
 * Why a landed cost moved from one date to another (PRODUCT.md, Price review, "the price bridge"):
 * LANDEDCOST's inputs are changed from then to now one group at a time, in a fixed order, and each
 * effect is the landed cost after its change less the landed cost before it.
 */

/** One end of the bridge: the quote in effect, the FX rate of its currency and its duty, all at that end's date. */
export interface BridgeEnd {
  /** The quote's price and terms (UnitPrice, MOQ, Tooling, FreightPerUnit, InsurancePerUnit, Incoterm); its duty columns are read into `duty`. */
  readonly terms: QuoteCostTerms;
  readonly currency: string;
  /** Home currency per unit of `currency`. */
  readonly fxRate: number;
  /** The duty measure by measure (`quoteDutyMeasures`). */
  readonly duty: QuoteDuty;
}

export interface BridgeInput {
  readonly then: BridgeEnd;
  readonly now: BridgeEnd;
  readonly valuation: Valuation;
  /** The expected price from the indices, in the quotes' currency; null when there is none. */
  readonly expectedPrice: number | null;
}

/** The five effects in the order they are taken. */
export const BRIDGE_EFFECTS = ["indices", "beyondIndices", "fx", "freightAndTerms", "tariff"] as const;
export type BridgeEffect = (typeof BRIDGE_EFFECTS)[number];

/** Home currency per unit. `indices` is null without an expected price; `indices` and `fx` are null when the currency changed. */
export interface PriceBridge {
  readonly landedThen: number;
  readonly indices: number | null;
  readonly beyondIndices: number;
  readonly fx: number | null;
  readonly freightAndTerms: number;
  readonly tariff: number;
  readonly landedNow: number;
}

/** LANDEDCOST's inputs at one step of the bridge. */
interface BridgeState {
  readonly terms: QuoteCostTerms;
  readonly fxRate: number;
  readonly duty: QuoteDuty;
}

/**
 * The landed cost of a state: the quote's rule (quoteLandedCost) with the ad valorem duty on the
 * customs value and the per-unit duty added per unit, so a per-unit duty does not move with the price.
 * The seller pays both under DDP.
 */
function landed(state: BridgeState, valuation: Valuation): Result<number> {
  const terms = { ...state.terms, dutyRate: state.duty.adValorem, htsCode: null };
  const cost = quoteLandedCost(terms, valuation, state.fxRate);
  if (!cost.ok) return cost;
  return ok(priceIncludes(terms.incoterm).duty ? cost.value.total : cost.value.total + state.duty.perUnit);
}

/**
 * The bridge from `then` to `now`. Steps, each from the state the previous one left:
 * indices (unit price to the expected price), beyondIndices (unit price, Tooling and MOQ to the new
 * quote's), fx (the FX rate), freightAndTerms (FreightPerUnit, InsurancePerUnit, Incoterm), tariff
 * (the duty, held as it was then until here). Quotes in different currencies take price and FX in
 * one step (beyondIndices); a step that does not apply is null.
 *
 * The effects telescope: each is a difference of two landed costs computed alike, so in exact
 * arithmetic they add up to landedNow − landedThen. In binary arithmetic their sum (in the order
 * above) is within 4 × Number.EPSILON × Σ|effect| of landedNow − landedThen (each difference and each
 * addition rounds once, by at most half an ulp of what it makes). No effect is forced to be a
 * remainder. A state whose landed cost cannot be drawn (a price below the carriage its incoterm
 * holds) fails with LANDEDCOST's message.
 *
 * @example USD FOB, 10.00 → 10.50, expected 10.30, freight 1.20, duty 12% then 15%:
 *   landedThen 12.40, indices 0.336, beyondIndices 0.224, fx 0, freightAndTerms 0, tariff 0.315, landedNow 13.275
 */
export function priceBridge(input: BridgeInput): Result<PriceBridge> {
  const { then, now, valuation, expectedPrice } = input;
  const sameCurrency = then.currency === now.currency;
  const start: BridgeState = { terms: then.terms, fxRate: then.fxRate, duty: then.duty };
  const pricedByIndices: BridgeState | null = sameCurrency && expectedPrice !== null ? { ...start, terms: { ...start.terms, unitPrice: expectedPrice } } : null;
  const { unitPrice, moq, tooling } = now.terms;
  const repriced: BridgeState = {
    ...start,
    terms: { ...start.terms, unitPrice, moq, tooling },
    fxRate: sameCurrency ? then.fxRate : now.fxRate,
  };
  const converted: BridgeState | null = sameCurrency ? { ...repriced, fxRate: now.fxRate } : null;
  const { freightPerUnit, insurancePerUnit, incoterm } = now.terms;
  const shipped: BridgeState = { ...repriced, fxRate: now.fxRate, terms: { ...repriced.terms, freightPerUnit, insurancePerUnit, incoterm } };
  const arrived: BridgeState = { ...shipped, duty: now.duty };

  const steps = [start, pricedByIndices, repriced, converted, shipped, arrived];
  const costs: (number | null)[] = [];
  for (const state of steps) {
    if (state === null) {
      costs.push(null);
      continue;
    }
    const cost = landed(state, valuation);
    if (!cost.ok) return cost;
    costs.push(cost.value);
  }
  let before = costs[0]!;
  const effects = costs.slice(1).map((cost) => {
    if (cost === null) return null;
    const effect = cost - before;
    before = cost;
    return effect;
  });
  const [indices, beyondIndices, fx, freightAndTerms, tariff] = effects as [number | null, number, number | null, number, number];
  return ok({ landedThen: costs[0]!, indices, beyondIndices, fx, freightAndTerms, tariff, landedNow: costs[5]! });
}
