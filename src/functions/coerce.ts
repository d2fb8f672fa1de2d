import { fail, ok, type Failure, type Result } from "../core/result";
import { serialFromIso } from "../core/excelDate";
import { isoSerialInWorkbook } from "./dateSystem";
import { fractionOfPercentText } from "../core/percentText";

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

/** A rate the user may leave out, as `optionalNumber` reads it or as percentage text ("25%" is 0.25), as the tables read a rate. */
export function optionalRate(value: unknown, name: string): Result<number | null> {
  const fraction = typeof value === "string" ? fractionOfPercentText(value) : null;
  return fraction === null ? optionalNumber(value, name) : ok(fraction);
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
 * A date as Excel holds it (a serial number of the workbook's date system, fractional for a
 * date-time) or as ISO text (`2026-07-15`, taken as a serial of the same system): null when empty, and a date of 0 is an empty date (what a blank date cell
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
    // ISO text names a calendar day: as a serial of the workbook's date system, like the cells beside it.
    const iso = serialFromIso(text);
    const serial = iso !== null ? isoSerialInWorkbook(iso) : NUMERIC_TEXT.test(text) ? Number(text) : null;
    if (serial !== null && Number.isFinite(serial) && serial >= 0) return ok(serial === 0 ? null : serial);
    return fail("value", `${name} ${describe(value)} is not a date: use a date cell or ISO text like 2026-07-15`);
  }
  return fail("value", `${name} must be a date, got ${describe(value)}`);
}

/** A range as rows of cells: a single value stands for a one-cell range, a lone value in a row for a one-cell row. */
export function rowsOf(value: unknown): unknown[][] {
  return Array.isArray(value) ? value.map((row: unknown) => (Array.isArray(row) ? row : [row])) : [[value]];
}

/** A range's numbers in reading order (row by row), NaN for an empty cell, and its shape to line ranges up. */
export interface Column {
  readonly values: Float64Array;
  /** `3×1` for a rectangle; ragged arrays (never from Excel, but possible from code) list their row lengths. */
  readonly shape: string;
}

/**
 * The numbers of one range argument, kept from call to call by a function that reads big ranges
 * (OTDRATE over a million lines): filling a buffer already there costs a third less than zeroing a
 * fresh one each time. A column read into it lives until the function's next call, which is safe
 * because a function is called one cell at a time and hands the core only plain numbers back.
 */
export class ColumnBuffer {
  private buffer = new Float64Array(0);

  take(count: number): Float64Array {
    if (this.buffer.length < count) this.buffer = new Float64Array(count);
    return this.buffer.subarray(0, count);
  }
}

const NEEDS_READING = -1;

/** The cells Excel sends most, read inline: a positive number as itself, an empty cell as NaN; anything else needs reading. */
function quickNumber(value: unknown): number {
  if (typeof value === "number") return value > 0 && value <= Number.MAX_VALUE ? value : NEEDS_READING;
  return value === null || value === undefined || value === "" ? Number.NaN : NEEDS_READING;
}

type CellReader = (value: unknown, name: string) => Result<number | null>;

function store(values: Float64Array, i: number, value: unknown, name: string, read: CellReader): Failure | null {
  const quick = quickNumber(value);
  if (quick !== NEEDS_READING) {
    values[i] = quick;
    return null;
  }
  const cell = read(value, name);
  if (!cell.ok) return fail(cell.code, `${cell.message} (cell ${i + 1} of the range)`);
  values[i] = cell.value ?? Number.NaN;
  return null;
}

/**
 * Reads a range (a single value stands for a one-cell range) in one pass over its rows: OTDRATE
 * may read a million lines at each recalculation, and touching each row once is what keeps it
 * close to a plain loop. A one-column range, the usual shape, is read without an inner loop.
 */
function column(value: unknown, name: string, read: CellReader, buffer?: ColumnBuffer): Result<Column> {
  const range: readonly unknown[] = Array.isArray(value) ? value : [[value]];
  const first: unknown = range[0];
  const width = Array.isArray(first) ? first.length : -1;
  if (width >= 0) {
    const count = range.length * width;
    const values = buffer ? buffer.take(count) : new Float64Array(count);
    let rectangular = true;
    for (let r = 0; r < range.length && rectangular; r++) {
      const row: unknown = range[r];
      if (!Array.isArray(row) || row.length !== width) {
        rectangular = false;
      } else if (width === 1) {
        const quick = quickNumber(row[0]);
        if (quick !== NEEDS_READING) values[r] = quick;
        else {
          const failure = store(values, r, row[0], name, read);
          if (failure) return failure;
        }
      } else {
        for (let c = 0; c < width; c++) {
          const failure = store(values, r * width + c, row[c], name, read);
          if (failure) return failure;
        }
      }
    }
    if (rectangular) return ok({ values, shape: `${range.length}×${width}` });
  }
  const rows = rowsOf(range);
  const values = new Float64Array(rows.reduce((count, row) => count + row.length, 0));
  let i = 0;
  for (const row of rows) {
    for (const cell of row) {
      const failure = store(values, i++, cell, name, read);
      if (failure) return failure;
    }
  }
  return ok({ values, shape: rows.length === 0 ? "0×0" : `rows of ${rows.map((row) => row.length).join(", ")} cells` });
}

const blankOrNumber = (value: unknown, name: string): Result<number | null> =>
  isBlank(value) || (typeof value === "string" && value.trim() === "") ? ok(null) : numberFrom(value, name);

/** The numbers of a range, NaN for an empty cell (a platform that sends an empty cell as 0 gives 0). */
export const numberColumn = (range: unknown, name: string, buffer?: ColumnBuffer): Result<Column> => column(range, name, blankOrNumber, buffer);

/** The dates of a range as serials, NaN for an empty cell or a date of 0. */
export const dateColumn = (range: unknown, name: string, buffer?: ColumnBuffer): Result<Column> => column(range, name, optionalDate, buffer);

/** Ranges the user lines up cell by cell must have the same shape. */
export function sameShapeAs(column: Column, name: string, reference: Column, referenceName: string): Result<Column> {
  return column.shape === reference.shape
    ? ok(column)
    : fail("value", `${name} (${column.shape}) must be the same size as ${referenceName} (${reference.shape})`);
}

/** Receives the lines of `walkDatedLines`, one call each. */
export interface DatedLineSink {
  add(promised: number, delivered: number, weight: number): void;
}

/** A date cell read inline: a positive serial, NaN for empty (null, "" or 0), NEEDS_READING otherwise. */
function quickDate(value: unknown): number {
  const quick = quickNumber(value);
  return quick === NEEDS_READING && value === 0 ? Number.NaN : quick;
}

/** A weight read inline: a positive quantity, 0 for a line to leave out (empty or 0), NEEDS_READING otherwise. */
function quickWeight(value: unknown): number {
  const quick = quickNumber(value);
  if (quick === NEEDS_READING) return value === 0 ? 0 : NEEDS_READING;
  return Number.isNaN(quick) ? 0 : quick;
}

/**
 * Two date ranges and an optional weight range read together in one walk over their rows, each
 * line with a weight above 0 handed to `sink` (weight 1 without weights), for OTDRATE over a
 * million lines, where walking the row arrays is most of the cost. It reads only what it can
 * read inline (positive numbers and empty cells, in rectangular ranges of one shape) and answers
 * false at anything else, before or after handing lines over: the caller then discards its sink
 * and reads the ranges one by one (`dateColumn`, `numberColumn`), which names the argument at
 * fault. Kept in this module with `quickNumber`, as a call across modules costs a property read
 * per cell under tsx.
 */
export function walkDatedLines(promised: unknown, delivered: unknown, weights: unknown, sink: DatedLineSink): boolean {
  const weighted = weights !== null && weights !== undefined;
  if (!Array.isArray(promised) || !Array.isArray(delivered) || (weighted && !Array.isArray(weights))) return false;
  const weightRows: readonly unknown[] | null = weighted ? (weights as readonly unknown[]) : null;
  const rows = promised.length;
  const firstRow: unknown = promised[0];
  if (rows === 0 || delivered.length !== rows || (weightRows !== null && weightRows.length !== rows) || !Array.isArray(firstRow)) return false;
  const width = firstRow.length;
  for (let r = 0; r < rows; r++) {
    const promisedRow: unknown = promised[r];
    const deliveredRow: unknown = delivered[r];
    const weightRow: unknown = weightRows === null ? null : weightRows[r];
    if (!Array.isArray(promisedRow) || !Array.isArray(deliveredRow) || promisedRow.length !== width || deliveredRow.length !== width) return false;
    if (weightRow !== null && (!Array.isArray(weightRow) || weightRow.length !== width)) return false;
    for (let c = 0; c < width; c++) {
      const promisedDay = quickDate(promisedRow[c]);
      const deliveredDay = quickDate(deliveredRow[c]);
      const weight = weightRow === null ? 1 : quickWeight((weightRow as readonly unknown[])[c]);
      if (promisedDay === NEEDS_READING || deliveredDay === NEEDS_READING || weight === NEEDS_READING) return false;
      if (weight > 0) sink.add(promisedDay, deliveredDay, weight);
    }
  }
  return true;
}
