import { fractionalCodeMessage, type DutyRow } from "../core/duties";
import { DUTY_COLUMNS, dutyAmountFault, dutyEndsBeforeStart, dutyOrigin, isDutyCode, LARGEST_DUTY_RATE, REQUIRED_DUTY_COLUMNS, type DutyColumn } from "../core/dutiesTable";
import { normalizeHeader } from "../core/headerMatch";
import { fail, ok, type Failure, type Result } from "../core/result";
import { optionalDate, optionalNumber, optionalRate, rowsOf } from "./coerce";

/**
 * DUTYRATE's `duties` argument: a Duties range with its header row (`Duties[#All]`), headers
 * matched as table headers are, read into the core's rows. A bad cell fails the whole call, naming
 * the range's row (its header is row 1) and column: a row left out would change the duty in silence.
 * Empty cells arrive as null, "" or 0, so a row of nothing but those is skipped, and a 0 in Origin,
 * HtsCode, Measure or From reads as empty.
 */

const isEmptyCell = (value: unknown): boolean => value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === "");

/** Text of a tariff code: a whole number as its digits; a fraction would have lost a code's trailing zeros. */
export function codeText(value: unknown, name: string): Result<string> {
  if (isEmptyCell(value)) return fail("value", `${name} is required`);
  if (typeof value === "string") return ok(value.trim());
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return ok(String(value));
  if (typeof value === "number") {
    return fail("value", `${name} ${fractionalCodeMessage(value, "the cell")}`);
  }
  return fail("value", `${name} must be a tariff code, got ${String(value).toUpperCase()}`);
}

function placeColumns(headers: readonly unknown[]): Result<Map<DutyColumn, number>> {
  const wanted = new Map<string, DutyColumn>(DUTY_COLUMNS.map((column) => [normalizeHeader(column), column]));
  const placed = new Map<DutyColumn, number>();
  headers.forEach((header, index) => {
    const column = typeof header === "string" ? wanted.get(normalizeHeader(header)) : undefined;
    if (column !== undefined && !placed.has(column)) placed.set(column, index);
  });
  const missing = REQUIRED_DUTY_COLUMNS.filter((column) => !placed.has(column));
  if (missing.length > 0) {
    const named = missing.length === 1 ? `${missing[0]} column` : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]} columns`;
    return fail("value", `duties has no ${named} in its first row: give the Duties range with its header row (Duties[#All]); it needs Origin, HtsCode, Measure and From`);
  }
  return ok(placed);
}

function readRow(cells: readonly unknown[], placed: Map<DutyColumn, number>, rowNumber: number): Result<DutyRow> {
  const cell = (column: DutyColumn): unknown => {
    const index = placed.get(column);
    return index === undefined ? null : cells[index];
  };
  const where = (column: DutyColumn): string => `duties row ${rowNumber} ${column}`;
  const required = (column: DutyColumn): Failure | null => (isEmptyCell(cell(column)) ? fail("value", `${where(column)} is empty; it is required`) : null);
  for (const column of REQUIRED_DUTY_COLUMNS) {
    const missing = required(column);
    if (missing !== null) return missing;
  }

  const originText = String(cell("Origin")).trim();
  const origin = dutyOrigin(originText);
  if (origin === null) return fail("value", `${where("Origin")} "${originText}" is not a country: give its ISO 3166 code (CN), English name (China) or * for any`);
  const code = codeText(cell("HtsCode"), where("HtsCode"));
  if (!code.ok) return code;
  if (!isDutyCode(code.value)) return fail("value", `${where("HtsCode")} "${code.value}" is not a tariff-code prefix: digits with dots or spaces, or * for any`);

  const amount = (column: "Rate" | "PerUnit"): Result<number> => {
    const read = column === "Rate" ? optionalRate(cell(column), where(column)) : optionalNumber(cell(column), where(column));
    if (!read.ok) return read;
    const value = read.value ?? 0;
    const fault = dutyAmountFault(column, value);
    if (fault === "negative") return fail("num", `${where(column)} must not be negative (got ${value})`);
    if (fault === "aboveLargestRate") {
      return fail("num", `${where(column)} ${value} is above ${LARGEST_DUTY_RATE * 100}%: a percentage typed as a number? Rates are fractions (0.25 for 25%)`);
    }
    return ok(value);
  };
  const rate = amount("Rate");
  if (!rate.ok) return rate;
  const perUnit = amount("PerUnit");
  if (!perUnit.ok) return perUnit;
  const from = optionalDate(cell("From"), where("From"));
  if (!from.ok) return from;
  const to = optionalDate(cell("To"), where("To"));
  if (!to.ok) return to;
  if (from.value === null) return fail("value", `${where("From")} is empty; it is required`);
  if (dutyEndsBeforeStart(from.value, to.value)) return fail("num", `${where("To")} is before its From`);
  const source = cell("Source");
  return ok({
    origin,
    htsCode: code.value,
    measure: String(cell("Measure")).trim(),
    rate: rate.value,
    perUnit: perUnit.value,
    from: from.value,
    to: to.value,
    source: isEmptyCell(source) ? "" : String(source).trim(),
  });
}

/** The Duties rows of a range whose first row holds the headers. */
export function dutyRowsOf(duties: unknown): Result<DutyRow[]> {
  const rows = rowsOf(duties);
  const placed = placeColumns(rows[0] ?? []);
  if (!placed.ok) return placed;
  const read: DutyRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every(isEmptyCell)) continue;
    const row = readRow(cells, placed.value, r + 1);
    if (!row.ok) return row;
    read.push(row.value);
  }
  return ok(read);
}
