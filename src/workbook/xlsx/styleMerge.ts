import { XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { childElements, createChildLike, documentOf, firstChildElement, insertInOrder, rootElement } from "./packageXml";

/**
 * Adds the cell formats a generated sheet uses to the user's styles part, so the sheet can be
 * grafted in while every existing style index stays as it was. A format, font, fill or border the
 * workbook already has is reused, so regenerating a sheet does not grow the styles part.
 */

/** CT_Stylesheet's element order. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
/** Number format ids below this are Excel's built-in ones, the same in every workbook. */
const FIRST_CUSTOM_NUMBER_FORMAT = 164;

function list(styleSheet: Element, name: string): Element {
  const existing = firstChildElement(styleSheet, name);
  if (existing !== undefined) return existing;
  const created = createChildLike(styleSheet, name);
  insertInOrder(styleSheet, created, STYLESHEET_ORDER);
  return created;
}

function setCount(listElement: Element, itemName: string): void {
  listElement.setAttribute("count", String(childElements(listElement, itemName).length));
}

/** Appends `item` (from another document) to `target` unless an identical entry is there; returns its index. */
function findOrAppend(target: Element, itemName: string, item: Element): number {
  const serializer = new XMLSerializer();
  const wanted = serializer.serializeToString(documentOf(target).importNode(item, true));
  const items = childElements(target, itemName);
  const found = items.findIndex((existing) => serializer.serializeToString(existing) === wanted);
  if (found >= 0) return found;
  target.appendChild(documentOf(target).importNode(item, true));
  setCount(target, itemName);
  return items.length;
}

function mergeNumberFormats(target: Element, source: Element): Map<string, string> {
  const targetFormats = list(target, "numFmts");
  const byCode = new Map(childElements(targetFormats, "numFmt").map((format) => [format.getAttribute("formatCode") ?? "", format.getAttribute("numFmtId") ?? ""]));
  let nextId = Math.max(FIRST_CUSTOM_NUMBER_FORMAT - 1, ...[...byCode.values()].map(Number).filter(Number.isFinite)) + 1;
  const idMap = new Map<string, string>();
  const sourceFormats = firstChildElement(source, "numFmts");
  for (const format of sourceFormats === undefined ? [] : childElements(sourceFormats, "numFmt")) {
    const code = format.getAttribute("formatCode") ?? "";
    let id = byCode.get(code);
    if (id === undefined) {
      id = String(nextId++);
      const created = documentOf(target).importNode(format, true);
      created.setAttribute("numFmtId", id);
      targetFormats.appendChild(created);
      byCode.set(code, id);
    }
    idMap.set(format.getAttribute("numFmtId") ?? "", id);
  }
  setCount(targetFormats, "numFmt");
  return idMap;
}

function mergeList(target: Element, source: Element, listName: string, itemName: string): number[] {
  const sourceList = firstChildElement(source, listName);
  if (sourceList === undefined) return [];
  const targetList = list(target, listName);
  return childElements(sourceList, itemName).map((item) => findOrAppend(targetList, itemName, item));
}

/**
 * Merges the cell formats (cellXfs) of `source` into `target`; returns, for each index of a
 * source cell format, the index of the same format in the target.
 */
export function mergeCellFormats(target: Document, source: Document): Map<number, number> {
  const targetSheet = rootElement(target);
  const sourceSheet = rootElement(source);
  const numberFormats = mergeNumberFormats(targetSheet, sourceSheet);
  const fonts = mergeList(targetSheet, sourceSheet, "fonts", "font");
  const fills = mergeList(targetSheet, sourceSheet, "fills", "fill");
  const borders = mergeList(targetSheet, sourceSheet, "borders", "border");
  const sourceFormats = firstChildElement(sourceSheet, "cellXfs");
  const targetFormats = list(targetSheet, "cellXfs");
  const indexMap = new Map<number, number>();
  childElements(sourceFormats ?? sourceSheet, "xf").forEach((xf, index) => {
    const remapped = xf.cloneNode(true) as Element;
    const remap = (attribute: string, ids: readonly number[]) => {
      const id = ids[Number(remapped.getAttribute(attribute) ?? 0)];
      remapped.setAttribute(attribute, String(id ?? 0));
    };
    remap("fontId", fonts);
    remap("fillId", fills);
    remap("borderId", borders);
    const numFmtId = remapped.getAttribute("numFmtId") ?? "0";
    remapped.setAttribute("numFmtId", numberFormats.get(numFmtId) ?? numFmtId);
    remapped.setAttribute("xfId", "0");
    indexMap.set(index, findOrAppend(targetFormats, "xf", remapped));
  });
  return indexMap;
}
