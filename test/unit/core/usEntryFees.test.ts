import { serialFromIso } from "../../../src/core/excelDate";
import { HMF_RATE, INFORMAL_ENTRY_LIMIT, MPF_RATE, US_ENTRY_FEE_YEARS, parseEntryType, usEntryFees, usFiscalYear } from "../../../src/core/usEntryFees";

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

  it("keeps each year's informal MPF adjusted by the same inflation factor as the formal minimum (FY14 base $2.00, $25.00)", () => {
    for (const row of US_ENTRY_FEE_YEARS) expect([row.fiscalYear, row.informalMpf]).toEqual([row.fiscalYear, Math.round(200 * (row.mpfMinimum / 25)) / 100]);
  });
});

describe("USENTRYFEES' entry_type: informal entries pay the year's flat automated informal MPF", () => {
  it("charges FY2026's $2.69 on an informal entry, plus HMF by sea as a formal one", () => {
    expect(usEntryFees(1200, day("2026-03-02"), false, "informal")).toMatchObject({ ok: true, value: { mpf: 2.69, hmf: 0, total: 2.69, entryType: "informal" } });
    expect(usEntryFees(1200, day("2026-03-02"), true, "informal")).toMatchObject({ ok: true, value: { mpf: 2.69, hmf: 1.5, total: 4.19 } });
  });

  it("takes the fee of the entry date's fiscal year: $2.62 on 2025-09-30, $2.69 on 2025-10-01, $2.05 in 2018, $2.00 before", () => {
    expect(usEntryFees(800, day("2025-09-30"), false, "informal")).toMatchObject({ ok: true, value: { mpf: 2.62 } });
    expect(usEntryFees(800, day("2025-10-01"), false, "informal")).toMatchObject({ ok: true, value: { mpf: 2.69 } });
    expect(usEntryFees(800, day("2018-06-01"), false, "informal")).toMatchObject({ ok: true, value: { mpf: 2.05 } });
    expect(usEntryFees(800, day("2017-12-31"), false, "informal")).toMatchObject({ ok: true, value: { mpf: 2 } });
  });

  it("accepts exactly $2,500 and refuses more, naming entered_value and entry_type", () => {
    expect(INFORMAL_ENTRY_LIMIT).toBe(2500);
    expect(usEntryFees(2500, day("2026-03-02"), false, "informal")).toMatchObject({ ok: true, value: { mpf: 2.69 } });
    const above = usEntryFees(2500.01, day("2026-03-02"), false, "informal");
    expect(above).toMatchObject({ ok: false, code: "value" });
    expect(!above.ok && above.message).toMatch(/^entered_value 2500\.01 is above \$2,500.*entry_type formal/);
  });

  it("is formal by default, and reads the entry type in any case", () => {
    expect(usEntryFees(1200, day("2026-03-02"), false)).toMatchObject({ ok: true, value: { mpf: 33.58, entryType: "formal" } });
    expect(parseEntryType(" Informal ")).toBe("informal");
    expect(parseEntryType("FORMAL")).toBe("formal");
    expect(parseEntryType("express")).toBeNull();
  });
});
