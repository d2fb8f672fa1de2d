import type JSZip from "jszip";
import { parseCellRange, type CellRange } from "./cellRange";
import { STRICT_OPEN_XML, UnreadableWorkbookError } from "./packageKind";
import { childElements, descendants, firstChildElement, folderOf, parseXml, relationshipsPath, resolvePartPath, rootElement, OFFICE_RELATIONSHIPS_NS } from "./packageXml";

/**
 * What the package says about its sheets and tables, read from the XML parts directly: ExcelJS's
 * streaming reader does not expose tables (ListObjects), and nothing here needs the cells.
 */

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** Zip path of the sheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

export interface TablePart extends CellRange {
  /** The name Excel shows (displayName). */
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  /** Zip path of the table part, e.g. "xl/tables/table1.xml". */
  readonly path: string;
}

export interface WorkbookLayout {
  readonly workbookPath: string;
  /** Workbooks made on old Macs count days from 1904. */
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly tables: readonly TablePart[];
  /** Workbook-scoped defined names and their references. */
  readonly definedNames: ReadonlyMap<string, string>;
  /** Zip paths of the shared strings and styles parts, where the workbook has them. */
  readonly sharedStringsPath: string | undefined;
  readonly stylesPath: string | undefined;
}

/** SpreadsheetML's namespace in ISO/IEC 29500 Strict, which Excel writes only when asked ("Strict Open XML Spreadsheet"). */
const STRICT_SPREADSHEETML_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/**
 * Stores a part's text as UTF-8 bytes. JSZip's own encoding of a string works in 32K-character
 * chunks and splits a surrogate pair (an emoji in a note) lying across a seam into two broken
 * characters; encoding the whole text first keeps it whole.
 */
export function putPartText(zip: JSZip, path: string, text: string): void {
  zip.file(path, new TextEncoder().encode(text));
}

/** Relationship Id → zip path of its target, for the part at `partPath`. */
export async function partRelationships(zip: JSZip, partPath: string): Promise<Map<string, { path: string; type: string }>> {
  const text = await partText(zip, relationshipsPath(partPath));
  const targets = new Map<string, { path: string; type: string }>();
  if (text === undefined) return targets;
  for (const rel of descendants(rootElement(parseXml(text)), "Relationship")) {
    if (rel.getAttribute("TargetMode") === "External") continue;
    targets.set(rel.getAttribute("Id") ?? "", { path: resolvePartPath(folderOf(partPath), rel.getAttribute("Target") ?? ""), type: rel.getAttribute("Type") ?? "" });
  }
  return targets;
}

async function workbookPartPath(zip: JSZip): Promise<string> {
  for (const { path, type } of (await partRelationships(zip, "")).values()) {
    if (type.endsWith("/officeDocument")) return path;
  }
  throw new Error("the file is not an Excel workbook (no workbook part)");
}

async function readTablePart(zip: JSZip, path: string, sheet: string): Promise<TablePart | undefined> {
  const text = await partText(zip, path);
  if (text === undefined) return undefined;
  const table = rootElement(parseXml(text));
  const range = parseCellRange(table.getAttribute("ref") ?? "");
  if (range === undefined) return undefined;
  const columns = firstChildElement(table, "tableColumns");
  const headerRowCount = table.getAttribute("headerRowCount") === "0" ? 0 : 1;
  return {
    ...range,
    name: table.getAttribute("displayName") ?? table.getAttribute("name") ?? "",
    sheet,
    headers: columns === undefined ? [] : childElements(columns, "tableColumn").map((column) => column.getAttribute("name") ?? ""),
    headerRowCount,
    totalsRowCount: Number(table.getAttribute("totalsRowCount") ?? 0) || 0,
    path,
  };
}

export async function readWorkbookLayout(zip: JSZip): Promise<WorkbookLayout> {
  const workbookPath = await workbookPartPath(zip);
  const text = await partText(zip, workbookPath);
  if (text === undefined) throw new Error("the file is not an Excel workbook (no workbook part)");
  const workbook = rootElement(parseXml(text));
  if (workbook.localName !== "workbook") throw new Error("the file is not an Excel workbook (its main part is not a workbook)");
  if (workbook.namespaceURI === STRICT_SPREADSHEETML_NS) {
    throw new UnreadableWorkbookError(STRICT_OPEN_XML);
  }
  const relationships = await partRelationships(zip, workbookPath);
  const workbookPr = firstChildElement(workbook, "workbookPr");
  const date1904Attribute = workbookPr?.getAttribute("date1904");
  const sheets: SheetEntry[] = [];
  for (const sheet of descendants(workbook, "sheet")) {
    const relationshipId = sheet.getAttributeNS(OFFICE_RELATIONSHIPS_NS, "id") ?? "";
    const target = relationships.get(relationshipId);
    if (target === undefined || !target.type.endsWith("/worksheet")) continue;
    sheets.push({ name: sheet.getAttribute("name") ?? "", sheetId: Number(sheet.getAttribute("sheetId")), relationshipId, path: target.path });
  }
  const tables: TablePart[] = [];
  for (const sheet of sheets) {
    for (const { path, type } of (await partRelationships(zip, sheet.path)).values()) {
      if (!type.endsWith("/table")) continue;
      const table = await readTablePart(zip, path, sheet.name);
      if (table !== undefined) tables.push(table);
    }
  }
  const definedNames = new Map<string, string>();
  for (const definedName of descendants(workbook, "definedName")) {
    if (definedName.hasAttribute("localSheetId")) continue;
    definedNames.set(definedName.getAttribute("name") ?? "", definedName.textContent ?? "");
  }
  const partOfType = (type: string) => [...relationships.values()].find((target) => target.type.endsWith(type))?.path;
  return {
    workbookPath,
    date1904: date1904Attribute === "1" || date1904Attribute === "true",
    sheets,
    tables,
    definedNames,
    sharedStringsPath: partOfType("/sharedStrings"),
    stylesPath: partOfType("/styles"),
  };
}
