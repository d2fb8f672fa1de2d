import { isDateFormatCode } from "../dateCells";
import { childElements, descendants, firstChildElement, parseXml, rootElement } from "./packageXml";

/**
 * Which cell formats of a workbook show their number as a date or time. A number cell's value is
 * the same whatever its format; only a 1904-system workbook needs to know, because there a date's
 * serial counts from 1904 and Costcard counts from 1900 (ECMA-376 Part 1, 18.17.4.1).
 */

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) that show a date or time, East Asian ones included. */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

export { isDateFormatCode };

/** For each cell format index (a cell's `s`), whether it shows a date or time. */
export function dateStyleFlags(stylesXml: string | undefined, part: string): boolean[] {
  if (stylesXml === undefined) return [];
  const styles = rootElement(parseXml(stylesXml, part));
  const customDates = new Map<number, boolean>();
  for (const format of descendants(styles, "numFmt")) {
    customDates.set(Number(format.getAttribute("numFmtId")), isDateFormatCode(format.getAttribute("formatCode") ?? ""));
  }
  const cellFormats = firstChildElement(styles, "cellXfs");
  if (cellFormats === undefined) return [];
  return childElements(cellFormats, "xf").map((format) => {
    const id = Number(format.getAttribute("numFmtId") ?? 0);
    return customDates.get(id) ?? isBuiltInDateFormat(id);
  });
}
