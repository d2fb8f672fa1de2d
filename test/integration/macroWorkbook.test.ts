import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { cell, handWrittenXlsx, row } from "../support/spreadsheetMl";
import { runCliInProcess as costcard } from "./support/cli";
import { sha256, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * PRODUCT.md, "Reading a workbook": a macro-enabled .xlsm goes everywhere an .xlsx goes — check,
 * setup, review in place and review --out — with its macros (xl/vbaProject.bin) kept byte for byte
 * and its macro-enabled content type kept; an --out of the other kind is refused in one line.
 */

jest.setTimeout(120_000);

const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const VBA_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
/** Stands for a VBA project: an OLE header and bytes that no XML or text step would keep unchanged. */
const VBA_PROJECT = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256))]);

/** The package made macro-enabled the way Excel saves an .xlsm: content type, vbaProject.bin and its relationship. */
async function asMacroWorkbook(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")!.async("string"))
    .replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]+"/, `$1${MACRO_WORKBOOK}"`)
    .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  zip.file("[Content_Types].xml", types);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdVba" Type="${VBA_RELATIONSHIP}" Target="vbaProject.bin"/></Relationships>`));
  zip.file("xl/vbaProject.bin", VBA_PROJECT);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** What a written .xlsm must still be: macro-enabled, the VBA project unchanged, and (for a review) the generated sheets in it. */
async function expectMacroWorkbook(path: string, sheet?: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  expect(Buffer.compare(await zip.file("xl/vbaProject.bin")!.async("nodebuffer"), VBA_PROJECT)).toBe(0);
  expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_WORKBOOK}"`);
  expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(`Type="${VBA_RELATIONSHIP}" Target="vbaProject.bin"`);
  if (sheet !== undefined) expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(`name="${sheet}"`);
}

let folder: string;
let sampleXlsm: Buffer;

beforeAll(async () => {
  folder = temporaryFolder("xlsm");
  const sample = join(folder, "sample.xlsx");
  expect((await costcard(["init", sample, "--sample"])).code).toBe(0);
  sampleXlsm = await asMacroWorkbook(readFileSync(sample));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("review --out reviewed.xlsm: the sheets written, the macros and the macro-enabled content type kept", async () => {
  writeFileSync(join(folder, "book.xlsm"), sampleXlsm);
  const run = await costcard(["review", join(folder, "book.xlsm"), "--period", "2026-Q3", "--out", join(folder, "reviewed.xlsm")]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  await expectMacroWorkbook(join(folder, "reviewed.xlsm"), "Scorecard 2026-Q3");
  expect(Buffer.compare(readFileSync(join(folder, "book.xlsm")), sampleXlsm)).toBe(0);
});

test("review in place keeps the macros, and check reads an .xlsm like an .xlsx", async () => {
  const file = join(folder, "inplace.xlsm");
  writeFileSync(file, sampleXlsm);
  expect((await costcard(["check", file])).code).toBe(0);
  expect((await costcard(["review", file, "--period", "2026-Q3"])).code).toBe(0);
  await expectMacroWorkbook(file, "Price Review 2026-Q3");
  expect(existsSync(`${file}.bak`)).toBe(true);
});

test("setup adds the missing tables to an .xlsm, its macros kept", async () => {
  const file = join(folder, "setup.xlsm");
  const suppliersOnly = await handWrittenXlsx({
    sheets: [{ name: "Suppliers", rows: row(1, [cell("A1", "inlineStr", "<is><t>Supplier</t></is>")]) + row(2, [cell("A2", "inlineStr", "<is><t>Alpha</t></is>")]), tables: [{ name: "Suppliers", ref: "A1:A2", columns: ["Supplier"] }] }],
  });
  writeFileSync(file, await asMacroWorkbook(suppliersOnly));
  const run = await costcard(["setup", file]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  await expectMacroWorkbook(file, "Shipments");
});

test.each([
  ["an .xlsm reviewed into an .xlsx", "book.xlsm", "reviewed.xlsx", "--out must name an .xlsm file"],
  ["an .xlsx reviewed into an .xlsm", "sample.xlsx", "reviewed-kind.xlsm", "--out must name an .xlsx file"],
])("%s is refused in one line, nothing written", async (_, input, out, message) => {
  writeFileSync(join(folder, "book.xlsm"), sampleXlsm);
  const before = sha256(join(folder, input));
  const run = await costcard(["review", join(folder, input), "--period", "2026-Q3", "--out", join(folder, out)]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^costcard: [^\n]+\n$/);
  expect(run.stderr).toContain(message);
  expect(existsSync(join(folder, out))).toBe(false);
  expect(sha256(join(folder, input))).toBe(before);
});
