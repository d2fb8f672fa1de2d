import type { CellScalar } from "../../model/rawTable";

/**
 * Every string Costcard writes into Excel goes in with a leading apostrophe, Excel's quote prefix:
 * the cell holds exactly the text (the apostrophe is not part of its value) and Excel does not read
 * it as a formula ("=HYPERLINK(…)", "+1", "-2+3", "@SUM(A1)"), a number ("00123"), a date
 * ("2026-07"), a percentage or a boolean. Quoting every string, not only those that look
 * dangerous, leaves no guess to get wrong. The empty string is left as is: it clears the cell.
 * A cell formatted as Text (`@`, as users format SKU and PO columns to keep leading zeros) already
 * takes a string as it is, and would keep the apostrophe as part of the text: it gets none.
 */
export function literalCell(value: CellScalar, numberFormat?: string | null): CellScalar {
  return typeof value === "string" && value !== "" && numberFormat !== TEXT_FORMAT ? `'${value}` : value;
}

const TEXT_FORMAT = "@";
