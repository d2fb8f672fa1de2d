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

const COLUMNS: readonly SheetColumn<SupplierScoreJson>[] = [
  { header: "Supplier", format: null, value: (row) => row.supplier },
  { header: "Score", format: NUMBER_FORMATS.score, value: (row) => orNotAvailable(row.score) },
  { header: "Grade", format: null, value: (row) => row.grade ?? NOT_AVAILABLE },
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
}

/**
 * What the scorecard meeting looks at (PRODUCT.md, "Generated sheets"), printed on the first page
 * beside the chart: the previous score is the history the sheet has so far; the KPIs behind the
 * score sit in a collapsed column group. The score history and red flags belong here when the sheet
 * has them.
 */
const MEETING_COLUMNS = ["Supplier", "Score", "Grade", "Previous score"];

/** "Scorecard <period>": one row per supplier, score colour scale, KPI traffic lights against Settings, a bar chart of scores. */
export function scorecardSheet(input: ScorecardSheetInput): SheetModel {
  return tableSheet({
    name: `Scorecard ${input.period}`,
    kind: "scorecard",
    period: input.period,
    title: `Supplier scorecard ${input.period}`,
    subtitle: `As of ${isoFromSerial(input.asOf)} · home currency ${input.settings.homeCurrency} · OTD tolerance ${input.settings.otdToleranceDays} days`,
    // Spend and open deposits are home-currency totals: at its precision (no decimals for JPY, KRW, VND...).
    warnings: input.warnings,
    columns: COLUMNS.map((column) => (column.format === NUMBER_FORMATS.money ? { ...column, format: moneyNumberFormat(input.settings.homeCurrency) } : column)),
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
    chart: (table) => ({
      type: "bar",
      title: `Supplier scores ${input.period}`,
      categories: columnRange(table, "Supplier"),
      values: columnRange(table, "Score"),
      anchor: { row: table.body.row - 1, column: COLUMNS.length + 1, rowCount: Math.max(15, table.body.rowCount + 2), columnCount: 8 },
    }),
    meetingColumns: MEETING_COLUMNS,
  });
}
