import type { CellStyle } from "../model/sheetModel";

/**
 * How each cell style of a generated sheet looks. The Excel adapter sets it on Office.js range
 * formats and the xlsx adapter on ExcelJS styles, from this one table, so a sheet the CLI wrote and
 * one generated in Excel look alike.
 */
export interface CellLook {
  readonly bold?: true;
  readonly italic?: true;
  /** Points. */
  readonly size?: number;
  /** Text colour, #RRGGBB. */
  readonly color?: string;
  /** Solid background, #RRGGBB. */
  readonly fill?: string;
  readonly wrapText?: true;
}

const MUTED_TEXT = "#595959";

export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: MUTED_TEXT },
  // Dark red and bold, as Excel's Bad style's text: what the figures below cannot mean must be read first.
  warning: { bold: true, color: "#9C0006" },
  header: { bold: true, color: "#FFFFFF", fill: "#1F4E78", wrapText: true },
  sectionTitle: { bold: true, size: 12 },
  note: { italic: true, size: 9, color: MUTED_TEXT },
  // Excel's own Input cell style, so the cells meant for typing look as Excel users know them.
  input: { color: "#3F3F76", fill: "#FFCC99" },
};
