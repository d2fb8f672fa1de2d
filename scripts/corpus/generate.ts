import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { serialFromIso } from "../../src/core/excelDate";
import { columnLetters } from "../../src/workbook/xlsx/cellRange";
import { escapeText, handWrittenXlsx, type HandSheet, type HandTable, type HandWorkbook } from "../../test/support/spreadsheetMl";
import { logicalWorkbook, type LogicalCell, type LogicalTable } from "./logicalWorkbook";

/**
 * `npx tsx scripts/corpus/generate.ts`: writes test/fixtures/corpus/*.xlsx, the same logical
 * workbook (logicalWorkbook.ts) as each producer writes it: ExcelJS, openpyxl and XlsxWriter
 * (Debian's python3-openpyxl and python3-xlsxwriter, run by /usr/bin/python3), a LibreOffice Calc
 * round trip (`soffice`, Debian's libreoffice-calc), and SpreadsheetML written by hand, one variant
 * for each way of writing a workbook the reader must get right. test/integration/corpus.test.ts
 * reviews every one and wants the same JSON. Only this script needs Python and LibreOffice.
 */

const OUT = join(__dirname, "..", "..", "test", "fixtures", "corpus");
const PYTHON = "/usr/bin/python3";
const DATE_FORMAT = "yyyy-mm-dd";
const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
/** Days between the 1900 and the 1904 date systems' serials of the same day. */
const DATE_1904_OFFSET = 1462;

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr || result.error?.message}`);
}

const isoSerial = (iso: string): number => serialFromIso(iso) ?? NaN;

async function writeExcelJs(tables: readonly LogicalTable[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addTable({
      name: table.name,
      ref: "A1",
      headerRow: true,
      columns: table.headers.map((name) => ({ name })),
      rows: table.rows.map((row) =>
        row.map((cell): ExcelJS.CellValue => {
          if (cell === null) return null;
          if ("text" in cell) return cell.text;
          if ("number" in cell) return cell.number;
          if ("date" in cell) return new Date(`${cell.date}T00:00:00Z`);
          if ("dateTime" in cell) return cell.dateTime;
          if ("boolean" in cell) return cell.boolean;
          return { error: cell.error as ExcelJS.CellErrorValue["error"] };
        }),
      ),
    });
    table.rows.forEach((row, index) =>
      row.forEach((cell, column) => {
        if (cell !== null && ("date" in cell || "dateTime" in cell)) sheet.getCell(index + 2, column + 1).numFmt = "date" in cell ? DATE_FORMAT : DATETIME_FORMAT;
      }),
    );
  }
  await workbook.xlsx.writeFile(path);
}

/** How a hand-written variant writes its cells and places its parts. */
interface Variant {
  readonly strings?: "inline" | "shared" | "sharedRich" | "inlineRich";
  readonly formulas?: boolean;
  readonly isoDates?: boolean;
  readonly date1904?: string;
  readonly noReferences?: boolean;
  readonly absoluteTargets?: boolean;
  readonly oneSheet?: boolean;
  readonly prefix?: string;
}

const STYLE_DATE = 1;
const STYLE_DATETIME = 2;

/** Splits a text in two rich-text runs, the second bold, with a phonetic guide after them (left out by readers). */
function richRuns(text: string): string {
  const half = Math.ceil(text.length / 2);
  const run = (part: string, bold: boolean) => (part === "" ? "" : `<r>${bold ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${escapeText(part)}</t></r>`);
  return `${run(text.slice(0, half), false)}${run(text.slice(half), true)}<rPh sb="0" eb="1"><t>ルビ</t></rPh>`;
}

function handCellXml(cell: LogicalCell, reference: string, variant: Variant, sharedStrings: string[]): string {
  const r = variant.noReferences ? "" : ` r="${reference}"`;
  if (cell === null) return variant.noReferences ? "<c/>" : "";
  const shift = variant.date1904 === undefined ? 0 : DATE_1904_OFFSET;
  const numberCell = (value: number, style: number | undefined, formula: string) =>
    `<c${r}${style === undefined ? "" : ` s="${style}"`}>${variant.formulas ? `<f>${formula}</f>` : ""}<v>${value}</v></c>`;
  if ("text" in cell) {
    const strings = variant.strings ?? "inline";
    if (strings === "inline") return `<c${r} t="inlineStr"><is><t xml:space="preserve">${escapeText(cell.text)}</t></is></c>`;
    if (strings === "inlineRich") return `<c${r} t="inlineStr"><is>${richRuns(cell.text)}</is></c>`;
    sharedStrings.push(strings === "sharedRich" ? `<si>${richRuns(cell.text)}</si>` : `<si><t xml:space="preserve">${escapeText(cell.text)}</t></si>`);
    return `<c${r} t="s"><v>${sharedStrings.length - 1}</v></c>`;
  }
  if ("number" in cell) return numberCell(cell.number, undefined, `${cell.number}*1`);
  if ("date" in cell) {
    if (variant.isoDates) return `<c${r} t="d" s="${STYLE_DATE}"><v>${cell.date}T00:00:00</v></c>`;
    const [year, month, day] = cell.date.split("-").map(Number);
    return numberCell(isoSerial(cell.date) - shift, STYLE_DATE, `DATE(${year},${month},${day})`);
  }
  if ("dateTime" in cell) return numberCell(cell.dateTime - shift, STYLE_DATETIME, `${cell.dateTime - shift}+0`);
  if ("boolean" in cell) return `<c${r} t="b">${variant.formulas ? `<f>${cell.boolean ? "TRUE()" : "FALSE()"}</f>` : ""}<v>${cell.boolean ? 1 : 0}</v></c>`;
  return `<c${r} t="e">${variant.formulas ? "<f>NA()</f>" : ""}<v>${cell.error}</v></c>`;
}

interface Placement {
  readonly table: LogicalTable;
  readonly firstRow: number;
  readonly firstColumn: number;
  /** A totals row under the body, as Excel's Total Row writes it. */
  readonly totals: boolean;
}

function handSheet(name: string, placements: readonly Placement[], variant: Variant, sharedStrings: string[]): Omit<HandSheet, "part" | "target"> {
  const grid = new Map<number, Map<number, LogicalCell>>();
  const put = (rowNumber: number, column: number, cell: LogicalCell) => {
    const cells = grid.get(rowNumber) ?? new Map<number, LogicalCell>();
    cells.set(column, cell);
    grid.set(rowNumber, cells);
  };
  const tables: HandTable[] = [];
  for (const { table, firstRow, firstColumn, totals } of placements) {
    table.headers.forEach((header, index) => put(firstRow, firstColumn + index, { text: header }));
    table.rows.forEach((row, rowIndex) => row.forEach((cell, index) => put(firstRow + 1 + rowIndex, firstColumn + index, cell)));
    const lastRow = firstRow + table.rows.length + (totals ? 1 : 0);
    if (totals) put(lastRow, firstColumn, { text: "Total" });
    tables.push({ name: table.name, ref: `${columnLetters(firstColumn)}${firstRow}:${columnLetters(firstColumn + table.headers.length - 1)}${lastRow}`, columns: table.headers, ...(totals ? { totalsRowCount: 1 } : {}) });
  }
  const rowNumbers = [...grid.keys()].sort((a, b) => a - b);
  let rows = "";
  let previous = 0;
  for (const rowNumber of rowNumbers) {
    const cells = grid.get(rowNumber) ?? new Map<number, LogicalCell>();
    const lastColumn = Math.max(...cells.keys());
    let xml = "";
    for (let column = variant.noReferences ? 1 : Math.min(...cells.keys()); column <= lastColumn; column++) {
      const cell = cells.get(column);
      if (cell !== undefined || variant.noReferences) xml += handCellXml(cell ?? null, `${columnLetters(column)}${rowNumber}`, variant, sharedStrings);
    }
    // Without references, a row's position follows the one before: a skipped row is written empty.
    if (variant.noReferences) for (let gap = previous + 1; gap < rowNumber; gap++) rows += "<row/>";
    rows += variant.noReferences ? `<row>${xml}</row>` : `<row r="${rowNumber}">${xml}</row>`;
    previous = rowNumber;
  }
  return { name, rows, tables };
}

function handWorkbook(tables: readonly LogicalTable[], variant: Variant): HandWorkbook {
  const sharedStrings: string[] = [];
  let sheets: HandSheet[];
  if (variant.oneSheet) {
    // Every table on one sheet, side by side from B3 with a free column between; Shipments with a totals row.
    let column = 2;
    const placements = tables.map((table) => {
      const placement = { table, firstRow: 3, firstColumn: column, totals: table.name === "Shipments" };
      column += table.headers.length + 1;
      return placement;
    });
    sheets = [{ ...handSheet("Data", placements, variant, sharedStrings) }];
  } else {
    sheets = tables.map((table, index) => {
      const sheet = handSheet(table.name, [{ table, firstRow: 1, firstColumn: 1, totals: false }], variant, sharedStrings);
      if (!variant.absoluteTargets) return sheet;
      // Stored last-first under other names, reached by absolute targets (as openpyxl writes them).
      const part = `xl/worksheets/sheet${tables.length - index + 6}.xml`;
      return { ...sheet, part, target: `/${part}` };
    });
  }
  return {
    sheets,
    ...(variant.date1904 === undefined ? {} : { date1904: variant.date1904 }),
    ...(variant.strings === "shared" || variant.strings === "sharedRich" ? { sharedStrings } : {}),
    ...(variant.prefix === undefined ? {} : { prefix: variant.prefix }),
    numFmts: `<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATETIME_FORMAT}"/></numFmts>`,
    cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'].join(""),
  };
}

/** Each hand-written variant: the case of PRODUCT.md's "Reading a workbook" it writes. */
export const HAND_VARIANTS: Readonly<Record<string, Variant>> = {
  "hand-absolute-targets": { absoluteTargets: true },
  "hand-one-sheet-totals": { oneSheet: true },
  "hand-shared-strings": { strings: "shared" },
  "hand-shared-rich-phonetic": { strings: "sharedRich" },
  "hand-inline-rich-phonetic": { strings: "inlineRich" },
  "hand-formulas": { formulas: true, strings: "shared" },
  "hand-iso-dates": { isoDates: true },
  "hand-1904-one": { date1904: "1" },
  "hand-1904-true-formulas": { date1904: "true", formulas: true },
  "hand-no-references": { noReferences: true },
  "hand-prefixed": { prefix: "x" },
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "costcard-corpus-"));
  const tables = logicalWorkbook();
  const logical = join(work, "logical.json");
  writeFileSync(logical, JSON.stringify(tables));
  await writeExcelJs(tables, join(OUT, "exceljs.xlsx"));
  run(PYTHON, [join(__dirname, "python_writers.py"), "openpyxl", logical, join(OUT, "openpyxl.xlsx")]);
  run(PYTHON, [join(__dirname, "python_writers.py"), "xlsxwriter", logical, join(OUT, "xlsxwriter.xlsx")]);
  // LibreOffice opens the ExcelJS file and saves it as its own .xlsx.
  const source = join(work, "libreoffice.xlsx");
  copyFileSync(join(OUT, "exceljs.xlsx"), source);
  run("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(work, "out"), source]);
  copyFileSync(join(work, "out", "libreoffice.xlsx"), join(OUT, "libreoffice.xlsx"));
  for (const [name, variant] of Object.entries(HAND_VARIANTS)) writeFileSync(join(OUT, `${name}.xlsx`), await handWrittenXlsx(handWorkbook(tables, variant)));
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`Wrote ${4 + Object.keys(HAND_VARIANTS).length} workbooks to ${OUT}\n`);
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
