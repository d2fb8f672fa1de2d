import type { Document, Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import { generatedSheetMarker, type SheetModel } from "../../model/sheetModel";
import { generatedSheetTarget, markerReference, sheetNameFromReference } from "../sheetMarker";
import type { WrittenSheet } from "../port";
import { conditionalFormattingXml } from "./conditionalFormats";
import { appendChildLike, childElements, createChildLike, firstChildElement, folderOf, insertInOrder, OFFICE_RELATIONSHIPS_NS, parseXml, relationshipsPath, rootElement, serializeXml } from "./packageXml";
import { renderGeneratedSheets } from "./renderSheets";
import { addSheetCharts, drawableCharts, removeSheetDrawings, SHEET_DRAWING_RELATIONSHIP_ID } from "./sheetCharts";
import { mergeCellFormats } from "./styleMerge";
import { partRelationships, partText, putPartText, readWorkbookLayout, type SheetEntry, type WorkbookLayout } from "./workbookLayout";

/**
 * Puts generated sheets into the user's .xlsx package at the zip level: the sheet parts written
 * from their models (renderSheets.ts) are added (or replace Costcard's earlier sheet for the same
 * kind and period), with the styles they use, their conditional formats, a relationship, a content
 * type and the marker name.
 * The styles part is extended, never reordered; every other part of the user's package (their
 * sheets, tables, charts, pivot tables, images, slicers) is left byte for byte as it was.
 */

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/** CT_Workbook's element order, for placing definedNames. */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
  "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst",
];

interface PackagePart {
  readonly path: string;
  readonly document: Document;
}

async function loadPart(zip: JSZip, path: string): Promise<PackagePart> {
  const text = await partText(zip, path);
  if (text === undefined) throw new Error(`the workbook has no ${path} part`);
  return { path, document: parseXml(text, path) };
}

function savePart(zip: JSZip, part: PackagePart): void {
  putPartText(zip, part.path, serializeXml(part.document));
}

/** A sheet part name no part takes, nor a leftover relationships part, which would become the new sheet's. */
function freeSheetPartPath(zip: JSZip): string {
  for (let n = 1; ; n++) {
    const path = `xl/worksheets/sheet${n}.xml`;
    if (zip.file(path) === null && zip.file(relationshipsPath(path)) === null) return path;
  }
}

function freeRelationshipId(relationships: Element): string {
  const taken = new Set(childElements(relationships, "Relationship").map((rel) => rel.getAttribute("Id")));
  for (let n = taken.size + 1; ; n++) {
    if (!taken.has(`rId${n}`)) return `rId${n}`;
  }
}

function relationshipTarget(workbookPath: string, partPath: string): string {
  const folder = folderOf(workbookPath);
  return folder !== "" && partPath.startsWith(`${folder}/`) ? partPath.slice(folder.length + 1) : `/${partPath}`;
}

function definedNames(workbook: Element): Element {
  let names = firstChildElement(workbook, "definedNames");
  if (names === undefined) {
    names = createChildLike(workbook, "definedNames");
    insertInOrder(workbook, names, WORKBOOK_ORDER);
  }
  return names;
}

function setMarker(workbook: Element, marker: string, sheetName: string): void {
  const names = definedNames(workbook);
  const name =
    childElements(names, "definedName").find((element) => element.getAttribute("name") === marker && !element.hasAttribute("localSheetId")) ??
    appendChildLike(names, "definedName", { name: marker });
  name.setAttribute("hidden", "1");
  name.textContent = markerReference(sheetName).slice(1);
}

/** The rows printed at the top of every page: Excel's sheet-scoped name `_xlnm.Print_Titles`, `'Scorecard 2026-Q3'!$4:$4`. */
function setPrintTitles(workbook: Element, sheetIndex: number, sheetName: string, rows: { readonly first: number; readonly last: number }): void {
  const names = definedNames(workbook);
  const localSheetId = String(sheetIndex);
  const name =
    childElements(names, "definedName").find((element) => element.getAttribute("name") === PRINT_TITLES && element.getAttribute("localSheetId") === localSheetId) ??
    appendChildLike(names, "definedName", { name: PRINT_TITLES, localSheetId });
  name.textContent = `'${sheetName.replace(/'/g, "''")}'!$${rows.first + 1}:$${rows.last + 1}`;
}

const PRINT_TITLES = "_xlnm.Print_Titles";

export interface WorkbookParts {
  readonly workbookPath: string;
  readonly workbook: Document;
  readonly relationships: Document;
  readonly contentTypes: Document;
}

/** Adds a worksheet part after the existing sheets: relationship, `<sheet>` entry, content type. */
export function addSheet(user: JSZip, parts: WorkbookParts, sheets: readonly SheetEntry[], name: string, xml: string): SheetEntry {
  const path = freeSheetPartPath(user);
  putPartText(user, path, xml);
  const relationships = rootElement(parts.relationships);
  const relationshipId = freeRelationshipId(relationships);
  appendChildLike(relationships, "Relationship", { Id: relationshipId, Type: WORKSHEET_TYPE, Target: relationshipTarget(parts.workbookPath, path) });

  const workbook = rootElement(parts.workbook);
  const sheetsElement = firstChildElement(workbook, "sheets");
  if (sheetsElement === undefined) throw new Error("the workbook part lists no sheets");
  const sheetId = Math.max(0, ...sheets.map((entry) => entry.sheetId)) + 1;
  const sheet = appendChildLike(sheetsElement, "sheet", { name, sheetId: String(sheetId) });
  const prefix = workbook.lookupPrefix(OFFICE_RELATIONSHIPS_NS) ?? "r";
  if (prefix === "r" && workbook.lookupNamespaceURI("r") !== OFFICE_RELATIONSHIPS_NS) workbook.setAttribute("xmlns:r", OFFICE_RELATIONSHIPS_NS);
  sheet.setAttributeNS(OFFICE_RELATIONSHIPS_NS, `${prefix}:id`, relationshipId);

  const types = rootElement(parts.contentTypes);
  appendChildLike(types, "Override", { PartName: `/${path}`, ContentType: WORKSHEET_CONTENT_TYPE });
  return { name, sheetId, relationshipId, path };
}

/** The user's package parts a graft changes, loaded once, with the rendered sheets' styles merged in. */
export interface Graft {
  readonly layout: WorkbookLayout;
  readonly parts: WorkbookParts;
  /** Rendered cell format index → index in the user's styles part. */
  readonly styleMap: ReadonlyMap<number, number>;
  /** Writes the changed workbook, relationships, content types and styles parts back into the user's zip. */
  save(): void;
}

/** The styles part of a workbook ExcelJS rendered (newWorkbook.ts), for startGraft. */
export async function renderedStyles(rendered: JSZip): Promise<Document> {
  return (await loadPart(rendered, "xl/styles.xml")).document;
}

/** Loads the parts of `user` a graft changes and merges `renderedStyles` (a styles part) into its styles. */
export async function startGraft(user: JSZip, renderedStyles: Document): Promise<Graft> {
  const layout = await readWorkbookLayout(user);
  const workbook = await loadPart(user, layout.workbookPath);
  const workbookRels = await loadPart(user, relationshipsPath(layout.workbookPath));
  const contentTypes = await loadPart(user, "[Content_Types].xml");
  const stylesPath = [...(await partRelationships(user, layout.workbookPath)).values()].find((rel) => rel.type.endsWith("/styles"))?.path;
  if (stylesPath === undefined) throw new Error("the workbook has no styles part");
  const styles = await loadPart(user, stylesPath);
  const styleMap = mergeCellFormats(styles.document, renderedStyles);
  const parts: WorkbookParts = { workbookPath: layout.workbookPath, workbook: workbook.document, relationships: workbookRels.document, contentTypes: contentTypes.document };
  return {
    layout,
    parts,
    styleMap,
    save: () => {
      for (const part of [workbook, workbookRels, contentTypes, styles]) savePart(user, part);
    },
  };
}

/** Writes `models` as generated sheets into `user`, which is changed in place. */
export async function graftGeneratedSheets(user: JSZip, models: readonly SheetModel[]): Promise<WrittenSheet[]> {
  const rendered = renderGeneratedSheets(models);
  const { layout, parts, styleMap, save } = await startGraft(user, parseXml(rendered.stylesXml, "the generated sheets' styles"));
  const workbookRoot = rootElement(parts.workbook);
  const sheets = [...layout.sheets];
  const written: WrittenSheet[] = [];
  for (const [index, model] of models.entries()) {
    const charts = drawableCharts(model.charts);
    const sheet = rendered.sheetXml(index, styleMap, {
      conditionalFormatting: conditionalFormattingXml(model.conditionalFormats),
      ...(charts.length > 0 && { drawingRelationshipId: SHEET_DRAWING_RELATIONSHIP_ID }),
    });
    const marker = generatedSheetMarker(model.kind, model.period);
    const markedSheet = sheetNameFromReference(layout.definedNames.get(marker) ?? "");
    const target = generatedSheetTarget(markedSheet, sheets.map((entry) => entry.name), model.name);
    const existing = target.replace ? sheets.find((entry) => entry.name === target.sheetName) : undefined;
    const contentTypes = rootElement(parts.contentTypes);
    let sheetPath: string;
    if (existing !== undefined) {
      // The old sheet's charts go with it; its other relationships would dangle: drop them.
      await removeSheetDrawings(user, contentTypes, existing.path);
      user.remove(relationshipsPath(existing.path));
      putPartText(user, existing.path, sheet);
      sheetPath = existing.path;
    } else {
      const added = addSheet(user, parts, sheets, target.sheetName, sheet);
      sheets.push(added);
      sheetPath = added.path;
    }
    addSheetCharts(user, contentTypes, sheetPath, { name: target.sheetName, cells: model.cells, numberFormats: model.numberFormats }, charts);
    setMarker(workbookRoot, marker, target.sheetName);
    if (model.print) setPrintTitles(workbookRoot, sheets.findIndex((entry) => entry.name === target.sheetName), target.sheetName, model.print.titleRows);
    written.push({ sheetName: target.sheetName, replaced: existing !== undefined });
  }
  save();
  return written;
}
