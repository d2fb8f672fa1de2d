import type { Incoterm } from "./incoterms";
import { landedCostBreakdown, type LandedCostBreakdown, type LandedCostNames, type Valuation } from "./landedCost";
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

/** A quote's failures name the Quotes columns the user fills in, not LANDEDCOST's arguments. */
const QUOTE_COLUMNS: LandedCostNames = {
  unitPrice: "UnitPrice (with Tooling / MOQ)",
  quantity: "MOQ",
  freight: "FreightPerUnit",
  dutyRate: "DutyRate",
  insurance: "InsurancePerUnit",
  fxRate: "the FX rate of the quote's Currency",
  otherCosts: "other costs",
  contingency: "contingency",
};

/**
 * Landed cost per unit of a quote (PRODUCT.md, "Price review"): for an order of MOQ units (1 without
 * one or with an MOQ of 0), with the tooling spread over them as part of the price, because tooling
 * paid to the factory is dutiable; freight and insurance are the buyer's per-unit estimates in home
 * currency. Failures name the Quotes columns.
 *
 * @example quoteLandedCost({ unitPrice: 9.5, moq: 1000, tooling: 500, freightPerUnit: 1.2, dutyRate: 0.12, incoterm: "FOB" }, "FOB", 1)
 * // total 12.4, as LANDEDCOST(10, 1000, 1200, 0.12)
 */
export function quoteLandedCost(terms: QuoteCostTerms, valuation: Valuation, fxRate: number): Result<LandedCostBreakdown> {
  // An MOQ of 0 is "no minimum", as a blank one is: one unit bears the tooling.
  const quantity = terms.moq === null || terms.moq === undefined || terms.moq === 0 ? 1 : terms.moq;
  const unitPrice = terms.unitPrice + (terms.tooling ?? 0) / quantity;
  const freight = (terms.freightPerUnit ?? 0) * quantity;
  const insurance = (terms.insurancePerUnit ?? 0) * quantity;
  // Overflowed here, LANDEDCOST would call the product infinite and blame one column (FreightPerUnit), not the sum.
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
  }, QUOTE_COLUMNS);
}
