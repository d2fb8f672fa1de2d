/** Percentage text: "12%", "12.5 %", "-3%". */
const PERCENT_TEXT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;

/** The fraction a percentage stands for, without a division's binary noise (1.1% is 0.011, not 0.011000000000000001). */
export function fractionOfPercent(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}

/**
 * Percentage text as the fraction it stands for (PRODUCT.md: text `12%` reads as 0.12); null for
 * any other text.
 *
 * @example fractionOfPercentText("12.5 %") // 0.125
 */
export function fractionOfPercentText(text: string): number | null {
  const percent = PERCENT_TEXT.exec(text.trim());
  return percent ? fractionOfPercent(Number(percent[1])) : null;
}
