import { appliedMeasures, dutyInForce, stackedMeasures, type DutyInForce, type DutyNames, type DutyRow } from "./duties";
import { priceIncludes, type Incoterm } from "./incoterms";
import { landedCostBreakdown, type LandedCostBreakdown, type LandedCostNames, type Valuation } from "./landedCost";
import { fail, ok, type Result } from "./result";
import { beyondNumberRange } from "./finiteResult";

/** What a quote says about its cost to land one unit (the Quotes columns LANDEDCOST needs); blanks as null or omitted. */
export interface QuoteCostTerms {
  readonly unitPrice: number;
  readonly moq?: number | null;
  readonly incoterm: Incoterm;
  readonly freightPerUnit?: number | null;
  readonly insurancePerUnit?: number | null;
  /** Blank with an HtsCode: the Duties rate in force applies (PRODUCT.md, Quotes). */
  readonly dutyRate?: number | null;
  readonly tooling?: number | null;
  /** The goods' tariff code, as typed. */
  readonly htsCode?: string | null;
  /** ISO 3166 alpha-2 code (or English name) of the country of origin; the supplier's Country when the quote leaves it blank. */
  readonly origin?: string | null;
}

/** The Duties table's rows and the date whose duty is in force: the QuoteDate in the quote form, the review's as-of date in reviews. */
export interface DutiesAt {
  readonly rows: readonly DutyRow[];
  readonly date: number;
}

export interface QuoteLandedCost extends LandedCostBreakdown {
  /** The duty rate applied to the customs value: the quote's DutyRate, the Duties rate in force, or 0. */
  readonly dutyRate: number;
  /** The Duties answer (its measures) when the rate came from the Duties table; null when the quote gave its own or none applies. */
  readonly dutyInForce: DutyInForce | null;
}

const QUOTE_DUTY_NAMES: DutyNames = { htsCode: "HtsCode", origin: "Origin", date: "the date", customsValue: "the customs value" };

/**
 * The Duties query of a quote whose DutyRate is blank and whose HtsCode is given; null when the
 * quote's own DutyRate applies, or it names no HtsCode. A quote with an HtsCode and no Origin (nor
 * a supplier Country) fails: its duty cannot be known, and 0 would look like a real rate.
 */
function quoteDutyQuery(terms: QuoteCostTerms, date: number): Result<{ htsCode: string; origin: string; date: number }> | null {
  if (terms.dutyRate !== null && terms.dutyRate !== undefined) return null;
  if (terms.htsCode === null || terms.htsCode === undefined) return null;
  if (terms.origin === null || terms.origin === undefined) {
    return fail("value", `HtsCode ${terms.htsCode} is given and DutyRate is blank, but the quote has no Origin and its supplier no Country: the Duties rate cannot be looked up`);
  }
  return ok({ htsCode: terms.htsCode, origin: terms.origin, date });
}

/**
 * The Duties rate in force for a quote whose DutyRate is blank and whose HtsCode is given, for its
 * customs value per unit (home currency; per-unit measures are expressed against it). Null when the
 * quote's own DutyRate applies, or it names no HtsCode (see `quoteDutyQuery`).
 */
export function quoteDutyFromDuties(terms: QuoteCostTerms, duties: DutiesAt, customsValue: number): Result<DutyInForce> | null {
  const query = quoteDutyQuery(terms, duties.date);
  if (query === null || !query.ok) return query;
  return dutyInForce(duties.rows, { ...query.value, customsValue }, QUOTE_DUTY_NAMES);
}

/** A quote's duty measure by measure: Σ ad valorem rates (on the customs value) and Σ per-unit amounts (home currency per unit). */
export interface QuoteDuty {
  readonly adValorem: number;
  readonly perUnit: number;
}

/**
 * The quote's duty at `duties.date` as its measures stand, without a customs value: its own DutyRate
 * (ad valorem), else the Duties measures in force for its HtsCode and Origin, else none. Read even
 * under DDP, where the seller pays it: the price bridge needs the duty a quote's goods bore then.
 */
export function quoteDutyMeasures(terms: QuoteCostTerms, duties: DutiesAt): Result<QuoteDuty> {
  const query = quoteDutyQuery(terms, duties.date);
  if (query === null) return ok({ adValorem: terms.dutyRate ?? 0, perUnit: 0 });
  if (!query.ok) return query;
  const measures = appliedMeasures(duties.rows, query.value, QUOTE_DUTY_NAMES);
  return measures.ok ? ok(stackedMeasures(measures.value)) : measures;
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
 * currency. The duty rate is the quote's DutyRate; when that is blank and the quote has an HtsCode,
 * the Duties rate in force at `duties.date` (none under DDP, where the seller pays the duty; without
 * `duties`, none). Failures name the Quotes columns.
 *
 * @example quoteLandedCost({ unitPrice: 9.5, moq: 1000, tooling: 500, freightPerUnit: 1.2, dutyRate: 0.12, incoterm: "FOB" }, "FOB", 1)
 * // total 12.4, as LANDEDCOST(10, 1000, 1200, 0.12)
 */
export function quoteLandedCost(terms: QuoteCostTerms, valuation: Valuation, fxRate: number, duties?: DutiesAt): Result<QuoteLandedCost> {
  // An MOQ of 0 is "no minimum", as a blank one is: one unit bears the tooling.
  const quantity = terms.moq === null || terms.moq === undefined || terms.moq === 0 ? 1 : terms.moq;
  const unitPrice = terms.unitPrice + (terms.tooling ?? 0) / quantity;
  const freight = (terms.freightPerUnit ?? 0) * quantity;
  const insurance = (terms.insurancePerUnit ?? 0) * quantity;
  // Overflowed here, LANDEDCOST would call the product infinite and blame one column (FreightPerUnit), not the sum.
  if (!(Number.isFinite(unitPrice) && Number.isFinite(freight) && Number.isFinite(insurance))) {
    return beyondNumberRange("UnitPrice, Tooling, MOQ, FreightPerUnit and InsurancePerUnit");
  }
  const breakdown = (dutyRate: number) =>
    landedCostBreakdown({ unitPrice, quantity, freight, insurance, dutyRate, incoterm: terms.incoterm, valuation, fxRate, otherCosts: 0, contingency: 0 }, QUOTE_COLUMNS);
  const ownRate = terms.dutyRate ?? 0;
  const own = breakdown(ownRate);
  if (!own.ok) return own;
  // The customs value does not depend on the duty, so the first pass gives the value the Duties rate is read against.
  const fromDuties = duties === undefined || priceIncludes(terms.incoterm).duty ? null : quoteDutyFromDuties(terms, duties, own.value.customsValue);
  if (fromDuties === null) return ok({ ...own.value, dutyRate: ownRate, dutyInForce: null });
  if (!fromDuties.ok) return fromDuties;
  const withDuty = breakdown(fromDuties.value.rate);
  return withDuty.ok ? ok({ ...withDuty.value, dutyRate: fromDuties.value.rate, dutyInForce: fromDuties.value }) : withDuty;
}
