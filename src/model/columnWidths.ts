import type { Cell } from "./sheetModel";

export const NUMBER_FORMATS = {
  fraction: "0.0%",
  score: "0.0",
  money: "#,##0.00",
  date: "yyyy-mm-dd",
  count: "#,##0",
  decimal: "0.0",
} as const;

/**
 * Numbers and dates sit at the right edge of their cell; what the next cell draws at its left edge
 * touched them: a traffic light ("8.1%●66.7%"), or left-aligned text ("1.5D" for a score beside its
 * grade, "66.7%n/a", "10.0668Ningbo Bags", a problem's row beside its column). Such a column's numbers
 * end a character short of the edge (`_)` in a number format leaves the width of a ")"), and its
 * width allows for it. A format, not an indent: LibreOffice ignores the indent of right-aligned
 * cells, and a format reaches every adapter (ExcelJS, Office.js, memory) with the cell.
 */
export const SPACE_BEFORE_NEXT = "_)";

/**
 * Column widths are in Excel's unit, characters of the default font's digits. Each column is made as
 * wide as its header (bold, which runs wider, wrapped on the header row's two lines without breaking
 * a word) and its values as their number formats show them, plus the traffic light when it has one.
 * Text is fitted up to a limit; the data problems' messages are not, and run into the empty cells
 * to their right.
 */
const HEADER_LINES = 2;
const BOLD_WIDER = 1.1;
const CELL_MARGIN = 1;
export const ICON_WIDTH = 3;
const FITTED_TEXT_LIMIT = 40;
/** Capitals run about a third wider than the digits the width unit counts (SKU codes are mostly capitals). */
const CAPITAL_WIDER = 1.3;

const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
/** Each number format as a formatter of the same shape (en-US; other locales' separators take the same room). */
const SHOWN_AS: ReadonlyMap<string, Intl.NumberFormat> = new Map([
  [NUMBER_FORMATS.fraction, new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 })],
  [NUMBER_FORMATS.score, oneDecimal],
  [NUMBER_FORMATS.decimal, oneDecimal],
  [NUMBER_FORMATS.money, new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })],
  [NUMBER_FORMATS.count, new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })],
]);

/** Lines a header takes when wrapped at `width` characters between words. */
function wrappedLines(words: readonly string[], width: number): number {
  let lines = 1;
  let used = -1;
  for (const word of words) {
    if (used + 1 + word.length > width) {
      lines += 1;
      used = word.length;
    } else {
      used += 1 + word.length;
    }
  }
  return lines;
}

/** The narrowest width that shows a header on the header row without breaking a word. */
export function headerWidth(header: string): number {
  const words = header.split(/\s+/).filter((word) => word !== "");
  let width = Math.max(0, ...words.map((word) => word.length));
  while (wrappedLines(words, width) > HEADER_LINES) width += 1;
  return Math.ceil(width * BOLD_WIDER) + CELL_MARGIN;
}

function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character >= "A" && character <= "Z" ? CAPITAL_WIDER : 1;
  return Math.ceil(width);
}

/** A money format (`#,##0`, `#,##0.00`, `#,##0.00##`) as a formatter: its zeros are the decimals always shown, its #s those shown when the value has them. */
const MONEY_SHAPE = /^#,##0(?:\.(0*)(#*))?(?:_\))?$/;

/**
 * Money formatters made so far, by format: making an Intl.NumberFormat costs far more than using it,
 * and a generated sheet measures thousands of values in a handful of formats (half a second of a
 * 100,000-line review went into making them again for every value).
 */
const MADE: Map<string, Intl.NumberFormat | undefined> = new Map();

function formatterOf(format: string): Intl.NumberFormat | undefined {
  const known = SHOWN_AS.get(format) ?? MADE.get(format);
  if (known !== undefined || MADE.has(format)) return known;
  const money = MONEY_SHAPE.exec(format);
  const least = money?.[1]?.length ?? 0;
  const made = money ? new Intl.NumberFormat("en-US", { minimumFractionDigits: least, maximumFractionDigits: least + (money[2]?.length ?? 0) }) : undefined;
  MADE.set(format, made);
  return made;
}

/** The width a value needs as its format shows it, the space a number keeps before the next column included. */
export function valueWidth(value: Cell, format: string | null): number {
  if (value === null) return 0;
  if (typeof value === "string") return Math.min(textWidth(value), FITTED_TEXT_LIMIT) + CELL_MARGIN;
  if (typeof value === "boolean") return "FALSE".length + CELL_MARGIN;
  const kept = format?.endsWith(SPACE_BEFORE_NEXT) ? 1 : 0;
  const bare = format?.slice(0, format.length - kept * SPACE_BEFORE_NEXT.length) ?? null;
  if (bare === NUMBER_FORMATS.date) return bare.length + kept + CELL_MARGIN;
  const shown = (bare === null ? undefined : formatterOf(bare))?.format(value) ?? String(value);
  return shown.length + kept + CELL_MARGIN;
}

