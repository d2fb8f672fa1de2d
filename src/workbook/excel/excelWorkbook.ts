import type { WorkbookPort } from "../port";
import { TABLE_NAMES } from "../../schema/tableSpecs";
import { keepAddinWithWorkbook, type OfficeAddinHost } from "./addinStartup";
import { appendRows } from "./appendRows";
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
  /** The Office global, for what is not Excel.run's: the add-in's startup behaviour and document settings. Absent: not offered. */
  readonly office?: OfficeAddinHost;
}

/** The WorkbookPort of the workbook open in Excel, through Office.js (ExcelApi 1.8). */
export function createExcelWorkbook(run: ExcelRun, options: ExcelWorkbookOptions = {}): WorkbookPort {
  const budget = options.budget ?? EXCEL_WEB_BUDGET;
  const canResizeTables = options.canResizeTables ?? true;
  const canSetPageLayout = options.canSetPageLayout ?? true;
  return {
    listTables: () => run((context) => listTables(context)),
    readTables: (names, readOptions) => run((context) => readTables(context, names, budget, readOptions)),
    writeGeneratedSheet: (model) => run((context) => writeGeneratedSheet(context, model, { budget, canResizeTables, canSetPageLayout, now: new Date() })),
    harvestDecisions: (period, now) => run((context) => harvestReviewSheet(context, { period, now, budget, canResizeTables })),
    setUpTables: (rowsByTable = {}) => run((context) => setUpTables(context, TABLE_NAMES, rowsByTable, budget)),
    appendRows: (table, rows) => run((context) => appendRows(context, table, rows, budget, canResizeTables)),
    writeSettings: (values) => run((context) => writeSettings(context, values, budget, canResizeTables)),
    selectTableCell: (target) => run((context) => selectTableCell(context, target)),
    activateSheet: (sheetName) => run((context) => activateSheet(context, sheetName)),
    ...(options.office !== undefined && { keepAddinWithWorkbook: (addinOptions: { readonly openTaskPane: boolean }) => keepAddinWithWorkbook(options.office!, addinOptions) }),
  };
}
