import type JSZip from "jszip";
import type { SaxesTagPlain } from "saxes";
import { serialFromIso } from "../../core/excelDate";
import type { CellScalar } from "../../model/rawTable";
import { decodeXstring } from "./inlineString";
import { localName, partParser, streamPart } from "./partStream";
import { StringItemText } from "./sharedStrings";

/**
 * One streaming pass over a worksheet part (ECMA-376 Part 1, 18.3.1), handing each cell's value to
 * a sink as it is read: nothing of the sheet is kept here, so a sheet of a million rows costs the
 * memory of the cells the sink keeps. Every way a valid SpreadsheetML file may write a cell is read
 * alike: shared, inline and rich strings, cached formula results (0, FALSE and "" included), booleans,
 * ISO 8601 dates (`t="d"`), error values, and rows and cells that leave out their `r` reference.
 */

/** How the sink should take a cell's value. */
export const CellKind = {
  /** A value as it is. */
  Plain: 0,
  /** A number under a date or time format: a serial of the workbook's date system. */
  DateStyled: 1,
  /** An Excel error value (`#N/A`, `#DIV/0!`…), typed or a formula's cached result; the value is its text. */
  Error: 2,
  /** A cell that cannot be read (a shared string or cell format the workbook lacks); the value says why. */
  Unreadable: 3,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

export interface SheetCellSink {
  cell(row: number, column: number, value: CellScalar, kind: CellKind): void;
}

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Per cell format index: whether it shows a date or time. */
  readonly dateStyles: readonly boolean[];
  /** Called after each row with the number of rows read so far in this sheet. */
  readonly onRow?: (rowsRead: number) => void;
}

const ValueType = { Number: 0, Shared: 1, Text: 2, Inline: 3, Boolean: 4, Error: 5, Date: 6 } as const;
type ValueType = (typeof ValueType)[keyof typeof ValueType];

const VALUE_TYPES: Readonly<Record<string, ValueType>> = { n: ValueType.Number, s: ValueType.Shared, str: ValueType.Text, inlineStr: ValueType.Inline, b: ValueType.Boolean, e: ValueType.Error, d: ValueType.Date };

const Element = { Other: 0, Row: 1, Cell: 2, Value: 3, InlineString: 4 } as const;
type Element = (typeof Element)[keyof typeof Element];

const ELEMENTS: Readonly<Record<string, Element>> = { row: Element.Row, c: Element.Cell, v: Element.Value, is: Element.InlineString };

/** "B12" → column 2 and row 12, by character codes (this runs once per cell). Row 0 when the reference has none. */
function parseReference(reference: string, into: { column: number; row: number }): void {
  let column = 0;
  let row = 0;
  for (let at = 0; at < reference.length; at++) {
    const code = reference.charCodeAt(at);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else if (code >= 48 && code <= 57) row = row * 10 + code - 48;
  }
  into.column = column;
  into.row = row;
}

/** An index into one of the workbook's lists (shared strings, cell formats): digits only, below `count`; -1 otherwise. */
function listIndex(text: string, count: number): number {
  if (text.length === 0 || text.length > 10) return -1;
  let index = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return -1;
    index = index * 10 + code - 48;
  }
  return index < count ? index : -1;
}

/**
 * An ISO 8601 date or date-time of a `t="d"` cell as a 1900-system serial, whatever the workbook's
 * date system (the text names the day itself). Fractions of a second and a zone suffix are dropped:
 * Excel's date-times have no zone, and the clock time written is the one the user sees.
 */
function isoCellSerial(text: string): number | null {
  const trimmed = text.trim();
  const clock = trimmed.indexOf("T") >= 0 ? trimmed.slice(0, 19) : trimmed.slice(0, 10);
  return serialFromIso(clock);
}

/**
 * Streams the sheet part at `path` into `sink`. Rejects with DamagedPartError (partBytes.ts) when
 * the part's bytes or XML are damaged: a sheet read in part would be a table read wrong.
 * A cell that refers to a shared string or a cell format the workbook does not have goes to the
 * sink as Unreadable, never as another string or format's value.
 */
export async function readSheetCells(zip: JSZip, path: string, context: SheetContext, sink: SheetCellSink): Promise<void> {
  const { sharedStrings, dateStyles, onRow } = context;
  const parser = partParser();
  const elementCodes = new Map<string, Element>();
  const elementOf = (name: string): Element => {
    let code = elementCodes.get(name);
    if (code === undefined) {
      code = ELEMENTS[localName(name)] ?? Element.Other;
      elementCodes.set(name, code);
    }
    return code;
  };
  const reference = { column: 0, row: 0 };
  let rowNumber = 0;
  let rowsRead = 0;
  let column = 0;
  let inCell = false;
  let type: ValueType = ValueType.Number;
  let style = 0;
  let styleText: string | undefined;
  let inValue = false;
  let hasValue = false;
  let text = "";
  let inInline = false;
  const inline = new StringItemText();

  parser.on("opentag", (tag: SaxesTagPlain) => {
    const element = elementOf(tag.name);
    if (inInline) {
      inline.open(localName(tag.name));
      return;
    }
    switch (element) {
      case Element.Row: {
        const r = tag.attributes.r;
        rowNumber = r === undefined ? rowNumber + 1 : Number(r);
        column = 0;
        break;
      }
      case Element.Cell: {
        const { r, t, s } = tag.attributes;
        if (r === undefined) column += 1;
        else {
          parseReference(r, reference);
          column = reference.column;
          if (reference.row > 0) rowNumber = reference.row;
        }
        type = t === undefined ? ValueType.Number : (VALUE_TYPES[t] ?? ValueType.Text);
        // No styles part (dateStyles empty) leaves only the default format 0 to refer to.
        style = s === undefined || (s === "0" && dateStyles.length === 0) ? 0 : listIndex(s, dateStyles.length);
        styleText = s;
        inCell = true;
        hasValue = false;
        text = "";
        break;
      }
      case Element.Value:
        if (inCell) {
          inValue = true;
          hasValue = true;
        }
        break;
      case Element.InlineString:
        if (inCell) {
          inInline = true;
          hasValue = true;
        }
        break;
      default:
        break;
    }
  });

  parser.on("text", (characters: string) => {
    if (inValue) text += characters;
    else if (inInline) inline.characters(characters);
  });
  parser.on("cdata", (characters: string) => {
    if (inValue) text += characters;
    else if (inInline) inline.characters(characters);
  });

  parser.on("closetag", (tag: SaxesTagPlain) => {
    const element = elementOf(tag.name);
    if (inInline) {
      if (element === Element.InlineString) {
        inInline = false;
        text = inline.take();
      } else inline.close(localName(tag.name));
      return;
    }
    if (element === Element.Value) inValue = false;
    else if (element === Element.Cell) {
      inCell = false;
      if (hasValue) takeCell();
    } else if (element === Element.Row) {
      if (onRow !== undefined) onRow(++rowsRead);
    }
  });

  function takeCell(): void {
    if (style < 0) {
      sink.cell(rowNumber, column, `the cell refers to cell format ${styleText ?? ""}, which the workbook does not have`, CellKind.Unreadable);
      return;
    }
    switch (type) {
      case ValueType.Number: {
        if (text === "") return;
        const number = Number(text);
        if (Number.isNaN(number)) sink.cell(rowNumber, column, text, CellKind.Plain);
        else sink.cell(rowNumber, column, number, dateStyles[style] === true ? CellKind.DateStyled : CellKind.Plain);
        return;
      }
      case ValueType.Shared: {
        const shared = sharedStrings[listIndex(text.trim(), sharedStrings.length)];
        if (shared === undefined) sink.cell(rowNumber, column, `the cell refers to shared string ${text}, which the workbook does not have`, CellKind.Unreadable);
        else sink.cell(rowNumber, column, shared, CellKind.Plain);
        return;
      }
      case ValueType.Text:
        sink.cell(rowNumber, column, decodeXstring(text), CellKind.Plain);
        return;
      case ValueType.Inline:
        sink.cell(rowNumber, column, text, CellKind.Plain);
        return;
      case ValueType.Boolean:
        if (text === "") return;
        sink.cell(rowNumber, column, text === "1" || text.toLowerCase() === "true", CellKind.Plain);
        return;
      case ValueType.Error:
        sink.cell(rowNumber, column, text.trim(), CellKind.Error);
        return;
      case ValueType.Date: {
        if (text === "") return;
        sink.cell(rowNumber, column, isoCellSerial(text) ?? text, CellKind.Plain);
        return;
      }
    }
  }

  await streamPart(zip, path, parser);
}
