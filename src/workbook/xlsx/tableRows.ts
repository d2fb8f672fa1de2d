import type JSZip from "jszip";
import type { CellProblem, CellScalar } from "../../model/rawTable";
import { errorValueMessage } from "../errorValue";
import { dateStyleFlags } from "./dateStyles";
import { partText, type TablePart, type WorkbookLayout } from "./workbookLayout";
import { readSharedStrings } from "./sharedStrings";
import { CellKind, readSheetCells, type SheetCellSink } from "./sheetCells";

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
  /**
   * Body rows (totals row left out) up to the last one holding a cell, each as wide as the table;
   * blank cells are null. Blank rows after it are left out: memory follows the cells the sheet
   * holds, never the range the table part declares (A1:XFD1048576 holding ten rows is ten rows).
   */
  readonly rows: CellScalar[][];
  readonly cellProblems: CellProblem[];
}

interface TableBody {
  readonly first: number;
  readonly last: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly width: number;
  readonly dateColumns: ReadonlySet<number>;
  readonly read: TableRead;
}

function tableBody({ part, dateColumns }: TableToRead): TableBody {
  const first = part.firstRow + part.headerRowCount;
  const last = part.lastRow - part.totalsRowCount;
  const width = part.lastColumn - part.firstColumn + 1;
  return { first, last, firstColumn: part.firstColumn, lastColumn: part.lastColumn, width, dateColumns, read: { rows: [], cellProblems: [] } };
}

/** The body row at `rowIndex`, made (with the blank rows before it) when it is the first cell there. */
function bodyRow(body: TableBody, rowIndex: number): CellScalar[] {
  const { rows } = body.read;
  while (rows.length <= rowIndex) rows.push(new Array<CellScalar>(body.width).fill(null));
  return rows[rowIndex] as CellScalar[];
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
        bodyRow(body, rowIndex)[columnIndex] = taken;
        if (kind === CellKind.Error) body.read.cellProblems.push({ rowIndex, columnIndex, message: errorValueMessage(value) });
        else if (kind === CellKind.Unreadable) body.read.cellProblems.push({ rowIndex, columnIndex, message: `${String(value)}` });
      }
    },
    restart() {
      for (const body of bodies) {
        body.read.rows.length = 0;
        body.read.cellProblems.length = 0;
      }
    },
  };
}

/**
 * The body cells of the given tables, each sheet holding one streamed once (docs/xlsx-reader.md
 * says why this reader is Costcard's own). Rows the file leaves out (blank rows) stay blank, so row
 * numbers are those Excel shows. A sheet whose part is damaged rejects with DamagedPartError: the
 * whole file is refused, never a table read in part or as empty.
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
  const dateStyles = dateStyleFlags(layout.stylesPath === undefined ? undefined : await partText(zip, layout.stylesPath), layout.stylesPath ?? "");
  let rowsBefore = 0;
  for (const sheet of layout.sheets) {
    const bodies = bodiesBySheet.get(sheet.name);
    if (bodies === undefined) continue;
    let rowsOfSheet = 0;
    // A sheet read again after the scanner gave up (sheetCells.ts) counts its rows from 1 again: progress never goes back.
    let mostRows = 0;
    const onRow = (rowsRead: number) => {
      rowsOfSheet = rowsRead;
      if (rowsRead <= mostRows) return;
      mostRows = rowsRead;
      if (onProgress !== undefined && (rowsBefore + rowsRead) % PROGRESS_EVERY === 0) onProgress(rowsBefore + rowsRead);
    };
    await readSheetCells(zip, sheet.path, { sharedStrings, dateStyles, onRow }, tableSink(bodies, layout.date1904));
    rowsBefore += rowsOfSheet;
  }
  return result;
}
