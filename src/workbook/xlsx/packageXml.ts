import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";
import { malformedXml } from "./partStream";

/**
 * The few DOM moves the .xlsx adapter makes on the package's XML parts (workbook, relationships,
 * content types, styles, table parts), in one place. Generated sheets are rewritten by a streaming
 * pass instead (renderedSheetRewrite.ts): a DOM is too slow for them.
 *
 * Every part, streamed or held as a DOM, is judged well-formed by the same parser (saxes, which
 * follows the XML 1.0 and Namespaces recommendations to the letter); xmldom only builds the tree of
 * a part saxes accepted, and never prints: its reports (console.error by default) become the one
 * DamagedPartError that names the part.
 */

export const OFFICE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The parts are XML 1.0, whose only line ends are CR LF and CR: xmldom also turns NEL and the
 * Unicode line and paragraph separators into line feeds (XML 1.1's rule), which would change a
 * sheet or defined name that holds one.
 */
function normalizeXml10LineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The DOM of the XML part `part` (its zip path, for the message), or DamagedPartError when it is not well-formed. */
export function parseXml(text: string, part: string): Document {
  try {
    new SaxesParser({ xmlns: true }).write(text).close();
  } catch (error) {
    throw malformedXml(part, error);
  }
  const onError = (level: string, message: string) => {
    // A warning is about markup saxes already accepted as well-formed (xmldom's own leniencies).
    if (level !== "warning") throw new Error(message);
  };
  try {
    return new DOMParser({ normalizeLineEndings: normalizeXml10LineEndings, onError }).parseFromString(text, "application/xml");
  } catch (error) {
    throw malformedXml(part, error);
  }
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function serializeXml(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

export function rootElement(document: Document): Element {
  const root = document.documentElement;
  if (root === null) throw new Error("an XML part of the workbook has no root element");
  return root;
}

/** Direct children of `parent` with the given local name, whatever their namespace prefix. */
export function childElements(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

export function firstChildElement(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** Every descendant of `parent` with the given local name. */
export function descendants(parent: Element | Document, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}

/**
 * Inserts `child` into `parent` before the first child whose local name comes later in the
 * schema's sequence `order` (OOXML parts are strict about element order), or at the end.
 */
export function insertInOrder(parent: Element, child: Element, order: readonly string[]): void {
  const rank = order.indexOf(child.localName ?? "");
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    if (order.indexOf((node as Element).localName ?? "") > rank) {
      parent.insertBefore(child, node);
      return;
    }
  }
  parent.appendChild(child);
}

/** The zip path a relationship's Target points at, resolved against the folder of its source part. */
export function resolvePartPath(sourceFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourceFolder === "" ? [] : sourceFolder.split("/");
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function folderOf(partPath: string): string {
  return partPath.slice(0, Math.max(0, partPath.lastIndexOf("/")));
}

export function documentOf(element: Element): Document {
  const document = element.ownerDocument;
  if (document === null) throw new Error("an XML element of the workbook has no document");
  return document;
}

/** A new element in the namespace and with the prefix of `parent`, as OOXML readers expect. */
export function createChildLike(parent: Element, localName: string): Element {
  return documentOf(parent).createElementNS(parent.namespaceURI, parent.prefix ? `${parent.prefix}:${localName}` : localName);
}

/** A new element like `createChildLike` makes, with these attributes, appended to `parent`. */
export function appendChildLike(parent: Element, localName: string, attributes: Readonly<Record<string, string>>): Element {
  const child = createChildLike(parent, localName);
  for (const [name, value] of Object.entries(attributes)) child.setAttribute(name, value);
  parent.appendChild(child);
  return child;
}
