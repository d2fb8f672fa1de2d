import { serialFromIso } from "../../../src/core/excelDate";
import { reviewLookups } from "../../../src/reports/lookups";
import { parseWorkbook } from "../../../src/schema/tables";
import { reviewWorkbook } from "./reviewWorkbook";

const date = (iso: string) => serialFromIso(iso)!;

function fxRateIn(homeCurrency: string, rows: (string | number)[][]) {
  const { data } = parseWorkbook(reviewWorkbook({ FxRates: [["Currency", "Date", "Rate"], ...rows] }));
  return reviewLookups(data, homeCurrency).fxRate;
}

describe("FX rates in the home currency", () => {
  // FxRates kept in USD: USD per unit of each currency.
  const usdRates = [
    ["INR", date("2026-01-01"), 0.012],
    ["EUR", date("2026-01-01"), 1.08],
    ["EUR", date("2026-07-01"), 1.2],
  ];

  test("a table without rows for the home currency is in the home currency, as PRODUCT.md defines it", () => {
    const fxRate = fxRateIn("USD", usdRates);
    expect(fxRate("INR", date("2026-08-01"))).toBe(0.012);
    expect(fxRate("USD", date("2026-08-01"))).toBe(1);
  });

  test("a table with rows for the home currency itself is in another currency: rates are taken across the home currency's rate at the same date", () => {
    const fxRate = fxRateIn("EUR", usdRates);
    // EUR per INR = (USD per INR) / (USD per EUR)
    expect(fxRate("INR", date("2026-03-01"))).toBeCloseTo(0.012 / 1.08, 15);
    expect(fxRate("INR", date("2026-08-01"))).toBeCloseTo(0.012 / 1.2, 15);
    expect(fxRate("EUR", date("2026-08-01"))).toBe(1);
  });

  test("the table's own base currency has no row, so a quote in it cannot be converted rather than relabelled", () => {
    expect(fxRateIn("EUR", usdRates)("USD", date("2026-08-01"))).toBeUndefined();
  });

  test("before the home currency's first rate nothing converts", () => {
    expect(fxRateIn("EUR", [["INR", date("2025-01-01"), 0.012], ["EUR", date("2026-01-01"), 1.08]])("INR", date("2025-06-01"))).toBeUndefined();
  });
});
