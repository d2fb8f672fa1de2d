import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { TABLE_NAMES } from "../../src/schema/tableSpecs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { requireBuiltCli, runCli } from "./support/cli";
import { readWithExcelJs, sha256, temporaryFolder, writeTestWorkbook } from "./support/excelJsWorkbook";

/**
 * `costcard setup FILE.xlsx` (PRODUCT.md, "CLI"): the missing tables are added as "Set up workbook"
 * adds them, in place after keeping FILE.xlsx.bak, and every part of the user's package that holds
 * their sheets and data is left byte for byte as it was.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

/** Parts a graft extends (new sheets, relationships, content types, formats, the add-in's reference): everything else must not change. */
const EXTENDED_PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "_rels/.rels"]);

/** Every table but the user's Suppliers, in PRODUCT.md's order. */
const ADDED = TABLE_NAMES.filter((table) => table !== "Suppliers");

let folder: string;

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("setup");
  await writeTestWorkbook(join(folder, "book.xlsx"), [{ name: "Suppliers", sheet: "Vendors", at: "B2", headers: ["Supplier", "Country", "Notes"], rows: [["Alpha", "VN", "keep me"], ["Beta", "BD", 12.5]] }], (workbook) => {
    const notes = workbook.addWorksheet("Quotes");
    notes.getCell("A1").value = "my own notes, not a table";
    notes.getCell("A2").value = { formula: "1+1", result: 2 };
    notes.getCell("A2").font = { bold: true };
  });
  copyFileSync(join(folder, "book.xlsx"), join(folder, "original.xlsx"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

test("setup adds each missing table on a new sheet, keeps FILE.xlsx.bak and leaves every part of the user's byte for byte", async () => {
  const run = runCli(["setup", "book.xlsx"], folder);
  expect(run).toMatchObject({ status: 0, stderr: "" });
  const added = ADDED.map((table) => (table === "Quotes" ? 'Quotes (on sheet "Quotes (2)")' : table)).join(", ");
  expect(run.stdout).toBe(
    `Added the tables ${added} to book.xlsx, each on a new sheet; the existing sheets are unchanged.\nbook.xlsx now names the Costcard add-in, so Excel offers it to whoever opens the workbook.\nKept the previous file as book.xlsx.bak\nNext: fill them in Excel, then costcard check book.xlsx\n`,
  );
  expect(sha256(join(folder, "book.xlsx.bak"))).toBe(sha256(join(folder, "original.xlsx")));

  const before = await partsOf(join(folder, "original.xlsx"));
  const after = await partsOf(join(folder, "book.xlsx"));
  for (const [name, bytes] of before) {
    if (EXTENDED_PARTS.has(name)) continue;
    expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
  }

  const workbook = await XlsxWorkbook.fromBytes(readFileSync(join(folder, "book.xlsx")));
  const tables = await workbook.listTables();
  expect(tables.map((table) => table.name).sort()).toEqual([...TABLE_NAMES].sort());
  expect(tables.find((table) => table.name === "Quotes")?.sheet).toBe("Quotes (2)");
  expect((await workbook.readTables(["Suppliers"])).get("Suppliers")).toMatchObject({ sheet: "Vendors", firstRowNumber: 3, rows: [["Alpha", "VN", "keep me"], ["Beta", "BD", 12.5]] });
});

test("the result opens in ExcelJS with the user's sheets first, the new tables' headers, drop-downs and formats, and unique table ids", async () => {
  const reopened = await readWithExcelJs(join(folder, "book.xlsx"));
  expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual(["Vendors", "Quotes", ...ADDED.map((table) => (table === "Quotes" ? "Quotes (2)" : table))]);
  expect(reopened.getWorksheet("Quotes")?.getCell("A1").value).toBe("my own notes, not a table");
  const quotes = reopened.getWorksheet("Quotes (2)");
  expect(quotes?.getCell("A1").value).toBe("Supplier");
  expect(quotes?.getCell("F2").dataValidation).toMatchObject({ type: "list" });
  expect(quotes?.getCell("C2").numFmt).toBe("yyyy-mm-dd");
  const zip = await JSZip.loadAsync(readFileSync(join(folder, "book.xlsx")));
  const ids = await Promise.all(Object.keys(zip.files).filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name)).map(async (name) => /\bid="(\d+)"/.exec((await zip.file(name)?.async("string")) ?? "")?.[1]));
  expect(ids).toHaveLength(TABLE_NAMES.length);
  expect(new Set(ids).size).toBe(ids.length);
});

test("check then lists every table; a second setup changes nothing", () => {
  const check = runCli(["check", "book.xlsx"], folder);
  expect(check.stdout).toContain("  Settings: 0 rows\n");
  expect(check.stdout).not.toContain("Not in the workbook");
  const hash = sha256(join(folder, "book.xlsx"));
  const backup = sha256(join(folder, "book.xlsx.bak"));
  const again = runCli(["setup", "book.xlsx"], folder);
  expect(again).toMatchObject({ status: 0, stdout: "book.xlsx already has every Costcard table and names the Costcard add-in: nothing changed.\n" });
  expect(sha256(join(folder, "book.xlsx"))).toBe(hash);
  expect(sha256(join(folder, "book.xlsx.bak"))).toBe(backup);
});

test("a review of the set-up workbook finishes: the new tables read as empty, never as problems", () => {
  const review = runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-10-01", "--json", "--out", "out.xlsx"], folder);
  expect(review.status).toBe(0);
  expect((JSON.parse(review.stdout) as { problems: unknown[] }).problems).toEqual([]);
});

test("setup of a file that is not an .xlsx: exit 2, one line, nothing written", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("x");
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const path = join(folder, "cut.xlsx");
  writeFileSync(path, bytes.subarray(0, 100));
  const run = runCli(["setup", "cut.xlsx"], folder);
  expect(run).toMatchObject({ status: 2, stdout: "" });
  expect(run.stderr).toMatch(/^costcard: cut\.xlsx is damaged or not an \.xlsx workbook[^\n]*\n$/);
  expect(() => readFileSync(join(folder, "cut.xlsx.bak"))).toThrow();
});
