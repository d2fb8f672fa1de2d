import type { ConditionalFormat } from "../../model/sheetModel";
import { argbColor } from "./argbColor";
import { formatRangeRef } from "./cellRange";

/**
 * The sheet model's conditional formats as SpreadsheetML. Written here rather than through ExcelJS
 * because a lower-is-better icon set needs `gte="0"` thresholds (green while the value is at most
 * the target), which ExcelJS cannot express.
 */

function ruleXml(format: ConditionalFormat, priority: number): string {
  if (format.type === "colorScale") {
    const colors = format.colors.map((color) => `<color rgb="${argbColor(color)}"/>`).join("");
    return `<cfRule type="colorScale" priority="${priority}"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>${colors}</colorScale></cfRule>`;
  }
  // Three lights, red-amber-green from low to high values; reversed when lower is better, and then
  // each threshold is exclusive (gte="0") so a value equal to the target is still green.
  const [lower, upper] = format.lowerIsBetter ? [format.target, format.floor] : [format.floor, format.target];
  const exclusive = format.lowerIsBetter ? ' gte="0"' : "";
  const reverse = format.lowerIsBetter ? ' reverse="1"' : "";
  return (
    `<cfRule type="iconSet" priority="${priority}"><iconSet iconSet="3TrafficLights1"${reverse}>` +
    `<cfvo type="percent" val="0"/><cfvo type="num" val="${lower}"${exclusive}/><cfvo type="num" val="${upper}"${exclusive}/></iconSet></cfRule>`
  );
}

/** The `conditionalFormatting` elements of a worksheet, in priority order. */
export function conditionalFormattingXml(formats: readonly ConditionalFormat[]): string {
  return formats.map((format, index) => `<conditionalFormatting sqref="${formatRangeRef(format.range)}">${ruleXml(format, index + 1)}</conditionalFormatting>`).join("");
}
