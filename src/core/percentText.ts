/** Percentage text: "12%", "12.5 %", "-3%". */
const PERCENT_TEXT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;

/**
 * Percentage text as the fraction it stands for (PRODUCT.md: text `12%` reads as 0.12), without a
 * division's binary noise (1.1% is 0.011); null for any other text.
 *
 * @example fractionOfPercentText("12.5 %") // 0.125
 */
export function fractionOfPercentText(text: string): number | null {
  const percent = PERCENT_TEXT.exec(text.trim());
  return percent ? Number((Number(percent[1]) / 100).toPrecision(15)) : null;
}
