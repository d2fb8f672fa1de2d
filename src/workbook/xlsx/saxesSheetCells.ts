import type { SaxesTagPlain } from "saxes";
import { localName, partParser, streamChunks } from "./partStream";
import { StringItemText } from "./sharedStrings";
import { Element, elementOf, styleIndex, takeCell, valueTypeOf, ValueType, type SheetCellSink, type SheetContext } from "./sheetCellValues";

/**
 * A worksheet part's cells read through saxes, a full XML 1.0 parser: what readSheetCells falls back
 * to for a part the byte scanner (sheetScanner.ts) does not recognise (UTF-16, a DOCTYPE, a name
 * outside ASCII…) or that is not well-formed, whose refusal (DamagedPartError) is saxes' judgement.
 * It is also the reference the scanner is tested against (test/unit/workbook/sheetScanner.test.ts).
 */

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

/**
 * Streams the sheet part's `chunks` through saxes into `sink`. Rejects with DamagedPartError when
 * the part's bytes or XML are damaged (cells before the damage may have reached the sink).
 */
export async function saxesSheetCells(chunks: AsyncGenerator<Uint8Array>, path: string, context: SheetContext, sink: SheetCellSink): Promise<void> {
  const { dateStyles, onRow } = context;
  const parser = partParser();
  const elementCodes = new Map<string, Element>();
  const codeOf = (name: string): Element => {
    let code = elementCodes.get(name);
    if (code === undefined) {
      code = elementOf(localName(name));
      elementCodes.set(name, code);
    }
    return code;
  };
  const reference = { column: 0, row: 0 };
  const cell = { row: 0, column: 0, type: ValueType.Number as ValueType, style: 0, styleText: undefined as string | undefined, text: "" };
  let rowsRead = 0;
  let inCell = false;
  let inValue = false;
  let hasValue = false;
  let inInline = false;
  const inline = new StringItemText();

  parser.on("opentag", (tag: SaxesTagPlain) => {
    const element = codeOf(tag.name);
    if (inInline) {
      inline.open(localName(tag.name));
      return;
    }
    switch (element) {
      case Element.Row: {
        const r = tag.attributes.r;
        cell.row = r === undefined ? cell.row + 1 : Number(r);
        cell.column = 0;
        break;
      }
      case Element.Cell: {
        const { r, t, s } = tag.attributes;
        if (r === undefined) cell.column += 1;
        else {
          parseReference(r, reference);
          cell.column = reference.column;
          if (reference.row > 0) cell.row = reference.row;
        }
        cell.type = valueTypeOf(t);
        cell.style = styleIndex(s, dateStyles);
        cell.styleText = s;
        inCell = true;
        hasValue = false;
        cell.text = "";
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

  const characters = (text: string) => {
    if (inValue) cell.text += text;
    else if (inInline) inline.characters(text);
  };
  parser.on("text", characters);
  parser.on("cdata", characters);

  parser.on("closetag", (tag: SaxesTagPlain) => {
    const element = codeOf(tag.name);
    if (inInline) {
      if (element === Element.InlineString) {
        inInline = false;
        cell.text = inline.take();
      } else inline.close(localName(tag.name));
      return;
    }
    if (element === Element.Value) inValue = false;
    else if (element === Element.Cell) {
      inCell = false;
      if (hasValue) takeCell(cell, context, sink);
    } else if (element === Element.Row) {
      if (onRow !== undefined) onRow(++rowsRead);
    }
  });

  await streamChunks(chunks, path, parser);
}
