import type JSZip from "jszip";
import type { TableName } from "../../schema/tableSpecs";
import { freeSheetName } from "../tableLayout";
import { appendChildLike, folderOf, parseXml, relationshipsPath, rootElement, serializeXml } from "./packageXml";
import { rewriteRenderedSheet } from "./renderedSheetRewrite";
import { addSheet, renderedStyles, startGraft } from "./sheetGraft";
import { partRelationships, partText, putPartText, readWorkbookLayout } from "./workbookLayout";

/**
 * `costcard setup`: Costcard's missing tables, rendered on their own sheets (newWorkbook.ts), grafted
 * into the user's package the way generated sheets are (sheetGraft.ts): each sheet part is added
 * with its table part, relationships and content types, and the styles part is extended. The user's
 * sheets, tables and every other part stay byte for byte as they were.
 */

const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface AddedTable {
  readonly table: TableName;
  readonly sheetName: string;
}

/** Ids and paths the user's table parts already take. */
async function takenTableParts(user: JSZip, sheetPaths: readonly string[]): Promise<{ ids: Set<number>; paths: Set<string> }> {
  const ids = new Set<number>();
  const paths = new Set(Object.keys(user.files).filter((path) => path.startsWith("xl/tables/")));
  for (const sheetPath of sheetPaths) {
    for (const { path, type } of (await partRelationships(user, sheetPath)).values()) {
      if (!type.endsWith("/table")) continue;
      paths.add(path);
      const text = await partText(user, path);
      if (text !== undefined) ids.add(Number(rootElement(parseXml(text, path)).getAttribute("id")));
    }
  }
  return { ids, paths };
}

/** `../tables/table2.xml` from `xl/worksheets` to `xl/tables/table2.xml`: the relative form every reader resolves (ExcelJS does not resolve absolute table targets). */
function relativeTarget(fromFolder: string, path: string): string {
  const from = fromFolder.split("/");
  const to = path.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function freeNumber(taken: (n: number) => boolean): number {
  let n = 1;
  while (taken(n)) n += 1;
  return n;
}

/**
 * Grafts the sheets of `rendered` (renderNewWorkbook of exactly `tables`, with their headers only)
 * into `user`, changed in place. Refuses, changing nothing, when a defined name of the user's
 * already holds a table's name (Excel names share one namespace).
 */
export async function graftTableSheets(user: JSZip, rendered: JSZip, tables: readonly TableName[]): Promise<AddedTable[]> {
  const renderedLayout = await readWorkbookLayout(rendered);
  const graft = await startGraft(user, await renderedStyles(rendered));
  const definedNames = new Set([...graft.layout.definedNames.keys()].map((name) => name.toLowerCase()));
  const clash = tables.find((table) => definedNames.has(table.toLowerCase()));
  if (clash !== undefined) throw new Error(`the workbook has a defined name "${clash}", which a table cannot share: rename it in Excel (Formulas > Name Manager), then run setup again`);
  const sheets = [...graft.layout.sheets];
  const taken = await takenTableParts(user, sheets.map((sheet) => sheet.path));
  const added: AddedTable[] = [];
  for (const table of tables) {
    const renderedSheet = renderedLayout.sheets.find((sheet) => sheet.name === table);
    const xml = renderedSheet === undefined ? undefined : await partText(rendered, renderedSheet.path);
    const renderedTable = renderedSheet === undefined ? undefined : [...(await partRelationships(rendered, renderedSheet.path))].find(([, rel]) => rel.type.endsWith("/table"));
    const tableXml = renderedTable === undefined ? undefined : await partText(rendered, renderedTable[1].path);
    if (renderedSheet === undefined || xml === undefined || renderedTable === undefined || tableXml === undefined) throw new Error(`the rendered ${table} table is missing`);

    const headers = renderedLayout.tables.find((part) => part.name === table)?.headers ?? [];
    const sheetXml = rewriteRenderedSheet(xml, { styleMap: graft.styleMap, cells: [headers] });
    const sheetName = freeSheetName(table, sheets.map((sheet) => sheet.name));
    const entry = addSheet(user, graft.parts, sheets, sheetName, sheetXml);
    sheets.push(entry);

    const id = freeNumber((n) => taken.ids.has(n));
    const tablePath = `xl/tables/table${freeNumber((n) => taken.paths.has(`xl/tables/table${n}.xml`))}.xml`;
    taken.ids.add(id);
    taken.paths.add(tablePath);
    const tableDocument = parseXml(tableXml, renderedTable[1].path);
    rootElement(tableDocument).setAttribute("id", String(id));
    putPartText(user, tablePath, serializeXml(tableDocument));
    const [relationshipId] = renderedTable;
    putPartText(
      user,
      relationshipsPath(entry.path),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}"><Relationship Id="${relationshipId}" Type="${TABLE_TYPE}" Target="${relativeTarget(folderOf(entry.path), tablePath)}"/></Relationships>`,
    );
    appendChildLike(rootElement(graft.parts.contentTypes), "Override", { PartName: `/${tablePath}`, ContentType: TABLE_CONTENT_TYPE });
    added.push({ table, sheetName });
  }
  graft.save();
  return added;
}
