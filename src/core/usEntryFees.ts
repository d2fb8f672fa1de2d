import { fail, ok, type Result } from "./result";
import { checkNumber } from "./argumentChecks";
import { isoFromSerial, serialFromIso, ymdFromSerial } from "./excelDate";
import { roundTo, shownNumber } from "./rounding";

/**
 * US Merchandise Processing Fee limits for formal entries (19 CFR 24.23(b)(1), class code 499) and
 * the fee for an automated informal entry not prepared by CBP personnel (19 CFR 24.23(b)(2)(i),
 * class code 311), as CBP publishes them each year under the FAST Act; sources in
 * docs/core-rules.md. A row holds from its `effectiveFrom` day until the next row's. The FY2018
 * figures came into force on 2018-01-01, so the first quarter of FY2018 still ran on the FY2014
 * base figures.
 */
export interface UsEntryFeeYear {
  readonly fiscalYear: number;
  /** ISO date from which CBP required these limits. */
  readonly effectiveFrom: string;
  readonly mpfMinimum: number;
  readonly mpfMaximum: number;
  /** The flat MPF of an automated informal entry (not prepared by CBP personnel). */
  readonly informalMpf: number;
}

export const US_ENTRY_FEE_YEARS: readonly UsEntryFeeYear[] = [
  { fiscalYear: 2014, effectiveFrom: "2013-10-01", mpfMinimum: 25.0, mpfMaximum: 485.0, informalMpf: 2.0 },
  { fiscalYear: 2018, effectiveFrom: "2018-01-01", mpfMinimum: 25.67, mpfMaximum: 497.99, informalMpf: 2.05 },
  { fiscalYear: 2019, effectiveFrom: "2018-10-01", mpfMinimum: 26.22, mpfMaximum: 508.7, informalMpf: 2.1 },
  { fiscalYear: 2020, effectiveFrom: "2019-10-01", mpfMinimum: 26.79, mpfMaximum: 519.76, informalMpf: 2.14 },
  { fiscalYear: 2021, effectiveFrom: "2020-10-01", mpfMinimum: 27.23, mpfMaximum: 528.33, informalMpf: 2.18 },
  { fiscalYear: 2022, effectiveFrom: "2021-10-01", mpfMinimum: 27.75, mpfMaximum: 538.4, informalMpf: 2.22 },
  { fiscalYear: 2023, effectiveFrom: "2022-10-01", mpfMinimum: 29.66, mpfMaximum: 575.35, informalMpf: 2.37 },
  { fiscalYear: 2024, effectiveFrom: "2023-10-01", mpfMinimum: 31.67, mpfMaximum: 614.35, informalMpf: 2.53 },
  { fiscalYear: 2025, effectiveFrom: "2024-10-01", mpfMinimum: 32.71, mpfMaximum: 634.62, informalMpf: 2.62 },
  { fiscalYear: 2026, effectiveFrom: "2025-10-01", mpfMinimum: 33.58, mpfMaximum: 651.5, informalMpf: 2.69 },
];

/** MPF ad valorem rate, unchanged through every year of the table. */
export const MPF_RATE = 0.003464;
/** Harbor Maintenance Fee on cargo unloaded from a commercial vessel (19 CFR 24.24). */
export const HMF_RATE = 0.00125;

/** The highest value an informal entry may have (19 CFR 143.21(a)); above it the entry is formal. */
export const INFORMAL_ENTRY_LIMIT = 2500;

/**
 * `formal` (commercial imports; required above $2,500, and for goods under Chapter 99 measures above
 * $250) or `informal` (up to $2,500: the fiscal year's flat automated informal MPF).
 */
export const ENTRY_TYPES = ["formal", "informal"] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export function parseEntryType(text: string): EntryType | null {
  const word = text.trim().toLowerCase();
  return word === "formal" || word === "informal" ? word : null;
}

export interface UsEntryFees {
  readonly mpf: number;
  readonly hmf: number;
  readonly total: number;
  readonly entryType: EntryType;
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
 * USENTRYFEES: for a formal entry, MPF = 0.3464% of the entered value, held between the minimum and
 * maximum in force on the entry date; for an informal entry (value up to $2,500), the year's flat
 * automated informal MPF. Plus HMF = 0.125% of the value for ocean freight either way. Each fee is
 * rounded to the cent, as on the entry summary.
 *
 * @example usEntryFees(100000, serialOf("2026-03-02"), true) // mpf 346.40, hmf 125, total 471.40
 * @example usEntryFees(1200, serialOf("2026-03-02"), true, "informal") // mpf 2.69, hmf 1.50, total 4.19
 */
export function usEntryFees(enteredValue: number, entrySerial: number, ocean: boolean, entryType: EntryType = "formal"): Result<UsEntryFees> {
  const invalid = checkNumber("entered_value", enteredValue, "atLeastZero") ?? checkNumber("entry_date", entrySerial, "aboveZero");
  if (invalid !== null) return invalid;
  if (entryType !== "formal" && entryType !== "informal") return fail("value", `entry_type "${String(entryType)}" is not an entry type: use formal or informal`);
  if (entryType === "informal" && enteredValue > INFORMAL_ENTRY_LIMIT) {
    return fail("value", `entered_value ${shownNumber(enteredValue)} is above $2,500, the most an informal entry may be (19 CFR 143.21): use entry_type formal`);
  }
  let row = -1;
  while (row + 1 < effectiveSerials.length && effectiveSerials[row + 1]! <= entrySerial) row++;
  if (row < 0) {
    return fail("na", `entry_date ${isoFromSerial(entrySerial)} is before ${US_ENTRY_FEE_YEARS[0]!.effectiveFrom}, the first date of Costcard's MPF table`);
  }
  const limits = US_ENTRY_FEE_YEARS[row]!;
  const fiscalYear = usFiscalYear(entrySerial);
  const mpf = entryType === "informal" ? limits.informalMpf : roundTo(Math.min(limits.mpfMaximum, Math.max(limits.mpfMinimum, enteredValue * MPF_RATE)), 2);
  const hmf = ocean ? roundTo(enteredValue * HMF_RATE, 2) : 0;
  return ok({
    mpf,
    hmf,
    total: roundTo(mpf + hmf, 2),
    entryType,
    fiscalYear,
    limits,
    limitsOutdated: fiscalYear > US_ENTRY_FEE_YEARS[US_ENTRY_FEE_YEARS.length - 1]!.fiscalYear,
  });
}
