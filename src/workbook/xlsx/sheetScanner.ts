import { StringItemText } from "./sharedStrings";
import { CellKind, Element, takeCell, ValueType, type SheetCellSink, type SheetContext } from "./sheetCellValues";
import * as xml from "./xmlBytes";
import * as xmlNames from "./xmlNames";
import { NOT_TAKEN, scanChunks, XmlScanner } from "./xmlScanner";

/**
 * A worksheet part's cells found by the byte scanner (xmlScanner.ts): a cell's text is decoded only
 * when kept, and a plain number or shared-string index is read from its digits. The cells it hands
 * the sink are those the saxes reader (saxesSheetCells.ts) hands it: the cell state below is that
 * reader's, event for event. On anything outside the scanner's XML subset it gives up and the part
 * goes to saxes (readSheetChunks, sheetCells.ts).
 */

/* Read once: without a bundler (tsx, Jest) an imported binding is a getter call at each use (xmlScanner.ts). */
const { sameBytes } = xmlNames;
const { Byte, GIVE_UP, NAME_CLASS, NAME_START, NAME_REST, decodeAttribute, decodeCharacters } = xml;
const { Number: NUMBER, Shared: SHARED, Boolean: BOOLEAN, Text: TEXT, Inline: INLINE, Error: ERROR, Date: DATE } = ValueType;
const { Row: ROW, Cell: CELL, Value: VALUE, InlineString: INLINE_STRING } = Element;
const { Plain: PLAIN, DateStyled: DATE_STYLED } = CellKind;
const { Zero: ZERO, Nine: NINE, Dash: DASH, Dot: DOT } = Byte;
const { Less: LESS, Greater: GREATER, Slash: SLASH, Space: SPACE, Equals: EQUALS, Quote: QUOTE, Ampersand: AMPERSAND, CloseBracket: CLOSE_BRACKET } = Byte;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const SMALL_A = 0x61;
const SMALL_Z = 0x7a;
const LETTER_C = 0x63;
const LETTER_O = 0x6f;
const LETTER_R = 0x72;
const LETTER_S = 0x73;
const LETTER_T = 0x74;
const LETTER_V = 0x76;
const LETTER_W = 0x77;
/** Attributes a common row may have: more go the general way. */
const MOST_ROW_ATTRIBUTES = 16;

/** Printable ASCII but the given bytes, as 1s in a table by byte. */
function printableBut(...excluded: number[]): Uint8Array {
  const table = new Uint8Array(256);
  for (let byte = SPACE; byte < 0x7f; byte++) if (!excluded.includes(byte)) table[byte] = 1;
  return table;
}

/** Bytes a common row's attribute value may hold: the value is then the bytes as they stand. */
const ATTRIBUTE_SAFE = printableBut(QUOTE, LESS, AMPERSAND);
/** Bytes a common cell's value may hold: the text is then the bytes as they stand (no reference, no `]]>`). */
const VALUE_SAFE = printableBut(LESS, AMPERSAND, CLOSE_BRACKET);

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

class SheetScanner extends XmlScanner {
  private readonly rId = this.names.idOf("r");
  private readonly tId = this.names.idOf("t");
  private readonly sId = this.names.idOf("s");
  private readonly rowId = this.names.idOf("row");
  /** The offsets of the names of the attributes of the row tag being read, start and end. */
  private readonly rowAttributeNames = new Int32Array(2 * MOST_ROW_ATTRIBUTES);

  // The tag being read: the offsets of `r`, `t` and `s` (-1 when absent).
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
  ) {
    super();
  }

  protected beginTag(): void {
    this.rStart = this.tStart = this.sStart = -1;
  }

  protected attributeValue(id: number, start: number, end: number, plain: boolean): void {
    if (id === this.rId) {
      this.rStart = start;
      this.rEnd = end;
      this.rPlain = plain;
    } else if (id === this.tId) {
      this.tStart = start;
      this.tEnd = end;
      this.tPlain = plain;
    } else if (id === this.sId) {
      this.sStart = start;
      this.sEnd = end;
      this.sPlain = plain;
    }
  }

  // The cell state: saxesSheetCells' handlers, on offsets.

  protected openElement(id: number): boolean {
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

  /**
   * The two tags of nearly every byte of a sheet, in the shapes every producer writes them, read
   * in one pass that checks each byte against what that shape allows rather than tokenised (the
   * general path was most of a row-limit review's time: docs/PERFORMANCE.md). A cell:
   * `<c r="B2" s="1" t="s"><v>7</v></c>`, `<c r="B2" s="1"/>` or `<c …></c>`, with attributes r
   * (capital letters and digits), s (a format the workbook has) and t (small letters) each at most
   * once, one space before each, no space around `=`, double quotes; and a value of printable
   * ASCII without `&` or `]`. Such bytes are XML, and the text the general path would find; the
   * cell state then changes as the general path's openCell, `<v>`, characters, `</v>` and `</c>`
   * change it. A row's start tag: commonRow.
   */
  protected override commonElement(bytes: Buffer, start: number, end: number): number {
    const first = bytes[start + 1];
    if (first === LETTER_C) return this.commonCell(bytes, start, end);
    if (first === LETTER_R) return this.commonRow(bytes, start, end);
    return NOT_TAKEN;
  }

  /**
   * A row's start tag, `<row r="7" spans="1:9" x14ac:dyDescent="0.25">`: ASCII names (checked as
   * the general path checks them, none twice), one space before each, no space around `=`, double
   * quotes, values of printable ASCII without `&`. Opened with the general path's call (which
   * gives up on an r that is no row number, and inside an inline string takes it for no row), and left open.
   */
  private commonRow(bytes: Buffer, start: number, end: number): number {
    if (start + 4 >= end || bytes[start + 2] !== LETTER_O || bytes[start + 3] !== LETTER_W) return NOT_TAKEN;
    const names = this.rowAttributeNames;
    let count = 0;
    let rStart = -1;
    let rEnd = -1;
    let at = start + 4;
    for (;;) {
      if (at >= end) return NOT_TAKEN;
      const byte = bytes[at];
      if (byte === GREATER) break;
      if (byte !== SPACE || count === MOST_ROW_ATTRIBUTES) return NOT_TAKEN;
      const nameStart = at + 1;
      if (nameStart >= end || NAME_CLASS[bytes[nameStart] as number] !== NAME_START) return NOT_TAKEN;
      let nameEnd = nameStart + 1;
      while (nameEnd < end) {
        const kind = NAME_CLASS[bytes[nameEnd] as number];
        if (kind !== NAME_START && kind !== NAME_REST) break;
        nameEnd += 1;
      }
      if (nameEnd + 1 >= end || bytes[nameEnd] !== EQUALS || bytes[nameEnd + 1] !== QUOTE) return NOT_TAKEN;
      for (let before = 0; before < count; before++) {
        const beforeStart = names[2 * before] as number;
        const beforeEnd = names[2 * before + 1] as number;
        if (beforeEnd - beforeStart === nameEnd - nameStart && bytes.compare(bytes, nameStart, nameEnd, beforeStart, beforeEnd) === 0) return NOT_TAKEN;
      }
      names[2 * count] = nameStart;
      names[2 * count + 1] = nameEnd;
      count += 1;
      const valueStart = nameEnd + 2;
      let valueEnd = valueStart;
      while (valueEnd < end && ATTRIBUTE_SAFE[bytes[valueEnd] as number] === 1) valueEnd++;
      if (valueEnd >= end || bytes[valueEnd] !== QUOTE) return NOT_TAKEN;
      if (nameEnd - nameStart === 1 && bytes[nameStart] === LETTER_R) {
        rStart = valueStart;
        rEnd = valueEnd;
      }
      at = valueEnd + 1;
    }
    this.rStart = rStart;
    this.rEnd = rEnd;
    if (!this.openElement(this.rowId)) return GIVE_UP;
    this.leftOpen(this.rowId);
    return at + 1;
  }

  /**
   * The cell shape every producer writes, read in one pass (commonElement). Taken only between
   * cells: a `<c>` inside a cell or its value changes that state otherwise; an inline string is
   * only ever open inside a cell.
   */
  private commonCell(bytes: Buffer, start: number, end: number): number {
    if (this.inCell || this.inValue) return NOT_TAKEN;
    const { cell } = this;
    let column = -1;
    let row = 0;
    let style = -1;
    let styleDigits = 0;
    let tStart = -1;
    let tEnd = -1;
    // No byte is read past `end`: one read out of bounds makes V8 compile every read here for it, at a third of the speed.
    let at = start + 2;
    if (at >= end) return NOT_TAKEN;
    let byte = bytes[at] as number;
    while (byte === SPACE) {
      if (at + 4 >= end || bytes[at + 2] !== EQUALS || bytes[at + 3] !== QUOTE) return NOT_TAKEN;
      const name = bytes[at + 1];
      at += 4;
      byte = bytes[at] as number;
      if (name === LETTER_R && column < 0) {
        // parseReference's arithmetic (saxesSheetCells.ts) on the bytes it can meet here.
        column = 0;
        while (byte !== QUOTE) {
          if (byte >= CAPITAL_A && byte <= CAPITAL_Z) column = column * 26 + byte - CAPITAL_A + 1;
          else if (byte >= ZERO && byte <= NINE) row = row * 10 + byte - ZERO;
          else return NOT_TAKEN;
          if (++at === end) return NOT_TAKEN;
          byte = bytes[at] as number;
        }
      } else if (name === LETTER_S && style < 0) {
        style = 0;
        while (byte !== QUOTE) {
          if (byte < ZERO || byte > NINE || ++styleDigits > 10) return NOT_TAKEN;
          style = style * 10 + byte - ZERO;
          if (++at === end) return NOT_TAKEN;
          byte = bytes[at] as number;
        }
        // A format the workbook lacks goes the general way, which names it.
        if (styleDigits === 0 || (style >= this.context.dateStyles.length && !(style === 0 && styleDigits === 1))) return NOT_TAKEN;
      } else if (name === LETTER_T && tStart < 0) {
        tStart = at;
        while (byte !== QUOTE) {
          if (byte < SMALL_A || byte > SMALL_Z) return NOT_TAKEN;
          if (++at === end) return NOT_TAKEN;
          byte = bytes[at] as number;
        }
        tEnd = at;
      } else return NOT_TAKEN;
      if (++at === end) return NOT_TAKEN;
      byte = bytes[at] as number;
    }
    let valueStart = -1;
    let valueEnd = -1;
    if (byte === SLASH) {
      if (at + 1 >= end || bytes[at + 1] !== GREATER) return NOT_TAKEN;
      at += 2;
    } else if (byte === GREATER) {
      at += 1;
      if (at + 3 >= end || bytes[at] !== LESS) return NOT_TAKEN;
      if (bytes[at + 1] === SLASH) {
        if (bytes[at + 2] !== LETTER_C || bytes[at + 3] !== GREATER) return NOT_TAKEN;
        at += 4;
      } else {
        if (bytes[at + 1] !== LETTER_V || bytes[at + 2] !== GREATER) return NOT_TAKEN;
        valueStart = valueEnd = at + 3;
        while (valueEnd < end && VALUE_SAFE[bytes[valueEnd] as number] === 1) valueEnd++;
        at = valueEnd + 8;
        // `</v></c>`, compared byte by byte: sameBytes here, called with other names elsewhere, cost a fifth of the scan.
        if (at > end || bytes[valueEnd] !== LESS || bytes[valueEnd + 1] !== SLASH || bytes[valueEnd + 2] !== LETTER_V || bytes[valueEnd + 3] !== GREATER) return NOT_TAKEN;
        if (bytes[valueEnd + 4] !== LESS || bytes[valueEnd + 5] !== SLASH || bytes[valueEnd + 6] !== LETTER_C || bytes[valueEnd + 7] !== GREATER) return NOT_TAKEN;
      }
    } else return NOT_TAKEN;
    if (column < 0) cell.column += 1;
    else {
      cell.column = column;
      if (row > 0) cell.row = row;
    }
    cell.type = tStart < 0 ? NUMBER : valueTypeOfBytes(bytes, tStart, tEnd);
    cell.style = style < 0 ? 0 : style;
    cell.styleText = undefined;
    cell.text = "";
    this.hasValue = valueStart >= 0;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.valuePlain = this.valueReferences = true;
    if (this.hasValue) this.takeCell();
    return at;
  }

  protected closeElement(id: number): void {
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
  protected characters(start: number, end: number, plain: boolean, references: boolean): void {
    if (this.inValue) {
      if (this.valueStart < 0 && this.cell.text === "") {
        this.valueStart = start;
        this.valueEnd = end;
        this.valuePlain = plain;
        this.valueReferences = references;
      } else {
        this.settle();
        this.cell.text += decodeCharacters(this.bytes, start, end, references);
      }
    } else if (this.inInline) this.inline.characters(decodeCharacters(this.bytes, start, end, references));
  }

  /** The value's undecoded bytes into `cell.text`: before they are appended to, or the chunk is let go. */
  protected settle(): void {
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
    this.settle();
    takeCell(cell, context, sink);
  }
}

/**
 * Reads a sheet part's cells from its UTF-8 `chunks` into `sink` (scanChunks, xmlScanner.ts): false
 * when the scanner gave up (cells handed before stay handed: the caller restarts the sink).
 */
export async function scanSheetCells(chunks: AsyncGenerator<Uint8Array>, context: SheetContext, sink: SheetCellSink): Promise<boolean> {
  return scanChunks(chunks, new SheetScanner(context, sink));
}
