import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { requireBuiltCli, runCli } from "./support/cli";
import { readWithExcelJs, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * The pricing meeting through a real .xlsx file: Q3's review is generated, decisions are typed into
 * the sheet with ExcelJS (as a person in Excel would, the file saved whole), the review is
 * generated again, and the decisions are found in PriceDecisions and on the new sheet; Q4 is then
 * measured from the agreed price.
 */

jest.setTimeout(120_000);

const HEADER_ROW = 4;
let folder: string;
const book = () => join(folder, "book.xlsx");

function review(args: readonly string[]): ReviewJson {
  const run = runCli(["review", ...args, "--as-of", "2026-12-31", "--json"], folder);
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ReviewJson;
}

function columns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const headers = new Map<string, number>();
  sheet.getRow(HEADER_ROW).eachCell((cell, column) => headers.set(String(cell.value), column));
  return headers;
}

/** The sheet row (1-based) of a (SKU, Supplier). */
function rowOf(sheet: ExcelJS.Worksheet, sku: string, supplier: string): number {
  for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row++) {
    if (sheet.getRow(row).getCell(1).value === sku && sheet.getRow(row).getCell(2).value === supplier) return row;
  }
  throw new Error(`no row for ${sku} / ${supplier}`);
}

function decisionTable(workbook: ExcelJS.Workbook): ExcelJS.CellValue[][] {
  const sheet = workbook.getWorksheet("PriceDecisions")!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(Array.from({ length: 9 }, (_, index) => (row.values as ExcelJS.CellValue[])[index + 1] ?? null));
  });
  return rows.filter((row) => row.some((cell) => cell !== null && cell !== undefined));
}

async function parts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const contents = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file !== null) contents.set(name, Buffer.from(await file.async("uint8array")).toString("base64"));
  }
  return contents;
}

let q3: ReviewJson;
let counted: { sku: string; supplier: string; oldPrice: number; newPrice: number };
let agreed: number;

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("decisions");
  expect(runCli(["init", book(), "--sample"], folder).status).toBe(0);
  q3 = review([book(), "--period", "2026-Q3"]);
  const row = q3.priceReview.find((candidate) => candidate.flag === "Negotiate") ?? q3.priceReview.find((candidate) => candidate.oldPrice !== null)!;
  counted = { sku: row.sku, supplier: row.supplier, oldPrice: row.oldPrice!, newPrice: row.newPrice };
  agreed = Math.round(((counted.oldPrice + counted.newPrice) / 2) * 100) / 100;
});

describe("decisions typed into the sheet survive the next regeneration", () => {
  let before: Map<string, string>;
  let q3Again: ReviewJson;
  let holdRow: { sku: string; supplier: string };

  beforeAll(async () => {
    const workbook = await readWithExcelJs(book());
    const sheet = workbook.getWorksheet("Price Review 2026-Q3")!;
    const at = columns(sheet);
    const counterRow = sheet.getRow(rowOf(sheet, counted.sku, counted.supplier));
    counterRow.getCell(at.get("Decision")!).value = "Counter";
    counterRow.getCell(at.get("Agreed price")!).value = agreed;
    counterRow.getCell(at.get("Decided by")!).value = "Ana (category lead)";
    const other = q3.priceReview.find((candidate) => candidate.sku !== counted.sku)!;
    holdRow = { sku: other.sku, supplier: other.supplier };
    const hold = sheet.getRow(rowOf(sheet, other.sku, other.supplier));
    hold.getCell(at.get("Decision")!).value = "Hold";
    hold.getCell(at.get("Note")!).value = "=ask for the cost sheet";
    await workbook.xlsx.writeFile(book());
    before = await parts(book());
    q3Again = review([book(), "--period", "2026-Q3"]);
  });

  it("finds them in PriceDecisions, DecidedBy as typed or 'typed in the sheet', text kept as text", async () => {
    const rows = decisionTable(await readWithExcelJs(book()));
    expect(rows.map((row) => row.slice(0, 7))).toEqual(
      expect.arrayContaining([
        ["2026-Q3", counted.sku, counted.supplier, "Counter", agreed, null, "Ana (category lead)"],
        ["2026-Q3", holdRow.sku, holdRow.supplier, "Hold", null, null, "typed in the sheet"],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row[3] === "Hold")![8]).toBe("=ask for the cost sheet");
    expect(rows[0]![7]).toBeInstanceOf(Date); // DecidedAt, read by ExcelJS through its date-time format
  });

  it("shows them on the new sheet and in the JSON", async () => {
    expect(q3Again.priceReview.find((row) => row.sku === counted.sku && row.supplier === counted.supplier)).toMatchObject({ decision: "Counter", agreedPrice: agreed, effectiveFrom: "2026-10-01" });
    const sheet = (await readWithExcelJs(book())).getWorksheet("Price Review 2026-Q3")!;
    const at = columns(sheet);
    const row = sheet.getRow(rowOf(sheet, counted.sku, counted.supplier));
    expect(row.getCell(at.get("Decision")!).value).toBe("Counter");
    expect(row.getCell(at.get("Agreed price")!).value).toBe(agreed);
    expect(row.getCell(at.get("Decided by")!).value).toBe("Ana (category lead)");
    expect(sheet.getColumn(at.get("Costcard wrote: Decision")!).hidden).toBe(true);
    expect(row.getCell(at.get("Decision")!).protection?.locked).toBe(false);
    expect(row.getCell(at.get("Decision")!).dataValidation).toMatchObject({ type: "list", formulae: ['"Accept,Counter,Reject,Re-source,Hold"'] });
  });

  it("changes only the parts the decisions and the sheets live in; every other part keeps its bytes", async () => {
    const after = await parts(book());
    const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
    expect([...before.keys()].filter((name) => !after.has(name))).toEqual([]);
    const graftExtends = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
    // The three generated sheets (the scorecard with its two charts and the price review with its
    // bridge chart, their drawings and relationships, which ExcelJS dropped when the test typed the
    // decisions; our scorecard, since the sample keeps Payments), PriceDecisions' sheet and its table
    // part: nothing else.
    expect(changed.filter((name) => !graftExtends.has(name)).map((name) => name.replace(/\d+\.xml(\.rels)?$/, "N.xml$1")).sort()).toEqual([
      "xl/charts/chartN.xml",
      "xl/charts/chartN.xml",
      "xl/charts/chartN.xml",
      "xl/drawings/_rels/drawingN.xml.rels",
      "xl/drawings/_rels/drawingN.xml.rels",
      "xl/drawings/drawingN.xml",
      "xl/drawings/drawingN.xml",
      "xl/tables/tableN.xml",
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/worksheets/sheetN.xml",
      "xl/worksheets/sheetN.xml",
      "xl/worksheets/sheetN.xml",
      "xl/worksheets/sheetN.xml",
    ]);
  });

  it("a regeneration with nothing newly typed appends nothing", async () => {
    review([book(), "--period", "2026-Q3"]);
    expect(decisionTable(await readWithExcelJs(book()))).toHaveLength(2);
  });

  it("Q4 measures the countered row from the agreed price (review and priceChange), in an --out run", async () => {
    const q4 = review([book(), "--period", "2026-Q4", "--out", join(folder, "q4.xlsx")]);
    const row = q4.priceReview.find((candidate) => candidate.sku === counted.sku && candidate.supplier === counted.supplier)!;
    expect(row.oldPrice).toBe(agreed);
    const supplier = q4.suppliers.find((candidate) => candidate.supplier === counted.supplier);
    if (supplier !== undefined) {
      const moves = q4.priceReview.filter((candidate) => candidate.supplier === counted.supplier && candidate.changePct !== null).map((candidate) => candidate.changePct!);
      expect(supplier.priceChange).toBeCloseTo(moves.reduce((sum, value) => sum + value, 0) / moves.length, 12);
    }
  });

  it("the summary says how many typed decisions it recorded, and counts the rows decided and open", async () => {
    const workbook = await readWithExcelJs(book());
    const sheet = workbook.getWorksheet("Price Review 2026-Q3")!;
    const third = q3.priceReview.find((row) => row.sku !== counted.sku && row.sku !== holdRow.sku)!;
    sheet.getRow(rowOf(sheet, third.sku, third.supplier)).getCell(columns(sheet).get("Decision")!).value = "Accept";
    await workbook.xlsx.writeFile(book());
    const run = runCli(["review", book(), "--period", "2026-Q3", "--as-of", "2026-12-31"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Recorded 1 decision typed into "Price Review 2026-Q3" in PriceDecisions');
    const open = q3.priceReview.filter((row) => row.decision === "Open" && ![counted.sku, holdRow.sku, third.sku].includes(row.sku)).length;
    expect(run.stdout).toMatch(new RegExp(`Decisions: 3 decided, ${open} open`));
  });
});
