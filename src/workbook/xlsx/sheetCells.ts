import type JSZip from "jszip";
import { partChunks } from "./partBytes";
import { saxesSheetCells } from "./saxesSheetCells";
import type { SheetCellSink, SheetContext } from "./sheetCellValues";
import { scanSheetCells } from "./sheetScanner";

export { CellKind, type SheetCellSink, type SheetContext } from "./sheetCellValues";

/**
 * One streaming pass over a worksheet part (ECMA-376 Part 1, 18.3.1), handing each cell's value to
 * a sink as it is read: nothing of the sheet is kept here, so a sheet of a million rows costs the
 * memory of the cells the sink keeps. Every way a valid SpreadsheetML file may write a cell is read
 * alike: shared, inline and rich strings, cached formula results (0, FALSE and "" included), booleans,
 * ISO 8601 dates (`t="d"`), error values, and rows and cells that leave out their `r` reference.
 */

/**
 * Reads the sheet part whose checked bytes `openChunks` yields (from its start at each call) into
 * `sink`. The byte scanner reads it first; on XML it does not recognise it gives up, the sink is
 * restarted and saxes reads the part again from its start, and judges it: both read every part they
 * both accept alike (test/unit/workbook/sheetScanner.test.ts), and only saxes refuses a part.
 */
export async function readSheetChunks(openChunks: () => AsyncGenerator<Uint8Array>, path: string, context: SheetContext, sink: SheetCellSink): Promise<void> {
  if (await scanSheetCells(openChunks(), context, sink)) return;
  sink.restart();
  await saxesSheetCells(openChunks(), path, context, sink);
}

/**
 * Streams the sheet part at `path` into `sink`. Rejects with DamagedPartError (partBytes.ts) when
 * the part's bytes or XML are damaged: a sheet read in part would be a table read wrong.
 * A cell that refers to a shared string or a cell format the workbook does not have goes to the
 * sink as Unreadable, never as another string or format's value.
 */
export async function readSheetCells(zip: JSZip, path: string, context: SheetContext, sink: SheetCellSink): Promise<void> {
  await readSheetChunks(() => partChunks(zip, path), path, context, sink);
}
