import { existsSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { requireBuiltCli, runCli } from "./support/cli";
import { sha256, temporaryFolder, writeTestWorkbook } from "./support/excelJsWorkbook";

/** PRODUCT.md, "CLI": exit 2 with one line on stderr and nothing written on every usage or file error. */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

let folder: string;

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("exit");
  await writeTestWorkbook(join(folder, "good.xlsx"), [
    { name: "Suppliers", headers: ["Supplier"], rows: [["Alpha"]] },
    { name: "Shipments", headers: ["Supplier", "PO", "Quantity", "PromisedDate"], rows: [["Alpha", "P1", 10, new Date("2026-07-01T00:00:00Z")]] },
  ]);
  writeFileSync(join(folder, "empty.xlsx"), "");
  writeFileSync(join(folder, "corrupt.xlsx"), Buffer.from("PK\u0003\u0004 this is not really a zip"));
  writeFileSync(join(folder, "table.csv"), "Supplier,PO\nAlpha,P1\n");
  writeFileSync(join(folder, "renamed.xlsx"), "Supplier,PO\nAlpha,P1\n");
  const document = new JSZip();
  document.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  document.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  writeFileSync(join(folder, "letter.xlsx"), await document.generateAsync({ type: "nodebuffer" }));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const BAD_RUNS: [string, string[]][] = [
  ["no command", []],
  ["an unknown command", ["export", "good.xlsx"]],
  ["an unknown option", ["review", "good.xlsx", "--period", "2026-Q3", "--out", "out.xlsx", "--colour"]],
  ["review without --period", ["review", "good.xlsx", "--out", "out.xlsx"]],
  ["an option of another command", ["check", "good.xlsx", "--sample"]],
  ["a missing file", ["review", "missing.xlsx", "--period", "2026-Q3", "--out", "out.xlsx"]],
  ["an empty file", ["review", "empty.xlsx", "--period", "2026-Q3", "--out", "out.xlsx"]],
  ["a corrupt file", ["review", "corrupt.xlsx", "--period", "2026-Q3", "--out", "out.xlsx"]],
  ["a CSV file", ["review", "table.csv", "--period", "2026-Q3", "--out", "out.xlsx"]],
  ["a CSV file renamed .xlsx", ["review", "renamed.xlsx", "--period", "2026-Q3", "--out", "out.xlsx"]],
  ["a Word package named .xlsx", ["review", "letter.xlsx", "--period", "2026-Q3", "--out", "out.xlsx"]],
  ["an unknown period", ["review", "good.xlsx", "--period", "2026-Q5", "--out", "out.xlsx"]],
  ["a bad --as-of date", ["review", "good.xlsx", "--period", "2026-Q3", "--as-of", "2026-02-30", "--out", "out.xlsx"]],
  ["--out that is not .xlsx", ["review", "good.xlsx", "--period", "2026-Q3", "--out", "out.csv"]],
  ["--out naming the input", ["review", "good.xlsx", "--period", "2026-Q3", "--out", "./good.xlsx"]],
  ["--period without a value", ["review", "good.xlsx", "--out", "out.xlsx", "--period"]],
  ["--out into a missing folder", ["review", "good.xlsx", "--period", "2026-Q3", "--out", "no-such-folder/out.xlsx"]],
  ["check of a corrupt file", ["check", "corrupt.xlsx"]],
  ["check of a missing file", ["check", "missing.xlsx"]],
  ["check of an empty file", ["check", "empty.xlsx"]],
  ["init into a missing folder", ["init", "no-such-folder/new.xlsx"]],
  ["init of a non-.xlsx name", ["init", "out.csv"]],
];

test.each(BAD_RUNS)("%s: exit 2, one line on stderr, nothing written", (_, args) => {
  const before = sha256(join(folder, "good.xlsx"));
  const run = runCli(args, folder);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^costcard: [^\n]+\n$/);
  expect(existsSync(join(folder, "out.xlsx"))).toBe(false);
  expect(existsSync(join(folder, "out.csv"))).toBe(false);
  expect(existsSync(join(folder, "good.xlsx.bak"))).toBe(false);
  expect(existsSync(join(folder, "no-such-folder"))).toBe(false);
  expect(sha256(join(folder, "good.xlsx"))).toBe(before);
});

test("a missing output folder is named, not the temporary file the write goes through", () => {
  const review = runCli(["review", "good.xlsx", "--period", "2026-Q3", "--out", "no-such-folder/out.xlsx"], folder);
  expect(review.stderr).toBe("costcard: no-such-folder/out.xlsx cannot be written: the folder no-such-folder does not exist\n");
  expect(runCli(["init", "no-such-folder/new.xlsx"], folder).stderr).toBe("costcard: no-such-folder/new.xlsx cannot be written: the folder no-such-folder does not exist\n");
});

test("init onto an existing file: exit 2 and the file is left as it was", () => {
  const before = sha256(join(folder, "good.xlsx"));
  const run = runCli(["init", "good.xlsx", "--sample"], folder);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^costcard: good\.xlsx already exists[^\n]*\n$/);
  expect(sha256(join(folder, "good.xlsx"))).toBe(before);
});

test("check exits 0 when the data is clean and 1 when it has problems", async () => {
  expect(runCli(["check", "good.xlsx"], folder)).toMatchObject({ status: 0, stderr: "" });
  await writeTestWorkbook(join(folder, "bad.xlsx"), [
    { name: "Suppliers", headers: ["Supplier"], rows: [["Alpha"]] },
    { name: "Shipments", headers: ["Supplier", "PO", "Quantity", "PromisedDate"], rows: [["Alpha", "P1", "ten", new Date("2026-07-01T00:00:00Z")]] },
  ]);
  const run = runCli(["check", "bad.xlsx"], folder);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("Shipments row 2, Quantity");
});

test("--help and --version exit 0 on stdout", () => {
  expect(runCli(["--help"], folder)).toMatchObject({ status: 0, stderr: "" });
  const help = runCli(["--help"], folder).stdout;
  for (const usage of ["costcard init FILE.xlsx [--sample]", "costcard setup FILE.xlsx", "costcard check FILE.xlsx", "costcard review FILE.xlsx --period P [--as-of DATE] [--out OUT.xlsx] [--json]"]) {
    expect(help).toContain(usage);
  }
  for (const option of ["--sample", "--period P", "--as-of DATE", "--out OUT.xlsx", "--json", "--help", "--version"]) expect(help).toMatch(new RegExp(`^  (-[a-z], )?${option} `, "m"));
  // What check and review do, as they do it since the table listing and the decision harvest.
  expect(help).toContain("check    list each Costcard table of FILE.xlsx with its rows, then its data problems");
  expect(help).toContain("decisions typed into the period's price review sheet are first added to PriceDecisions");
  expect(runCli(["--version"], folder).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
});

test("init --sample makes a workbook that check finds clean and review can score", () => {
  expect(runCli(["init", "sample.xlsx", "--sample"], folder).status).toBe(0);
  expect(runCli(["check", "sample.xlsx"], folder).status).toBe(0);
  const review = runCli(["review", "sample.xlsx", "--period", "2026-Q3", "--as-of", "2026-10-01", "--json", "--out", "sample-review.xlsx"], folder);
  expect(review.status).toBe(0);
  expect(review.stderr).toBe("");
  expect(review.stdout.trimStart().startsWith("{")).toBe(true);
  const json = JSON.parse(review.stdout) as { suppliers: { grade: string | null; nextInspection: string }[]; priceReview: { flag: string }[] };
  expect(new Set(json.suppliers.map((row) => row.grade))).toEqual(new Set(["A", "B", "C", "D"]));
  expect(json.suppliers.map((row) => row.nextInspection)).toContain("tightened");
  expect(new Set(json.priceReview.map((row) => row.flag))).toEqual(new Set(["New", "Check breakdown", "Negotiate", "Accept"]));
});
