import type { SheetModel } from "../../src/model/sheetModel";

/**
 * How a generated sheet prints, computed from its sheet model alone, for the tests that guard
 * PRODUCT.md's print rule ("Generated sheets": the meeting's columns on the first page, the body
 * text at no less than 70% of its size on screen). Written from Excel's rules, independently of the
 * adapters, and checked once against a LibreOffice rendering (docs/cli.md, "As printed"):
 *
 * - In Excel, a column `w` characters wide is `w × 7 + 5` pixels (the maximum digit width of
 *   Calibri 11 is 7 px, plus 5 px of padding: ECMA-376 Part 1, 18.3.1.13 `col` width), 0.75 pt
 *   each: the wider of the two ways the adapters set it (Office.js takes these points; the `width`
 *   ExcelJS writes is 5 px narrower), so the estimate errs towards a smaller print.
 * - LibreOffice here has no Calibri and measures widths with DejaVu Sans, whose digits are wider:
 *   7.02 pt a character, measured from the sample's PDF (docs/cli.md, "As printed"); with these
 *   metrics the computation gives the scales LibreOffice printed. LibreOffice also widens the
 *   printed range to take in text running past the last column (Excel cuts it at the page's edge):
 *   5.7 pt a character of the sample's subtitle, measured the same way.
 * - Columns past the model's (a chart's anchor) have Excel's default width, 8.43 characters (64 px).
 * - Hidden columns and columns in a collapsed outline group do not print.
 * - Fit to one page wide scales the printed columns down to the page's width between the margins
 *   (Excel's Normal margins, 0.7 in left and right, ExcelJS's defaults too), never up, in whole
 *   percent rounded down; as many pages down as the rows need.
 * - Paper: A4 (the CLI's file says so) or Letter (Excel's default in the US), landscape.
 */

export const PAPER_WIDTH_POINTS = { A4: (297 / 25.4) * 72, Letter: 11 * 72 } as const;
export type Paper = keyof typeof PAPER_WIDTH_POINTS;
export const SIDE_MARGIN_POINTS = 0.7 * 72;
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Body text on screen: Calibri 11. */
export const SCREEN_TEXT_POINTS = 11;

/** How wide a column of `w` characters is, in points: `w × perCharacter + padding`. */
export interface WidthMetrics {
  readonly perCharacter: number;
  readonly padding: number;
  /** Points a character of text running past its cell takes on the printed range; 0 where the host cuts such text. */
  readonly overflowPerCharacter: number;
}
export const EXCEL_CALIBRI: WidthMetrics = { perCharacter: 7 * 0.75, padding: 5 * 0.75, overflowPerCharacter: 0 };
export const LIBREOFFICE_HERE: WidthMetrics = { perCharacter: 7.02, padding: 0, overflowPerCharacter: 5.7 };

export function columnPoints(characters: number, metrics: WidthMetrics = EXCEL_CALIBRI): number {
  return characters * metrics.perCharacter + metrics.padding;
}

export interface PrintedPage {
  /** The printed size over the size on screen (1 = 100%). */
  readonly scale: number;
  /** The columns on the first page (0-based), in order. */
  readonly firstPageColumns: readonly number[];
  /** Width of the printed columns at 100%, in points. */
  readonly widthPoints: number;
}

/** The columns Excel treats as printing: those of the cells, and those the charts cover. */
function usedColumnCount(model: SheetModel): number {
  return Math.max(model.columnWidths.length, ...model.charts.map((chart) => chart.anchor.column + Math.max(chart.anchor.columnCount, 1)));
}

/** Where text running past its cell into empty ones ends, from the page's left edge (0 if none runs past the printed columns). */
function overflowEnd(model: SheetModel, columns: readonly number[], widths: readonly number[], metrics: WidthMetrics): number {
  if (metrics.overflowPerCharacter === 0) return 0;
  let end = 0;
  model.cells.forEach((row) => {
    let left = 0;
    columns.forEach((column, index) => {
      const value = row[column];
      const next = columns[index + 1];
      if (typeof value === "string" && (next === undefined || row[next] === null)) end = Math.max(end, left + value.length * metrics.overflowPerCharacter);
      left += widths[index]!;
    });
  });
  return end;
}

export function printedPage(model: SheetModel, paper: Paper, metrics: WidthMetrics = EXCEL_CALIBRI): PrintedPage {
  const kept = new Set(model.hiddenColumns ?? []);
  for (const group of model.columnGroups ?? []) for (let column = group.first; column < group.first + group.count; column++) kept.add(column);
  const columns = Array.from({ length: usedColumnCount(model) }, (_, column) => column).filter((column) => !kept.has(column));
  const widths = columns.map((column) => columnPoints(model.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH, metrics));
  const widthPoints = Math.max(
    widths.reduce((sum, width) => sum + width, 0),
    overflowEnd(model, columns, widths, metrics),
  );
  const printable = PAPER_WIDTH_POINTS[paper] - 2 * SIDE_MARGIN_POINTS;
  if (model.print?.fitToPagesWide === 1) {
    return { scale: Math.max(0.1, Math.floor(Math.min(1, printable / widthPoints) * 100) / 100), firstPageColumns: columns, widthPoints };
  }
  // At 100%, the first page holds the columns that fit its width (at least one).
  let used = 0;
  const first = columns.filter((_, index) => (used += widths[index]!) <= printable || index === 0);
  return { scale: 1, firstPageColumns: first, widthPoints };
}
