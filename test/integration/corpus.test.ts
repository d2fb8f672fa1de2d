import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serialFromIso } from "../../src/core/excelDate";
import { buildReview } from "../../src/reports/buildReview";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { TABLE_NAMES } from "../../src/schema/tableSpecs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { requireBuiltCli, runCli } from "./support/cli";

/**
 * The corpus (issue 7): test/fixtures/corpus holds one logical workbook — every Costcard table,
 * about 350 rows, bad rows included — as ExcelJS, openpyxl, XlsxWriter and a LibreOffice Calc round
 * trip write it, and as SpreadsheetML written by hand in each valid way the reader must get right.
 * Every one must give the same review. scripts/corpus/generate.ts regenerates them
 * (docs/xlsx-reader.md, "The corpus").
 */

// Reading fifteen workbooks and reviewing each: seconds, more on a loaded CI machine.
jest.setTimeout(120_000);

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const REFERENCE = "exceljs.xlsx";
const OPTIONS = { period: "2026-Q3", asOf: serialFromIso("2026-10-01") ?? NaN, setUpHint: "costcard setup creates it" };
const FIXTURES = readdirSync(CORPUS).filter((file) => file.endsWith(".xlsx") && file !== REFERENCE);

async function review(file: string): Promise<ReviewJson> {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(join(CORPUS, file)));
  const result = buildReview(await workbook.readTables(TABLE_NAMES), OPTIONS);
  if (!result.ok) throw new Error(result.message);
  return result.value.json;
}

let reference: ReviewJson;

beforeAll(async () => {
  reference = await review(REFERENCE);
});

test("the corpus holds every producer and every hand-written variant", () => {
  expect(FIXTURES).toEqual(
    expect.arrayContaining([
      "openpyxl.xlsx",
      "xlsxwriter.xlsx",
      "libreoffice.xlsx",
      "hand-absolute-targets.xlsx",
      "hand-one-sheet-totals.xlsx",
      "hand-shared-strings.xlsx",
      "hand-shared-rich-phonetic.xlsx",
      "hand-inline-rich-phonetic.xlsx",
      "hand-formulas.xlsx",
      "hand-iso-dates.xlsx",
      "hand-1904-one.xlsx",
      "hand-1904-true-formulas.xlsx",
      "hand-no-references.xlsx",
      "hand-prefixed.xlsx",
    ]),
  );
});

test.each([REFERENCE, ...FIXTURES])("%s holds every Costcard table, the empty PriceDecisions included", async (file) => {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(join(CORPUS, file)));
  expect(new Set((await workbook.listTables()).map((table) => table.name))).toEqual(new Set(TABLE_NAMES));
});

test("the reference review is a real one: every supplier scored, prices reviewed, the bad rows listed", () => {
  expect(reference.suppliers.length).toBe(7);
  expect(reference.suppliers.every((supplier) => supplier.lines !== null && supplier.lines > 0)).toBe(true);
  expect(reference.priceReview.length).toBeGreaterThan(5);
  expect(reference.problems.filter((problem) => problem.table === "Shipments").map(({ column, message }) => [column, message])).toEqual([
    ["Quantity", '"ten" is not a number'],
    ["PromisedDate", "missing value"],
    ["Supplier", '"Nobody Ltd" is not in the Suppliers table'],
    ["Supplier", "#N/A is an Excel error value (a formula that failed), not a value"],
    ["Quantity", "#DIV/0! is an Excel error value (a formula that failed), not a value"],
    ["DeliveredDate", "1999-12-31 is not a plausible date (2000-01-01 to 2200-12-31)"],
  ]);
});

/** Variants whose tables start lower on their sheet than A1: their problems' rows are that much lower. */
const ROWS_LOWER: Readonly<Record<string, number>> = { "hand-one-sheet-totals.xlsx": 2 };

test.each(FIXTURES)("%s reviews exactly as the ExcelJS one", async (file) => {
  const offset = ROWS_LOWER[file] ?? 0;
  const expected = { ...reference, problems: reference.problems.map((problem) => (problem.row > 0 ? { ...problem, row: problem.row + offset } : problem)) };
  expect(await review(file)).toEqual(expected);
});

test("costcard check on the openpyxl workbook lists its tables with their real row counts", () => {
  requireBuiltCli();
  const run = runCli(["check", "openpyxl.xlsx"], CORPUS);
  expect(run.status).toBe(1);
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe("Costcard tables in openpyxl.xlsx:");
  for (const line of [
    "  Suppliers: 8 rows",
    "  Quotes: 25 rows",
    "  Shipments: 206 rows, 6 left out for data problems",
    "  Inspections: 26 rows",
    "  Responses: 20 rows",
    "  FxRates: 25 rows",
    "  Indices: 25 rows",
    "  Duties: 22 rows",
    "  Actions: 3 rows",
    "  Settings: 9 rows",
  ]) {
    expect(lines.indexOf(line)).toBeGreaterThan(0);
    expect(lines.indexOf(line)).toBeLessThan(lines.indexOf("6 data problems in openpyxl.xlsx:"));
  }
});
