import { isoFromSerial } from "../core/excelDate";
import type { SheetModel } from "../model/sheetModel";
import type { CustomerScoreJson } from "./reviewJson";
import { columnRange, NOT_AVAILABLE, NUMBER_FORMATS, tableSheet, type ReviewSheetBasis, type SheetColumn } from "./sheetLayout";

const orNotAvailable = (value: number | null) => value ?? NOT_AVAILABLE;

/** The meeting's columns, all of them: six narrow columns print on page 1 at full size. */
const COLUMNS: readonly SheetColumn<CustomerScoreJson>[] = [
  { header: "Supplier", format: null, value: (row) => row.supplier },
  { header: "Invoices due", format: NUMBER_FORMATS.count, value: (row) => row.invoicesDue },
  { header: "Paid on time", format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.paidOnTime) },
  { header: "Days late", format: NUMBER_FORMATS.decimal, value: (row) => orNotAvailable(row.paymentDaysLate) },
  { header: "Forecast accuracy", format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.forecastAccuracy) },
  { header: "Forecast bias", format: NUMBER_FORMATS.fraction, value: (row) => orNotAvailable(row.forecastBias) },
];

export interface OurScorecardSheetInput extends ReviewSheetBasis {
  /** The run's as-of date: payments are judged at it (the period's as-of, `asOf`, ends the forecast months). */
  readonly runAsOf: number;
  readonly customer: readonly CustomerScoreJson[];
}

/**
 * "Our Scorecard <period>": how the brand scored as each supplier's customer (docs/kpis.md, "Our
 * scorecard"), one row per supplier, red to green on paid on time and forecast accuracy. No traffic
 * lights: the Settings hold no targets for them.
 */
export function ourScorecardSheet(input: OurScorecardSheetInput): SheetModel {
  const { settings } = input;
  const paymentsAsOf = input.runAsOf === input.asOf ? "" : ` (payments known by ${isoFromSerial(input.runAsOf)})`;
  const months = settings.forecastLagMonths === 1 ? "month" : "months";
  return tableSheet({
    name: `Our Scorecard ${input.period}`,
    kind: "ourScorecard",
    period: input.period,
    title: `Our scorecard ${input.period}: the brand as a customer`,
    subtitle: `As of ${isoFromSerial(input.asOf)}${paymentsAsOf} · payment tolerance ${settings.paymentToleranceDays} days · a forecast counts when given ${settings.forecastLagMonths} ${months} ahead`,
    warnings: input.warnings,
    columns: COLUMNS,
    records: input.customer,
    freezeColumns: 1,
    problems: input.problems,
    conditionalFormats: (table) =>
      ["Paid on time", "Forecast accuracy"].map((header) => ({ type: "colorScale" as const, range: columnRange(table, header), colors: ["#F8696B", "#FFEB84", "#63BE7B"] as const })),
    charts: () => [],
    meetingColumns: COLUMNS.map((column) => column.header),
  });
}
