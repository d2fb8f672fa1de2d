import { fail, ok, type Failure, type Result } from "./result";
import { checkNumber } from "./argumentChecks";
import { beyondNumberRange } from "./finiteResult";
import { shownNumber } from "./rounding";
import { INCOTERMS, isIncoterm, parseIncoterm, priceIncludes, type Incoterm } from "./incoterms";

/**
 * The customs value basis of the importing country: "FOB" (US, Canada, Australia: transaction
 * value without international freight and insurance) or "CIF" (EU, UK and most others: with them).
 */
export const VALUATIONS = ["FOB", "CIF"] as const;
export type Valuation = (typeof VALUATIONS)[number];

/** LANDEDCOST's arguments once parsed; money in home currency except `unitPrice` (quote currency). */
export interface LandedCostInput {
  unitPrice: number;
  quantity: number;
  /** Main carriage for the whole quantity, whoever pays it. */
  freight: number;
  dutyRate: number;
  incoterm: Incoterm;
  valuation: Valuation;
  /** Cargo insurance for the whole quantity, whoever pays it. */
  insurance: number;
  /** Home currency per one unit of the quote currency. */
  fxRate: number;
  otherCosts: number;
  contingency: number;
}

/** Landed cost per unit in home currency, part by part; `total` is the sum of the six parts. */
export interface LandedCostBreakdown {
  /** The unit price in home currency, with whatever carriage, insurance or duty the incoterm puts in it. */
  product: number;
  /** Freight added on top of the price (0 when the incoterm holds it). */
  freight: number;
  /** Insurance added on top of the price (0 when the incoterm holds it). */
  insurance: number;
  duty: number;
  other: number;
  contingency: number;
  total: number;
  /** Customs value per unit on the chosen valuation basis. */
  customsValue: number;
}

/** LANDEDCOST's arguments as a surface receives them: omitted ones as null or undefined. */
export interface LandedCostArguments {
  unitPrice: number;
  quantity: number;
  freight?: number | null;
  dutyRate?: number | null;
  incoterm?: string | null;
  valuation?: string | null;
  insurance?: number | null;
  fxRate?: number | null;
  otherCosts?: number | null;
  contingency?: number | null;
}

export function parseValuation(text: string): Valuation | null {
  const code = text.trim().toUpperCase();
  return code === "FOB" || code === "CIF" ? code : null;
}

const unknownIncoterm = (text: string): Failure =>
  fail("value", `incoterm "${text}" is not an Incoterms 2020 rule: use one of ${INCOTERMS.join(", ")}`);

const unknownValuation = (text: string): Failure =>
  fail("value", `valuation "${text}" is not a customs value basis: use FOB (US, Canada, Australia) or CIF (EU, UK, most others)`);

/**
 * Applies LANDEDCOST's defaults (FOB terms, FOB valuation, fx 1, everything else 0) and reads the
 * words; blank text counts as omitted, since a reference to an empty cell can arrive as "".
 */
export function landedCostInput(args: LandedCostArguments): Result<LandedCostInput> {
  const incotermText = args.incoterm?.trim() || "FOB";
  const incoterm = parseIncoterm(incotermText);
  if (incoterm === null) return unknownIncoterm(incotermText);
  const valuationText = args.valuation?.trim() || "FOB";
  const valuation = parseValuation(valuationText);
  if (valuation === null) return unknownValuation(valuationText);
  return ok({
    unitPrice: args.unitPrice,
    quantity: args.quantity,
    freight: args.freight ?? 0,
    dutyRate: args.dutyRate ?? 0,
    incoterm,
    valuation,
    insurance: args.insurance ?? 0,
    fxRate: args.fxRate ?? 1,
    otherCosts: args.otherCosts ?? 0,
    contingency: args.contingency ?? 0,
  });
}

const ROUNDING_SLACK = 1e-12;

type Amount = Exclude<keyof LandedCostInput, "incoterm" | "valuation">;

/** How a message names each amount, so it says what the user typed: an argument of LANDEDCOST, a column of Quotes. */
export type LandedCostNames = Readonly<Record<Amount, string>>;

export const LANDEDCOST_ARGUMENTS: LandedCostNames = {
  unitPrice: "unit_price",
  quantity: "quantity",
  freight: "freight",
  dutyRate: "duty_rate",
  insurance: "insurance",
  fxRate: "fx_rate",
  otherCosts: "other_costs",
  contingency: "contingency",
};

function checkInput(input: LandedCostInput, names: LandedCostNames): Failure | null {
  if (!isIncoterm(input.incoterm)) return unknownIncoterm(String(input.incoterm));
  if (input.valuation !== "FOB" && input.valuation !== "CIF") return unknownValuation(String(input.valuation));
  return (
    checkNumber(names.unitPrice, input.unitPrice, "atLeastZero") ??
    checkNumber(names.quantity, input.quantity, "aboveZero") ??
    checkNumber(names.freight, input.freight, "atLeastZero") ??
    checkNumber(names.dutyRate, input.dutyRate, "atLeastZero") ??
    checkNumber(names.insurance, input.insurance, "atLeastZero") ??
    checkNumber(names.fxRate, input.fxRate, "aboveZero") ??
    checkNumber(names.otherCosts, input.otherCosts, "atLeastZero") ??
    checkNumber(names.contingency, input.contingency, "atLeastZero")
  );
}

const allAmounts = (names: LandedCostNames): string =>
  `${[names.unitPrice, names.quantity, names.freight, names.insurance, names.otherCosts, names.fxRate, names.dutyRate].join(", ")} and ${names.contingency}`;

/**
 * Landed cost per unit in home currency (PRODUCT.md, LANDEDCOST). The FOB value strips from the
 * converted price the carriage and insurance its incoterm says it holds; the CIF value adds both
 * back, the buyer's insurance estimate only where the buyer bears the transit risk (not under
 * DAP, DPU, DDP); duty is `dutyRate` × the customs value unless the price is DDP; contingency is a fraction
 * of everything else.
 *
 * @example landedCostBreakdown({ unitPrice: 11.5, quantity: 1000, freight: 1200, insurance: 300,
 *   dutyRate: 0.12, incoterm: "CIF", valuation: "FOB", fxRate: 1, otherCosts: 0, contingency: 0 })
 *   // total 12.7: FOB value 11.5 − 1.5 = 10, duty 1.2, nothing added for carriage
 */
export function landedCostBreakdown(input: LandedCostInput, names: LandedCostNames = LANDEDCOST_ARGUMENTS): Result<LandedCostBreakdown> {
  const invalid = checkInput(input, names);
  if (invalid !== null) return invalid;
  const includes = priceIncludes(input.incoterm);
  const freightPerUnit = input.freight / input.quantity;
  const insurancePerUnit = input.insurance / input.quantity;
  const includedPerUnit = (includes.freight ? freightPerUnit : 0) + (includes.insurance ? insurancePerUnit : 0);
  const product = input.unitPrice * input.fxRate;
  // Overflowed, the price test below would compare Infinity with Infinity (or NaN) and blame the price.
  if (!(Number.isFinite(includedPerUnit) && Number.isFinite(product))) return beyondNumberRange(allAmounts(names));
  const strippedPrice = product - includedPerUnit;
  // A price equal to the carriage it holds can come out a hair below zero in binary arithmetic.
  if (strippedPrice < -ROUNDING_SLACK * Math.max(1, product)) {
    return fail(
      "num",
      `the ${input.incoterm} price (${shownNumber(product)} per unit in home currency) is less than the ${includes.insurance ? "freight and insurance" : "freight"} it holds (${shownNumber(includedPerUnit)} per unit): check ${names.unitPrice}, ${names.freight}, ${names.insurance} and ${names.fxRate}`,
    );
  }
  const fobValue = Math.max(0, strippedPrice);
  // Under D terms the buyer's insurance estimate is no cost: not in the price, not added, not in the CIF value.
  const buyerInsurance = includes.buyerInsures ? insurancePerUnit : 0;
  const cifValue = fobValue + freightPerUnit + buyerInsurance;
  const customsValue = input.valuation === "FOB" ? fobValue : cifValue;
  const freight = includes.freight ? 0 : freightPerUnit;
  const insurance = includes.insurance ? 0 : buyerInsurance;
  const duty = includes.duty ? 0 : input.dutyRate * customsValue;
  const other = input.otherCosts / input.quantity;
  const beforeContingency = product + freight + insurance + duty + other;
  const contingency = input.contingency * beforeContingency;
  const total = beforeContingency + contingency;
  // Every part is 0 or more, so a part that overflowed leaves the total Infinity or NaN.
  if (!Number.isFinite(total) || !Number.isFinite(customsValue)) return beyondNumberRange(allAmounts(names));
  return ok({ product, freight, insurance, duty, other, contingency, total, customsValue });
}

/** LANDEDCOST as a surface calls it: defaults applied, words read, then the breakdown. */
export function landedCost(args: LandedCostArguments): Result<LandedCostBreakdown> {
  const input = landedCostInput(args);
  return input.ok ? landedCostBreakdown(input.value) : input;
}
