import { moneyNumberFormat } from "../core/currencyPrecision";
import { isoFromSerial } from "../core/excelDate";
import { SCORED_KPIS, type ScoredKpi } from "../schema/settings";
import type { SupplierScoreJson } from "./reviewJson";
import { columnRange, NOT_AVAILABLE, NUMBER_FORMATS, tableSheet, type ReviewSheetBasis, type SheetColumn } from "./sheetLayout";
import type { Cell, SheetModel } from "../model/sheetModel";

const orNotAvailable = (value: number | null): Cell => value ?? NOT_AVAILABLE;

/** Each scored KPI's name, as the scorecard sheet heads its column and the Settings page labels its fields. */
export const KPI_NAMES: Readonly<Record<ScoredKpi, string>> = {
  otd: "OTD",
  defectRate: "Defect rate",
  lotAcceptance: "Lot acceptance",
  responseHours: "Response hours",
  priceChange: "Price change",
  leadTimeSlip: "Lead-time slip",
};

/** The sheet's column headers: the KPI's name, with its unit where a number alone would not say it. */
const KPI_HEADERS: Readonly<Record<ScoredKpi, string>> = { ...KPI_NAMES, leadTimeSlip: `${KPI_NAMES.leadTimeSlip} (days)` };

/** A KPI key's name on the sheet ("otd" → "OTD"). */
const kpiName = (kpi: string): string => KPI_NAMES[kpi as ScoredKpi] ?? kpi;
/** One cell's list ("OTD: Review production schedules; Defect rate: ..."), blank when empty: a blank reads as nothing to discuss. */
const listCell = (items: readonly string[]): Cell => (items.length === 0 ? null : items.join("; "));

/**
 * The red flags in a line the meeting reads at a glance, "OTD, Defect rate (1 without an action)";
 * each flag's escalation is in the Escalations detail column. One line, as wide as the longest (up to
 * RED_FLAGS_WIDEST characters), so it neither runs past the printed page nor needs taller rows.
 */
function redFlagsCell(row: SupplierScoreJson): Cell {
  if (row.redFlags.length === 0) return null;
  const without = row.redFlags.filter((flag) => !flag.actionOpen).length;
  const actions = without === 0 ? "action open" : without === row.redFlags.length ? "no action" : `${without} without an action`;
  return `${row.redFlags.map((flag) => kpiName(flag.kpi)).join(", ")} (${actions})`;
}
const RED_FLAGS_WIDEST = 72;

/** The meeting's columns (PRODUCT.md, "Generated sheets": supplier, score, grade, history, red flags), first, so they print on page 1. */
function meetingColumns(historyLabels: readonly string[], suppliers: readonly SupplierScoreJson[]): SheetColumn<SupplierScoreJson>[] {
  return [
    { header: "Supplier", format: null, value: (row) => row.supplier },
    { header: "Score", format: NUMBER_FORMATS.score, value: (row) => orNotAvailable(row.score) },
    { header: "Grade", format: null, value: (row) => row.grade ?? NOT_AVAILABLE },
    // One column per period of the history, headed by its label; blank where the supplier had no activity (never 100).
    ...historyLabels.map((label): SheetColumn<SupplierScoreJson> => ({ header: label, format: NUMBER_FORMATS.score, value: (row) => row.history.find((point) => point.period === label)?.score ?? null })),
    { header: "Red flags", format: null, value: redFlagsCell, minWidth: Math.min(RED_FLAGS_WIDEST, Math.max(0, ...suppliers.map((row) => String(redFlagsCell(row) ?? "").length)) + 1) },
  ];
}

/** The story's details after the KPIs: what the playbook says, the actions, penalties and audits. */
const STORY_COLUMNS: readonly SheetColumn<SupplierScoreJson>[] = [
  { header: "Missed KPIs", format: null, value: (row) => listCell(row.missedKpis.map((missed) => `${kpiName(missed.kpi)}: ${missed.action}`)) },
  { header: "Escalations", format: null, value: (row) => listCell(row.redFlags.map((flag) => `${kpiName(flag.kpi)}: ${flag.escalation}`)) },
  { header: "Open actions", format: NUMBER_FORMATS.count, value: (row) => row.openActions },
  { header: "Overdue actions", format: NUMBER_FORMATS.count, value: (row) => row.overdueActions },
  { header: "Late penalties", format: NUMBER_FORMATS.money, value: (row) => orNotAvailable(row.latePenalties) },
  { header: "Audit due", format: null, value: (row) => (row.auditDue ? "yes" : "no") },
];

const KPI_COLUMNS: readonly SheetColumn<SupplierScoreJson>[] = [
  { header: "Previous score", format: NUMBER_FORMATS.score, value: (row) => orNotAvailable(row.previousScore) },
  { header: "Lines", format: NUMBER_FORMATS.count, value: (row) => row.lines },
  { header: KPI_HEADERS.otd, format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.otd) },
  { header: "OTD (qty)", format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.otdQty) },
  { header: "OTIF", format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.otif) },
  { header: "Avg days late", format: NUMBER_FORMATS.decimal, value: (row) => orNotAvailable(row.avgDaysLate) },
  { header: "Inspections", format: NUMBER_FORMATS.count, value: (row) => row.inspections },
  { header: KPI_HEADERS.defectRate, format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.defectRate) },
  { header: KPI_HEADERS.lotAcceptance, format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.lotAcceptance) },
  { header: KPI_HEADERS.responseHours, format: NUMBER_FORMATS.decimal, value: (row) => orNotAvailable(row.responseHours) },
  { header: KPI_HEADERS.priceChange, format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.priceChange) },
  { header: "Spend", format: NUMBER_FORMATS.money, value: (row) => row.spend },
  { header: "Spend share", format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.spendShare) },
  { header: "Next inspection", format: null, value: (row) => row.nextInspection },
  { header: KPI_HEADERS.leadTimeSlip, format: NUMBER_FORMATS.decimal, value: (row) => orNotAvailable(row.leadTimeSlip) },
  { header: "Open deposits", format: NUMBER_FORMATS.money, value: (row) => row.openDeposits },
];

export interface ScorecardSheetInput extends ReviewSheetBasis {
  readonly suppliers: readonly SupplierScoreJson[];
  /** The history's period labels, oldest first, this period last (one column each). */
  readonly historyPeriods: readonly string[];
}

/** Rows each chart under the scorecard takes. */
const CHART_ROWS = 16;

/** "Scorecard <period>": one row per supplier, score colour scale, KPI traffic lights against Settings, a bar chart of scores. */
export function scorecardSheet(input: ScorecardSheetInput): SheetModel {
  const meeting = meetingColumns(input.historyPeriods, input.suppliers);
  const columns = [...meeting, ...KPI_COLUMNS, ...STORY_COLUMNS];
  return tableSheet({
    name: `Scorecard ${input.period}`,
    kind: "scorecard",
    period: input.period,
    title: `Supplier scorecard ${input.period}`,
    subtitle: `As of ${isoFromSerial(input.asOf)} · home currency ${input.settings.homeCurrency} · OTD tolerance ${input.settings.otdToleranceDays} days`,
    // Spend and open deposits are home-currency totals: at its precision (no decimals for JPY, KRW, VND...).
    warnings: input.warnings,
    columns: columns.map((column) => (column.format === NUMBER_FORMATS.money ? { ...column, format: moneyNumberFormat(input.settings.homeCurrency) } : column)),
    records: input.suppliers,
    freezeColumns: 1,
    problems: input.problems,
    conditionalFormats: (table) => [
      { type: "colorScale", range: columnRange(table, "Score"), colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
      ...SCORED_KPIS.map((kpi) => {
        const { target, floor } = input.settings.kpis[kpi];
        // Lower is better (defect rate, response hours, price change) exactly when the floor lies above the target.
        return { type: "iconSet" as const, range: columnRange(table, KPI_HEADERS[kpi]), target, floor, lowerIsBetter: floor > target };
      }),
    ],
    chartRows: 2 * CHART_ROWS + 1,
    // Under the table, over the meeting's columns (so they print on page 1 with them): scores, then scores by period.
    charts: (table) => {
      const firstHistory = table.columnOf(input.historyPeriods[0]!);
      const wide = meeting.length;
      return [
        {
          type: "bar",
          title: `Supplier scores ${input.period}`,
          categories: columnRange(table, "Supplier"),
          series: [{ name: "Score", values: columnRange(table, "Score") }],
          anchor: { row: table.chartsRow, column: 0, rowCount: CHART_ROWS, columnCount: wide },
        },
        {
          // The history's header cells are the categories, each supplier's history cells a series.
          type: "line",
          title: `Score history to ${input.period}`,
          categories: { row: table.body.row - 1, column: firstHistory, rowCount: 1, columnCount: input.historyPeriods.length },
          series: input.suppliers.map((supplier, index) => ({
            name: supplier.supplier,
            values: { row: table.body.row + index, column: firstHistory, rowCount: 1, columnCount: input.historyPeriods.length },
          })),
          anchor: { row: table.chartsRow + CHART_ROWS + 1, column: 0, rowCount: CHART_ROWS, columnCount: wide },
        },
      ];
    },
    // What the meeting looks at prints on the first page; the KPIs and the story behind the score sit in collapsed column groups.
    meetingColumns: meeting.map((column) => column.header),
  });
}
