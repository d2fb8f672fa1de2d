import type JSZip from "jszip";
import { putDeflatedPart } from "./deflatedPart";
import { formatCellRange, parseCellRange, type CellRange } from "./cellRange";
import { STRICT_OPEN_XML, UnreadableWorkbookError } from "./packageKind";
import { DamagedPartError, partBytes } from "./partBytes";
import { xmlText } from "./xmlText";
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
  /** A macro-enabled workbook (.xlsm): its workbook part's content type says so. */
  readonly macroEnabled: boolean;
}

/** SpreadsheetML's namespace in ISO/IEC 29500 Strict, which Excel writes only when asked ("Strict Open XML Spreadsheet"). */
const STRICT_SPREADSHEETML_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** A part's text (undefined when the package has no such part), its bytes checked (partBytes.ts), a byte-order mark dropped. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path) === null ? undefined : xmlText(await partBytes(zip, path));
}

/**
 * The package's entry for a part name: OPC compares part names without regard to ASCII case, and
 * a relationship's target is a URI, so `%20` names a space.
 */
export function packageEntry(zip: JSZip, path: string): string | undefined {
  if (zip.file(path) !== null) return path;
  const decoded = (() => {
    try {
      return decodeURIComponent(path);
    } catch {
      return path;
    }
  })();
  const wanted = new Set([path.toLowerCase(), decoded.toLowerCase()]);
  return Object.keys(zip.files).find((name) => wanted.has(name.toLowerCase()) && !zip.files[name]!.dir);
}

/**
 * Stores a part's text as UTF-8 bytes, deflated by zlib (deflatedPart.ts). JSZip's own encoding of a string
 * works in 32K-character chunks and splits a surrogate pair (an emoji in a note) lying across a seam
 * into two broken characters; encoding the whole text first keeps it whole.
 */
export function putPartText(zip: JSZip, path: string, text: string): void {
  putDeflatedPart(zip, path, new TextEncoder().encode(text));
}

/** Relationship Id → zip path of its target, for the part at `partPath`. */
export async function partRelationships(zip: JSZip, partPath: string): Promise<Map<string, { path: string; type: string }>> {
  const relsPath = packageEntry(zip, relationshipsPath(partPath));
  const targets = new Map<string, { path: string; type: string }>();
  const text = relsPath === undefined ? undefined : await partText(zip, relsPath);
  if (relsPath === undefined || text === undefined) return targets;
  for (const rel of descendants(rootElement(parseXml(text, relsPath)), "Relationship")) {
    if (rel.getAttribute("TargetMode") === "External") continue;
    const target = rel.getAttribute("Target") ?? "";
    const path = packageEntry(zip, resolvePartPath(folderOf(partPath), target));
    if (path === undefined) throw new DamagedPartError(relsPath, `points at ${target}, which is not in the package`);
    targets.set(rel.getAttribute("Id") ?? "", { path, type: rel.getAttribute("Type") ?? "" });
  }
  return targets;
}

async function workbookPartPath(zip: JSZip): Promise<string> {
  for (const { path, type } of (await partRelationships(zip, "")).values()) {
    if (type.endsWith("/officeDocument")) return path;
  }
  throw new Error("the file is not an Excel workbook (no workbook part)");
}

/** Excel's grid: 1,048,576 rows of 16,384 columns (XFD). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/**
 * A table's range, checked against its own column list. A table is read as wide as the columns it
 * names, from the range's first column: a range wider than them (A1:XFD1048576 over eight columns)
 * sizes nothing, as the rows it reads are only those holding cells (tableRows.ts).
 */
function tableRange(path: string, ref: string, columnCount: number, headerRowCount: number, totalsRowCount: number): CellRange {
  const range = parseCellRange(ref);
  if (range === undefined || range.firstRow < 1 || range.firstColumn < 1 || range.lastRow > LAST_ROW || range.lastColumn > LAST_COLUMN || range.firstRow > range.lastRow || range.firstColumn > range.lastColumn) {
    throw new DamagedPartError(path, `gives its table the range "${ref}", which is not a range of a sheet`);
  }
  const width = range.lastColumn - range.firstColumn + 1;
  if (columnCount === 0 || columnCount > width) throw new DamagedPartError(path, `gives its table ${columnCount} columns over the range ${formatCellRange(range)}, which is ${width} columns wide`);
  if (range.lastRow - range.firstRow + 1 < headerRowCount + totalsRowCount) throw new DamagedPartError(path, `gives its table a header and totals row that do not fit its range ${formatCellRange(range)}`);
  return { ...range, lastColumn: range.firstColumn + columnCount - 1 };
}

async function readTablePart(zip: JSZip, path: string, sheet: string): Promise<TablePart> {
  const text = (await partText(zip, path)) ?? "";
  const table = rootElement(parseXml(text, path));
  const columns = firstChildElement(table, "tableColumns");
  const headers = columns === undefined ? [] : childElements(columns, "tableColumn").map((column) => column.getAttribute("name") ?? "");
  const headerRowCount = table.getAttribute("headerRowCount") === "0" ? 0 : 1;
  const totalsRowCount = Number(table.getAttribute("totalsRowCount") ?? 0) || 0;
  return {
    ...tableRange(path, table.getAttribute("ref") ?? "", headers.length, headerRowCount, totalsRowCount),
    name: table.getAttribute("displayName") ?? table.getAttribute("name") ?? "",
    sheet,
    headers,
    headerRowCount,
    totalsRowCount,
    path,
  };
}

const CONTENT_TYPES = "[Content_Types].xml";

/** The content type of `partPath` by `[Content_Types].xml` (ECMA-376 Part 2, 10.1.2): its Override, else the Default of its extension. */
async function contentType(zip: JSZip, partPath: string): Promise<string> {
  const path = packageEntry(zip, CONTENT_TYPES);
  const text = path === undefined ? undefined : await partText(zip, path);
  if (path === undefined || text === undefined) throw new DamagedPartError(CONTENT_TYPES, "is missing from the package, which every .xlsx and .xlsm file has");
  const types = rootElement(parseXml(text, path));
  const override = descendants(types, "Override").find((element) => (element.getAttribute("PartName") ?? "").toLowerCase() === `/${partPath}`.toLowerCase());
  if (override !== undefined) return override.getAttribute("ContentType") ?? "";
  const extension = partPath.slice(partPath.lastIndexOf(".") + 1).toLowerCase();
  return descendants(types, "Default").find((element) => (element.getAttribute("Extension") ?? "").toLowerCase() === extension)?.getAttribute("ContentType") ?? "";
}

/** `xl/worksheets/sheet1.xml` for `xl/worksheets/_rels/sheet1.xml.rels`; "" (the package) for `_rels/.rels`. */
function sourcePartOf(relsPath: string): string {
  const folder = folderOf(folderOf(relsPath));
  const name = relsPath.slice(relsPath.lastIndexOf("/") + 1, -".rels".length);
  return folder === "" ? name : `${folder}/${name}`;
}

/** Every relationship of every part must reach a part of the package: a dangling one is damage Excel would "repair" away. */
async function checkRelationships(zip: JSZip): Promise<void> {
  for (const relsPath of Object.keys(zip.files)) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/i.test(relsPath) || zip.files[relsPath]!.dir) continue;
    const source = sourcePartOf(relsPath);
    if (source === "" || packageEntry(zip, source) !== undefined) await partRelationships(zip, source);
  }
}

/** The package's relationship to the add-ins' task panes (xl/webextensions/taskpanes.xml). */
export const TASKPANES_TYPE = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";

/**
 * The add-ins' task pane part is one Costcard rewrites (setup names Costcard beside the others): each
 * of its references must reach its web extension, or the file is damaged, not a workbook naming no add-in.
 */
async function checkTaskpaneReferences(zip: JSZip): Promise<void> {
  for (const { path, type } of (await partRelationships(zip, "")).values()) {
    if (type !== TASKPANES_TYPE) continue;
    const text = await partText(zip, path);
    if (text === undefined) continue;
    const relationships = await partRelationships(zip, path);
    for (const reference of descendants(rootElement(parseXml(text, path)), "webextensionref")) {
      const id = reference.getAttributeNS(OFFICE_RELATIONSHIPS_NS, "id") ?? "";
      if (!relationships.has(id)) throw new DamagedPartError(path, `refers to the relationship "${id}", which ${relationshipsPath(path)} does not have`);
    }
  }
}

export async function readWorkbookLayout(zip: JSZip): Promise<WorkbookLayout> {
  const workbookPath = await workbookPartPath(zip);
  const text = await partText(zip, workbookPath);
  if (text === undefined) throw new Error("the file is not an Excel workbook (no workbook part)");
  const workbook = rootElement(parseXml(text, workbookPath));
  if (workbook.localName !== "workbook") throw new Error("the file is not an Excel workbook (its main part is not a workbook)");
  if (workbook.namespaceURI === STRICT_SPREADSHEETML_NS) {
    throw new UnreadableWorkbookError(STRICT_OPEN_XML);
  }
  const macroEnabled = /macroEnabled/i.test(await contentType(zip, workbookPath));
  await checkRelationships(zip);
  await checkTaskpaneReferences(zip);
  const relationships = await partRelationships(zip, workbookPath);
  const workbookPr = firstChildElement(workbook, "workbookPr");
  const date1904Attribute = workbookPr?.getAttribute("date1904");
  const sheets: SheetEntry[] = [];
  for (const sheet of descendants(workbook, "sheet")) {
    const relationshipId = sheet.getAttributeNS(OFFICE_RELATIONSHIPS_NS, "id") ?? "";
    const target = relationships.get(relationshipId);
    if (target === undefined) throw new DamagedPartError(workbookPath, `lists the sheet "${sheet.getAttribute("name") ?? ""}" under the relationship "${relationshipId}", which ${relationshipsPath(workbookPath)} does not have`);
    if (!target.type.endsWith("/worksheet")) continue;
    sheets.push({ name: sheet.getAttribute("name") ?? "", sheetId: Number(sheet.getAttribute("sheetId")), relationshipId, path: target.path });
  }
  const tables: TablePart[] = [];
  for (const sheet of sheets) {
    for (const { path, type } of (await partRelationships(zip, sheet.path)).values()) {
      if (!type.endsWith("/table")) continue;
      tables.push(await readTablePart(zip, path, sheet.name));
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
    macroEnabled,
  };
}
