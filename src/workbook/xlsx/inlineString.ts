import { escapeXml } from "./packageXml";

/**
 * A cell's text as an inline string (`<is>`) that Excel reads back verbatim.
 *
 * Strings in a worksheet are ST_Xstring (ECMA-376 Part 1, 22.9.2.19): a character XML 1.0 cannot
 * hold is written `_xHHHH_`, so a literal `_x` + four hex digits + `_` has its underscore written
 * `_x005F_`, as Excel writes it. An underscore also opens an escape when a control character, which
 * becomes `_xHHHH_` itself, closes the four digits.
 *
 * Line ends a parser would turn into a line feed (carriage return always; NEL and the Unicode line
 * and paragraph separators under XML 1.1 rules, which some readers apply) go as character
 * references, which no parser normalises.
 */

const ESCAPED_IN_XSTRING = /_(?=x[0-9A-Fa-f]{4}(?:_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]))|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NORMALISED_LINE_ENDS = /[\r\u0085\u2028\u2029]/g;

/** `_x005F_` for the underscore, `_x0001_` for U+0001. */
function xstringEscape(character: string): string {
  return `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** The text as ST_Xstring: underscores that would open an escape and characters XML cannot hold escaped. */
export function xstringText(text: string): string {
  return text.replace(ESCAPED_IN_XSTRING, xstringEscape);
}

/** The text as ST_Xstring character data, line ends as character references: a cell's, a chart's cached label's. */
export function xstringXml(text: string): string {
  return escapeXml(xstringText(text)).replace(NORMALISED_LINE_ENDS, (character) => `&#${character.charCodeAt(0)};`);
}

export function inlineStringXml(text: string): string {
  return `<is><t xml:space="preserve">${xstringXml(text)}</t></is>`;
}

const HEX_DIGIT_VALUE = (code: number): number => (code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1);

/**
 * Cell text as the user typed it, from an ST_Xstring: `_xHHHH_` is the character U+HHHH (so
 * `_x005F_` is an underscore), as Excel and every writer that escapes control characters mean it.
 * Text without `_x` (nearly all) is returned as it is, without a scan.
 */
export function decodeXstring(text: string): string {
  let at = text.indexOf("_x");
  if (at < 0) return text;
  let decoded = "";
  let copiedTo = 0;
  while (at >= 0) {
    let code = 0;
    for (let digit = 2; digit < 6 && code >= 0; digit++) {
      const value = HEX_DIGIT_VALUE(text.charCodeAt(at + digit));
      code = value < 0 ? -1 : code * 16 + value;
    }
    if (code >= 0 && text.charCodeAt(at + 6) === 95) {
      decoded += text.slice(copiedTo, at) + String.fromCharCode(code);
      copiedTo = at + 7;
      at = text.indexOf("_x", copiedTo);
    } else {
      at = text.indexOf("_x", at + 1);
    }
  }
  return decoded + text.slice(copiedTo);
}
