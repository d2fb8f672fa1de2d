import { fail, ok, type Result } from "./result";
import { daysInMonth, serialFromYmd, ymdFromSerial } from "./excelDate";

/** A reporting period (PRODUCT.md, "Periods"): `first` and `last` are the serials of its first and last day. */
export interface Period {
  readonly kind: "quarter" | "month" | "year";
  readonly label: string;
  readonly first: number;
  readonly last: number;
}

export type PeriodKind = Period["kind"];

const QUARTER = /^(\d{4})-Q([1-4])$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const FIRST_YEAR = 1900;

const pad2 = (n: number): string => String(n).padStart(2, "0");

function monthSpan(year: number, firstMonth: number, months: number): { first: number; last: number } {
  const lastMonth = firstMonth + months - 1;
  return {
    first: serialFromYmd(year, firstMonth, 1),
    last: serialFromYmd(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: "quarter", label: `${year}-Q${quarter}`, ...monthSpan(year, quarter * 3 - 2, 3) };
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: "month", label: `${year}-${pad2(month)}`, ...monthSpan(year, month, 1) };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", label: String(year), ...monthSpan(year, 1, 12) };
}

function periodFromLabel(label: string): Period | null {
  const quarter = QUARTER.exec(label);
  const month = MONTH.exec(label);
  const year = Number((quarter ?? month ?? YEAR.exec(label))?.[1]);
  if (!(year >= FIRST_YEAR)) return null;
  if (quarter !== null) return quarterPeriod(year, Number(quarter[2]));
  if (month === null) return yearPeriod(year);
  const monthNumber = Number(month[2]);
  return monthNumber >= 1 && monthNumber <= 12 ? monthPeriod(year, monthNumber) : null;
}

/** Reads `2026-Q3` (any case, surrounding spaces ignored), `2026-07` or `2026`. */
export function parsePeriod(text: string): Result<Period> {
  const label = text.trim();
  const period = periodFromLabel(label);
  if (period !== null) return ok(period);
  return fail("value", `period "${label}" is not a period: write a quarter (2026-Q3), a month (2026-07) or a year (2026), from ${FIRST_YEAR} on`);
}

/** The period of the same kind that holds a date (a shipment's PromisedDate, an inspection's date). */
export function periodContaining(kind: PeriodKind, serial: number): Period {
  const { year, month } = ymdFromSerial(serial);
  if (kind === "year") return yearPeriod(year);
  if (kind === "month") return monthPeriod(year, month);
  return quarterPeriod(year, Math.ceil(month / 3));
}

/** The period of the same kind just before: 2026-Q1 → 2025-Q4, 2026-01 → 2025-12, 2026 → 2025. */
export function previousPeriod(p: Period): Period {
  return periodContaining(p.kind, p.first - 1);
}

/** Whether a date (or date-time) falls on one of the period's days. */
export function periodContains(p: Period, serial: number): boolean {
  return serial >= p.first && serial < p.last + 1;
}

/** The as-of date of a run for a period: the earlier of the period's last day and the run's as-of date. */
export function periodAsOf(p: Period, runAsOf: number): number {
  return Math.min(p.last, runAsOf);
}

/** The `count` periods of the period's kind ending with it, oldest first (2026-Q3, 3: 2026-Q1, 2026-Q2, 2026-Q3). */
export function periodsEndingWith(p: Period, count: number): Period[] {
  const periods = [p];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0]!));
  return periods;
}
