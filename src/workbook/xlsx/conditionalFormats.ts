import type { Element } from "@xmldom/xmldom";
import type { ConditionalFormat, RangeRef } from "../../reports/sheetModel";
import { formatCellRange } from "./cellRange";
import { createChildLike, insertInOrder } from "./packageXml";

/**
 * The sheet model's conditional formats as SpreadsheetML. Written here rather than through ExcelJS
 * because a lower-is-better icon set needs `gte="0"` thresholds (green while the value is at most
 * the target), which ExcelJS cannot express.
 */

/** CT_Worksheet's element order, for placing conditionalFormatting. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
  "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

function sqref(range: RangeRef): string {
  return formatCellRange({
    firstRow: range.row + 1,
    firstColumn: range.column + 1,
    lastRow: range.row + range.rowCount,
    lastColumn: range.column + range.columnCount,
  });
}

function element(parent: Element, name: string, attributes: Record<string, string> = {}): Element {
  const created = createChildLike(parent, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value);
  parent.appendChild(created);
  return created;
}

function addRule(rule: Element, format: ConditionalFormat): void {
  if (format.type === "colorScale") {
    rule.setAttribute("type", "colorScale");
    const scale = element(rule, "colorScale");
    element(scale, "cfvo", { type: "min" });
    element(scale, "cfvo", { type: "percentile", val: "50" });
    element(scale, "cfvo", { type: "max" });
    for (const color of format.colors) element(scale, "color", { rgb: `FF${color.replace("#", "").toUpperCase()}` });
    return;
  }
  rule.setAttribute("type", "iconSet");
  // Three lights, red-amber-green from low to high values; reversed when lower is better, and then
  // each threshold is exclusive so a value equal to the target is still green.
  const icons = element(rule, "iconSet", format.lowerIsBetter ? { iconSet: "3TrafficLights1", reverse: "1" } : { iconSet: "3TrafficLights1" });
  element(icons, "cfvo", { type: "percent", val: "0" });
  const [lower, upper] = format.lowerIsBetter ? [format.target, format.floor] : [format.floor, format.target];
  const exclusive: Record<string, string> = format.lowerIsBetter ? { gte: "0" } : {};
  element(icons, "cfvo", { type: "num", val: String(lower), ...exclusive });
  element(icons, "cfvo", { type: "num", val: String(upper), ...exclusive });
}

/** Adds `formats` to a worksheet element, in priority order. */
export function addConditionalFormats(worksheet: Element, formats: readonly ConditionalFormat[]): void {
  formats.forEach((format, index) => {
    const block = createChildLike(worksheet, "conditionalFormatting");
    block.setAttribute("sqref", sqref(format.range));
    insertInOrder(worksheet, block, WORKSHEET_ORDER);
    addRule(element(block, "cfRule", { priority: String(index + 1) }), format);
  });
}
