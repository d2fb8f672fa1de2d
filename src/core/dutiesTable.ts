import { countryCode } from "./countries";
import { ANY, htsPrefix } from "./duties";

/**
 * The Duties table's cell rules (PRODUCT.md, "Workbook tables"), written once and without zod: the
 * table's zod schema (schema/tables.ts) and DUTYRATE's Duties range (functions/dutiesRange.ts, which
 * keeps zod out of the functions bundle) both apply them, each saying a broken rule its own way (a
 * data problem for the table, an Excel error naming the range's row for the function). A new rule
 * goes here, and both follow.
 */

export const DUTY_COLUMNS = ["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To", "Source"] as const;
export type DutyColumn = (typeof DUTY_COLUMNS)[number];
export const REQUIRED_DUTY_COLUMNS: readonly DutyColumn[] = ["Origin", "HtsCode", "Measure", "From"];

/**
 * Duty rates above 100% are real (stacked 2025 measures on Chinese goods reached 145% and more);
 * above 300% the rate was surely typed as a percentage (PRODUCT.md, "Bad rows"). Quotes' DutyRate
 * takes the same bound.
 */
export const LARGEST_DUTY_RATE = 3;

/** An Origin cell's text as the rule reads it: `*` (any origin) or a country's ISO code; null when it is neither. */
export function dutyOrigin(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === ANY ? ANY : countryCode(trimmed);
}

/** Whether an HtsCode cell's text is a tariff-code prefix (digits with dots or spaces) or `*` (every code). */
export function isDutyCode(text: string): boolean {
  return htsPrefix(text) !== null;
}

/** Why a Rate or PerUnit amount breaks the rule (a negative amount, a rate above LARGEST_DUTY_RATE), or null. */
export function dutyAmountFault(column: "Rate" | "PerUnit", value: number): "negative" | "aboveLargestRate" | null {
  if (value < 0) return "negative";
  return column === "Rate" && value > LARGEST_DUTY_RATE ? "aboveLargestRate" : null;
}

/** A measure that ends (To, inclusive) on a day before it starts (From): dates as serials, their days compared. */
export function dutyEndsBeforeStart(from: number, to: number | null): boolean {
  return to !== null && Math.floor(to) < Math.floor(from);
}
