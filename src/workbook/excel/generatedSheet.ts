import { generatedSheetMarker, type SheetModel } from "../../model/sheetModel";
import type { WrittenSheet } from "../port";
import { freeSheetName } from "../tableLayout";
import { generatedSheetTarget, sheetNameFromReference } from "../sheetMarker";
import type { PayloadBudget } from "./payloadBudget";
import { addCharts, addConditionalFormats, applyColumnGroups, applyLayout, applyPrintSetup, hideColumnGroups } from "./sheetDecorations";
import { writeGrid } from "./cellWrites";
import { harvestDecisions } from "./decisionHarvest";
import { sheetModelInDateSystem } from "../dateCells";
import type { DateSystemAnswer } from "./dateSystem";

/**
 * Writes a generated sheet: one round trip to find the sheets and the marker name, then the whole
 * sheet in one batch (values and number formats as single range writes) and one sync; above the
 * payload budget the cells go in row blocks, one sync each.
 */

/** A name no sheet holds, for the old sheet in the moment before it is deleted. */
const RETIRING_SHEET = "Costcard old sheet";

function placeSheet(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  target: { sheetName: string; replace: boolean },
): Excel.Worksheet {
  const old = target.replace ? sheets.items.find((sheet) => sheet.name === target.sheetName) : undefined;
  if (old === undefined) return context.workbook.worksheets.add(target.sheetName);
  // Renamed first so the new sheet can take its name; added before deleting it so the workbook
  // never runs out of sheets; moved to its position so the tabs keep their order.
  old.name = freeSheetName(RETIRING_SHEET, sheets.items.map((sheet) => sheet.name));
  const fresh = context.workbook.worksheets.add(target.sheetName);
  fresh.position = old.position;
  old.delete();
  return fresh;
}

export interface ReplaceOptions {
  readonly budget: PayloadBudget;
  readonly canResizeTables: boolean;
  /** Excel has ExcelApi 1.9 (page layout); without it the sheet prints with Excel's defaults. */
  readonly canSetPageLayout: boolean;
  /** Excel has ExcelApi 1.10 (outline groups); without it the detail columns are hidden, for Unhide to show. */
  readonly canGroupColumns: boolean;
  readonly now: Date;
  /** The workbook's date system, known after the first round trip: the sheet's date cells are written in it. */
  readonly dates: DateSystemAnswer;
}

/**
 * A price review being replaced first gives up the decisions typed into it (decisionHarvest.ts): two
 * more round trips when it has some, so the sheet is harvested and replaced in four at most.
 */
export async function writeGeneratedSheet(context: Excel.RequestContext, model: SheetModel, options: ReplaceOptions): Promise<WrittenSheet> {
  const { budget } = options;
  const markerName = generatedSheetMarker(model.kind, model.period);
  const sheets = context.workbook.worksheets.load("items/name, items/position");
  const marker = context.workbook.names.getItemOrNullObject(markerName).load("value");
  const tables = model.kind === "priceReview" ? context.workbook.tables.load("items/name") : undefined;
  await context.sync();

  const markedSheet = marker.isNullObject ? undefined : sheetNameFromReference(String(marker.value));
  const target = generatedSheetTarget(
    markedSheet,
    sheets.items.map((sheet) => sheet.name),
    model.name,
  );
  const old = target.replace ? sheets.items.find((item) => item.name === target.sheetName) : undefined;
  if (old !== undefined && tables !== undefined) await harvestDecisions(context, old, target.sheetName, tables, { ...options, period: model.period, markWritten: false });
  const sheet = placeSheet(context, sheets, target);
  if (!marker.isNullObject) marker.delete();
  context.workbook.names.add(markerName, sheet.getRange("A1")).visible = false;

  await writeGrid(context, sheet, { row: 0, column: 0 }, sheetModelInDateSystem(options.dates(), model).cells, model.numberFormats, budget);
  applyLayout(sheet, model);
  addConditionalFormats(sheet, model.conditionalFormats);
  addCharts(sheet, model.charts);
  if (options.canGroupColumns) applyColumnGroups(sheet, model);
  else hideColumnGroups(sheet, model);
  if (model.print && options.canSetPageLayout) applyPrintSetup(sheet, model.print);
  await context.sync();
  return { sheetName: target.sheetName, replaced: target.replace };
}
