import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { SheetModel } from "../../model/sheetModel";
import { parseCellRange } from "./cellRange";
import { inlineStringXml } from "./inlineString";
import { escapeXml } from "./packageXml";

/**
 * Makes a table sheet ExcelJS rendered for `costcard setup` (newWorkbook.ts) fit the user's package,
 * in one streaming pass: style indices mapped to the merged styles, and shared strings turned into
 * inline strings holding the headers' text (the user's string table is left alone, and an inline
 * string is text, never a formula). Generated sheets are written whole by renderSheets.ts instead.
 */

const STYLE_ATTRIBUTE: Readonly<Record<string, string>> = { c: "s", row: "s", col: "style" };

export interface SheetRewrite {
  /** Rendered cell format index → index in the user's styles part. */
  readonly styleMap: ReadonlyMap<number, number>;
  /**
   * The sheet's cells: a shared-string cell gets its text from here, not from the rendered string
   * table, where ExcelJS wrote carriage returns raw and so lost them.
   */
  readonly cells: SheetModel["cells"];
}

/** The text at a cell reference ("B7") of the rendered sheet. */
function modelText(cells: SheetRewrite["cells"], reference: string): string {
  const cell = parseCellRange(reference);
  const text = cell === undefined ? undefined : cells[cell.firstRow - 1]?.[cell.firstColumn - 1];
  if (typeof text !== "string") throw new Error(`the rendered sheet has text at ${reference}, where the model has none`);
  return text;
}

export function rewriteRenderedSheet(xml: string, rewrite: SheetRewrite): string {
  const out: string[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  let textOfCell: string | null = null;
  let inValue = false;
  parser.on("xmldecl", (declaration) => {
    out.push(`<?xml version="${declaration.version ?? "1.0"}" encoding="UTF-8" standalone="yes"?>`);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth += 1;
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === "c" && attributes["t"] === "s") textOfCell = modelText(rewrite.cells, attributes["r"] ?? "");
    if (tag.name === "v" && textOfCell !== null) {
      inValue = true;
      return;
    }
    // Written as read but for the changes above (saxes keeps the attributes' order): one string per tag, for the thousands of cells of a big review.
    const styleAttribute = STYLE_ATTRIBUTE[tag.name];
    let text = `<${tag.name}`;
    for (const name in attributes) {
      let value = attributes[name] as string;
      if (name === styleAttribute) value = String(rewrite.styleMap.get(Number(value)) ?? 0);
      else if (name === "t" && tag.name === "c" && value === "s") value = "inlineStr";
      text += ` ${name}="${escapeXml(value)}"`;
    }
    out.push(tag.isSelfClosing ? `${text}/>` : `${text}>`);
  });
  parser.on("text", (text) => {
    if (!inValue && depth > 0) out.push(escapeXml(text));
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    depth -= 1;
    if (tag.name === "v" && inValue) {
      inValue = false;
      return;
    }
    if (tag.name === "c" && textOfCell !== null) {
      out.push(inlineStringXml(textOfCell));
      textOfCell = null;
    }
    if (!tag.isSelfClosing) out.push(`</${tag.name}>`);
  });
  parser.write(xml).close();
  return out.join("");
}
