import { serialFromYmd, ymdFromSerial } from "./excelDate";

/**
 * How the brand scores as a customer (PRODUCT.md, "Our scorecard"): invoices paid on time and
 * forecasts that held. Dates are whole-day serials; the reports pick the rows of the period.
 */

export interface Invoice {
  readonly dueDate: number;
  /** Null while unpaid. */
  readonly paidDate: number | null;
}

export interface PaymentMeasures {
  readonly invoicesDue: number;
  /** Null when no invoice is due. */
  readonly paidOnTime: number | null;
  /** Mean days late (DueDate to payment, or to the as-of while unpaid) over the late invoices; null when none is late. */
  readonly paymentDaysLate: number | null;
}

/**
 * The period's invoices judged at the run's as-of date. An invoice is due once it is paid by the
 * as-of or its deadline (DueDate + tolerance) is before it; an unpaid invoice still within its
 * deadline is left out, as an open line not yet due is in OTD. A payment dated after the as-of is
 * not known yet: the invoice reads as unpaid.
 */
export function paymentMeasures(invoices: readonly Invoice[], { toleranceDays, asOf }: { readonly toleranceDays: number; readonly asOf: number }): PaymentMeasures {
  let due = 0;
  let onTime = 0;
  let late = 0;
  let daysLate = 0;
  for (const invoice of invoices) {
    const deadline = invoice.dueDate + toleranceDays;
    const paid = invoice.paidDate !== null && invoice.paidDate <= asOf ? invoice.paidDate : null;
    if (paid === null && !(deadline < asOf)) continue;
    due += 1;
    if (paid !== null && paid <= deadline) {
      onTime += 1;
    } else {
      late += 1;
      daysLate += (paid ?? asOf) - invoice.dueDate;
    }
  }
  return { invoicesDue: due, paidOnTime: due === 0 ? null : onTime / due, paymentDaysLate: late === 0 ? null : daysLate / late };
}

/** A forecast cell (supplier, SKU or total, month): what we said we would order and what we ordered. */
export interface ForecastCell {
  readonly forecast: number;
  readonly actual: number;
}

export interface ForecastMeasures {
  /** max(0, 1 − Σ|A − F| / ΣA): 1 − WAPE, floored at 0; null when ΣA = 0. */
  readonly forecastAccuracy: number | null;
  /** Σ(F − A) / ΣA: positive when we forecast more than we ordered; null when ΣA = 0. */
  readonly forecastBias: number | null;
}

export function forecastMeasures(cells: readonly ForecastCell[]): ForecastMeasures {
  let actual = 0;
  let absoluteError = 0;
  let error = 0;
  for (const cell of cells) {
    actual += cell.actual;
    absoluteError += Math.abs(cell.actual - cell.forecast);
    error += cell.forecast - cell.actual;
  }
  if (actual === 0) return { forecastAccuracy: null, forecastBias: null };
  return { forecastAccuracy: Math.max(0, 1 - absoluteError / actual), forecastBias: error / actual };
}

/** The first day of the month `lagMonths` months before the month starting at `month`: a forecast for `month` counts when given by then. */
export function forecastDeadline(month: number, lagMonths: number): number {
  const { year, month: monthOfYear } = ymdFromSerial(month);
  const index = year * 12 + (monthOfYear - 1) - lagMonths;
  return serialFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * The forecast of a cell that counts: among `rows` (the cell's rows in table order) those with MadeAt
 * on or before `deadline`, the latest; a blank MadeAt is in time and older than any dated row; on a
 * tie the row further down. Undefined when none was given in time.
 */
export function forecastInEffect<R extends { readonly madeAt: number | null }>(rows: readonly R[], deadline: number): R | undefined {
  let chosen: R | undefined;
  let chosenAt = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const madeAt = row.madeAt ?? Number.NEGATIVE_INFINITY;
    if (madeAt > deadline) continue;
    if (chosen === undefined || madeAt >= chosenAt) {
      chosen = row;
      chosenAt = madeAt;
    }
  }
  return chosen;
}
