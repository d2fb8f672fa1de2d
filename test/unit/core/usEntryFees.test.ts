import { serialFromIso } from "../../../src/core/excelDate";
import { HMF_RATE, MPF_RATE, US_ENTRY_FEE_YEARS, usEntryFees, usFiscalYear } from "../../../src/core/usEntryFees";

const day = (iso: string): number => serialFromIso(iso)!;

describe("USENTRYFEES: MPF 0.3464% within the fiscal year's minimum and maximum, plus HMF 0.125% by sea", () => {
  it("charges the ad valorem MPF between the limits: 100,000 entered in FY2026 by sea → 346.40 + 125.00", () => {
    expect(usEntryFees(100000, day("2026-03-02"), true)).toMatchObject({ ok: true, value: { mpf: 346.4, hmf: 125, total: 471.4, fiscalYear: 2026, limitsOutdated: false } });
  });

  it("leaves HMF out for air and land entries", () => {
    expect(usEntryFees(100000, day("2026-03-02"), false)).toMatchObject({ ok: true, value: { mpf: 346.4, hmf: 0, total: 346.4 } });
  });

  it("applies FY2026's minimum 33.58 and maximum 651.50 (PRODUCT.md)", () => {
    expect(usEntryFees(2500, day("2025-10-01"), false)).toMatchObject({ ok: true, value: { mpf: 33.58 } });
    expect(usEntryFees(1_000_000, day("2026-09-30"), true)).toMatchObject({ ok: true, value: { mpf: 651.5, hmf: 1250, total: 1901.5 } });
  });

  it("takes the limits of the entry date's fiscal year (October to September)", () => {
    expect(usEntryFees(1_000_000, day("2025-09-30"), false)).toMatchObject({ ok: true, value: { mpf: 634.62, fiscalYear: 2025 } });
    expect(usEntryFees(1_000_000, day("2025-10-01"), false)).toMatchObject({ ok: true, value: { mpf: 651.5, fiscalYear: 2026 } });
    expect(usEntryFees(1000, day("2022-10-01"), false)).toMatchObject({ ok: true, value: { mpf: 29.66, fiscalYear: 2023 } });
    expect(usEntryFees(1000, day("2018-10-01"), false)).toMatchObject({ ok: true, value: { mpf: 26.22 } });
  });

  it("keeps the FY2014 base limits until the FY2018 ones took effect on 2018-01-01", () => {
    expect(usEntryFees(1_000_000, day("2017-12-31"), false)).toMatchObject({ ok: true, value: { mpf: 485, fiscalYear: 2018 } });
    expect(usEntryFees(1_000_000, day("2018-01-01"), false)).toMatchObject({ ok: true, value: { mpf: 497.99, fiscalYear: 2018 } });
  });

  it("uses the latest published limits after the table's last year, and says so", () => {
    const result = usEntryFees(1_000_000, day("2026-10-01"), false);
    expect(result).toMatchObject({ ok: true, value: { mpf: 651.5, fiscalYear: 2027, limitsOutdated: true, limits: { fiscalYear: 2026 } } });
  });

  it("fails with a message before the table's first date", () => {
    const result = usEntryFees(1000, day("2013-09-30"), false);
    expect(result).toMatchObject({ ok: false, code: "na" });
    if (!result.ok) expect(result.message).toMatch(/before 2013-10-01/);
  });

  it("rejects a negative value and an empty entry date, naming them", () => {
    expect(usEntryFees(-1, day("2026-01-01"), false)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("entered_value") });
    expect(usEntryFees(1000, 0, false)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("entry_date") });
  });

  it("has one row per year, in date order, limits rising, at the published rates", () => {
    expect(MPF_RATE).toBe(0.003464);
    expect(HMF_RATE).toBe(0.00125);
    for (let i = 1; i < US_ENTRY_FEE_YEARS.length; i++) {
      const [previous, row] = [US_ENTRY_FEE_YEARS[i - 1]!, US_ENTRY_FEE_YEARS[i]!];
      expect(day(row.effectiveFrom)).toBeGreaterThan(day(previous.effectiveFrom));
      expect(row.mpfMinimum).toBeGreaterThan(previous.mpfMinimum);
      expect(row.mpfMaximum).toBeGreaterThan(previous.mpfMaximum);
      expect(usFiscalYear(day(row.effectiveFrom))).toBe(row.fiscalYear);
    }
  });
});
