import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { requireBuiltCli, runCli } from "./support/cli";
import { readWithExcelJs, sha256, temporaryFolder, writeTestWorkbook, type TestTable } from "./support/excelJsWorkbook";

/**
 * Writing in place: FILE.xlsx.bak keeps the previous file; a second run replaces Costcard's own
 * sheets (found by their marker names) instead of adding more; a sheet of the user's with the
 * wanted name is never touched; and every part of the user's package (an image and its drawing
 * included) other than the four the graft must extend (workbook, its relationships, content types,
 * styles) is byte for byte the same.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TABLES: TestTable[] = [
  { name: "Suppliers", headers: ["Supplier"], rows: [["Alpha"]] },
  { name: "Shipments", headers: ["Supplier", "PO", "Quantity", "PromisedDate", "DeliveredDate"], rows: [["Alpha", "P1", 10, day("2026-07-01"), day("2026-07-02")]] },
];
const EXTENDED_PARTS = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

let folder: string;
const book = () => join(folder, "book.xlsx");

async function parts(path: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const contents = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file !== null) contents.set(name, await file.async("uint8array"));
  }
  return contents;
}

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("regenerate");
  await writeTestWorkbook(book(), TABLES, (workbook) => {
    const logo = workbook.addImage({ buffer: readFileSync(join(__dirname, "..", "..", "assets", "icon-32.png")) as unknown as ExcelJS.Buffer, extension: "png" });
    workbook.getWorksheet("Suppliers")?.addImage(logo, "D2:E4");
    const mine = workbook.addWorksheet("Scorecard 2026-Q3");
    mine.getCell("A1").value = "my own notes";
    mine.getCell("B2").value = { formula: "1+1", result: 2 };
  });
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("review in place keeps FILE.xlsx.bak, then regenerating replaces Costcard's sheets and never the user's", async () => {
  const original = readFileSync(book());
  const originalParts = await parts(book());
  const first = runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30"], folder);
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('"Scorecard 2026-Q3 (2)" (new sheet)');
  expect(readFileSync(`${book()}.bak`).equals(original)).toBe(true);

  const afterFirst = await parts(book());
  expect([...originalParts.keys()].filter((name) => name.startsWith("xl/media/") || name.startsWith("xl/drawings/"))).not.toEqual([]);
  for (const [name, content] of originalParts) {
    if (EXTENDED_PARTS.has(name)) continue;
    expect({ name, same: Buffer.from(afterFirst.get(name) ?? []).equals(Buffer.from(content)) }).toEqual({ name, same: true });
  }

  const firstOutput = sha256(book());
  const second = runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30"], folder);
  expect(second.status).toBe(0);
  expect(second.stdout).toContain("replaced Costcard's earlier sheet");
  expect(sha256(`${book()}.bak`)).toBe(firstOutput);

  const workbook = await readWithExcelJs(book());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Suppliers", "Shipments", "Scorecard 2026-Q3", "Scorecard 2026-Q3 (2)", "Price Review 2026-Q3"]);
  const mine = workbook.getWorksheet("Scorecard 2026-Q3");
  expect(mine?.getCell("A1").value).toBe("my own notes");
  expect(mine?.getCell("B2").formula).toBe("1+1");
  const markers = Object.fromEntries(workbook.definedNames.model.map((name) => [name.name, name.ranges]));
  expect(markers).toEqual({
    Costcard_Scorecard_2026_Q3: ["'Scorecard 2026-Q3 (2)'!$A$1"],
    Costcard_PriceReview_2026_Q3: ["'Price Review 2026-Q3'!$A$1"],
  });
});

test("another period adds its own sheets beside the first period's", async () => {
  const run = runCli(["review", "book.xlsx", "--period", "2026-07", "--as-of", "2026-09-30"], folder);
  expect(run.status).toBe(0);
  const workbook = await readWithExcelJs(book());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "Suppliers",
    "Shipments",
    "Scorecard 2026-Q3",
    "Scorecard 2026-Q3 (2)",
    "Price Review 2026-Q3",
    "Scorecard 2026-07",
    "Price Review 2026-07",
  ]);
  expect(existsSync(`${book()}.bak`)).toBe(true);
});
