import { fail, ok, type Result } from "../core/result";
import { serialFromIso } from "../core/excelDate";

/**
 * What Excel passes to a custom function, read into what the core takes. Excel hands over numbers,
 * strings, booleans, null for an omitted optional argument and 2-D arrays for ranges, and, depending
 * on the platform, an empty cell inside a range as null, "" or 0. Every reader names the argument
 * as the user sees it in the formula's help, so its message says what to fix.
 */

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const describe = (value: unknown): string => (typeof value === "string" ? `"${value}"` : String(value).toUpperCase());

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";

function numberFrom(value: unknown, name: string): Result<number> {
  if (typeof value === "number") {
    return Number.isFinite(value) ? ok(value) : fail("num", `${name} must be a finite number`);
  }
  if (typeof value === "string" && NUMERIC_TEXT.test(value.trim())) {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? ok(parsed) : fail("num", `${name} ${describe(value)} is too large`);
  }
  return fail("value", `${name} must be a number, got ${describe(value)}`);
}

/** A number the user must give. */
export function requiredNumber(value: unknown, name: string): Result<number> {
  return isBlank(value) ? fail("value", `${name} is required`) : numberFrom(value, name);
}

/** A number the user may leave out: null when omitted or empty. */
export function optionalNumber(value: unknown, name: string): Result<number | null> {
  return isBlank(value) ? ok(null) : numberFrom(value, name);
}

/** A word (incoterm, level, ...): null when omitted or empty, trimmed otherwise. */
export function optionalText(value: unknown, name: string): Result<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === "string") return value.trim() === "" ? ok(null) : ok(value.trim());
  if (typeof value === "number" && Number.isFinite(value)) return ok(String(value));
  return fail("value", `${name} must be text, got ${describe(value)}`);
}

/** TRUE/FALSE, 1/0 or the text TRUE/FALSE: null when omitted or empty. */
export function optionalBoolean(value: unknown, name: string): Result<boolean | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === "boolean") return ok(value);
  if (value === 0 || value === 1) return ok(value === 1);
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return ok(value.trim().toLowerCase() === "true");
  return fail("value", `${name} must be TRUE or FALSE, got ${describe(value)}`);
}

/**
 * A date as Excel holds it (a serial number, fractional for a date-time) or as ISO text
 * (`2026-07-15`): null when empty, and a date of 0 is an empty date (what a blank date cell
 * shows through a formula).
 */
export function optionalDate(value: unknown, name: string): Result<number | null> {
  if (isBlank(value) || value === 0) return ok(null);
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return fail("num", `${name} ${value} is not a date`);
    return ok(value);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return ok(null);
    const serial = serialFromIso(text) ?? (NUMERIC_TEXT.test(text) ? Number(text) : null);
    if (serial !== null && Number.isFinite(serial) && serial >= 0) return ok(serial === 0 ? null : serial);
    return fail("value", `${name} ${describe(value)} is not a date: use a date cell or ISO text like 2026-07-15`);
  }
  return fail("value", `${name} must be a date, got ${describe(value)}`);
}

/** A range as rows of cells; a single value stands for a one-cell range, a lone row for a one-row range. */
export type Range = readonly (readonly unknown[])[];

export function rangeOf(value: unknown): Range {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** Same number of rows and the same length row by row (Excel's ranges are rectangles; fuzzed arrays may be ragged). */
export const sameShape = (a: Range, b: Range): boolean => a.length === b.length && a.every((row, i) => row.length === b[i]?.length);

export function shapeText(range: Range): string {
  const width = range[0]?.length ?? 0;
  return range.every((row) => row.length === width) ? `${range.length}×${width}` : `${range.reduce((n, row) => n + row.length, 0)} cells`;
}

function cellCount(range: Range): number {
  let count = 0;
  for (const row of range) count += row.length;
  return count;
}

/**
 * A range's cells in reading order (row by row) as numbers, NaN for an empty cell: the form the
 * core's column functions take, filled without allocating per cell because OTDRATE may read a
 * million lines at each recalculation.
 */
function column(range: Range, name: string, read: (value: unknown, name: string) => Result<number | null>): Result<Float64Array> {
  const values = new Float64Array(cellCount(range));
  let i = 0;
  for (const row of range) {
    for (const value of row) {
      if (typeof value === "number" && value > 0 && value < Number.MAX_VALUE) {
        values[i++] = value;
        continue;
      }
      const cell = read(value, name);
      if (!cell.ok) return fail(cell.code, `${cell.message} (cell ${i + 1} of the range)`);
      values[i++] = cell.value ?? Number.NaN;
    }
  }
  return ok(values);
}

const blankOrNumber = (value: unknown, name: string): Result<number | null> =>
  isBlank(value) || (typeof value === "string" && value.trim() === "") ? ok(null) : numberFrom(value, name);

/** The numbers of a range, NaN for an empty cell (a platform that sends an empty cell as 0 gives 0). */
export const numberColumn = (range: Range, name: string): Result<Float64Array> => column(range, name, blankOrNumber);

/** The dates of a range as serials, NaN for an empty cell or a date of 0. */
export const dateColumn = (range: Range, name: string): Result<Float64Array> => column(range, name, optionalDate);
