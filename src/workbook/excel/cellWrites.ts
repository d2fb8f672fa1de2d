import type { CellScalar } from "../../model/rawTable";
import { literalCell } from "./literalText";
import { blocksWithinBudget, jsonBytes, type PayloadBudget } from "./payloadBudget";

export interface GridOrigin {
  readonly row: number;
  readonly column: number;
}

/**
 * The one place the Excel adapter writes cell values: a grid of rows from `origin`, its strings
 * kept literal, its number formats (null: no change) set before the values. A grid within the
 * budget is one range write, queued for the caller's next sync; a larger one is written in row
 * blocks, each block but the last followed by a sync, so no request exceeds the budget.
 * `queuedBytes` are those already waiting for the next sync (an earlier grid's last block): a
 * first block that would take the request over the budget syncs them first. Returns the bytes left
 * waiting, to pass on to the next grid written before a sync.
 */
export async function writeGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  origin: GridOrigin,
  values: readonly (readonly CellScalar[])[],
  numberFormats: readonly (readonly (string | null)[])[] | null,
  budget: PayloadBudget,
  queuedBytes = 0,
): Promise<number> {
  const width = values[0]?.length ?? 0;
  if (values.length === 0 || width === 0) return queuedBytes;
  const literal = values.map((row, rowIndex) => row.map((value, column) => literalCell(value, numberFormats?.[rowIndex]?.[column])));
  const rowBytes = literal.map((row, index) => jsonBytes(row) + (numberFormats === null ? 0 : jsonBytes(numberFormats[index] ?? [])));
  const blocks = blocksWithinBudget(rowBytes, budget.bytes);
  let queued = queuedBytes;
  for (const [index, block] of blocks.entries()) {
    const bytes = rowBytes.slice(block.start, block.start + block.count).reduce((sum, size) => sum + size, 0);
    if (queued > 0 && queued + bytes > budget.bytes) {
      await context.sync();
      queued = 0;
    }
    const range = sheet.getRangeByIndexes(origin.row + block.start, origin.column, block.count, width);
    if (numberFormats !== null) range.numberFormat = numberFormats.slice(block.start, block.start + block.count).map((row) => [...row]);
    range.values = literal.slice(block.start, block.start + block.count);
    queued += bytes;
    if (index < blocks.length - 1) {
      await context.sync();
      queued = 0;
    }
  }
  return queued;
}

/**
 * Inserts rows into a table, shifting what is below it down: for a table whose next row is taken
 * (by a totals row or by other content). Blank cells go in as "", as `rows.add` takes no null. The
 * new rows take the columns' number formats, given as `columnFormats` so Text columns stay exact.
 */
export async function insertTableRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  rows: readonly (readonly CellScalar[])[],
  columnFormats: readonly string[],
  budget: PayloadBudget,
): Promise<void> {
  const literal = rows.map((row) => row.map((value, column) => literalCell(value, columnFormats[column]) ?? ""));
  const blocks = blocksWithinBudget(
    literal.map((row) => jsonBytes(row)),
    budget.bytes,
  );
  for (const [index, block] of blocks.entries()) {
    table.rows.add(undefined, literal.slice(block.start, block.start + block.count));
    if (index < blocks.length - 1) await context.sync();
  }
}
