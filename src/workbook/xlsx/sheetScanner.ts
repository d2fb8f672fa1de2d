import { StringItemText } from "./sharedStrings";
import { CellKind, Element, takeCell, ValueType, type SheetCellSink, type SheetContext } from "./sheetCellValues";
import * as xml from "./xmlBytes";
import * as xmlNames from "./xmlNames";

/**
 * A worksheet part's cells found straight in its inflated UTF-8 bytes, as calamine and other fast
 * readers do: saxes tokenising a 250 MB sheet into strings and objects was most of a big review's
 * time (docs/PERFORMANCE.md). Tags, attributes and text are byte offsets into the chunk at hand; a
 * cell's text is decoded only when kept, and a plain number or shared-string index is read from its
 * digits. The scanner checks strictly the XML it recognises (the subset below) and gives up on
 * anything else, leaving the part to saxes (readSheetCells, sheetCells.ts):
 *
 * - UTF-8, with or without its byte-order mark; an XML declaration of version 1.0;
 * - elements and attributes with ASCII names, either quote, white space around `=`;
 * - character data with the five named entities and character references; CDATA sections inside
 *   the root; comments; processing instructions whose target does not start with `xml`.
 *
 * Everything saxes would refuse within that subset (a tag closed by another name, a duplicate
 * attribute, a control character, `]]>` in text, text outside the root…) also makes it give up, so
 * a part the scanner reads to its end is well-formed, and the cells it hands the sink are those the
 * saxes reader (saxesSheetCells.ts) hands it: the cell state below is that reader's, event for event.
 */

/*
 * What the loops below use at every byte, read once from the modules that define them: run without a
 * bundler (tsx, Jest), an imported binding is a getter call at each use, which cost more than the
 * scan itself.
 */
const { XmlNames, sameBytes } = xmlNames;
const { GIVE_UP, NEED_MORE, NAME_CLASS, NAME_START, NOT_ASCII, LOOK_AGAIN, Byte, referenceEnd, utf8End, decodeAttribute, decodeCharacters } = xml;
const { Number: NUMBER, Shared: SHARED, Boolean: BOOLEAN, Text: TEXT, Inline: INLINE, Error: ERROR, Date: DATE } = ValueType;
const { Row: ROW, Cell: CELL, Value: VALUE, InlineString: INLINE_STRING } = Element;
const { Plain: PLAIN, DateStyled: DATE_STYLED } = CellKind;
const { Less: LESS, Greater: GREATER, Slash: SLASH, Ampersand: AMPERSAND, Zero: ZERO, Nine: NINE, Dash: DASH, Dot: DOT } = Byte;
const { CloseBracket: CLOSE_BRACKET, CarriageReturn: CARRIAGE_RETURN, LineFeed: LINE_FEED, Tab: TAB, Space: SPACE } = Byte;

/** XML's white space (production S): space, tab, line feed, carriage return. */
function isSpace(byte: number): boolean {
  return byte === SPACE || byte === LINE_FEED || byte === TAB || byte === CARRIAGE_RETURN;
}

/** Bytes of one unfinished construct carried to the next chunk at most: a longer one (a huge comment) goes to saxes. */
const MOST_CARRIED = 1 << 20;

const Phase = { Prolog: 0, Root: 1, Epilog: 2 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/** The XML declarations the scanner takes (version 1.0 only: 1.1 changes what a character is). */
const XML_DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;
/** Longer than any XML declaration the pattern above takes with sane white space. */
const LONGEST_DECLARATION = 256;

/** 10 to the power of each index, exact: a plain decimal's digits over one of them is the nearest double (Clinger's fast path). */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);

/**
 * `-?digits[.digits]` of at most 15 digits as the number `Number` reads from the same text: the
 * digits make an integer below 2^53 and one division by an exact power of ten rounds once, as
 * `Number` does. NaN for anything else (an exponent, white space, more digits), which then goes
 * through `Number` itself.
 */
function plainNumber(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  const negative = bytes[at] === DASH;
  if (negative) at += 1;
  let digits = 0;
  let fraction = -1;
  let mantissa = 0;
  for (; at < end; at++) {
    const byte = bytes[at] as number;
    if (byte >= ZERO && byte <= NINE) {
      mantissa = mantissa * 10 + byte - ZERO;
      digits += 1;
      if (fraction >= 0) fraction += 1;
    } else if (byte === DOT && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / (POWERS_OF_TEN[fraction] as number) : mantissa;
  return negative ? -value : value;
}

/** 1 to 15 ASCII digits as their value; -1 otherwise. */
function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const byte = bytes[at] as number;
    if (byte < ZERO || byte > NINE) return -1;
    value = value * 10 + byte - ZERO;
  }
  return value;
}

/** An index into one of the workbook's lists written as bytes (listIndex, sheetCellValues.ts). */
function listIndexOf(bytes: Uint8Array, start: number, end: number, count: number): number {
  if (end - start > 10) return -1;
  const index = digitsValue(bytes, start, end);
  return index < count ? index : -1;
}

/** A `t` attribute's bytes as a type (valueTypeOf, sheetCellValues.ts). */
function valueTypeOfBytes(bytes: Uint8Array, start: number, end: number): ValueType {
  const length = end - start;
  const first = bytes[start];
  if (length === 1) {
    if (first === 0x6e) return NUMBER;
    if (first === 0x73) return SHARED;
    if (first === 0x62) return BOOLEAN;
    if (first === 0x65) return ERROR;
    if (first === 0x64) return DATE;
  } else if (length === 9 && sameBytes(INLINE_STR, bytes, start, end)) return INLINE;
  return TEXT;
}

const INLINE_STR = Uint8Array.from("inlineStr", (character) => character.charCodeAt(0));

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end of the ASCII name starting at `start`, or GIVE_UP (not a name, a character outside ASCII), or NEED_MORE. */
function nameEnd(bytes: Uint8Array, start: number, end: number): number {
  if (NAME_CLASS[bytes[start] as number] !== NAME_START) return GIVE_UP;
  for (let at = start + 1; at < end; at++) {
    const kind = NAME_CLASS[bytes[at] as number];
    if (kind === 0) return at;
    if (kind === NOT_ASCII) return GIVE_UP;
  }
  return NEED_MORE;
}

function startsWithAscii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let index = 0; index < text.length; index++) if (bytes[at + index] !== text.charCodeAt(index)) return false;
  return true;
}

class SheetScanner {
  private readonly names = new XmlNames();
  private readonly rId = this.names.idOf("r");
  private readonly tId = this.names.idOf("t");
  private readonly sId = this.names.idOf("s");
  /** The open elements' name numbers, outermost first. */
  private readonly open: number[] = [];
  private phase: Phase = Phase.Prolog;
  private atStart = true;
  private bytes: Buffer = Buffer.alloc(0);

  // The tag being read: its attributes' names, and the offsets of `r`, `t` and `s` (-1 when absent).
  private readonly attributes = new Int32Array(64);
  private rStart = -1;
  private rEnd = -1;
  private rPlain = true;
  private tStart = -1;
  private tEnd = -1;
  private tPlain = true;
  private sStart = -1;
  private sEnd = -1;
  private sPlain = true;

  // The cell state of saxesSheetCells, event for event.
  private readonly cell = { row: 0, column: 0, type: NUMBER as ValueType, style: 0, styleText: undefined as string | undefined, text: "" };
  private rowsRead = 0;
  private inCell = false;
  private inValue = false;
  private hasValue = false;
  private inInline = false;
  private readonly inline = new StringItemText();
  /** The value's text while it is one piece of character data in the bytes at hand, undecoded (-1: none, `cell.text` holds it). */
  private valueStart = -1;
  private valueEnd = -1;
  /** Whether those bytes are the text as they stand: ASCII, no reference, no carriage return. */
  private valuePlain = true;
  private valueReferences = true;

  constructor(
    private readonly context: SheetContext,
    private readonly sink: SheetCellSink,
  ) {}

  /**
   * Scans `chunk` (`final`: the part's last bytes) from its start. Answers where the first unfinished
   * construct starts (the chunk's length when none), to be scanned again with the next chunk after
   * it, or GIVE_UP. Nothing of the chunk is kept after it answers.
   */
  scan(chunk: Uint8Array, final: boolean): number {
    const bytes = asBuffer(chunk);
    this.bytes = bytes;
    const end = bytes.length;
    let at = 0;
    if (this.atStart) {
      at = this.prolog(bytes, end, final);
      if (at < 0) return at === NEED_MORE && !final ? 0 : GIVE_UP;
      this.atStart = false;
    }
    while (at < end) {
      const next = bytes[at] === LESS ? this.markup(bytes, at, end) : this.text(bytes, at, end, final);
      if (next < 0) {
        if (next === GIVE_UP || final) return GIVE_UP;
        this.settleValue();
        return at;
      }
      at = next;
    }
    this.settleValue();
    return end;
  }

  /** Whether the part read so far is a whole document: its root element opened and closed. */
  complete(): boolean {
    return !this.atStart && this.phase === Phase.Epilog;
  }

  /** A UTF-8 byte-order mark and an XML declaration, when the part starts with them. UTF-16 goes to saxes. */
  private prolog(bytes: Buffer, end: number, final: boolean): number {
    if (!final && end < 9) return NEED_MORE;
    let at = 0;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
    else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return GIVE_UP;
    if (!startsWithAscii(bytes, at, "<?xml") || !isSpace(bytes[at + 5] as number)) return at;
    const close = bytes.indexOf("?>", at + 5, "latin1");
    if (close < 0) return end - at > LONGEST_DECLARATION ? GIVE_UP : NEED_MORE;
    return XML_DECLARATION.test(bytes.toString("latin1", at, close + 2)) ? close + 2 : GIVE_UP;
  }

  private markup(bytes: Buffer, at: number, end: number): number {
    if (at + 1 >= end) return NEED_MORE;
    const next = bytes[at + 1];
    if (next === SLASH) return this.closeTag(bytes, at, end);
    if (next === Byte.Bang) return this.bang(bytes, at, end);
    if (next === Byte.Question) return this.instruction(bytes, at, end);
    return this.openTag(bytes, at, end);
  }

  /** A start tag or an empty-element tag at `<`. */
  private openTag(bytes: Buffer, start: number, end: number): number {
    let at = nameEnd(bytes, start + 1, end);
    if (at < 0) return at;
    const nameStop = at;
    let byte: number;
    this.rStart = this.tStart = this.sStart = -1;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const spaceStart = at;
      while (at < end && isSpace(bytes[at] as number)) at++;
      if (at >= end) return NEED_MORE;
      byte = bytes[at] as number;
      if (byte === GREATER) {
        at += 1;
        break;
      }
      if (byte === SLASH) {
        if (at + 1 >= end) return NEED_MORE;
        if (bytes[at + 1] !== GREATER) return GIVE_UP;
        selfClosing = true;
        at += 2;
        break;
      }
      // An attribute must follow white space.
      if (at === spaceStart || count === this.attributes.length) return GIVE_UP;
      at = this.attribute(bytes, at, end, count);
      if (at < 0) return at;
      count += 1;
    }
    const id = this.names.id(bytes, start + 1, nameStop);
    if (id < 0 || this.phase === Phase.Epilog) return GIVE_UP;
    this.phase = Phase.Root;
    if (!this.openElement(id)) return GIVE_UP;
    if (selfClosing) this.closeElement(id);
    else this.open.push(id);
    if (this.open.length === 0) this.phase = Phase.Epilog;
    return at;
  }

  /** The `index`th attribute of a tag, at its name's first byte: answers the offset after its closing quote. */
  private attribute(bytes: Buffer, start: number, end: number, index: number): number {
    let at = nameEnd(bytes, start, end);
    if (at < 0) return at;
    const nameStop = at;
    let byte: number;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) return NEED_MORE;
    if (bytes[at] !== Byte.Equals) return GIVE_UP;
    at += 1;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) return NEED_MORE;
    const quote = bytes[at];
    if (quote !== Byte.Quote && quote !== Byte.Apostrophe) return GIVE_UP;
    const valueStart = ++at;
    // Plain: the bytes are the value as saxes hands it (no reference, no white space it would change).
    let plain = true;
    for (;;) {
      while (at < end && LOOK_AGAIN[bytes[at] as number] === 0) at++;
      if (at >= end) return NEED_MORE;
      byte = bytes[at] as number;
      if (byte === quote) break;
      if (byte === LESS) return GIVE_UP;
      if (byte === AMPERSAND || byte >= 0x80) {
        const next = byte === AMPERSAND ? referenceEnd(bytes, at, end) : utf8End(bytes, at, end);
        if (next < 0) return next;
        if (byte === AMPERSAND) plain = false;
        at = next;
        continue;
      }
      if (byte < SPACE) {
        if (byte !== TAB && byte !== LINE_FEED && byte !== CARRIAGE_RETURN) return GIVE_UP;
        plain = false;
      }
      at += 1;
    }
    const id = this.names.id(bytes, start, nameStop);
    if (id < 0) return GIVE_UP;
    for (let before = 0; before < index; before++) if (this.attributes[before] === id) return GIVE_UP;
    this.attributes[index] = id;
    if (id === this.rId) {
      this.rStart = valueStart;
      this.rEnd = at;
      this.rPlain = plain;
    } else if (id === this.tId) {
      this.tStart = valueStart;
      this.tEnd = at;
      this.tPlain = plain;
    } else if (id === this.sId) {
      this.sStart = valueStart;
      this.sEnd = at;
      this.sPlain = plain;
    }
    return at + 1;
  }

  /** An end tag at `<`: it must close the element open last, so its bytes are compared with that element's name. */
  private closeTag(bytes: Buffer, start: number, end: number): number {
    const id = this.open[this.open.length - 1];
    if (id === undefined) return GIVE_UP;
    const name = (this.names.names[id] as { bytes: Uint8Array }).bytes;
    let at = start + 2 + name.length;
    if (at >= end) return NEED_MORE;
    // A longer name (`</cx>` closing `<c>`) has a name character where `>` or white space must be.
    if (!sameBytes(name, bytes, start + 2, at)) return GIVE_UP;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) return NEED_MORE;
    if (bytes[at] !== GREATER) return GIVE_UP;
    this.open.pop();
    this.closeElement(id);
    if (this.open.length === 0) this.phase = Phase.Epilog;
    return at + 1;
  }

  /** `<!--` a comment, or `<![CDATA[` a CDATA section; anything else (a DOCTYPE) goes to saxes. */
  private bang(bytes: Buffer, start: number, end: number): number {
    if (start + 3 >= end) return NEED_MORE;
    if (bytes[start + 2] === DASH && bytes[start + 3] === DASH) return this.comment(bytes, start + 4, end);
    if (bytes[start + 2] !== Byte.OpenBracket) return GIVE_UP;
    if (start + 9 > end) return NEED_MORE;
    if (!startsWithAscii(bytes, start + 3, "CDATA[") || this.phase !== Phase.Root) return GIVE_UP;
    return this.cdata(bytes, start + 9, end);
  }

  /** A comment's text from `at`: XML characters without `--`, up to `-->`. */
  private comment(bytes: Buffer, start: number, end: number): number {
    for (let at = start; ; ) {
      if (at >= end) return NEED_MORE;
      const byte = bytes[at] as number;
      if (byte === DASH) {
        if (at + 2 >= end) return NEED_MORE;
        if (bytes[at + 1] === DASH) return bytes[at + 2] === GREATER ? at + 3 : GIVE_UP;
        at += 1;
      } else at = this.character(bytes, at, end);
      if (at < 0) return at;
    }
  }

  /** A CDATA section's text from `at`, up to `]]>`: character data without references. */
  private cdata(bytes: Buffer, start: number, end: number): number {
    let plain = true;
    for (let at = start; ; ) {
      if (at + 2 >= end) return NEED_MORE;
      const byte = bytes[at] as number;
      if (byte === CLOSE_BRACKET && bytes[at + 1] === CLOSE_BRACKET && bytes[at + 2] === GREATER) {
        this.characters(start, at, plain, false);
        return at + 3;
      }
      if (byte >= 0x80 || byte === CARRIAGE_RETURN) plain = false;
      at = this.character(bytes, at, end);
      if (at < 0) return at;
    }
  }

  /** One XML character at `at` (not markup): the offset after it. */
  private character(bytes: Buffer, at: number, end: number): number {
    const byte = bytes[at] as number;
    if (byte >= 0x80) return utf8End(bytes, at, end);
    if (byte < SPACE && byte !== TAB && byte !== LINE_FEED && byte !== CARRIAGE_RETURN) return GIVE_UP;
    return at + 1;
  }

  /** A processing instruction at `<`: a target of ASCII name characters not starting with `xml`, then `?>` or white space, text and `?>`. */
  private instruction(bytes: Buffer, start: number, end: number): number {
    let at = start + 2;
    for (; ; at++) {
      if (at >= end) return NEED_MORE;
      const byte = bytes[at] as number;
      if (byte >= 0x80 || NAME_CLASS[byte] === 0 || byte === Byte.Colon) break;
    }
    const target = start + 2;
    if (at === target || NAME_CLASS[bytes[target] as number] !== NAME_START) return GIVE_UP;
    if (at - target >= 3 && bytes.toString("latin1", target, target + 3).toLowerCase() === "xml") return GIVE_UP;
    if (bytes[at] === Byte.Question) {
      if (at + 1 >= end) return NEED_MORE;
      return bytes[at + 1] === GREATER ? at + 2 : GIVE_UP;
    }
    if (!isSpace(bytes[at] as number)) return GIVE_UP;
    for (;;) {
      if (at + 1 >= end) return NEED_MORE;
      if (bytes[at] === Byte.Question && bytes[at + 1] === GREATER) return at + 2;
      at = this.character(bytes, at, end);
      if (at < 0) return at;
    }
  }

  /** Character data at `start`, up to the next `<` (or the part's end): only white space outside the root. */
  private text(bytes: Buffer, start: number, end: number, final: boolean): number {
    let plain = true;
    let at = start;
    for (;;) {
      while (at < end && LOOK_AGAIN[bytes[at] as number] === 0) at++;
      if (at >= end) {
        if (!final) return NEED_MORE;
        break;
      }
      const byte = bytes[at] as number;
      if (byte === LESS) break;
      if (byte === AMPERSAND || byte >= 0x80) {
        const next = byte === AMPERSAND ? referenceEnd(bytes, at, end) : utf8End(bytes, at, end);
        if (next < 0) return next;
        plain = false;
        at = next;
        continue;
      }
      if (byte === CLOSE_BRACKET) {
        if (at + 2 < end) {
          if (bytes[at + 1] === CLOSE_BRACKET && bytes[at + 2] === GREATER) return GIVE_UP;
        } else if (!final) return NEED_MORE;
      } else if (byte < SPACE) {
        if (byte === CARRIAGE_RETURN) plain = false;
        else if (byte !== TAB && byte !== LINE_FEED) return GIVE_UP;
      }
      at += 1;
    }
    if (this.phase !== Phase.Root) {
      for (let index = start; index < at; index++) if (!isSpace(bytes[index] as number)) return GIVE_UP;
    } else this.characters(start, at, plain, true);
    return at;
  }

  // The cell state: saxesSheetCells' handlers, on offsets.

  private openElement(id: number): boolean {
    const name = this.names.names[id] as { local: string; element: Element };
    if (this.inInline) {
      this.inline.open(name.local);
      return true;
    }
    const { bytes, cell } = this;
    switch (name.element) {
      case ROW: {
        if (this.rStart < 0) cell.row += 1;
        else {
          const row = digitsValue(bytes, this.rStart, this.rEnd);
          if (row < 0) return false;
          cell.row = row;
        }
        cell.column = 0;
        return true;
      }
      case CELL:
        return this.openCell();
      case VALUE:
        if (this.inCell) this.inValue = this.hasValue = true;
        return true;
      case INLINE_STRING:
        if (this.inCell) this.inInline = this.hasValue = true;
        return true;
      default:
        return true;
    }
  }

  /** A `<c>`: its place, type and format from the attributes' bytes. Gives up on references or white space in them. */
  private openCell(): boolean {
    const { bytes, cell } = this;
    if (!this.rPlain || !this.tPlain || !this.sPlain) return false;
    if (this.rStart < 0) cell.column += 1;
    else {
      // parseReference (saxesSheetCells.ts) on bytes: other bytes, UTF-8's included, are skipped alike.
      let column = 0;
      let row = 0;
      for (let at = this.rStart; at < this.rEnd; at++) {
        const code = bytes[at] as number;
        if (code >= 65 && code <= 90) column = column * 26 + code - 64;
        else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
        else if (code >= 48 && code <= 57) row = row * 10 + code - 48;
      }
      cell.column = column;
      if (row > 0) cell.row = row;
    }
    cell.type = this.tStart < 0 ? NUMBER : valueTypeOfBytes(bytes, this.tStart, this.tEnd);
    const { dateStyles } = this.context;
    if (this.sStart < 0 || (dateStyles.length === 0 && this.sEnd - this.sStart === 1 && bytes[this.sStart] === ZERO)) cell.style = 0;
    else cell.style = listIndexOf(bytes, this.sStart, this.sEnd, dateStyles.length);
    cell.styleText = cell.style < 0 ? decodeAttribute(bytes, this.sStart, this.sEnd) : undefined;
    this.inCell = true;
    this.hasValue = false;
    cell.text = "";
    this.valueStart = -1;
    return true;
  }

  private closeElement(id: number): void {
    const name = this.names.names[id] as { local: string; element: Element };
    if (this.inInline) {
      if (name.element === INLINE_STRING) {
        this.inInline = false;
        this.cell.text = this.inline.take();
        this.valueStart = -1;
      } else this.inline.close(name.local);
      return;
    }
    if (name.element === VALUE) this.inValue = false;
    else if (name.element === CELL) {
      this.inCell = false;
      if (this.hasValue) this.takeCell();
    } else if (name.element === ROW) {
      if (this.context.onRow !== undefined) this.context.onRow(++this.rowsRead);
    }
  }

  /** Character data or a CDATA section's text in `bytes[start, end)`. */
  private characters(start: number, end: number, plain: boolean, references: boolean): void {
    if (this.inValue) {
      if (this.valueStart < 0 && this.cell.text === "") {
        this.valueStart = start;
        this.valueEnd = end;
        this.valuePlain = plain;
        this.valueReferences = references;
      } else {
        this.settleValue();
        this.cell.text += decodeCharacters(this.bytes, start, end, references);
      }
    } else if (this.inInline) this.inline.characters(decodeCharacters(this.bytes, start, end, references));
  }

  /** The value's undecoded bytes into `cell.text`: before they are appended to, or the chunk is let go. */
  private settleValue(): void {
    if (this.valueStart < 0) return;
    this.cell.text = decodeCharacters(this.bytes, this.valueStart, this.valueEnd, this.valueReferences);
    this.valueStart = -1;
  }

  /** takeCell (sheetCellValues.ts), straight from the bytes for a plain number, shared string or boolean. */
  private takeCell(): void {
    const { bytes, cell, context, sink } = this;
    if (cell.style >= 0 && this.valueStart >= 0 && this.valuePlain) {
      const { valueStart: start, valueEnd: end } = this;
      if (cell.type === NUMBER) {
        const number = plainNumber(bytes, start, end);
        if (!Number.isNaN(number)) {
          sink.cell(cell.row, cell.column, number, context.dateStyles[cell.style] === true ? DATE_STYLED : PLAIN);
          return;
        }
      } else if (cell.type === SHARED) {
        const index = listIndexOf(bytes, start, end, context.sharedStrings.length);
        if (index >= 0) {
          sink.cell(cell.row, cell.column, context.sharedStrings[index] as string, PLAIN);
          return;
        }
      } else if (cell.type === BOOLEAN && end - start === 1 && (bytes[start] === ZERO || bytes[start] === ZERO + 1)) {
        sink.cell(cell.row, cell.column, bytes[start] === ZERO + 1, PLAIN);
        return;
      }
    }
    this.settleValue();
    takeCell(cell, context, sink);
  }
}

/**
 * Reads a sheet part's cells from its UTF-8 `chunks` into `sink`, carrying an unfinished construct
 * at a chunk's end over to the next. Answers false as soon as it meets XML outside the subset it
 * recognises (cells handed before stay handed: the caller restarts the sink), true when it read the
 * whole part. The chunks' own errors (a damaged part, partBytes.ts) are thrown.
 */
export async function scanSheetCells(chunks: AsyncGenerator<Uint8Array>, context: SheetContext, sink: SheetCellSink): Promise<boolean> {
  const scanner = new SheetScanner(context, sink);
  let carried: Uint8Array | undefined;
  try {
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
      const bytes = carried === undefined ? next.value : Buffer.concat([carried, next.value]);
      const stop = scanner.scan(bytes, false);
      if (stop === GIVE_UP || bytes.length - stop > MOST_CARRIED) return false;
      carried = stop < bytes.length ? bytes.slice(stop) : undefined;
    }
    return scanner.scan(carried ?? new Uint8Array(0), true) !== GIVE_UP && scanner.complete();
  } finally {
    await chunks.return(undefined);
  }
}
