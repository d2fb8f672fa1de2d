import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { requireBuiltCli, runCli } from "./support/cli";
import { readWithExcelJs, serial, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * A workbook in the 1904 date system (LibreOffice's option, older Excel for Mac) through the CLI:
 * the sample converted to 1904 by ExcelJS gives the same review as the sample, and a decision typed
 * into its Price Review with an Effective from is recorded in PriceDecisions as that day, DecidedAt
 * as today, in the workbook's own system (checked in the raw XML and in the JSON).
 */

jest.setTimeout(120_000);

const DATE_1904_OFFSET = 1462;
const HEADER_ROW = 4;
const PERIOD = "2026-Q3";
let folder: string;

function review(book: string): ReviewJson {
  const run = runCli(["review", book, "--period", PERIOD, "--as-of", "2026-12-31", "--json"], folder);
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ReviewJson;
}

/** Column letters of a 1-based column number. */
function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** The raw `<v>` of cells in a sheet part, by reference: the serial as the file stores it. */
function rawValues(sheetXml: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const match of sheetXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) {
    const v = /<v>([^<]*)<\/v>/.exec(match[2] ?? "");
    if (v !== null) values.set(match[1]!, v[1]!);
  }
  return values;
}

/** The part of the sheet named `name`, through the workbook's relationships. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no sheet ${name}`);
  return zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
}

function headerColumns(sheet: ExcelJS.Worksheet, headerRow: number): Map<string, number> {
  const headers = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, column) => headers.set(String(cell.value), column));
  return headers;
}

let sample: string;
let book1904: string;

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("date1904");
  sample = join(folder, "sample.xlsx");
  expect(runCli(["init", sample, "--sample"], folder).status).toBe(0);
  // ExcelJS reads the dates as Date objects and writes them back counted from 1904.
  const workbook = await readWithExcelJs(sample);
  workbook.properties.date1904 = true;
  book1904 = join(folder, "book1904.xlsx");
  await workbook.xlsx.writeFile(book1904);
});

test("the converted copy is a 1904 workbook: the flag is set and a date's serial is 1462 less", async () => {
  const zip = await JSZip.loadAsync(readFileSync(book1904));
  expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<workbookPr[^>]*date1904="(1|true)"/);
  const original = rawValues(await sheetXml(await JSZip.loadAsync(readFileSync(join(folder, "sample.xlsx"))), "Shipments"));
  const converted = rawValues(await sheetXml(zip, "Shipments"));
  const sampleWorkbook = await readWithExcelJs(join(folder, "sample.xlsx"));
  const promised = headerColumns(sampleWorkbook.getWorksheet("Shipments")!, 1).get("PromisedDate")!;
  const cell = `${letters(promised)}2`;
  expect(Number(converted.get(cell))).toBe(Number(original.get(cell)) - DATE_1904_OFFSET);
});

test("a 1904 copy of the sample gives the same review JSON as the sample", () => {
  expect(review(book1904)).toEqual(review(sample));
});

describe("a decision typed into the 1904 copy's Price Review", () => {
  const effectiveFrom = "2026-11-15";
  let row: { sku: string; supplier: string };
  let typedAt: number;
  let again: ReviewJson;

  beforeAll(async () => {
    const first = review(book1904);
    const workbook = await readWithExcelJs(book1904);
    const sheet = workbook.getWorksheet(`Price Review ${PERIOD}`)!;
    const at = headerColumns(sheet, HEADER_ROW);
    const target = first.priceReview.find((candidate) => candidate.flag === "Negotiate") ?? first.priceReview[0]!;
    row = { sku: target.sku, supplier: target.supplier };
    let number = HEADER_ROW + 1;
    while (sheet.getRow(number).getCell(1).value !== row.sku || sheet.getRow(number).getCell(2).value !== row.supplier) number++;
    const typed = sheet.getRow(number);
    typed.getCell(at.get("Decision")!).value = "Counter";
    typed.getCell(at.get("Agreed price")!).value = 9.5;
    // Typed as Excel stores it in this workbook: the day's 1904-system serial, under the cell's date format.
    typed.getCell(at.get("Effective from")!).value = serial(effectiveFrom) - DATE_1904_OFFSET;
    await workbook.xlsx.writeFile(book1904);
    typedAt = Date.now() / 86_400_000 + 25569;
    again = review(book1904);
  });

  it("reads back as typed in the JSON", () => {
    expect(again.priceReview.find((candidate) => candidate.sku === row.sku && candidate.supplier === row.supplier)).toMatchObject({ decision: "Counter", agreedPrice: 9.5, effectiveFrom });
  });

  it("is kept in PriceDecisions as 1904 serials: EffectiveFrom the typed day, DecidedAt now", async () => {
    const zip = await JSZip.loadAsync(readFileSync(book1904));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<workbookPr[^>]*date1904="(1|true)"/);
    const decisions = (await readWithExcelJs(book1904)).getWorksheet("PriceDecisions")!;
    const at = headerColumns(decisions, 1);
    const raw = rawValues(await sheetXml(zip, "PriceDecisions"));
    const rowNumber = [...raw.keys()].map((reference) => Number(/\d+/.exec(reference)![0])).reduce((last, n) => Math.max(last, n), 0);
    expect(Number(raw.get(`${letters(at.get("EffectiveFrom")!)}${rowNumber}`))).toBe(serial(effectiveFrom) - DATE_1904_OFFSET);
    const decidedAt = Number(raw.get(`${letters(at.get("DecidedAt")!)}${rowNumber}`)) + DATE_1904_OFFSET;
    expect(Math.abs(decidedAt - typedAt)).toBeLessThan(1 / 24);
  });

  it("shows on the regenerated sheet as a 1904 serial of the typed day", async () => {
    const workbook = await readWithExcelJs(book1904);
    const sheet = workbook.getWorksheet(`Price Review ${PERIOD}`)!;
    const at = headerColumns(sheet, HEADER_ROW);
    let number = HEADER_ROW + 1;
    while (sheet.getRow(number).getCell(1).value !== row.sku || sheet.getRow(number).getCell(2).value !== row.supplier) number++;
    const raw = rawValues(await sheetXml(await JSZip.loadAsync(readFileSync(book1904)), `Price Review ${PERIOD}`));
    expect(Number(raw.get(`${letters(at.get("Effective from")!)}${number}`))).toBe(serial(effectiveFrom) - DATE_1904_OFFSET);
  });
});
