import { fail, ok, type Result } from "./result";
import { checkNumber } from "./argumentChecks";
import { isoFromSerial, serialFromIso, ymdFromSerial } from "./excelDate";
import { roundTo } from "./rounding";

/**
 * US Merchandise Processing Fee limits for formal entries (19 CFR 24.23, class code 499), as CBP
 * publishes them each year under the FAST Act; sources in docs/core-rules.md. A row holds from
 * its `effectiveFrom` day until the next row's. The FY2018 limits came into force on 2018-01-01,
 * so the first quarter of FY2018 still ran on the FY2014 base limits.
 */
export interface UsEntryFeeYear {
  readonly fiscalYear: number;
  /** ISO date from which CBP required these limits. */
  readonly effectiveFrom: string;
  readonly mpfMinimum: number;
  readonly mpfMaximum: number;
}

export const US_ENTRY_FEE_YEARS: readonly UsEntryFeeYear[] = [
  { fiscalYear: 2014, effectiveFrom: "2013-10-01", mpfMinimum: 25.0, mpfMaximum: 485.0 },
  { fiscalYear: 2018, effectiveFrom: "2018-01-01", mpfMinimum: 25.67, mpfMaximum: 497.99 },
  { fiscalYear: 2019, effectiveFrom: "2018-10-01", mpfMinimum: 26.22, mpfMaximum: 508.7 },
  { fiscalYear: 2020, effectiveFrom: "2019-10-01", mpfMinimum: 26.79, mpfMaximum: 519.76 },
  { fiscalYear: 2021, effectiveFrom: "2020-10-01", mpfMinimum: 27.23, mpfMaximum: 528.33 },
  { fiscalYear: 2022, effectiveFrom: "2021-10-01", mpfMinimum: 27.75, mpfMaximum: 538.4 },
  { fiscalYear: 2023, effectiveFrom: "2022-10-01", mpfMinimum: 29.66, mpfMaximum: 575.35 },
  { fiscalYear: 2024, effectiveFrom: "2023-10-01", mpfMinimum: 31.67, mpfMaximum: 614.35 },
  { fiscalYear: 2025, effectiveFrom: "2024-10-01", mpfMinimum: 32.71, mpfMaximum: 634.62 },
  { fiscalYear: 2026, effectiveFrom: "2025-10-01", mpfMinimum: 33.58, mpfMaximum: 651.5 },
];

/** MPF ad valorem rate, unchanged through every year of the table. */
export const MPF_RATE = 0.003464;
/** Harbor Maintenance Fee on cargo unloaded from a commercial vessel (19 CFR 24.24). */
export const HMF_RATE = 0.00125;

export interface UsEntryFees {
  readonly mpf: number;
  readonly hmf: number;
  readonly total: number;
  /** The US fiscal year (October to September) of the entry date. */
  readonly fiscalYear: number;
  /** The table row whose limits were applied. */
  readonly limits: UsEntryFeeYear;
  /**
   * True when the entry date lies past the last fiscal year in the table: the latest published
   * limits were used, and the real ones may be a little higher.
   */
  readonly limitsOutdated: boolean;
}

const effectiveSerials = US_ENTRY_FEE_YEARS.map((year) => serialFromIso(year.effectiveFrom)!);

export function usFiscalYear(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return month >= 10 ? year + 1 : year;
}

/**
 * USENTRYFEES: MPF = 0.3464% of the entered value, held between the minimum and maximum in force on
 * the entry date, plus HMF = 0.125% of it for ocean freight. Each fee is rounded to the cent, as
 * on the entry summary.
 *
 * @example usEntryFees(100000, serialOf("2026-03-02"), true) // mpf 346.40, hmf 125, total 471.40
 */
export function usEntryFees(enteredValue: number, entrySerial: number, ocean: boolean): Result<UsEntryFees> {
  const invalid = checkNumber("entered_value", enteredValue, "atLeastZero") ?? checkNumber("entry_date", entrySerial, "aboveZero");
  if (invalid !== null) return invalid;
  let row = -1;
  while (row + 1 < effectiveSerials.length && effectiveSerials[row + 1]! <= entrySerial) row++;
  if (row < 0) {
    return fail("na", `entry_date ${isoFromSerial(entrySerial)} is before ${US_ENTRY_FEE_YEARS[0]!.effectiveFrom}, the first date of Costcard's MPF table`);
  }
  const limits = US_ENTRY_FEE_YEARS[row]!;
  const fiscalYear = usFiscalYear(entrySerial);
  const mpf = roundTo(Math.min(limits.mpfMaximum, Math.max(limits.mpfMinimum, enteredValue * MPF_RATE)), 2);
  const hmf = ocean ? roundTo(enteredValue * HMF_RATE, 2) : 0;
  return ok({
    mpf,
    hmf,
    total: roundTo(mpf + hmf, 2),
    fiscalYear,
    limits,
    limitsOutdated: fiscalYear > US_ENTRY_FEE_YEARS[US_ENTRY_FEE_YEARS.length - 1]!.fiscalYear,
  });
}
