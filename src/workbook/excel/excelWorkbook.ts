import type { WorkbookPort } from "../port";
import { TABLE_NAMES } from "../../schema/tableSpecs";
import { keepAddinWithWorkbook, type OfficeAddinHost } from "./addinStartup";
import { appendRows } from "./appendRows";
import { queueDateSystem, type DateSystemAnswer } from "./dateSystem";
import { harvestReviewSheet } from "./decisionHarvest";
import { writeGeneratedSheet } from "./generatedSheet";
import { activateSheet, selectTableCell } from "./navigation";
import { EXCEL_WEB_BUDGET, type PayloadBudget } from "./payloadBudget";
import { listTables, readTables } from "./readTables";
import { setUpTables } from "./setUpTables";
import { writeSettings } from "./writeSettings";

/** `Excel.run` as Costcard calls it: one batch function, one request context. Tests pass a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Bytes per round trip; Excel on the web's limit with a margin unless a test says otherwise. */
  readonly budget?: PayloadBudget;
  /**
   * Whether Excel can resize a table (ExcelApi 1.13, above the add-in's minimum 1.8); the task pane
   * asks Office. Without it appended rows go in with `rows.add`. Default: true.
   */
  readonly canResizeTables?: boolean;
  /** Whether Excel can set a sheet's page layout (ExcelApi 1.9): generated sheets' print set-up. Default: true. */
  readonly canSetPageLayout?: boolean;
  /** Whether Excel can group columns (ExcelApi 1.10): generated sheets' detail columns. Without it they are hidden plainly. Default: true. */
  readonly canGroupColumns?: boolean;
  /** The Office global, for what is not Excel.run's: the add-in's startup behaviour and document settings. Absent: not offered. */
  readonly office?: OfficeAddinHost;
}

/** The WorkbookPort of the workbook open in Excel, through Office.js (ExcelApi 1.8). */
export function createExcelWorkbook(run: ExcelRun, options: ExcelWorkbookOptions = {}): WorkbookPort {
  const budget = options.budget ?? EXCEL_WEB_BUDGET;
  const canResizeTables = options.canResizeTables ?? true;
  const canSetPageLayout = options.canSetPageLayout ?? true;
  // Every batch that reads or writes cells learns the date system in its first round trip (dateSystem.ts):
  // once per run, since a user can change it between runs (Excel's "Use 1904 date system" option).
  const withDates = <T>(batch: (context: Excel.RequestContext, dates: DateSystemAnswer) => Promise<T>) => run((context) => batch(context, queueDateSystem(context)));
  const canGroupColumns = options.canGroupColumns ?? true;
  return {
    listTables: () => run((context) => listTables(context)),
    readTables: (names, readOptions) => withDates((context, dates) => readTables(context, names, budget, readOptions ?? {}, dates)),
    writeGeneratedSheet: (model) => withDates((context, dates) => writeGeneratedSheet(context, model, { budget, canResizeTables, canSetPageLayout, canGroupColumns, now: new Date(), dates })),
    harvestDecisions: (period, now) => withDates((context, dates) => harvestReviewSheet(context, { period, now, budget, canResizeTables, dates })),
    setUpTables: (rowsByTable = {}) => withDates((context, dates) => setUpTables(context, TABLE_NAMES, rowsByTable, budget, dates)),
    appendRows: (table, rows) => withDates((context, dates) => appendRows(context, table, rows, budget, canResizeTables, dates)),
    writeSettings: (values) => withDates((context, dates) => writeSettings(context, values, budget, canResizeTables, dates)),
    selectTableCell: (target) => run((context) => selectTableCell(context, target)),
    activateSheet: (sheetName) => run((context) => activateSheet(context, sheetName)),
    ...(options.office !== undefined && { keepAddinWithWorkbook: (addinOptions: { readonly openTaskPane: boolean }) => keepAddinWithWorkbook(options.office!, addinOptions) }),
  };
}
