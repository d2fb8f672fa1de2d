import type { Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import type { CellScalar } from "../port";
import { parseCellRange } from "./cellRange";
import { childElements, descendants, firstChildElement, parseXml, rootElement } from "./packageXml";
import { partRelationships, partText } from "./workbookLayout";

/**
 * The values of one worksheet part as a grid from A1, read from its XML (shared strings looked up),
 * for the small sheets Costcard reads whole: a generated price review, to harvest what was typed.
 */

/** A string item's text: its own `t`, or its runs' joined (phonetic guides left out). */
function itemText(item: Element): string {
  const own = firstChildElement(item, "t");
  if (own !== undefined) return own.textContent ?? "";
  return childElements(item, "r")
    .map((run) => firstChildElement(run, "t")?.textContent ?? "")
    .join("");
}

async function sharedStrings(zip: JSZip, workbookPath: string): Promise<string[]> {
  const path = [...(await partRelationships(zip, workbookPath)).values()].find((rel) => rel.type.endsWith("/sharedStrings"))?.path;
  const text = path === undefined ? undefined : await partText(zip, path);
  return text === undefined ? [] : childElements(rootElement(parseXml(text)), "si").map(itemText);
}

function cellValue(cell: Element, strings: readonly string[]): CellScalar {
  const type = cell.getAttribute("t") ?? "n";
  const value = firstChildElement(cell, "v")?.textContent ?? null;
  if (type === "inlineStr") {
    const item = firstChildElement(cell, "is");
    return item === undefined ? null : itemText(item);
  }
  if (value === null) return null;
  if (type === "s") return strings[Number(value)] ?? null;
  if (type === "str" || type === "e" || type === "d") return value;
  if (type === "b") return value === "1";
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

export async function sheetGrid(zip: JSZip, workbookPath: string, sheetPath: string): Promise<CellScalar[][]> {
  const text = await partText(zip, sheetPath);
  if (text === undefined) throw new Error(`the workbook has no ${sheetPath} part`);
  const strings = await sharedStrings(zip, workbookPath);
  const grid: CellScalar[][] = [];
  for (const cell of descendants(rootElement(parseXml(text)), "c")) {
    const at = parseCellRange(cell.getAttribute("r") ?? "");
    if (at === undefined) continue;
    const row = (grid[at.firstRow - 1] ??= []);
    row[at.firstColumn - 1] = cellValue(cell, strings);
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}
