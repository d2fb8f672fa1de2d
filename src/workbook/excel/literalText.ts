import type { CellScalar } from "../port";

/**
 * Every string Costcard writes into Excel goes in with a leading apostrophe, Excel's quote prefix:
 * the cell holds exactly the text (the apostrophe is not part of its value) and Excel does not read
 * it as a formula ("=HYPERLINK(…)", "+1", "-2+3", "@SUM(A1)"), a number ("00123"), a date
 * ("2026-07"), a percentage or a boolean. Quoting every string, not only those that look
 * dangerous, leaves no guess to get wrong. The empty string is left as is: it clears the cell.
 */
export function literalCell(value: CellScalar): CellScalar {
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}
