import type JSZip from "jszip";
import type { CellProblem, CellScalar, UnreadRows } from "../../model/rawTable";
import { errorValueMessage } from "../errorValue";
import { dateStyleFlags } from "./dateStyles";
import { partText, type TablePart, type WorkbookLayout } from "./workbookLayout";
import { readSharedStrings } from "./sharedStrings";
import { CellKind, DamagedSheetError, readSheetCells, type SheetCellSink } from "./sheetCells";

/** Called every PROGRESS_EVERY rows read, with the count so far. */
export type RowProgress = (rowsRead: number) => void;

const PROGRESS_EVERY = 10_000;

/** Days from 1900-01-00 to 1904-01-01 as Excel counts them: a 1904-system serial plus this is a 1900-system serial. */
const DATE_1904_OFFSET = 1462;

/** A table to read: its part, and which of its columns hold dates (a 1904 workbook's serials there are shifted). */
export interface TableToRead {
  readonly part: TablePart;
  readonly dateColumns: ReadonlySet<number>;
}

export interface TableRead {
  /** Body rows (totals row left out), each as wide as the table; blank cells are null. */
  readonly rows: CellScalar[][];
  readonly cellProblems: CellProblem[];
  readonly unreadRows: UnreadRows | undefined;
}

interface TableBody {
  readonly first: number;
  readonly last: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly dateColumns: ReadonlySet<number>;
  readonly read: { rows: CellScalar[][]; cellProblems: CellProblem[]; unreadRows: UnreadRows | undefined };
}

function tableBody({ part, dateColumns }: TableToRead): TableBody {
  const first = part.firstRow + part.headerRowCount;
  const last = part.lastRow - part.totalsRowCount;
  const width = part.lastColumn - part.firstColumn + 1;
  const rows = Array.from({ length: Math.max(0, last - first + 1) }, () => new Array<CellScalar>(width).fill(null));
  return { first, last, firstColumn: part.firstColumn, lastColumn: part.lastColumn, dateColumns, read: { rows, cellProblems: [], unreadRows: undefined } };
}

/** Puts each cell of the sheet into the body of the table it falls in, in 1900-system dates. */
function tableSink(bodies: readonly TableBody[], date1904: boolean): SheetCellSink {
  return {
    cell(row, column, value, kind) {
      for (const body of bodies) {
        if (row < body.first || row > body.last || column < body.firstColumn || column > body.lastColumn) continue;
        const rowIndex = row - body.first;
        const columnIndex = column - body.firstColumn;
        let taken = value;
        if (date1904 && typeof value === "number" && (kind === CellKind.DateStyled || body.dateColumns.has(columnIndex))) taken = value + DATE_1904_OFFSET;
        (body.read.rows[rowIndex] as CellScalar[])[columnIndex] = taken;
        if (kind === CellKind.Error) body.read.cellProblems.push({ rowIndex, columnIndex, message: errorValueMessage(value) });
        else if (kind === CellKind.Unreadable) body.read.cellProblems.push({ rowIndex, columnIndex, message: `${String(value)}` });
      }
    },
  };
}

/** Rows from the one after `lastReadRow` on could not be read: blank them (a row may be half read) and say why. */
function markUnread(body: TableBody, lastReadRow: number, reason: string): void {
  const fromIndex = Math.max(0, lastReadRow + 1 - body.first);
  const { rows } = body.read;
  if (fromIndex >= rows.length) return;
  for (let index = fromIndex; index < rows.length; index++) (rows[index] as CellScalar[]).fill(null);
  body.read.cellProblems = body.read.cellProblems.filter((problem) => problem.rowIndex < fromIndex);
  body.read.unreadRows = { fromIndex, reason };
}

/**
 * The body cells of the given tables, each sheet holding one streamed once (docs/xlsx-reader.md
 * says why this reader is Costcard's own). Rows the file leaves out (blank rows) stay blank, so row
 * numbers are those Excel shows. A sheet part that is missing or breaks off leaves its tables' unread
 * rows blank and says so in `unreadRows`, never an empty table read in silence.
 */
export async function readTableRows(zip: JSZip, layout: WorkbookLayout, tables: readonly TableToRead[], onProgress?: RowProgress): Promise<Map<TablePart, TableRead>> {
  const result = new Map<TablePart, TableRead>();
  const bodiesBySheet = new Map<string, TableBody[]>();
  for (const table of tables) {
    const body = tableBody(table);
    result.set(table.part, body.read);
    bodiesBySheet.set(table.part.sheet, [...(bodiesBySheet.get(table.part.sheet) ?? []), body]);
  }
  if (bodiesBySheet.size === 0) return result;
  const sharedStrings = await readSharedStrings(zip, layout.sharedStringsPath);
  const dateStyles = dateStyleFlags(layout.stylesPath === undefined ? undefined : await partText(zip, layout.stylesPath));
  let rowsBefore = 0;
  for (const sheet of layout.sheets) {
    const bodies = bodiesBySheet.get(sheet.name);
    if (bodies === undefined) continue;
    let rowsOfSheet = 0;
    const onRow = (rowsRead: number) => {
      rowsOfSheet = rowsRead;
      if (onProgress !== undefined && (rowsBefore + rowsRead) % PROGRESS_EVERY === 0) onProgress(rowsBefore + rowsRead);
    };
    if (zip.file(sheet.path) === null) {
      for (const body of bodies) markUnread(body, 0, `the sheet "${sheet.name}" has no part ${sheet.path} in the package`);
      continue;
    }
    try {
      await readSheetCells(zip, sheet.path, { sharedStrings, dateStyles, onRow }, tableSink(bodies, layout.date1904));
    } catch (error) {
      if (!(error instanceof DamagedSheetError)) throw error;
      for (const body of bodies) markUnread(body, error.lastCompleteRow, `the sheet "${sheet.name}" ${error.message}`);
    }
    rowsBefore += rowsOfSheet;
  }
  return result;
}
