/**
 * Incoterms 2020 and what a price quoted under each already holds (PRODUCT.md, LANDEDCOST):
 * E and F terms hold neither main carriage nor insurance; CFR and CPT hold the carriage; CIF and
 * CIP hold both; DAP and DPU hold the carriage, and the seller carries the risk to destination,
 * so the buyer's insurance estimate is no cost of the buyer's and no part of the price; DDP is as
 * DAP and holds the import duty too.
 */
export const INCOTERMS = ["EXW", "FCA", "FAS", "FOB", "CFR", "CPT", "CIF", "CIP", "DAP", "DPU", "DDP"] as const;

export type Incoterm = (typeof INCOTERMS)[number];

export interface PriceIncludes {
  readonly freight: boolean;
  /** The price holds the cargo insurance the seller must buy (CIF, CIP). */
  readonly insurance: boolean;
  /**
   * The buyer bears the risk in transit, so its insurance estimate is a cost of the goods, added
   * or held in the price (E, F and C terms). Under D terms the seller carries the risk and need
   * not insure: the estimate is neither added nor counted in the customs value.
   */
  readonly buyerInsures: boolean;
  readonly duty: boolean;
}

const NOTHING: PriceIncludes = { freight: false, insurance: false, buyerInsures: true, duty: false };
const CARRIAGE: PriceIncludes = { freight: true, insurance: false, buyerInsures: true, duty: false };
const CARRIAGE_AND_INSURANCE: PriceIncludes = { freight: true, insurance: true, buyerInsures: true, duty: false };
const DELIVERED: PriceIncludes = { freight: true, insurance: false, buyerInsures: false, duty: false };
const DELIVERED_DUTY_PAID: PriceIncludes = { freight: true, insurance: false, buyerInsures: false, duty: true };

const INCLUDES: Readonly<Record<Incoterm, PriceIncludes>> = {
  EXW: NOTHING,
  FCA: NOTHING,
  FAS: NOTHING,
  FOB: NOTHING,
  CFR: CARRIAGE,
  CPT: CARRIAGE,
  CIF: CARRIAGE_AND_INSURANCE,
  CIP: CARRIAGE_AND_INSURANCE,
  DAP: DELIVERED,
  DPU: DELIVERED,
  DDP: DELIVERED_DUTY_PAID,
};

export function isIncoterm(text: string): text is Incoterm {
  return Object.hasOwn(INCLUDES, text);
}

/** The incoterm a text names, in any case and with surrounding spaces; null for anything else. */
export function parseIncoterm(text: string): Incoterm | null {
  const code = text.trim().toUpperCase();
  return isIncoterm(code) ? code : null;
}

export function priceIncludes(incoterm: Incoterm): PriceIncludes {
  return INCLUDES[incoterm];
}
