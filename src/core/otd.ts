import { fail, ok, type Result } from "./result";

/**
 * On-time delivery (PRODUCT.md, OTDRATE and the scorecard). A line is on time when delivered on or
 * before the promised day + tolerance, late when delivered after it, and, while still open, late
 * once the as-of day is past promised + tolerance; an open line not yet due is not countable.
 * Dates are compared as calendar days, so a delivery at 17:00 on the promised day is on time.
 * An empty date is NaN, null, 0 or negative (Excel sends 0 for an empty cell).
 */
export type LineStatus = "onTime" | "late" | "notCountable";

const ON_TIME = 0;
const LATE = 1;
const NOT_COUNTABLE = 2;
type LineStatusCode = typeof ON_TIME | typeof LATE | typeof NOT_COUNTABLE;

const STATUS_NAMES: readonly LineStatus[] = ["onTime", "late", "notCountable"];

/** The one classification both OTDRATE and the scorecard use; numeric so hot loops allocate nothing. */
function lineStatusCode(promised: number, delivered: number, toleranceDays: number, asOf: number): LineStatusCode {
  if (!(promised > 0)) return NOT_COUNTABLE;
  const due = Math.floor(promised) + toleranceDays;
  if (delivered > 0) return Math.floor(delivered) <= due ? ON_TIME : LATE;
  return asOf > 0 && due < Math.floor(asOf) ? LATE : NOT_COUNTABLE;
}

const orNaN = (value: number | null | undefined): number => value ?? Number.NaN;

export function lineStatus(promised: number, delivered: number | null, toleranceDays: number, asOf: number | null): LineStatus {
  return STATUS_NAMES[lineStatusCode(promised, orNaN(delivered), toleranceDays, orNaN(asOf))]!;
}

function checkTolerance(toleranceDays: number): Result<number> {
  if (typeof toleranceDays !== "number" || Number.isNaN(toleranceDays)) return fail("value", "tolerance_days must be a number of days");
  if (!Number.isFinite(toleranceDays) || toleranceDays < 0) return fail("num", `tolerance_days must be 0 or more days (got ${toleranceDays})`);
  return ok(toleranceDays);
}

/**
 * OTDRATE over columns: on-time lines / countable lines, or with `quantities` on-time quantity /
 * countable quantity (a line with an empty or 0 quantity is then left out; a negative one is "num"). Columns are any
 * array-like of numbers (plain arrays, Float64Array) with NaN or 0 for an empty date.
 * No countable line is "div0".
 *
 * @example otdRate([46218, 46218, 46218], [46218, 46220, NaN], 0, null, 46230) // 1/3
 */
export function otdRate(
  promised: ArrayLike<number>,
  delivered: ArrayLike<number>,
  toleranceDays = 0,
  quantities: ArrayLike<number> | null = null,
  asOf: number | null = null,
): Result<number> {
  const n = promised.length;
  if (delivered.length !== n) return fail("value", `delivered_dates must be the same size as promised_dates (${delivered.length} cells, not ${n})`);
  if (quantities !== null && quantities.length !== n) return fail("value", `quantities must be the same size as promised_dates (${quantities.length} cells, not ${n})`);
  const tolerance = checkTolerance(toleranceDays);
  if (!tolerance.ok) return tolerance;
  const tally = { countable: 0, onTime: 0, negativeAt: -1 };
  tallyLines(promised, delivered, toleranceDays, quantities, orNaN(asOf), 1, tally);
  // A negative quantity is a slip to report, not a line to leave out as an empty or 0 one is.
  if (quantities !== null && tally.negativeAt >= 0) {
    return fail("num", `quantities item ${tally.negativeAt + 1} is negative (${quantities[tally.negativeAt]}): a line's quantity is 0 or more`);
  }
  // Quantities near 1.8e308 overflow the sums; scaled by a power of two they fit, and no ratio changes.
  if (!Number.isFinite(tally.countable)) tallyLines(promised, delivered, toleranceDays, quantities, orNaN(asOf), SUM_SCALE, tally);
  return rateOf(tally.countable, tally.onTime, quantities !== null);
}

function rateOf(countable: number, onTime: number, weighted: boolean): Result<number> {
  if (countable === 0) {
    const noQuantity = weighted ? ", or has no positive quantity" : "";
    return fail("div0", `promised_dates and delivered_dates have no countable line: every line is open and not yet due, or has no promised date${noQuantity}`);
  }
  return ok(onTime / countable);
}

/**
 * `otdRate` line by line, for a caller that walks Excel's ranges itself (OTDRATE over a million
 * lines, with no columns in between): the same rule and the same answer. The caller leaves out the
 * lines whose weight is not above 0; `rate` is null when a sum overflowed, where only `otdRate`,
 * which rescales, answers.
 */
export class OtdTally {
  private countable = 0;
  private onTime = 0;

  private constructor(
    private readonly toleranceDays: number,
    private readonly asOfDay: number,
  ) {}

  static start(toleranceDays: number, asOf: number | null): Result<OtdTally> {
    const tolerance = checkTolerance(toleranceDays);
    return tolerance.ok ? ok(new OtdTally(tolerance.value, orNaN(asOf))) : tolerance;
  }

  add(promised: number, delivered: number, weight: number): void {
    const status = lineStatusCode(promised, delivered, this.toleranceDays, this.asOfDay);
    if (status === NOT_COUNTABLE) return;
    this.countable += weight;
    if (status === ON_TIME) this.onTime += weight;
  }

  rate(weighted: boolean): Result<number> | null {
    return Number.isFinite(this.countable) ? rateOf(this.countable, this.onTime, weighted) : null;
  }
}

const SUM_SCALE = 2 ** -64;


/**
 * Countable and on-time lines (or quantities × `scale`) into `tally`, allocating nothing per line,
 * and the first line with a negative quantity (found on the skip path, so the hot path pays nothing).
 */
function tallyLines(
  promised: ArrayLike<number>,
  delivered: ArrayLike<number>,
  toleranceDays: number,
  quantities: ArrayLike<number> | null,
  asOfDay: number,
  scale: number,
  tally: { countable: number; onTime: number; negativeAt: number },
): void {
  let countable = 0;
  let onTime = 0;
  let negativeAt = -1;
  for (let i = 0; i < promised.length; i++) {
    const weight = quantities === null ? 1 : quantities[i]! * scale;
    if (!(weight > 0)) {
      if (weight < 0 && negativeAt < 0) negativeAt = i;
      continue;
    }
    const status = lineStatusCode(promised[i]!, delivered[i]!, toleranceDays, asOfDay);
    if (status === NOT_COUNTABLE) continue;
    countable += weight;
    if (status === ON_TIME) onTime += weight;
  }
  tally.countable = countable;
  tally.onTime = onTime;
  tally.negativeAt = negativeAt;
}

/** A Shipments row as the scorecard reads it; `deliveredQty` null means "= quantity once delivered". */
export interface DeliveryLine {
  readonly promised: number;
  readonly delivered: number | null;
  readonly quantity: number;
  readonly deliveredQty: number | null;
}

export interface DeliveryStats {
  /** Countable lines. */
  readonly lines: number;
  readonly otd: number | null;
  readonly otdQty: number | null;
  /** On time and in full (delivered quantity ≥ ordered quantity) / countable lines. */
  readonly otif: number | null;
  /** Mean days from promised to delivered over the delivered late lines. */
  readonly avgDaysLate: number | null;
}

export function deliveryStats(lines: readonly DeliveryLine[], options: { toleranceDays: number; asOf: number | null }): DeliveryStats {
  const stats = deliveryStatsScaled(lines, options, 1);
  // Quantities or days late near 1.8e308 overflow the sums; scaled by 2^-64 they fit (for up to 2^64 lines).
  return stats ?? deliveryStatsScaled(lines, options, SUM_SCALE)!;
}

/** The stats with quantities and days late summed × `scale` (ratios and means unchanged); null when a sum overflows. */
function deliveryStatsScaled(lines: readonly DeliveryLine[], options: { toleranceDays: number; asOf: number | null }, scale: number): DeliveryStats | null {
  const asOfDay = orNaN(options.asOf);
  let countable = 0;
  let onTime = 0;
  let countableQty = 0;
  let onTimeQty = 0;
  let inFullOnTime = 0;
  let deliveredLate = 0;
  let daysLate = 0;
  for (const line of lines) {
    const delivered = orNaN(line.delivered);
    const status = lineStatusCode(line.promised, delivered, options.toleranceDays, asOfDay);
    if (status === NOT_COUNTABLE) continue;
    countable += 1;
    const quantity = line.quantity > 0 ? line.quantity * scale : 0;
    countableQty += quantity;
    if (status === ON_TIME) {
      onTime += 1;
      onTimeQty += quantity;
      if ((line.deliveredQty ?? line.quantity) >= line.quantity) inFullOnTime += 1;
    } else if (delivered > 0) {
      deliveredLate += 1;
      daysLate += (Math.floor(delivered) - Math.floor(line.promised)) * scale;
    }
  }
  if (!Number.isFinite(countableQty) || !Number.isFinite(daysLate)) return null;
  return {
    lines: countable,
    otd: countable === 0 ? null : onTime / countable,
    otdQty: countableQty === 0 ? null : onTimeQty / countableQty,
    otif: countable === 0 ? null : inFullOnTime / countable,
    avgDaysLate: deliveredLate === 0 ? null : daysLate / deliveredLate / scale,
  };
}
