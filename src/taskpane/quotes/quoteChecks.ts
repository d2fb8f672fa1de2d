import { breakdownMiss } from "../../core/breakdownSum";
import { isoFromSerial } from "../../core/excelDate";
import { formatCount, formatMoney } from "../displayNumbers";
import { percentText } from "../form/typedNumber";

/**
 * The checks a buyer makes across the fields of a quote, on whatever of it is already valid (each
 * field read on its own), so a message shows as soon as the two values it compares are typed.
 * Errors stop the quote; warnings say what the reports will make of it.
 */

/** The quote's fields that passed their own check; undefined where blank or still wrong. */
export interface QuoteTerms {
  readonly unitPrice: number | undefined;
  readonly currency: string | undefined;
  readonly quoteDate: number | undefined;
  readonly moq: number | undefined;
  readonly tooling: number | undefined;
  readonly depositPct: number | undefined;
  readonly components: readonly (number | undefined)[];
  readonly priceBreaks: readonly { readonly quantity: number | undefined; readonly unitPrice: number | undefined }[];
}

export interface QuoteCheckResult {
  /** By field path, as the form's errors: "tooling", "priceBreaks.0.unitPrice". */
  readonly errors: Readonly<Record<string, string>>;
  /** "components": the breakdown does not explain the price. */
  readonly warnings: Readonly<Record<string, string>>;
}

/** A quote dated further ahead than this is more likely a typing slip (2062 for 2026) than an offer. */
const DAYS_AHEAD_WITHOUT_CONFIRMATION = 365;

/** Whether a quote date needs the buyer's confirmation before the quote is added. */
export function isFarAhead(quoteDate: number, today: number): boolean {
  return quoteDate - today > DAYS_AHEAD_WITHOUT_CONFIRMATION;
}

const units = (quantity: number) => `${formatCount(quantity)} ${quantity === 1 ? "unit" : "units"}`;

export function quoteChecks(terms: QuoteTerms, today: number, confirmedDate: number | null): QuoteCheckResult {
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  const money = (amount: number) => formatMoney(amount, terms.currency ?? "").trim();

  if (terms.quoteDate !== undefined && isFarAhead(terms.quoteDate, today) && confirmedDate !== terms.quoteDate) {
    errors.quoteDate = `${isoFromSerial(terms.quoteDate)} is more than a year ahead: confirm the date below, or correct it.`;
  }
  if (terms.tooling !== undefined && terms.tooling > 0 && terms.moq === undefined) {
    errors.tooling = "Tooling is spread over the MOQ's units: enter the MOQ too (without one, all of it would land on a single unit).";
  }
  if (terms.depositPct !== undefined && terms.depositPct > 1) {
    errors.depositPct = `${percentText(terms.depositPct)} is above 100%: a deposit is a share of the order's value.`;
  }

  let previousQuantity = terms.moq ?? 1;
  let cheapest = terms.unitPrice === undefined ? undefined : { quantity: previousQuantity, unitPrice: terms.unitPrice };
  terms.priceBreaks.forEach((tier, index) => {
    if (tier.quantity !== undefined) {
      if (terms.moq !== undefined && tier.quantity < terms.moq) {
        errors[`priceBreaks.${index}.quantity`] = `Below the MOQ of ${formatCount(terms.moq)}: a price break is for a larger order.`;
      } else if (tier.quantity <= previousQuantity) {
        errors[`priceBreaks.${index}.quantity`] = `Tier quantities must increase: this one must be above ${formatCount(previousQuantity)}.`;
      }
      previousQuantity = Math.max(previousQuantity, tier.quantity);
    }
    if (tier.unitPrice !== undefined && cheapest !== undefined && tier.unitPrice > cheapest.unitPrice) {
      errors[`priceBreaks.${index}.unitPrice`] = `Above the price for ${units(cheapest.quantity)} (${money(cheapest.unitPrice)}): a larger order should not cost more per unit.`;
    }
    if (tier.unitPrice !== undefined && tier.quantity !== undefined && (cheapest === undefined || tier.unitPrice <= cheapest.unitPrice)) {
      cheapest = { quantity: tier.quantity, unitPrice: tier.unitPrice };
    }
  });

  if (terms.unitPrice !== undefined) {
    const sum = breakdownMiss(terms.unitPrice, terms.components);
    if (sum !== null) {
      warnings.components = `The parts add up to ${money(sum)}, not the unit price of ${money(terms.unitPrice)}: the price review will flag this quote "Check breakdown".`;
    }
  }
  return { errors, warnings };
}
