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

export function inlineStringXml(text: string): string {
  const xstring = xstringText(text);
  const xml = escapeXml(xstring).replace(NORMALISED_LINE_ENDS, (character) => `&#${character.charCodeAt(0)};`);
  return `<is><t xml:space="preserve">${xml}</t></is>`;
}
