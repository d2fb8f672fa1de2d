import { checkNumber } from "./argumentChecks";
import { countryCode } from "./countries";
import { beyondNumberRange } from "./finiteResult";
import { normalizeHeader } from "./headerMatch";
import { fail, ok, type Result } from "./result";
import { shownNumber } from "./rounding";

/**
 * The Duties rule of PRODUCT.md (DUTYRATE): the duty in force on a tariff code from an origin at a
 * date, from dated rows of measures (MFN, Section 301, reciprocal, AD/CVD, ...). For each Measure,
 * of the rows in force whose Origin is the origin or `*` and whose HtsCode is a prefix of the code,
 * one row applies: the longest prefix; at equal length the country over `*`; then the latest From;
 * then the lower row (a correction is typed below the row it corrects). The applied rows stack.
 * Because the longest prefix wins, a 0 row on a longer prefix is an exclusion from a measure (for
 * every origin when its Origin is `*`), and it is listed among the applied measures with rate 0.
 */

/** Origin or HtsCode of a Duties row that matches every origin or every code. */
export const ANY = "*";

/** A Duties row once read: dates are serials, blank Rate and PerUnit are 0, blank To is null. */
export interface DutyRow {
  /** ISO 3166-1 alpha-2 code, or `*` for any origin. */
  readonly origin: string;
  /** The tariff-code prefix as typed ("4202.21", "9903.88.15"), or `*` for any code. */
  readonly htsCode: string;
  readonly measure: string;
  /** Ad valorem fraction of the customs value, 0 or more (above 1 is valid). */
  readonly rate: number;
  /** Home currency per unit of the goods, 0 or more. */
  readonly perUnit: number;
  readonly from: number;
  /** Last day in force (inclusive); null when open. */
  readonly to: number | null;
  readonly source: string;
}

/** A row that applies for its Measure, as DUTYDETAIL and the price review show it. */
export interface AppliedMeasure {
  readonly measure: string;
  /** The row's HtsCode as typed, `*` included. */
  readonly htsCode: string;
  readonly origin: string;
  readonly rate: number;
  readonly perUnit: number;
  readonly from: number;
  readonly to: number | null;
  readonly source: string;
  /** The row's position in the rows given (0 for the first), to point back at it. */
  readonly index: number;
}

export interface DutyInForce {
  /** Σ Rate + Σ PerUnit ÷ customs value: the duty as a fraction of the customs value. */
  readonly rate: number;
  /** Σ Rate of the applied measures. */
  readonly adValorem: number;
  /** Σ PerUnit of the applied measures, home currency per unit. */
  readonly perUnit: number;
  /** The applied measures in row order; empty when nothing is in force (the duty is then 0). */
  readonly measures: readonly AppliedMeasure[];
}

export interface DutyQuery {
  /** The goods' tariff code, dots and spaces as typed ("4202.21.6000"). */
  readonly htsCode: string;
  /** An ISO 3166-1 alpha-2 code or an English country name. */
  readonly origin: string;
  /** Serial date; a time of day is ignored, since From and To are whole days. */
  readonly date: number;
  /** Customs value per unit in home currency; needed only when a per-unit measure applies. */
  readonly customsValue?: number | null;
}

/** How a message names each input, so it says what the user typed: DUTYRATE's arguments, or Quotes' columns. */
export interface DutyNames {
  readonly htsCode: string;
  readonly origin: string;
  readonly date: string;
  readonly customsValue: string;
}

export const DUTYRATE_ARGUMENTS: DutyNames = { htsCode: "hts_code", origin: "origin", date: "date", customsValue: "customs_value" };

/**
 * The digits of a tariff code or prefix, dots and spaces left out; "" for `*` (every code); null
 * when anything but digits, dots and spaces is left or nothing is.
 *
 * @example htsPrefix("4202.21.60 00") // "4202216000"
 */
export function htsPrefix(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === ANY) return "";
  const digits = trimmed.replace(/[.\s]/g, "");
  return /^[0-9]+$/.test(digits) ? digits : null;
}

/**
 * Why a tariff code typed as a fractional number cannot be read: the number has lost the code's
 * trailing zeros (4202.10 is stored as 4202.1), so it would match the wrong, shorter prefix. A whole
 * number (a heading, 6109) still spells its code. `cell` says where to format as Text ("the cell",
 * "the HtsCode column"), so the table reader and DUTYRATE refuse it alike.
 */
export function fractionalCodeMessage(value: number, cell: string): string {
  return `${value} is a number, which drops a code's trailing zeros (4202.10 becomes 4202.1): format ${cell} as Text and type the code again ("4202.21.6000")`;
}

/** A Measure name in the form Measures are told apart in: the header form ("Section 301" = "section_301"). */
export function measureKey(measure: string): string {
  return normalizeHeader(measure);
}

interface Candidate {
  readonly row: DutyRow;
  readonly index: number;
  readonly prefixLength: number;
  readonly forCountry: boolean;
}

function outranks(challenger: Candidate, holder: Candidate): boolean {
  if (challenger.prefixLength !== holder.prefixLength) return challenger.prefixLength > holder.prefixLength;
  if (challenger.forCountry !== holder.forCountry) return challenger.forCountry;
  if (challenger.row.from !== holder.row.from) return challenger.row.from > holder.row.from;
  return challenger.index > holder.index;
}

function inForce(row: DutyRow, day: number): boolean {
  return Math.floor(row.from) <= day && (row.to === null || day <= Math.floor(row.to));
}

/**
 * The row that applies for each Measure, in row order, for a code of digits (see `htsPrefix`) and
 * an alpha-2 origin. Rows whose Origin or HtsCode cannot be read match nothing.
 */
export function measuresInForce(rows: readonly DutyRow[], code: string, origin: string, date: number): AppliedMeasure[] {
  const day = Math.floor(date);
  const winners = new Map<string, Candidate>();
  rows.forEach((row, index) => {
    if (!inForce(row, day)) return;
    const forCountry = row.origin !== ANY;
    if (forCountry && row.origin !== origin) return;
    const prefix = htsPrefix(row.htsCode);
    if (prefix === null || !code.startsWith(prefix)) return;
    const candidate: Candidate = { row, index, prefixLength: prefix.length, forCountry };
    const key = measureKey(row.measure);
    const holder = winners.get(key);
    if (holder === undefined || outranks(candidate, holder)) winners.set(key, candidate);
  });
  return [...winners.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ row, index }) => ({
      measure: row.measure,
      htsCode: row.htsCode,
      origin: row.origin,
      rate: row.rate,
      perUnit: row.perUnit,
      from: row.from,
      to: row.to,
      source: row.source,
      index,
    }));
}

/**
 * DUTYDETAIL: the query read (a code of digits, an origin as a code or a name, a date) and the
 * measure applied for each Measure. No customs value is needed to list them.
 */
export function appliedMeasures(rows: readonly DutyRow[], query: DutyQuery, names: DutyNames = DUTYRATE_ARGUMENTS): Result<AppliedMeasure[]> {
  const code = htsPrefix(query.htsCode);
  if (code === null || code === "") {
    return fail("value", `${names.htsCode} "${query.htsCode}" is not a tariff code: give its digits, with dots or spaces as you like (4202.21.6000)`);
  }
  const origin = countryCode(query.origin);
  if (origin === null) {
    return fail("value", `${names.origin} "${query.origin}" is not a country: give its ISO 3166 code (CN) or English name (China)`);
  }
  const invalid = checkNumber(names.date, query.date, "aboveZero") ?? (query.customsValue == null ? null : checkNumber(names.customsValue, query.customsValue, "atLeastZero"));
  if (invalid !== null) return invalid;
  return ok(measuresInForce(rows, code, origin, query.date));
}

/** The applied measures stacked: Σ Rate (ad valorem) and Σ PerUnit (home currency per unit). */
export function stackedMeasures(measures: readonly AppliedMeasure[]): { adValorem: number; perUnit: number } {
  let adValorem = 0;
  let perUnit = 0;
  for (const measure of measures) {
    adValorem += measure.rate;
    perUnit += measure.perUnit;
  }
  return { adValorem, perUnit };
}

/**
 * DUTYRATE: the measures in force stacked, Σ Rate + Σ PerUnit ÷ customs value. A per-unit measure
 * without a customs value is a "value" failure naming it, and with a customs value of 0 a "div0".
 *
 * @example dutyInForce(rows, { htsCode: "4202.21.6000", origin: "CN", date: serialOf("2026-03-02") })
 *   // MFN 9% + Section 301 25% + ...: rate 0.34 and the measures that make it
 */
export function dutyInForce(rows: readonly DutyRow[], query: DutyQuery, names: DutyNames = DUTYRATE_ARGUMENTS): Result<DutyInForce> {
  const applied = appliedMeasures(rows, query, names);
  if (!applied.ok) return applied;
  const measures = applied.value;
  const { adValorem, perUnit } = stackedMeasures(measures);
  let rate = adValorem;
  if (perUnit !== 0) {
    const perUnitMeasures = measures.filter((measure) => measure.perUnit !== 0).map((measure) => `${measure.measure} ${shownNumber(measure.perUnit)} per unit`);
    const needed = `the duty in force includes ${perUnitMeasures.join(" and ")}`;
    if (query.customsValue == null) {
      return fail("value", `${needed}: give ${names.customsValue}, the customs value per unit in home currency, to express it as a rate`);
    }
    if (query.customsValue === 0) return fail("div0", `${needed}, and ${names.customsValue} is 0: nothing to express it as a rate of`);
    rate += perUnit / query.customsValue;
  }
  if (!Number.isFinite(rate)) return beyondNumberRange(`the Rate and PerUnit of the measures in force and ${names.customsValue}`);
  return ok({ rate, adValorem, perUnit, measures });
}
