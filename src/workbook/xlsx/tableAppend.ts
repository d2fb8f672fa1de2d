import type { Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import type { TableName } from "../../schema/tableSpecs";
import type { CellScalar } from "../../model/rawTable";
import { alignRowToHeaders } from "../tableLayout";
import { columnLetters, formatCellRange, parseCellRange } from "./cellRange";
import { xstringText } from "./inlineString";
import { appendChildLike, childElements, createChildLike, descendants, firstChildElement, parseXml, rootElement, serializeXml } from "./packageXml";
import { partText, putPartText, type TablePart, type SheetEntry } from "./workbookLayout";

/**
 * Appends rows to a user's table inside the .xlsx package, as Excel does when rows are typed just
 * below a table: the cells go into the rows below its body (an empty table's one blank row first),
 * each taking the style of the cell above, and the table's range (and its filter's) grows over
 * them. Only the table's part and its sheet's part change; every other part keeps its bytes.
 * Rows below that hold something, or a totals row, are refused: Excel, not a file rewrite, moves
 * a user's cells.
 */

const cellRef = (column: number, row: number) => `${columnLetters(column)}${row}`;

function rowElements(sheetData: Element): Map<number, Element> {
  return new Map(childElements(sheetData, "row").map((row) => [Number(row.getAttribute("r")), row]));
}

function hasValue(cell: Element): boolean {
  return firstChildElement(cell, "v") !== undefined || firstChildElement(cell, "is") !== undefined;
}

function cellsInColumns(row: Element | undefined, table: TablePart): Element[] {
  if (row === undefined) return [];
  return childElements(row, "c").filter((cell) => {
    const at = parseCellRange(cell.getAttribute("r") ?? "");
    return at !== undefined && at.firstColumn >= table.firstColumn && at.firstColumn <= table.lastColumn;
  });
}

/** The row element numbered `number`, made and put in order when the sheet has none. */
function rowAt(sheetData: Element, rows: Map<number, Element>, number: number): Element {
  const found = rows.get(number);
  if (found !== undefined) return found;
  const row = createChildLike(sheetData, "row");
  row.setAttribute("r", String(number));
  const next = [...rows.keys()].filter((n) => n > number).sort((a, b) => a - b)[0];
  sheetData.insertBefore(row, next === undefined ? null : rows.get(next)!);
  rows.set(number, row);
  return row;
}

/** Puts a value into the row's cell of `column` (replacing a blank one), in column order, text as an inline string. */
function setCell(row: Element, rowNumber: number, column: number, value: CellScalar, style: string | null): void {
  const reference = cellRef(column, rowNumber);
  const cells = childElements(row, "c");
  const existing = cells.find((cell) => cell.getAttribute("r") === reference);
  const cell = existing ?? createChildLike(row, "c");
  while (cell.firstChild) cell.removeChild(cell.firstChild);
  cell.removeAttribute("t");
  cell.setAttribute("r", reference);
  const keptStyle = cell.getAttribute("s") ?? style;
  if (keptStyle !== null) cell.setAttribute("s", keptStyle);
  if (typeof value === "string") {
    cell.setAttribute("t", "inlineStr");
    const text = appendChildLike(appendChildLike(cell, "is", {}), "t", { "xml:space": "preserve" });
    text.textContent = xstringText(value);
  } else if (typeof value === "boolean") {
    cell.setAttribute("t", "b");
    appendChildLike(cell, "v", {}).textContent = value ? "1" : "0";
  } else if (value !== null) {
    appendChildLike(cell, "v", {}).textContent = String(value);
  }
  if (existing === undefined) {
    const after = cells.find((other) => (parseCellRange(other.getAttribute("r") ?? "")?.firstColumn ?? 0) > column);
    row.insertBefore(cell, after ?? null);
  }
  // The row's optional span hint may no longer cover its cells.
  row.removeAttribute("spans");
}

export async function appendTableRows(zip: JSZip, table: TablePart, sheet: SheetEntry, spec: TableName, specRows: readonly (readonly CellScalar[])[]): Promise<void> {
  if (specRows.length === 0) return;
  if (table.totalsRowCount > 0) throw new Error(`the ${table.name} table has a totals row: add the rows in Excel`);
  const sheetText = await partText(zip, sheet.path);
  const tableText = await partText(zip, table.path);
  if (sheetText === undefined || tableText === undefined) throw new Error(`the ${table.name} table's parts are missing`);
  const sheetDocument = parseXml(sheetText, sheet.path);
  const sheetData = firstChildElement(rootElement(sheetDocument), "sheetData");
  if (sheetData === undefined) throw new Error(`the sheet ${sheet.name} has no cells part`);
  const rows = rowElements(sheetData);

  const bodyFirst = table.firstRow + table.headerRowCount;
  const bodyRows = table.lastRow - bodyFirst + 1;
  const lastBody = rows.get(table.lastRow);
  const emptyBody = bodyRows === 1 && !cellsInColumns(lastBody, table).some(hasValue);
  const start = emptyBody ? table.lastRow : table.lastRow + 1;
  for (let n = table.lastRow + 1; n < start + specRows.length; n++) {
    if (cellsInColumns(rows.get(n), table).some(hasValue)) throw new Error(`row ${n} below the ${table.name} table holds data, so rows cannot be added there: move it, or add the rows in Excel`);
  }
  const styleAbove = new Map(cellsInColumns(lastBody, table).map((cell) => [parseCellRange(cell.getAttribute("r") ?? "")!.firstColumn, cell.getAttribute("s")]));
  specRows.forEach((specRow, index) => {
    const number = start + index;
    const row = rowAt(sheetData, rows, number);
    alignRowToHeaders(spec, specRow, table.headers).forEach((value, offset) => {
      const column = table.firstColumn + offset;
      if (value !== null || emptyBody) setCell(row, number, column, value, styleAbove.get(column) ?? null);
    });
  });

  const lastRow = start + specRows.length - 1;
  const grown = formatCellRange({ firstRow: table.firstRow, firstColumn: table.firstColumn, lastRow, lastColumn: table.lastColumn });
  const tableDocument = parseXml(tableText, table.path);
  const tableElement = rootElement(tableDocument);
  tableElement.setAttribute("ref", grown);
  const filter = firstChildElement(tableElement, "autoFilter");
  if (filter !== undefined) filter.setAttribute("ref", grown);
  const dimension = descendants(rootElement(sheetDocument), "dimension")[0];
  const used = parseCellRange(dimension?.getAttribute("ref") ?? "");
  if (dimension !== undefined && used !== undefined && used.lastRow < lastRow) dimension.setAttribute("ref", formatCellRange({ ...used, lastRow, lastColumn: Math.max(used.lastColumn, table.lastColumn) }));
  putPartText(zip, sheet.path, serializeXml(sheetDocument));
  putPartText(zip, table.path, serializeXml(tableDocument));
}
