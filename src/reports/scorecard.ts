import { nextSeverity } from "../core/aql";
import { isoFromSerial, monthsBefore } from "../core/excelDate";
import { grade, kpiPoints, weightedScore } from "../core/kpi";
import { deliveryStats, type DeliveryLine } from "../core/otd";
import { periodAsOf, periodContains, type Period } from "../core/period";
import { latePenaltyFraction, missedInARow, missesTarget, type PenaltyTerms } from "../core/supplierStory";
import { SCORED_KPIS, type ScoredKpi, type Settings } from "../schema/settings";
import type { ActionRecord, InspectionRecord, ResponseRecord, ShipmentRecord, SupplierRecord, WorkbookData } from "../schema/tables";
import type { DeliveredUnits } from "./deliveredUnits";
import { groupBy } from "./groupBy";
import { LineGaps } from "./lineGaps";
import { compareText, type ReviewLookups } from "./lookups";
import { lotOutcome, switchingLot, type LotOutcome } from "./lotOutcome";
import { isOpenAt, leadTimeSlip, openDeposits } from "./orderTerms";
import type { PriceMove } from "./priceMoves";
import { responseHours } from "./responseHours";
import type { ProblemJson } from "../model/problem";
import type { MissedKpiJson, RedFlagJson, SupplierScoreJson } from "./reviewJson";
import type { OrderedQuantities } from "./customerScorecard";

/**
 * The supplier scorecard (PRODUCT.md, "Scorecard"): one row per supplier with shipments,
 * inspections or responses in the period. Every figure comes from the core; this module only
 * picks the rows that belong to the period and hands them over.
 */

/** A supplier's rows, grouped once and read for the period and the previous one. */
export interface SupplierRows {
  /** Its shipment lines promised in the period, and in the previous period, each in table order. */
  readonly shipments: {
    readonly period: readonly ShipmentRecord[];
    readonly previous: readonly ShipmentRecord[];
    /** Its lines promised in each period of `ScoredPeriods.history`, in the same order (the last two are `previous` and `period`). */
    readonly history: readonly (readonly ShipmentRecord[])[];
  };
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
  /**
   * Every period the supplier's story reads (the history and the red flags), oldest first, ending
   * with `previous` and `period`; absent: those two.
   */
  readonly history?: readonly Period[];
}

interface ShipmentsOfSupplier {
  /** One list per period of the history, oldest first. */
  readonly history: ShipmentRecord[][];
  readonly openLines: ShipmentRecord[];
}

/** The periods a scorecard reads, oldest first: the history when given, else the previous period and this one. */
export function storyPeriods({ period, previous, history }: ScoredPeriods): readonly Period[] {
  return history !== undefined && history.length >= 2 ? history : [previous, period];
}

/**
 * The place in `history` (consecutive periods) of each day from the first period's first day to the
 * last period's last: a line's period is one array read, with no date arithmetic or allocation per
 * line, however many periods the history holds (at most 12 years of days).
 */
function periodOfDay(history: readonly Period[]): Uint8Array {
  const first = history[0]!.first;
  const days = new Uint8Array(history.at(-1)!.last + 1 - first);
  history.forEach((period, index) => days.fill(index, period.first - first, period.last + 1 - first));
  return days;
}

/**
 * Each supplier's shipment lines for the two periods and its open lines, in one pass over the table
 * in its order: a million lines are walked once where they lie in memory, not once per figure and
 * period through each supplier's scattered lines. Suppliers come in the order of their first line.
 */
function shipmentsBySupplier(shipments: readonly ShipmentRecord[], periods: ScoredPeriods, ordered: OrderedQuantities | null): Map<string, ShipmentsOfSupplier> {
  const asOf = periodAsOf(periods.period, periods.runAsOf);
  const history = storyPeriods(periods);
  const first = history[0]!.first;
  const end = periods.period.last + 1;
  const periodOf = periodOfDay(history);
  const bySupplier = new Map<string, ShipmentsOfSupplier>();
  // Indexed: a for…of run once over a million lines made an iterator result per line (docs/PERFORMANCE.md).
  for (let index = 0; index < shipments.length; index++) {
    const line = shipments[index]!;
    let of = bySupplier.get(line.supplier);
    if (of === undefined) {
      of = { history: history.map(() => []), openLines: [] };
      bySupplier.set(line.supplier, of);
    }
    // PromisedDate is a whole day (dateCell drops a time of day), so it indexes the days directly.
    if (line.promisedDate >= first && line.promisedDate < end) of.history[periodOf[line.promisedDate - first]!]!.push(line);
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
    const lines = shipments.get(name)?.history ?? storyPeriods(periods).map(() => []);
    rows.set(name, {
      shipments: { period: lines.at(-1)!, previous: lines.at(-2)!, history: lines },
      openLines: shipments.get(name)?.openLines ?? [],
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
  /** Filled by spend's pass: the units each (SKU, Supplier) delivered in the period (the price bridge's weights). */
  readonly deliveredUnits: DeliveredUnits;
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
 * Spend: delivered quantity × price in effect at DeliveredDate (the tier of the line's quantity) × FX
 * at DeliveredDate. A line without SKU, quote or FX rate is left out of spend and listed (LineGaps).
 * Late penalties, under the supplier's terms (null without them), on the same line values: each line
 * not Excused claims `latePenaltyFraction` of its value.
 */
function supplierSpend(supplier: string, delivered: readonly ShipmentRecord[], terms: PenaltyTerms | null, context: ScorecardContext, problems: ProblemJson[]): { spend: number; latePenalties: number | null } {
  let spend = 0;
  let latePenalties = 0;
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
    const value = line.deliveredQty! * quote.unitPrice * fx;
    spend += value;
    if (terms !== null && !line.excused) latePenalties += latePenaltyFraction(date - line.promisedDate, terms) * value;
    context.deliveredUnits.add(line.sku, supplier, line.deliveredQty!);
  }
  gaps.report("spend", problems);
  return { spend, latePenalties: terms === null ? null : latePenalties };
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
 * shipments, inspections or responses in the period. `scoredOnly`: an earlier period of the story,
 * of which only the score and the scored KPIs' verdicts are read, so a KPI of weight 0 (by default
 * leadTimeSlip, a quote look-up per delivered line) is left null and `delivered` empty.
 */
function periodFigures(supplier: string, rows: SupplierRows, shipments: readonly ShipmentRecord[], period: Period, priceChange: number | null, context: ScorecardContext, scoredOnly = false): PeriodFigures | null {
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
  const slipShown = !scoredOnly || settings.kpis.leadTimeSlip.weight > 0;
  const delivered = slipShown ? shipments.filter((line) => known(line.deliveredDate) !== null) : [];
  const kpis: Record<ScoredKpi, number | null> = {
    otd: delivery.otd,
    defectRate: sampled === 0 ? null : defects / sampled,
    lotAcceptance: lots.length === 0 ? null : accepted / lots.length,
    responseHours: responseHours(responses, runAsOf),
    priceChange,
    leadTimeSlip: slipShown ? leadTimeSlip(supplier, delivered, context.lookups) : null,
  };
  const score = weightedScore(SCORED_KPIS.map((kpi) => ({ weight: settings.kpis[kpi].weight, points: points(kpi, kpis[kpi], settings) })));
  return { asOf, delivery, lots, delivered, kpis, score };
}

/**
 * One supplier's scorecard row for the period, or null when it had no shipments, inspections or
 * responses in it. Spend and open-deposit problems go to `problems`.
 */
function scoreSupplier(supplier: string, rows: SupplierRows, period: Period, priceChange: number | null, story: SupplierStory, context: ScorecardContext, problems: ProblemJson[]): { row: SupplierScoreJson; figures: PeriodFigures } | null {
  const figures = periodFigures(supplier, rows, rows.shipments.period, period, priceChange, context);
  if (figures === null) return null;
  const { spend, latePenalties } = supplierSpend(supplier, figures.delivered, story.terms, context, problems);
  const { asOf, delivery, lots, kpis, score } = figures;
  const history = rows.inspections.filter(({ inspection }) => inspection.inspectionDate <= asOf).map(({ inspection }) => switchingLot(inspection));
  const row: SupplierScoreJson = {
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
    spend,
    spendShare: null,
    score,
    grade: score === null ? null : grade(score, context.settings.grades),
    previousScore: null,
    nextInspection: nextSeverity(history),
    leadTimeSlip: kpis.leadTimeSlip,
    openDeposits: openDeposits(supplier, rows.openLines, asOf, context.lookups, problems),
    history: [],
    missedKpis: [],
    redFlags: [],
    openActions: 0,
    overdueActions: 0,
    latePenalties,
    auditDue: false,
  };
  return { row, figures };
}

/** What the story of a supplier needs besides its activity: its Suppliers row's terms and audit date, and its Actions rows. */
interface SupplierStory {
  readonly terms: PenaltyTerms | null;
  readonly lastAuditDate: number | null;
  readonly actions: readonly ActionRecord[];
}

function supplierStory(supplier: SupplierRecord | undefined, actions: readonly ActionRecord[]): SupplierStory {
  const terms = supplier?.latePenaltyPerWeek == null ? null : { perWeek: supplier.latePenaltyPerWeek, graceDays: supplier.penaltyGraceDays, cap: supplier.penaltyCap };
  return { terms, lastAuditDate: supplier?.lastAuditDate ?? null, actions };
}

/** Whether an action is open at a date: opened on or before it and not closed on or before it. */
export function actionOpenAt(action: ActionRecord, date: number): boolean {
  return action.opened <= date && (action.closed === null || action.closed > date);
}

/** Each scored KPI's verdict for a period: missed, met, or null without data (or without the period's activity). */
function missedKpisOf(figures: PeriodFigures | null, settings: Settings): Record<ScoredKpi, boolean | null> {
  const verdicts = {} as Record<ScoredKpi, boolean | null>;
  for (const kpi of SCORED_KPIS) {
    const value = figures?.kpis[kpi] ?? null;
    const { target, floor } = settings.kpis[kpi];
    verdicts[kpi] = value === null ? null : missesTarget(value, target, floor);
  }
  return verdicts;
}

/**
 * The story's keys of a supplier's row (PRODUCT.md, "A supplier's story across periods"): `periods`
 * are each period's figures, oldest first, this one last. Actions are counted at the run's as-of
 * date, the meeting's present.
 */
function storyKeys(
  labels: readonly string[],
  periods: readonly (PeriodFigures | null)[],
  story: SupplierStory,
  settings: Settings,
  runAsOf: number,
): Pick<SupplierScoreJson, "history" | "missedKpis" | "redFlags" | "openActions" | "overdueActions" | "auditDue"> {
  const scored = SCORED_KPIS.filter((kpi) => settings.kpis[kpi].weight > 0);
  const verdicts = periods.map((figures) => missedKpisOf(figures, settings));
  const now = verdicts.at(-1)!;
  const open = story.actions.filter((action) => actionOpenAt(action, runAsOf));
  const missedKpis: MissedKpiJson[] = scored.filter((kpi) => now[kpi] === true).map((kpi) => ({ kpi, action: settings.actions[kpi] }));
  const redFlags: RedFlagJson[] = scored
    .filter((kpi) => missedInARow(verdicts.map((verdict) => verdict[kpi]), settings.redFlagPeriods))
    .map((kpi) => ({ kpi, escalation: settings.escalations[kpi], actionOpen: open.some((action) => action.kpi === null || action.kpi === kpi) }));
  const history = periods.slice(-settings.historyPeriods).map((figures, index, shown) => ({ period: labels[labels.length - shown.length + index]!, score: figures?.score ?? null }));
  return {
    history,
    missedKpis,
    redFlags,
    openActions: open.length,
    overdueActions: open.filter((action) => action.due < runAsOf).length,
    auditDue: story.lastAuditDate === null || story.lastAuditDate < monthsBefore(runAsOf, settings.auditEveryMonths),
  };
}

export interface ScorecardInput {
  readonly suppliers: ReadonlyMap<string, SupplierRows>;
  /** The periods `supplierRows` bucketed lines into (`storyPeriods`), oldest first, this one last. */
  readonly periods: readonly Period[];
  /** Each period's priceChange by supplier, in the order of `periods`. */
  readonly priceChanges: readonly ReadonlyMap<string, number | null>[];
  /** The Suppliers rows (contract terms, last audits) and the Actions rows. */
  readonly data: Pick<WorkbookData, "suppliers" | "actions">;
}

/** The scorecard rows of the period, by supplier name, with spend shares and the previous period's scores. */
export function scorecard(input: ScorecardInput, context: ScorecardContext, problems: ProblemJson[]): SupplierScoreJson[] {
  const rows: SupplierScoreJson[] = [];
  const last = input.periods.length - 1;
  const labels = input.periods.map((period) => period.label);
  const supplierRecords = new Map(input.data.suppliers.map((record) => [record.supplier, record]));
  const actions = groupBy(input.data.actions, (action) => action.supplier);
  for (const [supplier, supplierRowsOf] of input.suppliers) {
    const story = supplierStory(supplierRecords.get(supplier), actions.get(supplier) ?? []);
    const scored = scoreSupplier(supplier, supplierRowsOf, input.periods[last]!, input.priceChanges[last]?.get(supplier) ?? null, story, context, problems);
    if (scored === null) continue;
    // Earlier periods are scored only: their spend and deposits are not computed.
    const earlier = input.periods
      .slice(0, last)
      .map((period, index) => periodFigures(supplier, supplierRowsOf, supplierRowsOf.shipments.history[index]!, period, input.priceChanges[index]?.get(supplier) ?? null, context, true));
    const previous = earlier.at(-1) ?? null;
    rows.push({ ...scored.row, previousScore: previous?.score ?? null, ...storyKeys(labels, [...earlier, scored.figures], story, context.settings, context.runAsOf) });
  }
  const totalSpend = rows.reduce((sum, row) => sum + row.spend, 0);
  return rows
    .map((row) => ({ ...row, spendShare: totalSpend > 0 ? row.spend / totalSpend : null }))
    .sort((a, b) => compareText(a.supplier, b.supplier));
}
