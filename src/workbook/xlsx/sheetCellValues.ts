import { serialFromIso } from "../../core/excelDate";
import type { CellScalar } from "../../model/rawTable";
import { decodeXstring } from "./inlineString";

/**
 * What a worksheet's cells mean (ECMA-376 Part 1, 18.3.1), shared by the two readers of a sheet
 * part (sheetCells.ts): the byte scanner (sheetScanner.ts) and the saxes reader it falls back to
 * (saxesSheetCells.ts). Both hand the sink a closed cell's value through `takeCell`, so the two
 * can differ only in how they find the cells, never in what a cell's text means.
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
  /**
   * Forget every cell handed so far: the part is read again from its start. The byte scanner calls
   * this (through readSheetCells) when it meets XML it does not recognise, before the saxes reader
   * reads the whole part again.
   */
  restart(): void;
}

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Per cell format index: whether it shows a date or time. */
  readonly dateStyles: readonly boolean[];
  /** Called after each row with the number of rows read so far in this sheet (from 1 again after a restart). */
  readonly onRow?: (rowsRead: number) => void;
}

export const ValueType = { Number: 0, Shared: 1, Text: 2, Inline: 3, Boolean: 4, Error: 5, Date: 6 } as const;
export type ValueType = (typeof ValueType)[keyof typeof ValueType];

/** A Map, not an object literal: `t="toString"` must be an unknown type (text), not Object.prototype's. */
const VALUE_TYPES: ReadonlyMap<string, ValueType> = new Map<string, ValueType>([
  ["n", ValueType.Number],
  ["s", ValueType.Shared],
  ["str", ValueType.Text],
  ["inlineStr", ValueType.Inline],
  ["b", ValueType.Boolean],
  ["e", ValueType.Error],
  ["d", ValueType.Date],
]);

/** A cell's `t` attribute as a type: a number without one, text when unknown. */
export function valueTypeOf(t: string | undefined): ValueType {
  return t === undefined ? ValueType.Number : (VALUE_TYPES.get(t) ?? ValueType.Text);
}

export const Element = { Other: 0, Row: 1, Cell: 2, Value: 3, InlineString: 4 } as const;
export type Element = (typeof Element)[keyof typeof Element];

const ELEMENTS: ReadonlyMap<string, Element> = new Map<string, Element>([
  ["row", Element.Row],
  ["c", Element.Cell],
  ["v", Element.Value],
  ["is", Element.InlineString],
]);

/** The element a local name (`c` of `x:c`) is to the readers. */
export function elementOf(local: string): Element {
  return ELEMENTS.get(local) ?? Element.Other;
}

/** An index into one of the workbook's lists (shared strings, cell formats): digits only, below `count`; -1 otherwise. */
export function listIndex(text: string, count: number): number {
  if (text.length === 0 || text.length > 10) return -1;
  let index = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return -1;
    index = index * 10 + code - 48;
  }
  return index < count ? index : -1;
}

/** A cell's `s` as an index into the cell formats; -1 when the workbook has no such format. */
export function styleIndex(s: string | undefined, dateStyles: readonly boolean[]): number {
  // No styles part (dateStyles empty) leaves only the default format 0 to refer to.
  return s === undefined || (s === "0" && dateStyles.length === 0) ? 0 : listIndex(s, dateStyles.length);
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

/** What a cell closed with a value holds: its place, type, format and text (its `<v>`, or its `<is>`'s). */
export interface ClosedCell {
  readonly row: number;
  readonly column: number;
  readonly type: ValueType;
  /** The cell format's index, -1 when the workbook lacks it (`styleText` says which). */
  readonly style: number;
  readonly styleText: string | undefined;
  readonly text: string;
}

/**
 * Hands a closed cell's value to the sink. A cell that refers to a shared string or a cell format
 * the workbook does not have goes as Unreadable, never as another string or format's value.
 */
export function takeCell(cell: ClosedCell, context: SheetContext, sink: SheetCellSink): void {
  const { row, column, style, text } = cell;
  if (style < 0) {
    sink.cell(row, column, `the cell refers to cell format ${cell.styleText ?? ""}, which the workbook does not have`, CellKind.Unreadable);
    return;
  }
  switch (cell.type) {
    case ValueType.Number: {
      if (text === "") return;
      const number = Number(text);
      if (Number.isNaN(number)) sink.cell(row, column, text, CellKind.Plain);
      else sink.cell(row, column, number, context.dateStyles[style] === true ? CellKind.DateStyled : CellKind.Plain);
      return;
    }
    case ValueType.Shared: {
      const shared = context.sharedStrings[listIndex(text.trim(), context.sharedStrings.length)];
      if (shared === undefined) sink.cell(row, column, `the cell refers to shared string ${text}, which the workbook does not have`, CellKind.Unreadable);
      else sink.cell(row, column, shared, CellKind.Plain);
      return;
    }
    case ValueType.Text:
      sink.cell(row, column, decodeXstring(text), CellKind.Plain);
      return;
    case ValueType.Inline:
      sink.cell(row, column, text, CellKind.Plain);
      return;
    case ValueType.Boolean:
      if (text === "") return;
      sink.cell(row, column, text === "1" || text.toLowerCase() === "true", CellKind.Plain);
      return;
    case ValueType.Error:
      sink.cell(row, column, text.trim(), CellKind.Error);
      return;
    case ValueType.Date: {
      if (text === "") return;
      sink.cell(row, column, isoCellSerial(text) ?? text, CellKind.Plain);
      return;
    }
  }
}
