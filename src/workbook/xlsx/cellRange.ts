import type { RangeRef } from "../../model/sheetModel";

/** A1-style references as table parts and sheets spell them ("B3:H120"), 1-based. */
export interface CellRange {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** "A", "Z", "AA" for 1, 26, 27. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function parseCellRange(ref: string): CellRange | undefined {
  const [start, end = start] = ref.split(":");
  const first = CELL.exec(start ?? "");
  const last = CELL.exec(end ?? "");
  if (first === null || last === null) return undefined;
  return {
    firstColumn: columnNumber(first[1] ?? ""),
    firstRow: Number(first[2]),
    lastColumn: columnNumber(last[1] ?? ""),
    lastRow: Number(last[2]),
  };
}

export function formatCellRange(range: CellRange): string {
  return `${columnLetters(range.firstColumn)}${range.firstRow}:${columnLetters(range.lastColumn)}${range.lastRow}`;
}

/** A sheet model's range ("B5:B11"), as a `sqref` or a table's ref spells it. */
export function formatRangeRef(range: RangeRef): string {
  return formatCellRange({
    firstRow: range.row + 1,
    firstColumn: range.column + 1,
    lastRow: range.row + range.rowCount,
    lastColumn: range.column + range.columnCount,
  });
}
