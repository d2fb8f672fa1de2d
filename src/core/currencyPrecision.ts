/**
 * How many decimals money shows in its currency (PRODUCT.md, "Generated sheets"): 0 for the ISO 4217
 * currencies without minor units, 2 for every other. Per-unit prices and costs show up to 4 decimals
 * when they carry them (a 0.0125 trim stays 0.0125); totals show the currency's own precision.
 *
 * Source: ISO 4217, list one (current currency and funds codes), column "minor unit" = 0, as
 * published by SIX Financial Information, the ISO 4217 maintenance agency
 * (https://www.six-group.com/en/products-services/financial-information/data-standards.html).
 * The few currencies with 3 minor units (BHD, IQD, JOD, KWD, LYD, OMR, TND) show 2 like the rest, as
 * PRODUCT.md sets.
 */
export const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  "BIF", // Burundi franc
  "CLP", // Chilean peso
  "DJF", // Djibouti franc
  "GNF", // Guinean franc
  "ISK", // Iceland krona
  "JPY", // Yen
  "KMF", // Comorian franc
  "KRW", // Won
  "PYG", // Guarani
  "RWF", // Rwanda franc
  "UGX", // Uganda shilling
  "UYI", // Uruguay peso en unidades indexadas
  "VND", // Dong
  "VUV", // Vatu
  "XAF", // CFA franc BEAC
  "XOF", // CFA franc BCEAO
  "XPF", // CFP franc
]);

/** The most decimals a per-unit amount shows: a hundredth of a cent. */
export const MAX_UNIT_DECIMALS = 4;

/** The currency's own decimals: 0 for JPY, KRW, VND and the other zero-decimal currencies, else 2. */
export function currencyDecimals(currency: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currency.trim().toUpperCase()) ? 0 : 2;
}

/**
 * The decimals that show every per-unit amount of a set: the currency's own at least, up to 4 where
 * an amount carries them. One set, one precision, so a column of unit costs lines up. A
 * zero-decimal currency shows its unit amounts whole too: 285,000 VND, not 285,000.0000.
 */
export function unitAmountDecimals(values: readonly number[], currency: string): number {
  const least = currencyDecimals(currency);
  if (least === 0) return 0;
  return values.reduce((most, value) => {
    const fraction = value.toFixed(MAX_UNIT_DECIMALS).split(".")[1] ?? "";
    return Math.max(most, fraction.replace(/0+$/, "").length);
  }, least);
}

/** The Excel number format of money in a currency: `#,##0.00`, or `#,##0` for a zero-decimal currency. */
export function moneyNumberFormat(currency: string): string {
  return currencyDecimals(currency) === 0 ? "#,##0" : "#,##0.00";
}

/** The Excel number format of a per-unit amount: the currency's decimals, and up to 4 where the value has them (`#,##0.00##`). */
export function unitAmountNumberFormat(currency: string): string {
  return currencyDecimals(currency) === 0 ? "#,##0" : `#,##0.00${"#".repeat(MAX_UNIT_DECIMALS - 2)}`;
}
