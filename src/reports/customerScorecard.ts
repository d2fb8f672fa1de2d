import { forecastDeadline, forecastInEffect, forecastMeasures, paymentMeasures, type ForecastCell } from "../core/customerScore";
import { periodAsOf, periodContaining, periodContains, type Period } from "../core/period";
import type { Settings } from "../schema/settings";
import type { ForecastRecord, PaymentRecord, ShipmentRecord } from "../schema/tables";
import { groupBy } from "./groupBy";
import { compareText } from "./lookups";
import type { CustomerScoreJson } from "./reviewJson";

/**
 * "Our scorecard" (PRODUCT.md, "Our scorecard (the brand as a customer)"): one row per supplier with
 * an invoice due or a forecast in the period, saying how the brand paid it and how well the brand's
 * forecasts held. The measures are the core's (core/customerScore.ts); this module picks the rows.
 */

/** The first days of the period's months that ended by its as-of date: the months whose forecasts are measured. */
export function forecastMonths(period: Period, runAsOf: number): number[] {
  const asOf = periodAsOf(period, runAsOf);
  const months: number[] = [];
  for (let first = period.first; first <= period.last; ) {
    const month = periodContaining("month", first);
    if (month.last <= asOf) months.push(first);
    first = month.last + 1;
  }
  return months;
}

/** A supplier's ordered quantities, one slot per measured month. */
interface OrderedOfSupplier {
  readonly total: number[];
  readonly bySku: Map<string, number[]>;
}

/**
 * A (forecast's) A: the Quantity of each supplier's Shipments lines by OrderDate month, in total and
 * by SKU, for the measured months only. Filled by the scorecard's one pass over the shipment lines
 * (`supplierRows`), so a million lines are not walked again: a line outside the months costs two
 * comparisons, one inside adds to slots that exist after the first line of its supplier and SKU.
 */
export class OrderedQuantities {
  /** Each month's first day, then the day after the last month. */
  private readonly bounds: readonly number[];
  private readonly bySupplier = new Map<string, OrderedOfSupplier>();

  constructor(readonly months: readonly number[]) {
    const last = months.at(-1);
    this.bounds = last === undefined ? [] : [...months, periodContaining("month", last).last + 1];
  }

  add(line: ShipmentRecord): void {
    const date = line.orderDate;
    if (date === null || this.bounds.length === 0 || date < this.bounds[0]! || date >= this.bounds[this.bounds.length - 1]!) return;
    let month = 0;
    while (date >= this.bounds[month + 1]!) month += 1;
    let of = this.bySupplier.get(line.supplier);
    if (of === undefined) {
      of = { total: this.slots(), bySku: new Map() };
      this.bySupplier.set(line.supplier, of);
    }
    of.total[month]! += line.quantity;
    if (line.sku === null) return;
    let sku = of.bySku.get(line.sku);
    if (sku === undefined) {
      sku = this.slots();
      of.bySku.set(line.sku, sku);
    }
    sku[month]! += line.quantity;
  }

  /** Σ Quantity of the supplier's lines ordered in the month (its index in `months`), of the SKU, or of every line for null. */
  ordered(supplier: string, sku: string | null, month: number): number {
    const of = this.bySupplier.get(supplier);
    const slots = sku === null ? of?.total : of?.bySku.get(sku);
    return slots?.[month] ?? 0;
  }

  private slots(): number[] {
    return new Array<number>(this.months.length).fill(0);
  }
}

/** The months to collect ordered quantities for, or null when no forecast falls in them (nothing to measure, no work in the pass). */
export function orderedQuantitiesFor(forecasts: readonly ForecastRecord[], period: Period, runAsOf: number): OrderedQuantities | null {
  const months = forecastMonths(period, runAsOf);
  const measured = new Set(months);
  return forecasts.some((forecast) => measured.has(forecast.month)) ? new OrderedQuantities(months) : null;
}

/**
 * The supplier's forecast cells of the measured months with the forecast that counts and what was
 * ordered. A month with an SKU row in time is measured on its SKU rows, else on its total row.
 */
function forecastCells(supplier: string, forecasts: readonly ForecastRecord[], ordered: OrderedQuantities, lagMonths: number): ForecastCell[] {
  const cells: ForecastCell[] = [];
  ordered.months.forEach((month, index) => {
    const deadline = forecastDeadline(month, lagMonths);
    const ofMonth = forecasts.filter((forecast) => forecast.month === month);
    const skuCells: ForecastCell[] = [];
    for (const [sku, rows] of groupBy(ofMonth.filter((forecast) => forecast.sku !== null), (forecast) => forecast.sku!)) {
      const counted = forecastInEffect(rows, deadline);
      if (counted !== undefined) skuCells.push({ forecast: counted.quantity, actual: ordered.ordered(supplier, sku, index) });
    }
    if (skuCells.length > 0) {
      cells.push(...skuCells);
      return;
    }
    const total = forecastInEffect(
      ofMonth.filter((forecast) => forecast.sku === null),
      deadline,
    );
    if (total !== undefined) cells.push({ forecast: total.quantity, actual: ordered.ordered(supplier, null, index) });
  });
  return cells;
}

export interface CustomerScorecardInput {
  readonly payments: readonly PaymentRecord[];
  readonly forecasts: readonly ForecastRecord[];
  readonly period: Period;
  /** The run's as-of date: a payment dated after it is not known yet. */
  readonly runAsOf: number;
  readonly settings: Settings;
  /** What the scorecard's pass collected (`orderedQuantitiesFor`); null when no forecast is measured. */
  readonly ordered: OrderedQuantities | null;
}

/** Our scorecard's rows, by supplier name. */
export function customerScorecard(input: CustomerScorecardInput): CustomerScoreJson[] {
  const { period, settings, ordered } = input;
  const invoices = groupBy(
    input.payments.filter((payment) => periodContains(period, payment.dueDate)),
    (payment) => payment.supplier,
  );
  const forecasts = groupBy(
    input.forecasts.filter((forecast) => periodContains(period, forecast.month)),
    (forecast) => forecast.supplier,
  );
  const suppliers = [...new Set([...invoices.keys(), ...forecasts.keys()])].sort(compareText);
  return suppliers.map((supplier) => {
    const payments = paymentMeasures(invoices.get(supplier) ?? [], { toleranceDays: settings.paymentToleranceDays, asOf: input.runAsOf });
    const cells = ordered === null ? [] : forecastCells(supplier, forecasts.get(supplier) ?? [], ordered, settings.forecastLagMonths);
    return { supplier, ...payments, ...forecastMeasures(cells) };
  });
}
