import { landedCostBreakdown, type LandedCostBreakdown, type Valuation } from "../../core/landedCost";
import type { Incoterm } from "../../core/incoterms";
import type { Result } from "../../core/result";

/** What a quote says about its cost to land one unit (the Quotes columns LANDEDCOST needs). */
export interface QuoteCostTerms {
  readonly unitPrice: number;
  readonly moq?: number | null;
  readonly incoterm: Incoterm;
  readonly freightPerUnit?: number | null;
  readonly insurancePerUnit?: number | null;
  readonly dutyRate?: number | null;
  readonly tooling?: number | null;
}

/**
 * Landed cost per unit of a quote, by the price review's rule (PRODUCT.md, "Price review"): for an
 * order of MOQ units (1 without one), with the tooling spread over them as part of the dutiable price.
 */
export function quoteLandedCost(terms: QuoteCostTerms, valuation: Valuation, fxRate: number): Result<LandedCostBreakdown> {
  const quantity = terms.moq ?? 1;
  return landedCostBreakdown({
    unitPrice: terms.unitPrice + (terms.tooling ?? 0) / quantity,
    quantity,
    freight: (terms.freightPerUnit ?? 0) * quantity,
    insurance: (terms.insurancePerUnit ?? 0) * quantity,
    dutyRate: terms.dutyRate ?? 0,
    incoterm: terms.incoterm,
    valuation,
    fxRate,
    otherCosts: 0,
    contingency: 0,
  });
}
