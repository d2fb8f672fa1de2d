import type JSZip from "jszip";
import { ADDIN_MANIFEST } from "./addinManifest";
import { appendChildLike, childElements, descendants, OFFICE_RELATIONSHIPS_NS, parseXml, relationshipsPath, rootElement, serializeXml } from "./packageXml";
import { freePartPath, freeRelationshipId } from "./partNames";
import { partRelationships, partText, putPartText, TASKPANES_TYPE } from "./workbookLayout";
import { element, XML_DECLARATION } from "./xmlElements";

/**
 * The workbook names its add-in in the file (`costcard init` and `setup`), as Microsoft's
 * "Automatically open a task pane with a document" shows it: a webextension part holding a
 * reference to Costcard's manifest Id and version in a store, and a task pane entry in
 * `xl/webextensions/taskpanes.xml`, reached from the package's root relationships. Excel then offers
 * the add-in to whoever opens the workbook without it (visibility 1: prompted to trust it, then the
 * pane opens with the workbook), where they can reach the store it names.
 *
 * Another add-in's entries are kept: ours is added beside them (taskpanes.xml and its relationships
 * extended, never reordered), and a workbook that already names Costcard is left as it is.
 */

const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WEBEXTENSION_TYPE = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const TASKPANES_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const WEBEXTENSION_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TASKPANES_CONTENT_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";
const WEBEXTENSION_CONTENT_TYPE = "application/vnd.ms-office.webextension+xml";
const TASKPANES_PATH = "xl/webextensions/taskpanes.xml";

/** Where Excel looks the add-in up (the article's table of store types). */
export interface AddinStore {
  readonly storeType: "EXCatalog" | "FileSystem" | "Registry";
  readonly store: string;
}

/** Centralized Deployment from the Microsoft 365 admin center: the article's row for it. */
export const CENTRAL_DEPLOYMENT: AddinStore = { storeType: "EXCatalog", store: "EXCatalog" };

/**
 * `--addin-store` (or COSTCARD_ADDIN_STORE): "catalog" (Centralized Deployment, the default),
 * "developer" (sideloaded: the system registry), or a shared folder catalog's UNC path
 * (`\\server\share`). Undefined for anything else.
 */
export function parseAddinStore(text: string): AddinStore | undefined {
  const value = text.trim();
  if (value.toLowerCase() === "catalog") return CENTRAL_DEPLOYMENT;
  if (value.toLowerCase() === "developer") return { storeType: "Registry", store: "developer" };
  if (/^\\\\[^\\]+\\[^\\]/.test(value)) return { storeType: "FileSystem", store: value };
  return undefined;
}

/** `{21850816-41C2-...}` and `21850816-41c2-...` name the same add-in. */
const sameId = (a: string, b: string) => a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();

export function webextensionXml(store: AddinStore): string {
  return (
    XML_DECLARATION +
    element(
      "we:webextension",
      { "xmlns:we": WEBEXTENSION_NS, id: `{${ADDIN_MANIFEST.id.toUpperCase()}}` },
      element("we:reference", { id: ADDIN_MANIFEST.id, version: ADDIN_MANIFEST.version, store: store.store, storeType: store.storeType }),
      element("we:alternateReferences"),
      element("we:properties", {}, element("we:property", { name: "Office.AutoShowTaskpaneWithDocument", value: "true" })),
      element("we:bindings"),
      element("we:snapshot", { "xmlns:r": OFFICE_RELATIONSHIPS_NS }),
    )
  );
}

function taskpaneAttributes(row: number): Record<string, string> {
  return { dockstate: "right", visibility: "1", width: "350", row: String(row) };
}


/** Whether one of the webextension parts the task panes reach names Costcard's manifest Id. */
async function namesCostcard(zip: JSZip, taskpanesPath: string): Promise<boolean> {
  for (const { path, type } of (await partRelationships(zip, taskpanesPath)).values()) {
    if (type !== WEBEXTENSION_TYPE) continue;
    const text = await partText(zip, path);
    const reference = text === undefined ? undefined : descendants(rootElement(parseXml(text, path)), "reference")[0];
    if (reference !== undefined && sameId(reference.getAttribute("id") ?? "", ADDIN_MANIFEST.id)) return true;
  }
  return false;
}

/**
 * Adds Costcard's reference to the package in `zip` (changed in place). Returns false, changing
 * nothing, when the workbook already names Costcard.
 */
export async function addAddinReference(zip: JSZip, store: AddinStore): Promise<boolean> {
  const rootRels = await partText(zip, "_rels/.rels");
  const types = await partText(zip, "[Content_Types].xml");
  if (rootRels === undefined || types === undefined) throw new Error("the workbook has no package relationships or content types");
  const rootRelsDocument = parseXml(rootRels, "_rels/.rels");
  const rootRelationships = rootElement(rootRelsDocument);
  const existing = [...(await partRelationships(zip, "")).values()].find((rel) => rel.type === TASKPANES_TYPE)?.path;
  if (existing !== undefined && (await namesCostcard(zip, existing))) return false;

  const typesDocument = parseXml(types, "[Content_Types].xml");
  const webextensionPath = freePartPath(zip, "xl/webextensions", "webextension");
  putPartText(zip, webextensionPath, webextensionXml(store));
  appendChildLike(rootElement(typesDocument), "Override", { PartName: `/${webextensionPath}`, ContentType: WEBEXTENSION_CONTENT_TYPE });
  const target = webextensionPath.slice("xl/webextensions/".length);

  const existingText = existing === undefined ? undefined : await partText(zip, existing);
  if (existing !== undefined && existingText !== undefined) {
    const relsPath = relationshipsPath(existing);
    const relsText = await partText(zip, relsPath);
    const relsDocument = parseXml(relsText ?? `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}"/>`, relsPath);
    const rels = rootElement(relsDocument);
    const id = freeRelationshipId(childElements(rels, "Relationship").map((rel) => rel.getAttribute("Id") ?? ""));
    appendChildLike(rels, "Relationship", { Id: id, Type: WEBEXTENSION_TYPE, Target: target });
    putPartText(zip, relsPath, relsText === undefined ? XML_DECLARATION + serializeXml(relsDocument) : serializeXml(relsDocument));

    const taskpanesDocument = parseXml(existingText, existing);
    const taskpanes = rootElement(taskpanesDocument);
    const rows = childElements(taskpanes, "taskpane").map((pane) => Number(pane.getAttribute("row")) || 0);
    const pane = appendChildLike(taskpanes, "taskpane", taskpaneAttributes(Math.max(0, ...rows) + 1));
    const reference = appendChildLike(pane, "webextensionref", {});
    reference.setAttributeNS(OFFICE_RELATIONSHIPS_NS, "r:id", id);
    putPartText(zip, existing, serializeXml(taskpanesDocument));
  } else {
    const pane = element("wetp:taskpane", taskpaneAttributes(1), element("wetp:webextensionref", { "xmlns:r": OFFICE_RELATIONSHIPS_NS, "r:id": "rId1" }));
    putPartText(zip, TASKPANES_PATH, XML_DECLARATION + element("wetp:taskpanes", { "xmlns:wetp": TASKPANES_NS }, pane));
    putPartText(zip, relationshipsPath(TASKPANES_PATH), XML_DECLARATION + element("Relationships", { xmlns: PACKAGE_RELATIONSHIPS_NS }, element("Relationship", { Id: "rId1", Type: WEBEXTENSION_TYPE, Target: target })));
    appendChildLike(rootElement(typesDocument), "Override", { PartName: `/${TASKPANES_PATH}`, ContentType: TASKPANES_CONTENT_TYPE });
    const id = freeRelationshipId(childElements(rootRelationships, "Relationship").map((rel) => rel.getAttribute("Id") ?? ""));
    appendChildLike(rootRelationships, "Relationship", { Id: id, Type: TASKPANES_TYPE, Target: TASKPANES_PATH });
    putPartText(zip, "_rels/.rels", serializeXml(rootRelsDocument));
  }
  putPartText(zip, "[Content_Types].xml", serializeXml(typesDocument));
  return true;
}
