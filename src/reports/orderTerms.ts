import { isoFromSerial } from "../core/excelDate";
import type { ShipmentRecord } from "../schema/tables";
import { LineGaps } from "./lineGaps";
import type { ReviewLookups } from "./lookups";
import type { ProblemJson } from "../model/problem";

/**
 * What the quote in effect when a line was ordered promised about it: its lead time and its deposit
 * (PRODUCT.md, Scorecard: leadTimeSlip and openDeposits). The quote is the one in effect at the
 * line's OrderDate, at the price-break tier of the line's Quantity, as a purchase order is placed
 * on the terms quoted then.
 */

/**
 * The signed mean of DeliveredDate − OrderDate − LeadTimeDays in days over `delivered` (the period's
 * lines delivered by the run's as-of date): positive when the factory took longer than it quoted,
 * negative when it was early. A line without OrderDate or SKU, or whose quote at OrderDate has no
 * LeadTimeDays (or no quote), says nothing about lead time and is skipped. Null when no line is left.
 *
 * @example a line ordered 06-01, quoted 45 days, delivered 07-20: 49 − 45 = +4 days
 */
export function leadTimeSlip(supplier: string, delivered: readonly ShipmentRecord[], lookups: ReviewLookups): number | null {
  let total = 0;
  let lines = 0;
  for (const line of delivered) {
    if (line.orderDate === null || line.sku === null) continue;
    const leadTimeDays = lookups.quotesFor(line.sku, supplier)?.at(line.orderDate, line.quantity)?.leadTimeDays ?? null;
    if (leadTimeDays === null) continue;
    total += line.deliveredDate! - line.orderDate - leadTimeDays;
    lines += 1;
  }
  return lines === 0 ? null : total / lines;
}

/**
 * The deposit cash the supplier holds at `asOf`, in home currency: over all its lines of any period
 * ordered on or before `asOf` and not delivered by it, DepositPct × Quantity × the tier's UnitPrice ×
 * FX, all at OrderDate. A blank DepositPct is no deposit. A line without OrderDate cannot be known to
 * be ordered, so it holds no deposit (docs/kpis.md). An ordered open line whose deposit cannot be
 * priced (no SKU, no quote at OrderDate, no FX rate) is left out and listed when `problems` is given.
 */
/** Whether a line is ordered on or before `asOf` and not delivered by it: the lines that hold a deposit then. */
export function isOpenAt(line: ShipmentRecord, asOf: number): boolean {
  return line.orderDate !== null && line.orderDate <= asOf && (line.deliveredDate === null || line.deliveredDate > asOf);
}

export function openDeposits(supplier: string, lines: readonly ShipmentRecord[], asOf: number, lookups: ReviewLookups, problems: ProblemJson[] | null): number {
  let deposits = 0;
  const gaps = new LineGaps();
  for (const line of lines) {
    if (!isOpenAt(line, asOf)) continue;
    const ordered = line.orderDate!;
    if (line.sku === null) {
      gaps.add(line, "SKU", "no sku", `an ordered, open line of ${supplier} has no SKU, so no deposit terms`);
      continue;
    }
    const quote = lookups.quotesFor(line.sku, supplier)?.at(ordered, line.quantity);
    if (quote === undefined) {
      gaps.add(line, "OrderDate", `quote ${line.sku}`, `Quotes has no price for ${line.sku} from ${supplier} on or before the order (${isoFromSerial(ordered)})`);
      continue;
    }
    if (quote.depositPct === null || quote.depositPct === 0) continue;
    const currency = lookups.currencyOf(quote);
    const fx = lookups.fxRate(currency, ordered);
    if (fx === undefined) {
      gaps.add(line, "OrderDate", `fx ${currency}`, `FxRates has no ${currency} rate on or before the order (${isoFromSerial(ordered)})`);
      continue;
    }
    deposits += quote.depositPct * line.quantity * quote.unitPrice * fx;
  }
  gaps.report("openDeposits", problems);
  return deposits;
}
