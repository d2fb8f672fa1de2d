import { z } from "zod";
import { countryCode } from "../core/countries";
import { ANY, fractionalCodeMessage, htsPrefix } from "../core/duties";
import { dutyOrigin } from "../core/dutiesTable";
import { isoFromSerial, serialFromIso, serialFromYmd, ymdFromSerial } from "../core/excelDate";
import { fractionOfPercentText } from "../core/percentText";
import type { Result } from "../core/result";
import { isBlankCell } from "../model/rawTable";

/**
 * Zod schemas for one cell of a workbook table, by the kind of value its column holds. Each turns
 * what a cell can hold (string, number, boolean, null) into the value Costcard works with, or fails
 * with a message a sourcing manager can act on. A blank cell (null, "" or only spaces) reads as
 * undefined, so `.optional()` columns take their default and required ones say the value is missing.
 */

/** Dates outside this window are typing slips (PRODUCT.md: delivered before 2000, promised after 2200). */
const EARLIEST_DATE = serialFromYmd(2000, 1, 1);
const LATEST_DATE = serialFromYmd(2200, 12, 31);

/** No price, quantity, rate or index in a sourcing workbook comes near this: beyond it a cell is a slip. */
const LARGEST_AMOUNT = 1e9;


const blankToUndefined = (value: unknown): unknown => (isBlankCell(value) ? undefined : value);

/** A column that may be left blank: zod's optional() lets only undefined through, so a blank cell ("", spaces, null) is made undefined first. */
export function optionalCell<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

const missing = "missing value";

/** Plain decimal text ("12.50", "-3") reads as the number it spells; thousands separators and decimal commas do not, as their meaning depends on the locale. */
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function numberFromCell(value: unknown): unknown {
  if (isBlankCell(value)) return undefined;
  if (typeof value === "string" && DECIMAL_TEXT.test(value.trim())) return Number(value.trim());
  return value;
}

function typeMessage(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? missing : `${shown(issue.input)} is not ${what}`;
}

export interface NumberBounds {
  /** Smallest allowed value; 0 unless said. */
  readonly min?: number;
  /** True when the smallest value itself is not allowed (a rate or index of 0 cannot divide). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
}

export function numberCell(bounds: NumberBounds = {}) {
  const { min = 0, minExclusive = false, max = LARGEST_AMOUNT, integer = false } = bounds;
  const whole = integer ? "a whole number" : "a number";
  let schema = z.number({ error: typeMessage(whole) });
  if (integer) schema = schema.int({ error: (issue) => `${shown(issue.input)} is not a whole number` });
  schema = minExclusive
    ? schema.gt(min, { error: (issue) => `${shown(issue.input)} must be above ${min}` })
    : schema.gte(min, { error: (issue) => (min === 0 ? `${shown(issue.input)} is negative` : `${shown(issue.input)} is below ${min}`) });
  schema = schema.lte(max, { error: (issue) => `${shown(issue.input)} is implausibly large (above ${max.toLocaleString("en-US")})` });
  return z.preprocess(numberFromCell, schema);
}

const fractionFromPercentText = (value: unknown): unknown => (typeof value === "string" ? (fractionOfPercentText(value) ?? value) : value);

/**
 * A rate, a fraction (PRODUCT.md, "Workbook tables"): a number as `numberCell` reads it (a cell typed
 * 12% is already 0.12 in Excel), or text such as `12%` (a Text-formatted cell, a CSV import) read
 * as 0.12. `bounds` apply to the fraction, so "500%" is 5.
 */
export function rateCell(bounds: NumberBounds = {}) {
  return z.preprocess(fractionFromPercentText, numberCell(bounds));
}

/** Text kept as typed (trimmed); a number or TRUE/FALSE in a text column is read as its text, as an SKU 10023 is. */
export const textCell = z.preprocess(
  (value) => (isBlankCell(value) ? undefined : typeof value === "string" ? value.trim() : String(value).toUpperCase()),
  z.string({ error: typeMessage("text") }),
);

function dateFromCell(value: unknown, keepTime: boolean): unknown {
  if (isBlankCell(value)) return undefined;
  const serial = typeof value === "string" ? serialFromIso(value.trim()) : value;
  if (serial === null) return value;
  return typeof serial === "number" && !keepTime ? Math.floor(serial) : serial;
}

function dateCellSchema(keepTime: boolean) {
  const outOfWindow = (issue: { input?: unknown }) =>
    `${typeof issue.input === "number" ? isoFromSerial(issue.input) : shown(issue.input)} is not a plausible date (${isoFromSerial(EARLIEST_DATE)} to ${isoFromSerial(LATEST_DATE)})`;
  return z.preprocess(
    (value) => dateFromCell(value, keepTime),
    z
      .number({ error: (issue) => (issue.input === undefined ? missing : `${shown(issue.input)} is not a date (an Excel date or ISO text such as 2026-07-15)`) })
      .gte(EARLIEST_DATE, { error: outOfWindow })
      .lte(LATEST_DATE, { error: outOfWindow }),
  );
}

/** An Excel date (serial) or ISO text, read as a whole day. */
export const dateCell = dateCellSchema(false);
/** An Excel date-time (serial with a fraction) or ISO text with a time. */
export const dateTimeCell = dateCellSchema(true);

/**
 * The quick readers: the value a cell schema above gives for the cells it surely accepts (text,
 * numbers and date serials as the reader hands them over, blanks), or UNSURE for any other cell,
 * which then goes through the schema for its value or its message. They spare a million-line table
 * zod's per-cell work; test/unit/schema/quickCells.test.ts checks them against the schemas.
 */
export const UNSURE = Symbol("unsure");
export type Quick<T> = T | undefined | typeof UNSURE;

/** `textCell`'s value for text or a blank cell. */
export function quickText(value: CellValue): Quick<string> {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "string") return UNSURE;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** `numberCell()`'s (0 to LARGEST_AMOUNT) value for a number cell or a blank one. */
export function quickAmount(value: CellValue): Quick<number> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" && value >= 0 && value <= LARGEST_AMOUNT) return value;
  return typeof value === "string" && value.trim() === "" ? undefined : UNSURE;
}

/** `numberCell({ integer: true, min })`'s value (a whole number from `min` to LARGEST_AMOUNT) for a number cell or a blank one. */
export function quickWhole(value: CellValue, min: number): Quick<number> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= LARGEST_AMOUNT) return value;
  return typeof value === "string" && value.trim() === "" ? undefined : UNSURE;
}

/** `dateCell`'s value for a date serial or a blank cell. */
export function quickDate(value: CellValue): Quick<number> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") {
    const day = Math.floor(value);
    if (day >= EARLIEST_DATE && day <= LATEST_DATE) return day;
  }
  return typeof value === "string" && value.trim() === "" ? undefined : UNSURE;
}

/** `dateTimeCell`'s value for a date-time serial or a blank cell. */
export function quickDateTime(value: CellValue): Quick<number> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" && value >= EARLIEST_DATE && value <= LATEST_DATE) return value;
  return typeof value === "string" && value.trim() === "" ? undefined : UNSURE;
}

type CellValue = string | number | boolean | null | undefined;

/** One of `choices`, matched case-insensitively and ignoring surrounding spaces; read as the choice's own spelling. `aliases` map other accepted words to a choice. */
export function choiceCell<const C extends string>(choices: readonly C[], aliases: Readonly<Record<string, C>> = {}) {
  const byKey = new Map<string, C>(choices.map((choice) => [choice.toLowerCase(), choice]));
  for (const [alias, choice] of Object.entries(aliases)) byKey.set(alias.toLowerCase(), choice);
  return z.preprocess(
    (value) => (isBlankCell(value) ? undefined : typeof value === "string" ? (byKey.get(value.trim().toLowerCase()) ?? value) : value),
    z.enum(choices as unknown as readonly [C, ...C[]], {
      error: (issue) => (issue.input === undefined ? missing : `${shown(issue.input)} is not one of ${choices.join(", ")}`),
    }),
  );
}

const YES_WORDS = new Set(["yes", "y", "true", "1"]);
const NO_WORDS = new Set(["no", "n", "false", "0"]);

/** A yes/no cell (Shipments' Excused): Yes, Y, TRUE, 1 (text, number or Excel's boolean) or their opposites, any case. */
export const flagCell = z.preprocess(
  (value) => (isBlankCell(value) ? undefined : typeof value === "boolean" ? value : YES_WORDS.has(String(value).trim().toLowerCase()) ? true : NO_WORDS.has(String(value).trim().toLowerCase()) ? false : value),
  z.boolean({ error: (issue) => (issue.input === undefined ? missing : `${shown(issue.input)} is not yes or no (Yes, No, TRUE, FALSE, 1, 0)`) }),
);

/** `flagCell`'s value for Excel's boolean or a blank cell. */
export function quickFlag(value: CellValue): Quick<boolean> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value;
  return typeof value === "string" && value.trim() === "" ? undefined : UNSURE;
}

/** An ISO 4217 currency code such as USD or CNY, read in capitals. */
export const currencyCell = z.preprocess(
  (value) => (typeof value === "string" && !isBlankCell(value) ? value.trim() : blankToUndefined(value)),
  z
    .string({ error: typeMessage("a currency code") })
    .regex(/^[A-Za-z]{3}$/, { error: (issue) => `${shown(issue.input)} is not a three-letter currency code such as USD` })
    .transform((code) => code.toUpperCase()),
);

/**
 * A cell read by one of the core's own parsers (an AQL, an inspection level), so a table accepts
 * exactly what the matching custom function accepts, with the core's message when it does not.
 */
export function coreParsedCell<T>(parse: (value: string | number) => Result<T>) {
  return z.preprocess(
    blankToUndefined,
    z.union([z.string(), z.number()], { error: typeMessage("a number or text") }).transform((value, context) => {
      const parsed = parse(value);
      if (parsed.ok) return parsed.value;
      context.addIssue({ code: "custom", message: parsed.message, input: value });
      return z.NEVER;
    }),
  );
}

/** `coreParsedCell(parse)`'s value for text or a number `parse` accepts, or a blank cell. */
export function quickParsed<T>(value: CellValue, parse: (value: string | number) => Result<T>): Quick<T> {
  if (isBlankCell(value)) return undefined;
  if (typeof value !== "string" && typeof value !== "number") return UNSURE;
  const parsed = parse(value);
  return parsed.ok ? parsed.value : UNSURE;
}

function textOf(value: unknown): unknown {
  return isBlankCell(value) ? undefined : typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : value;
}

/**
 * A country (PRODUCT.md: Suppliers' Country, Quotes' and Duties' Origin): an ISO 3166 alpha-2 code
 * or an English name, read as its code; `anyOrigin` also lets `*` (any origin) through.
 */
export function countryCell({ anyOrigin = false }: { anyOrigin?: boolean } = {}) {
  return z.preprocess(
    textOf,
    z.string({ error: typeMessage("a country") }).transform((text, context) => {
      const code = anyOrigin ? dutyOrigin(text) : countryCode(text);
      if (code !== null) return code;
      context.addIssue({ code: "custom", input: text, message: `${shown(text)} is not a country: give its ISO 3166 code (CN) or English name (China)${anyOrigin ? ", or * for any origin" : ""}` });
      return z.NEVER;
    }),
  );
}

/**
 * A tariff code or prefix (HTS, HS, CN), kept as typed: digits with dots or spaces as the user likes
 * (`4202.21.6000`, `6109 10`); `anyCode` also lets `*` (every code) through. A whole number cell reads as
 * its digits, so 6109 is the heading 6109 (a code typed as a number loses a leading 0: type it as text);
 * a fractional number is refused, as it has lost the code's trailing zeros.
 */
export function tariffCodeCell({ anyCode = false }: { anyCode?: boolean } = {}) {
  const code = z.preprocess(
    textOf,
    z.string({ error: typeMessage("a tariff code") }).refine((text) => (anyCode || text !== ANY) && htsPrefix(text) !== null, {
      error: (issue) => `${shown(issue.input)} is not a tariff code: give its digits, with dots or spaces as you like (4202.21.6000)${anyCode ? ", or * for every code" : ""}`,
    }),
  );
  // DUTYRATE refuses the same cell (functions/dutiesRange.ts): a fraction has lost the code's trailing zeros.
  return z
    .unknown()
    .superRefine((value, context) => {
      if (typeof value === "number" && !Number.isInteger(value)) context.addIssue({ code: "custom", message: fractionalCodeMessage(value, "the HtsCode column") });
    })
    .pipe(code);
}

const YEAR_MONTH = /^\d{4}-\d{2}$/;

function monthSerialFromCell(value: unknown): unknown {
  if (isBlankCell(value)) return undefined;
  if (typeof value === "number") return Math.floor(value);
  if (typeof value !== "string") return value;
  const text = value.trim();
  return serialFromIso(YEAR_MONTH.test(text) ? `${text}-01` : text) ?? value;
}

const outOfMonths = (issue: { input?: unknown }) =>
  `${isoFromSerial(Number(issue.input)).slice(0, 7)} is not a plausible month (${isoFromSerial(EARLIEST_DATE).slice(0, 7)} to ${isoFromSerial(LATEST_DATE).slice(0, 7)})`;

/**
 * A calendar month (PRODUCT.md, Forecasts' Month): `2026-07` as text, or any date in the month (an
 * Excel date or ISO text), read as the serial of the month's first day.
 */
export const monthCell = z
  .preprocess(
    monthSerialFromCell,
    z
      .number({ error: (issue) => (issue.input === undefined ? missing : `${shown(issue.input)} is not a month (2026-07, or any date in the month)`) })
      .gte(EARLIEST_DATE, { error: outOfMonths })
      .lte(LATEST_DATE, { error: outOfMonths }),
  )
  .transform(firstOfMonth);

/** The serial of the first day of the month holding the day `serial`. */
function firstOfMonth(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return serialFromYmd(year, month, 1);
}

/** `monthCell`'s value (the serial of the month's first day) for a month as Costcard's sheets type it (`2026-07`), a date serial, or a blank cell. */
export function quickMonth(value: CellValue): Quick<number> {
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return undefined;
    const first = YEAR_MONTH.test(text) ? serialFromIso(`${text}-01`) : null;
    return first !== null && first >= EARLIEST_DATE && first <= LATEST_DATE ? first : UNSURE;
  }
  const day = quickDate(value);
  return typeof day === "number" ? firstOfMonth(day) : day;
}
