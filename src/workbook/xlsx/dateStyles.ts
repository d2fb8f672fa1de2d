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

/**
 * A format code shows a date or time when, outside quoted text, escaped characters and bracketed
 * parts (colours, conditions, locales; `[h]` elapsed hours count), it holds a date or time letter.
 */
export function isDateFormatCode(code: string): boolean {
  let inQuote = false;
  for (let at = 0; at < code.length; at++) {
    const character = code[at] ?? "";
    if (inQuote) {
      inQuote = character !== '"';
      continue;
    }
    if (character === '"') inQuote = true;
    else if (character === "\\" || character === "_" || character === "*") at += 1;
    else if (character === "[") {
      const close = code.indexOf("]", at);
      const inside = code.slice(at + 1, close < 0 ? code.length : close).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inside)) return true;
      at = close < 0 ? code.length : close;
    } else if ("yYmMdDhHsS".includes(character)) return true;
  }
  return false;
}

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
