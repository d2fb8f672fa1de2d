import type { Incoterm } from "./incoterms";
import { landedCostBreakdown, type LandedCostBreakdown, type Valuation } from "./landedCost";
import type { Result } from "./result";
import { beyondNumberRange } from "./finiteResult";

/** What a quote says about its cost to land one unit (the Quotes columns LANDEDCOST needs); blanks as null or omitted. */
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
 * Landed cost per unit of a quote (PRODUCT.md, "Price review"): for an order of MOQ units (1 without
 * one), with the tooling spread over them as part of the price, because tooling paid to the factory
 * is dutiable; freight and insurance are the buyer's per-unit estimates in home currency.
 *
 * @example quoteLandedCost({ unitPrice: 9.5, moq: 1000, tooling: 500, freightPerUnit: 1.2, dutyRate: 0.12, incoterm: "FOB" }, "FOB", 1)
 * // total 12.4, as LANDEDCOST(10, 1000, 1200, 0.12)
 */
export function quoteLandedCost(terms: QuoteCostTerms, valuation: Valuation, fxRate: number): Result<LandedCostBreakdown> {
  const quantity = terms.moq ?? 1;
  const unitPrice = terms.unitPrice + (terms.tooling ?? 0) / quantity;
  const freight = (terms.freightPerUnit ?? 0) * quantity;
  const insurance = (terms.insurancePerUnit ?? 0) * quantity;
  // Overflowed here, LANDEDCOST would name its own arguments (freight), not the quote's columns.
  if (!(Number.isFinite(unitPrice) && Number.isFinite(freight) && Number.isFinite(insurance))) {
    return beyondNumberRange("UnitPrice, Tooling, MOQ, FreightPerUnit and InsurancePerUnit");
  }
  return landedCostBreakdown({
    unitPrice,
    quantity,
    freight,
    insurance,
    dutyRate: terms.dutyRate ?? 0,
    incoterm: terms.incoterm,
    valuation,
    fxRate,
    otherCosts: 0,
    contingency: 0,
  });
}
