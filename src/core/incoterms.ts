/**
 * Incoterms 2020 and what a price quoted under each already holds (PRODUCT.md, LANDEDCOST):
 * E and F terms hold neither main carriage nor insurance; CFR and CPT hold the carriage;
 * CIF, CIP, DAP and DPU hold both; DDP holds both and the import duty too.
 */
export const INCOTERMS = ["EXW", "FCA", "FAS", "FOB", "CFR", "CPT", "CIF", "CIP", "DAP", "DPU", "DDP"] as const;

export type Incoterm = (typeof INCOTERMS)[number];

export interface PriceIncludes {
  readonly freight: boolean;
  readonly insurance: boolean;
  readonly duty: boolean;
}

const NOTHING: PriceIncludes = { freight: false, insurance: false, duty: false };
const CARRIAGE: PriceIncludes = { freight: true, insurance: false, duty: false };
const CARRIAGE_AND_INSURANCE: PriceIncludes = { freight: true, insurance: true, duty: false };
const DELIVERED_DUTY_PAID: PriceIncludes = { freight: true, insurance: true, duty: true };

const INCLUDES: Readonly<Record<Incoterm, PriceIncludes>> = {
  EXW: NOTHING,
  FCA: NOTHING,
  FAS: NOTHING,
  FOB: NOTHING,
  CFR: CARRIAGE,
  CPT: CARRIAGE,
  CIF: CARRIAGE_AND_INSURANCE,
  CIP: CARRIAGE_AND_INSURANCE,
  DAP: CARRIAGE_AND_INSURANCE,
  DPU: CARRIAGE_AND_INSURANCE,
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
