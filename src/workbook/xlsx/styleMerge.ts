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

/**
 * A list of the styles part (fonts, fills, borders, cellXfs) whose entries are found by their XML,
 * so an entry already there is reused instead of added again.
 */
class StyleList {
  private readonly serializer = new XMLSerializer();
  private readonly indexByXml = new Map<string, number>();

  constructor(
    private readonly element: Element,
    private readonly itemName: string,
  ) {
    childElements(element, itemName).forEach((item, index) => {
      const xml = this.serializer.serializeToString(item);
      if (!this.indexByXml.has(xml)) this.indexByXml.set(xml, index);
    });
  }

  /** The index of an entry equal to `item` (from any document), appended when there is none. */
  findOrAppend(item: Element): number {
    const imported = documentOf(this.element).importNode(item, true);
    const xml = this.serializer.serializeToString(imported);
    const found = this.indexByXml.get(xml);
    if (found !== undefined) return found;
    const index = childElements(this.element, this.itemName).length;
    this.element.appendChild(imported);
    this.element.setAttribute("count", String(index + 1));
    this.indexByXml.set(xml, index);
    return index;
  }
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
  targetFormats.setAttribute("count", String(childElements(targetFormats, "numFmt").length));
  return idMap;
}

function mergeList(target: Element, source: Element, listName: string, itemName: string): number[] {
  const sourceList = firstChildElement(source, listName);
  if (sourceList === undefined) return [];
  const targetList = new StyleList(list(target, listName), itemName);
  return childElements(sourceList, itemName).map((item) => targetList.findOrAppend(item));
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
  const targetFormats = new StyleList(list(targetSheet, "cellXfs"), "xf");
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
    indexMap.set(index, targetFormats.findOrAppend(remapped));
  });
  return indexMap;
}
