import type JSZip from "jszip";
import { DATE_1904_OFFSET } from "../../core/excelDate";
import type { CellScalar } from "../../model/rawTable";
import { dateStyleFlags } from "./dateStyles";
import { readSharedStrings } from "./sharedStrings";
import { CellKind, readSheetCells } from "./sheetCells";
import { partText, type WorkbookLayout } from "./workbookLayout";

/**
 * The values of one worksheet as a grid from A1 (rows and columns 0-based), for the small sheets
 * Costcard reads whole: a generated price review, to harvest what was typed into it. Dates are
 * 1900-system serials whatever the workbook's date system.
 */
export async function sheetGrid(zip: JSZip, layout: WorkbookLayout, sheetPath: string): Promise<CellScalar[][]> {
  const sharedStrings = await readSharedStrings(zip, layout.sharedStringsPath);
  const dateStyles = dateStyleFlags(layout.stylesPath === undefined ? undefined : await partText(zip, layout.stylesPath), layout.stylesPath ?? "");
  const grid: CellScalar[][] = [];
  await readSheetCells(zip, sheetPath, { sharedStrings, dateStyles }, {
    cell(row, column, value, kind) {
      const cells = (grid[row - 1] ??= []);
      cells[column - 1] = layout.date1904 && kind === CellKind.DateStyled && typeof value === "number" ? value + DATE_1904_OFFSET : value;
    },
    restart() {
      grid.length = 0;
    },
  });
  return Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}
