import { nextSeverity } from "../core/aql";
import { isoFromSerial } from "../core/excelDate";
import { grade, kpiPoints, weightedScore } from "../core/kpi";
import { deliveryStats, type DeliveryLine } from "../core/otd";
import { periodAsOf, periodContains, type Period } from "../core/period";
import { SCORED_KPIS, type ScoredKpi, type Settings } from "../schema/settings";
import type { InspectionRecord, ResponseRecord, ShipmentRecord, WorkbookData } from "../schema/tables";
import { groupBy } from "./groupBy";
import { LineGaps } from "./lineGaps";
import { compareText, type ReviewLookups } from "./lookups";
import { lotOutcome, switchingLot, type LotOutcome } from "./lotOutcome";
import { isOpenAt, leadTimeSlip, openDeposits } from "./orderTerms";
import type { PriceMove } from "./priceMoves";
import { responseHours } from "./responseHours";
import type { ProblemJson } from "../model/problem";
import type { SupplierScoreJson } from "./reviewJson";
import type { OrderedQuantities } from "./customerScorecard";

/**
 * The supplier scorecard (PRODUCT.md, "Scorecard"): one row per supplier with shipments,
 * inspections or responses in the period. Every figure comes from the core; this module only
 * picks the rows that belong to the period and hands them over.
 */

/** A supplier's rows, grouped once and read for the period and the previous one. */
export interface SupplierRows {
  /** Its shipment lines promised in the period, and in the previous period, each in table order. */
  readonly shipments: { readonly period: readonly ShipmentRecord[]; readonly previous: readonly ShipmentRecord[] };
  /** Its lines of any period still open at the period's as-of date (`isOpenAt`), in table order: those holding deposits. */
  readonly openLines: readonly ShipmentRecord[];
  /** In date order (table order within a day): the order the switching rules read them in. */
  readonly inspections: readonly { readonly inspection: InspectionRecord; readonly outcome: LotOutcome }[];
  readonly responses: readonly ResponseRecord[];
}

/** The periods the scorecard reads shipment lines for. */
export interface ScoredPeriods {
  readonly period: Period;
  readonly previous: Period;
  /** The run's as-of date. */
  readonly runAsOf: number;
}

interface ShipmentsOfSupplier {
  readonly period: ShipmentRecord[];
  readonly previous: ShipmentRecord[];
  readonly openLines: ShipmentRecord[];
}

/**
 * Each supplier's shipment lines for the two periods and its open lines, in one pass over the table
 * in its order: a million lines are walked once where they lie in memory, not once per figure and
 * period through each supplier's scattered lines. Suppliers come in the order of their first line.
 */
function shipmentsBySupplier(shipments: readonly ShipmentRecord[], { period, previous, runAsOf }: ScoredPeriods, ordered: OrderedQuantities | null): Map<string, ShipmentsOfSupplier> {
  const asOf = periodAsOf(period, runAsOf);
  const bySupplier = new Map<string, ShipmentsOfSupplier>();
  for (const line of shipments) {
    let of = bySupplier.get(line.supplier);
    if (of === undefined) {
      of = { period: [], previous: [], openLines: [] };
      bySupplier.set(line.supplier, of);
    }
    if (periodContains(period, line.promisedDate)) of.period.push(line);
    else if (periodContains(previous, line.promisedDate)) of.previous.push(line);
    if (isOpenAt(line, asOf)) of.openLines.push(line);
    ordered?.add(line);
  }
  return bySupplier;
}

/**
 * Groups the activity tables by supplier; inspections whose sampling plan cannot be drawn are listed
 * as problems and left out. The same pass over the shipment lines fills `ordered`, our scorecard's
 * ordered quantities, when given.
 */
export function supplierRows(data: WorkbookData, periods: ScoredPeriods, problems: ProblemJson[], ordered: OrderedQuantities | null = null): Map<string, SupplierRows> {
  const shipments = shipmentsBySupplier(data.shipments, periods, ordered);
  const inspections = groupBy(
    [...data.inspections].sort((a, b) => a.inspectionDate - b.inspectionDate || a.row - b.row),
    (row) => row.supplier,
  );
  const responses = groupBy(data.responses, (row) => row.supplier);
  const names = new Set([...shipments.keys(), ...inspections.keys(), ...responses.keys()]);
  const rows = new Map<string, SupplierRows>();
  for (const name of names) {
    const lots: { inspection: InspectionRecord; outcome: LotOutcome }[] = [];
    for (const inspection of inspections.get(name) ?? []) {
      const outcome = lotOutcome(inspection);
      if (outcome.ok) lots.push({ inspection, outcome: outcome.value });
      else problems.push({ table: "Inspections", row: inspection.row, column: "LotSize", message: outcome.message });
    }
    const lines = shipments.get(name);
    rows.set(name, {
      shipments: { period: lines?.period ?? [], previous: lines?.previous ?? [] },
      openLines: lines?.openLines ?? [],
      inspections: lots,
      responses: responses.get(name) ?? [],
    });
  }
  return rows;
}

export interface ScorecardContext {
  readonly settings: Settings;
  readonly lookups: ReviewLookups;
  /** The run's as-of date: facts dated after it (a delivery, an answer) are not known yet. */
  readonly runAsOf: number;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Mean change % over the supplier's SKUs priced at both dates. */
export function priceChangeBySupplier(moves: readonly PriceMove[]): Map<string, number | null> {
  const changes = new Map<string, number | null>();
  for (const [supplier, supplierMoves] of groupBy(moves, (move) => move.supplier)) {
    changes.set(supplier, mean(supplierMoves.flatMap((move) => (move.changePct === null ? [] : [move.changePct]))));
  }
  return changes;
}

/**
 * Delivered quantity × price in effect at DeliveredDate (the tier of the line's quantity) × FX at
 * DeliveredDate. A line without SKU, quote or FX rate is left out of spend and listed (LineGaps).
 */
function supplierSpend(supplier: string, delivered: readonly ShipmentRecord[], context: ScorecardContext, problems: ProblemJson[]): number {
  let spend = 0;
  const gaps = new LineGaps();
  for (const line of delivered) {
    const date = line.deliveredDate!;
    if (line.sku === null) {
      gaps.add(line, "SKU", "no sku", `a delivered line of ${supplier} has no SKU, so no price`);
      continue;
    }
    const quote = context.lookups.quotesFor(line.sku, supplier)?.at(date, line.quantity);
    if (quote === undefined) {
      gaps.add(line, "SKU", `quote ${line.sku}`, `Quotes has no price for ${line.sku} from ${supplier} on or before the delivery (${isoFromSerial(date)})`);
      continue;
    }
    const currency = context.lookups.currencyOf(quote);
    const fx = context.lookups.fxRate(currency, date);
    if (fx === undefined) {
      gaps.add(line, "DeliveredDate", `fx ${currency}`, `FxRates has no ${currency} rate on or before the delivery (${isoFromSerial(date)})`);
      continue;
    }
    spend += line.deliveredQty! * quote.unitPrice * fx;
  }
  gaps.report("spend", problems);
  return spend;
}

function points(kpi: ScoredKpi, value: number | null, settings: Settings): number | null {
  if (value === null) return null;
  const { target, floor } = settings.kpis[kpi];
  const result = kpiPoints(value, target, floor);
  return result.ok ? result.value : null;
}

/** What a supplier's score for a period is computed from. */
interface PeriodFigures {
  readonly asOf: number;
  readonly delivery: ReturnType<typeof deliveryStats>;
  readonly lots: SupplierRows["inspections"];
  /** The period's lines delivered by the run's as-of date. */
  readonly delivered: readonly ShipmentRecord[];
  readonly kpis: Record<ScoredKpi, number | null>;
  readonly score: number | null;
}

/**
 * A supplier's KPIs and score for a period from its lines promised in it, or null when it had no
 * shipments, inspections or responses in the period.
 */
function periodFigures(supplier: string, rows: SupplierRows, shipments: readonly ShipmentRecord[], period: Period, priceChange: number | null, context: ScorecardContext): PeriodFigures | null {
  const { settings, runAsOf } = context;
  const asOf = periodAsOf(period, runAsOf);
  const lots = rows.inspections.filter(({ inspection }) => periodContains(period, inspection.inspectionDate));
  const responses = rows.responses.filter((response) => periodContains(period, response.raisedAt));
  if (shipments.length === 0 && lots.length === 0 && responses.length === 0) return null;

  const known = (date: number | null): number | null => (date !== null && date <= runAsOf ? date : null);
  const lines: DeliveryLine[] = shipments.map((line) => {
    const delivered = known(line.deliveredDate);
    return { promised: line.promisedDate, delivered, quantity: line.quantity, deliveredQty: delivered === null ? null : line.deliveredQty };
  });
  const delivery = deliveryStats(lines, { toleranceDays: settings.otdToleranceDays, asOf });

  let sampled = 0;
  let defects = 0;
  let accepted = 0;
  for (const { outcome } of lots) {
    sampled += outcome.sampleSize;
    defects += outcome.defects;
    if (outcome.accepted) accepted += 1;
  }
  const delivered = shipments.filter((line) => known(line.deliveredDate) !== null);
  const kpis: Record<ScoredKpi, number | null> = {
    otd: delivery.otd,
    defectRate: sampled === 0 ? null : defects / sampled,
    lotAcceptance: lots.length === 0 ? null : accepted / lots.length,
    responseHours: responseHours(responses, runAsOf),
    priceChange,
    leadTimeSlip: leadTimeSlip(supplier, delivered, context.lookups),
  };
  const score = weightedScore(SCORED_KPIS.map((kpi) => ({ weight: settings.kpis[kpi].weight, points: points(kpi, kpis[kpi], settings) })));
  return { asOf, delivery, lots, delivered, kpis, score };
}

/**
 * One supplier's scorecard row for the period, or null when it had no shipments, inspections or
 * responses in it. Spend and open-deposit problems go to `problems`.
 */
function scoreSupplier(supplier: string, rows: SupplierRows, period: Period, priceChange: number | null, context: ScorecardContext, problems: ProblemJson[]): SupplierScoreJson | null {
  const figures = periodFigures(supplier, rows, rows.shipments.period, period, priceChange, context);
  if (figures === null) return null;
  const { asOf, delivery, lots, delivered, kpis, score } = figures;
  const history = rows.inspections.filter(({ inspection }) => inspection.inspectionDate <= asOf).map(({ inspection }) => switchingLot(inspection));
  return {
    supplier,
    lines: delivery.lines,
    otd: delivery.otd,
    otdQty: delivery.otdQty,
    otif: delivery.otif,
    avgDaysLate: delivery.avgDaysLate,
    inspections: lots.length,
    defectRate: kpis.defectRate,
    lotAcceptance: kpis.lotAcceptance,
    responseHours: kpis.responseHours,
    priceChange,
    spend: supplierSpend(supplier, delivered, context, problems),
    spendShare: null,
    score,
    grade: score === null ? null : grade(score, context.settings.grades),
    previousScore: null,
    nextInspection: nextSeverity(history),
    leadTimeSlip: kpis.leadTimeSlip,
    openDeposits: openDeposits(supplier, rows.openLines, asOf, context.lookups, problems),
  };
}

export interface ScorecardInput {
  readonly suppliers: ReadonlyMap<string, SupplierRows>;
  readonly period: Period;
  readonly previous: Period;
  readonly priceChanges: ReadonlyMap<string, number | null>;
  readonly previousPriceChanges: ReadonlyMap<string, number | null>;
}

/** The scorecard rows of the period, by supplier name, with spend shares and the previous period's scores. */
export function scorecard(input: ScorecardInput, context: ScorecardContext, problems: ProblemJson[]): SupplierScoreJson[] {
  const rows: SupplierScoreJson[] = [];
  for (const [supplier, supplierRowsOf] of input.suppliers) {
    const row = scoreSupplier(supplier, supplierRowsOf, input.period, input.priceChanges.get(supplier) ?? null, context, problems);
    if (row === null) continue;
    // Only the previous period's score is shown: its spend and deposits are not computed.
    const previous = periodFigures(supplier, supplierRowsOf, supplierRowsOf.shipments.previous, input.previous, input.previousPriceChanges.get(supplier) ?? null, context);
    rows.push({ ...row, previousScore: previous?.score ?? null });
  }
  const totalSpend = rows.reduce((sum, row) => sum + row.spend, 0);
  return rows
    .map((row) => ({ ...row, spendShare: totalSpend > 0 ? row.spend / totalSpend : null }))
    .sort((a, b) => compareText(a.supplier, b.supplier));
}
