/**
 * XML 1.0 (fifth edition) read straight from UTF-8 bytes, for the byte scanner of worksheet parts
 * (sheetScanner.ts): what it checks of each construct, and how it decodes the text it keeps. Every
 * check answers an offset, or GIVE_UP for anything the scanner leaves to saxes (something outside the
 * subset it recognises, or not well-formed), or NEED_MORE when the bytes end before the construct does.
 */

/** Leave the part to saxes. */
export const GIVE_UP = -1;
/** The construct runs past the bytes at hand: scan it again once the next chunk has come. */
export const NEED_MORE = -2;

export const Byte = {
  Tab: 0x09,
  LineFeed: 0x0a,
  CarriageReturn: 0x0d,
  Space: 0x20,
  Bang: 0x21,
  Quote: 0x22,
  Hash: 0x23,
  Ampersand: 0x26,
  Apostrophe: 0x27,
  Dash: 0x2d,
  Dot: 0x2e,
  Slash: 0x2f,
  Zero: 0x30,
  Nine: 0x39,
  Colon: 0x3a,
  Semicolon: 0x3b,
  Less: 0x3c,
  Equals: 0x3d,
  Greater: 0x3e,
  Question: 0x3f,
  OpenBracket: 0x5b,
  CloseBracket: 0x5d,
} as const;

/** A name's first character (XML 1.0 section 2.3, ASCII only: a name with any other character goes to saxes). */
export const NAME_START = 1;
/** A character a name may hold after its first. */
export const NAME_REST = 2;
/** A byte outside ASCII, where a name would go on in XML: the scanner gives up. */
export const NOT_ASCII = 3;

/** Per byte: NAME_START, NAME_REST, NOT_ASCII or 0 (a byte that ends a name). */
export const NAME_CLASS: Uint8Array = (() => {
  const classes = new Uint8Array(256).fill(NOT_ASCII, 0x80);
  for (let code = 0; code < 128; code++) {
    const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (letter || code === 0x5f || code === Byte.Colon) classes[code] = NAME_START;
    else if ((code >= Byte.Zero && code <= Byte.Nine) || code === Byte.Dot || code === Byte.Dash) classes[code] = NAME_REST;
  }
  return classes;
})();

/**
 * Per byte, 1 when character data or an attribute value cannot take it as it stands (a control
 * character, markup, a reference, `]` of `]]>`, a quote, UTF-8's lead and continuation bytes): the
 * scanner's loops pass every other byte with one look-up.
 */
export const LOOK_AGAIN: Uint8Array = (() => {
  const marks = new Uint8Array(256).fill(1, 0x80).fill(1, 0, Byte.Space);
  for (const code of [Byte.Less, Byte.Ampersand, Byte.CloseBracket, Byte.Quote, Byte.Apostrophe]) marks[code] = 1;
  return marks;
})();

/** XML 1.0's Char production: a code point a document may hold, written or by reference. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/**
 * The end of the UTF-8 sequence whose lead byte (>= 0x80) is at `at`. A sequence that is not
 * UTF-8 (overlong, a surrogate, past U+10FFFF, a stray continuation byte) or that encodes U+FFFE or
 * U+FFFF (not XML characters) gives up: saxes, behind a decoder that turns bad bytes into U+FFFD,
 * is the judge of those.
 */
export function utf8End(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] as number;
  let continuations: number;
  let secondMin = 0x80;
  let secondMax = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    continuations = 2;
    if (lead === 0xe0) secondMin = 0xa0;
    else if (lead === 0xed) secondMax = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    continuations = 3;
    if (lead === 0xf0) secondMin = 0x90;
    else if (lead === 0xf4) secondMax = 0x8f;
  } else return GIVE_UP;
  if (at + continuations >= end) return NEED_MORE;
  const second = bytes[at + 1] as number;
  if (second < secondMin || second > secondMax) return GIVE_UP;
  for (let next = at + 2; next <= at + continuations; next++) {
    const byte = bytes[next] as number;
    if (byte < 0x80 || byte > 0xbf) return GIVE_UP;
  }
  if (lead === 0xef && second === 0xbf && (bytes[at + 2] as number) >= 0xbe) return GIVE_UP;
  return at + continuations + 1;
}

const NAMED_REFERENCES = ["amp", "lt", "gt", "quot", "apos"];

function hexValue(byte: number): number {
  if (byte >= Byte.Zero && byte <= Byte.Nine) return byte - Byte.Zero;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/**
 * The end of the reference whose `&` is at `at`: one of XML's five named entities, or a character
 * reference (`&#65;`, `&#x41;`) to an XML character. Any other entity gives up (saxes refuses it).
 */
export function referenceEnd(bytes: Uint8Array, at: number, end: number): number {
  let next = at + 1;
  if (next >= end) return NEED_MORE;
  if (bytes[next] === Byte.Hash) {
    next += 1;
    if (next >= end) return NEED_MORE;
    const hex = bytes[next] === 0x78;
    if (hex) next += 1;
    let code = 0;
    let digits = 0;
    for (;; next++) {
      if (next >= end) return NEED_MORE;
      const byte = bytes[next] as number;
      if (byte === Byte.Semicolon) break;
      const value = hex ? hexValue(byte) : byte >= Byte.Zero && byte <= Byte.Nine ? byte - Byte.Zero : -1;
      if (value < 0 || ++digits > 8) return GIVE_UP;
      code = code * (hex ? 16 : 10) + value;
    }
    return digits > 0 && isXmlChar(code) ? next + 1 : GIVE_UP;
  }
  const nameStart = next;
  for (;; next++) {
    if (next >= end) return NEED_MORE;
    if (bytes[next] === Byte.Semicolon) break;
    if (next - nameStart >= 4) return GIVE_UP;
  }
  const name = String.fromCharCode(...bytes.subarray(nameStart, next));
  return NAMED_REFERENCES.includes(name) ? next + 1 : GIVE_UP;
}

const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED_CHARACTERS: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function resolveReference(_match: string, hex: string | undefined, decimal: string | undefined, name: string | undefined): string {
  if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
  if (decimal !== undefined) return String.fromCodePoint(parseInt(decimal, 10));
  return NAMED_CHARACTERS[name as string] as string;
}

/**
 * Character data the scanner has checked, as text: UTF-8 decoded, line ends normalised (XML 1.0
 * section 2.11: CR LF and a lone CR become LF, before references, so `&#13;` stays a CR), references
 * resolved unless the bytes are a CDATA section's.
 */
export function decodeCharacters(bytes: Buffer, start: number, end: number, references: boolean): string {
  let text = bytes.toString("utf8", start, end);
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  if (references && text.indexOf("&") >= 0) text = text.replace(REFERENCE, resolveReference);
  return text;
}

/** An attribute's value the scanner has checked, as text: as character data, and each white space character a space (XML 1.0 section 3.3.3). */
export function decodeAttribute(bytes: Buffer, start: number, end: number): string {
  const text = bytes.toString("utf8", start, end).replace(/\r\n|[\r\n\t]/g, " ");
  return text.indexOf("&") >= 0 ? text.replace(REFERENCE, resolveReference) : text;
}
