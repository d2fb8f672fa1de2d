import JSZip from "jszip";

/**
 * SpreadsheetML packages written by hand, part by part, so a test (or the corpus generator,
 * scripts/corpus/) says exactly which of the valid ways to write a workbook it checks: relationship
 * targets, part names and order, string kinds, formulas, cell types, date systems, references.
 * Nothing here goes through ExcelJS or Costcard's own writer.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandTable {
  readonly name: string;
  /** e.g. "B3:D10", header row and totals row included. */
  readonly ref: string;
  readonly columns: readonly string[];
  readonly totalsRowCount?: number;
}

export interface HandSheet {
  readonly name: string;
  /** Zip path of the part; default xl/worksheets/sheetN.xml in list order. */
  readonly part?: string;
  /** The relationship's Target as written; default relative to xl/ (e.g. "worksheets/sheet1.xml"). */
  readonly target?: string;
  /** The `<sheetData>` children: `<row>` elements as written. */
  readonly rows: string;
  readonly tables?: readonly HandTable[];
}

export interface HandWorkbook {
  /** In the order the workbook lists them (the order Excel shows the tabs). */
  readonly sheets: readonly HandSheet[];
  /** `date1904` as written: "1", "true", or left out. */
  readonly date1904?: string;
  /** `<si>` items of the shared strings part, as written; no part when left out. */
  readonly sharedStrings?: readonly string[];
  /** `<numFmts>` and `<cellXfs>` content of the styles part (default: one General format). */
  readonly numFmts?: string;
  readonly cellXfs?: string;
  /** ISO/IEC 29500 Strict namespaces instead of the transitional ones. */
  readonly strict?: boolean;
  /** A prefix for SpreadsheetML elements (`x` writes `<x:row>`), as some .NET writers do. */
  readonly prefix?: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A `<c>` element: `c("B2", "s", "<v>0</v>")`; a reference of "" leaves `r` out. */
export function cell(reference: string, type: string | undefined, inner: string, style?: number): string {
  const attributes = `${reference === "" ? "" : ` r="${reference}"`}${type === undefined ? "" : ` t="${type}"`}${style === undefined ? "" : ` s="${style}"`}`;
  return `<c${attributes}>${inner}</c>`;
}

/** A `<row>` element; a row number of 0 leaves `r` out. */
export function row(rowNumber: number, cells: readonly string[]): string {
  return `<row${rowNumber === 0 ? "" : ` r="${rowNumber}"`}>${cells.join("")}</row>`;
}

function prefixed(xml: string, prefix: string | undefined): string {
  if (prefix === undefined) return xml;
  return xml.replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, `<$1${prefix}:$2$3`);
}

function tableXml(table: HandTable, id: number, mainNs: string): string {
  const columns = table.columns.map((name, index) => `<tableColumn id="${index + 1}" name="${escapeText(name)}"/>`).join("");
  const totals = table.totalsRowCount === undefined ? "" : ` totalsRowCount="${table.totalsRowCount}"`;
  return `${XML_DECLARATION}<table xmlns="${mainNs}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}"${totals}><autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
}

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}">${entries.map((entry) => `<Relationship Id="${entry.id}" Type="${entry.type}" Target="${entry.target}"/>`).join("")}</Relationships>`;
}

/** The package's bytes. */
export async function handWrittenXlsx(book: HandWorkbook): Promise<Buffer> {
  const mainNs = book.strict ? STRICT_MAIN_NS : MAIN_NS;
  const relNs = book.strict ? STRICT_REL_NS : REL_NS;
  const relType = (name: string) => `${book.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}/${name}`;
  const root = book.prefix === undefined ? "" : `${book.prefix}:`;
  const nsAttribute = book.prefix === undefined ? `xmlns="${mainNs}"` : `xmlns:${book.prefix}="${mainNs}"`;
  const zip = new JSZip();
  const overrides: string[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];
  const sheetEntries: string[] = [];
  let tableId = 0;
  book.sheets.forEach((sheet, index) => {
    const part = sheet.part ?? `xl/worksheets/sheet${index + 1}.xml`;
    const relId = `rId${index + 1}`;
    workbookRels.push({ id: relId, type: relType("worksheet"), target: sheet.target ?? part.replace(/^xl\//, "") });
    sheetEntries.push(`<${root}sheet name="${escapeText(sheet.name)}" sheetId="${index + 1}" r:id="${relId}"/>`);
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    const tableParts: string[] = [];
    const sheetRels: { id: string; type: string; target: string }[] = [];
    for (const table of sheet.tables ?? []) {
      tableId += 1;
      const tablePath = `xl/tables/table${tableId}.xml`;
      zip.file(tablePath, tableXml(table, tableId, mainNs));
      overrides.push(`<Override PartName="/${tablePath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);
      sheetRels.push({ id: `rId${tableParts.length + 1}`, type: relType("table"), target: `/${tablePath}` });
      tableParts.push(`<${root}tablePart r:id="rId${tableParts.length + 1}"/>`);
    }
    const tablePartsXml = tableParts.length === 0 ? "" : `<${root}tableParts count="${tableParts.length}">${tableParts.join("")}</${root}tableParts>`;
    zip.file(part, `${XML_DECLARATION}<${root}worksheet ${nsAttribute} xmlns:r="${relNs}">${prefixed(`<sheetData>${sheet.rows}</sheetData>`, book.prefix)}${tablePartsXml}</${root}worksheet>`);
    if (sheetRels.length > 0) {
      const slash = part.lastIndexOf("/");
      zip.file(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`, relationships(sheetRels));
    }
  });
  const cellXfs = book.cellXfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  zip.file(
    "xl/styles.xml",
    `${XML_DECLARATION}<styleSheet xmlns="${mainNs}">${book.numFmts ?? ""}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${cellXfs}</cellXfs></styleSheet>`,
  );
  workbookRels.push({ id: `rId${book.sheets.length + 1}`, type: relType("styles"), target: "styles.xml" });
  overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  if (book.sharedStrings !== undefined) {
    zip.file("xl/sharedStrings.xml", `${XML_DECLARATION}<sst xmlns="${mainNs}" count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">${book.sharedStrings.join("")}</sst>`);
    workbookRels.push({ id: `rId${book.sheets.length + 2}`, type: relType("sharedStrings"), target: "sharedStrings.xml" });
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  }
  const workbookPr = book.date1904 === undefined ? "" : `<${root}workbookPr date1904="${book.date1904}"/>`;
  zip.file("xl/workbook.xml", `${XML_DECLARATION}<${root}workbook ${nsAttribute} xmlns:r="${relNs}">${workbookPr}<${root}sheets>${sheetEntries.join("")}</${root}sheets></${root}workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", relationships(workbookRels));
  zip.file("_rels/.rels", relationships([{ id: "rId1", type: relType("officeDocument"), target: "xl/workbook.xml" }]));
  zip.file(
    "[Content_Types].xml",
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
