import type JSZip from "jszip";
import type { CellProblem, CellScalar, RowIntake } from "../../model/rawTable";
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

/**
 * A table to read: its part, which of its columns hold dates (a 1904 workbook's serials there are
 * shifted), and what takes its rows as they are read, if anything.
 */
export interface TableToRead {
  readonly part: TablePart;
  readonly dateColumns: ReadonlySet<number>;
  readonly intake?: RowIntake;
}

export interface TableRead {
  /**
   * Body rows (totals row left out) up to the last one holding a cell, each as wide as the table;
   * blank cells are null. Blank rows after it are left out: memory follows the cells the sheet
   * holds, never the range the table part declares (A1:XFD1048576 holding ten rows is ten rows).
   * A row the intake took is null.
   */
  readonly rows: (CellScalar[] | null)[];
  readonly cellProblems: CellProblem[];
  /** What took the rows that are null in `rows`. */
  readonly intake?: RowIntake;
}

interface TableBody {
  readonly first: number;
  readonly last: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly width: number;
  readonly dateColumns: ReadonlySet<number>;
  readonly read: TableRead;
  /** Offered each row once its cells are in: with an intake, the row being read is `pending`, not in `read.rows`. */
  readonly intake: RowIntake | undefined;
  /** The cells of the row at `pendingIndex` (-1: none yet), reused row after row. */
  readonly pending: CellScalar[];
  pendingIndex: number;
  pendingHasProblem: boolean;
  /** A cell came for a row before the pending one: rows out of order (readTableRows then reads the sheet again without the intake). */
  outOfOrder: boolean;
}

function tableBody({ part, dateColumns, intake }: TableToRead): TableBody {
  const first = part.firstRow + part.headerRowCount;
  const last = part.lastRow - part.totalsRowCount;
  const width = part.lastColumn - part.firstColumn + 1;
  return {
    first,
    last,
    firstColumn: part.firstColumn,
    lastColumn: part.lastColumn,
    width,
    dateColumns,
    read: { rows: [], cellProblems: [], ...(intake !== undefined && { intake }) },
    intake,
    pending: new Array<CellScalar>(intake === undefined ? 0 : width).fill(null),
    pendingIndex: -1,
    pendingHasProblem: false,
    outOfOrder: false,
  };
}

/** Blank rows up to `rowIndex` (excluded): rows the file leaves out. */
function padRows(body: TableBody, rowIndex: number): void {
  const { rows } = body.read;
  while (rows.length < rowIndex) rows.push(new Array<CellScalar>(body.width).fill(null));
}

/** The body row at `rowIndex`, made (with the blank rows before it) when it is the first cell there. */
function bodyRow(body: TableBody, rowIndex: number): CellScalar[] | null {
  padRows(body, rowIndex + 1);
  return body.read.rows[rowIndex] as CellScalar[] | null;
}

/** The pending row offered to the intake: null in the rows when taken, else a copy of its cells. */
function settlePending(body: TableBody): void {
  const { intake, pending, pendingIndex } = body;
  if (intake === undefined || pendingIndex < 0) return;
  padRows(body, pendingIndex);
  body.read.rows.push(!body.pendingHasProblem && intake.take(pending, pendingIndex) ? null : pending.slice());
  pending.fill(null);
  body.pendingIndex = -1;
  body.pendingHasProblem = false;
}

/** Where the cell at `rowIndex`, `columnIndex` of a body goes: the pending row, or the row itself without an intake. */
function cellsOfRow(body: TableBody, rowIndex: number): CellScalar[] | null {
  if (body.intake === undefined) return bodyRow(body, rowIndex);
  if (rowIndex !== body.pendingIndex) {
    if (rowIndex < body.pendingIndex) {
      body.outOfOrder = true;
      return null;
    }
    settlePending(body);
    body.pendingIndex = rowIndex;
  }
  return body.pending;
}

/** Puts each cell of the sheet into the body of the table it falls in, in 1900-system dates. */
function tableSink(bodies: readonly TableBody[], date1904: boolean): SheetCellSink & { finish(): void } {
  return {
    cell(row, column, value, kind) {
      for (const body of bodies) {
        if (row < body.first || row > body.last || column < body.firstColumn || column > body.lastColumn) continue;
        const rowIndex = row - body.first;
        const columnIndex = column - body.firstColumn;
        const cells = cellsOfRow(body, rowIndex);
        if (cells === null) continue;
        let taken = value;
        if (date1904 && typeof value === "number" && (kind === CellKind.DateStyled || body.dateColumns.has(columnIndex))) taken = value + DATE_1904_OFFSET;
        cells[columnIndex] = taken;
        if (kind === CellKind.Error) body.read.cellProblems.push({ rowIndex, columnIndex, message: errorValueMessage(value) });
        else if (kind === CellKind.Unreadable) body.read.cellProblems.push({ rowIndex, columnIndex, message: `${String(value)}` });
        else continue;
        body.pendingHasProblem = body.intake !== undefined;
      }
    },
    restart() {
      for (const body of bodies) {
        body.read.rows.length = 0;
        body.read.cellProblems.length = 0;
        body.intake?.restart();
        body.pending.fill(null);
        body.pendingIndex = -1;
        body.pendingHasProblem = false;
        body.outOfOrder = false;
      }
    },
    finish() {
      for (const body of bodies) settlePending(body);
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
  const tablesBySheet = new Map<string, TableToRead[]>();
  for (const table of tables) tablesBySheet.set(table.part.sheet, [...(tablesBySheet.get(table.part.sheet) ?? []), table]);
  if (tablesBySheet.size === 0) return result;
  const sharedStrings = await readSharedStrings(zip, layout.sharedStringsPath);
  const dateStyles = dateStyleFlags(layout.stylesPath === undefined ? undefined : await partText(zip, layout.stylesPath), layout.stylesPath ?? "");
  let rowsBefore = 0;
  for (const sheet of layout.sheets) {
    const tablesOfSheet = tablesBySheet.get(sheet.name);
    if (tablesOfSheet === undefined) continue;
    let rowsOfSheet = 0;
    // A sheet read again after the scanner gave up (sheetCells.ts) counts its rows from 1 again: progress never goes back.
    let mostRows = 0;
    const onRow = (rowsRead: number) => {
      rowsOfSheet = rowsRead;
      if (rowsRead <= mostRows) return;
      mostRows = rowsRead;
      if (onProgress !== undefined && (rowsBefore + rowsRead) % PROGRESS_EVERY === 0) onProgress(rowsBefore + rowsRead);
    };
    let bodies = tablesOfSheet.map(tableBody);
    const read = async () => {
      const sink = tableSink(bodies, layout.date1904);
      await readSheetCells(zip, sheet.path, { sharedStrings, dateStyles, onRow }, sink);
      sink.finish();
    };
    await read();
    // Rows out of order (no producer we know writes them, but a hand-made file may): read again, every row kept as it comes.
    if (bodies.some((body) => body.outOfOrder)) {
      for (const body of bodies) body.intake?.restart();
      bodies = tablesOfSheet.map(({ part, dateColumns }) => tableBody({ part, dateColumns }));
      await read();
    }
    for (const [index, table] of tablesOfSheet.entries()) result.set(table.part, bodies[index]!.read);
    rowsBefore += rowsOfSheet;
  }
  return result;
}
