import JSZip from "jszip";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_MANIFEST } from "../../src/workbook/xlsx/addinManifest";
import { requireBuiltCli, runCli } from "./support/cli";
import { sha256, temporaryFolder } from "./support/excelJsWorkbook";
import { OTHER_WEBEXTENSION, workbookWithOtherAddin } from "./support/otherAddin";

/**
 * `costcard init` and `setup` write the webextension parts that name Costcard (docs/cli.md, "The
 * workbook names its add-in"): the manifest's Id in the file init makes; beside another add-in's
 * entry in a user's workbook, which keeps every part of theirs but the ones PRODUCT.md lets Costcard
 * extend; and nothing more on a second run.
 */

// Each test runs the built CLI on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const MANIFEST_ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"))?.[1];
/** PRODUCT.md's index parts a graft extends, and the task panes with their relationships. */
const EXTENDED_PARTS = new Set(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/webextensions/taskpanes.xml", "xl/webextensions/_rels/taskpanes.xml.rels"]);

let folder: string;
beforeAll(() => {
  requireBuiltCli();
  folder = temporaryFolder("addin");
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const found = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) found.set(name, await file.async("nodebuffer"));
  return found;
}

test("init's workbook names the manifest's Id and version, in the catalog --addin-store names", async () => {
  const run = runCli(["init", "new.xlsx", "--addin-store", "\\\\fileserver\\costcard"], folder);
  expect(run.status).toBe(0);
  const written = await parts(join(folder, "new.xlsx"));
  expect(written.get("_rels/.rels")?.toString()).toContain('Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"');
  expect(written.get("xl/webextensions/taskpanes.xml")?.toString()).toContain('<wetp:taskpane dockstate="right" visibility="1" width="350" row="1">');
  const reference = /<we:reference ([^>]*)\/>/.exec(written.get("xl/webextensions/webextension1.xml")?.toString() ?? "")?.[1];
  expect(reference).toBe(`id="${MANIFEST_ID}" version="${ADDIN_MANIFEST.version}" store="\\\\fileserver\\costcard" storeType="FileSystem"`);
  expect(runCli(["check", "new.xlsx"], folder).status).toBe(0);
});

test("a store that is none: exit 2, one line, nothing written", () => {
  const run = runCli(["init", "bad.xlsx", "--addin-store", "somewhere"], folder);
  expect(run).toMatchObject({ status: 2, stdout: "" });
  expect(run.stderr).toMatch(/^costcard: --addin-store "somewhere" is not a store[^\n]*\n$/);
  expect(() => readFileSync(join(folder, "bad.xlsx"))).toThrow();
});

test("setup beside another add-in keeps its entry and every part of the user's, adds Costcard's, and a second setup adds nothing", async () => {
  const book = join(folder, "book.xlsx");
  writeFileSync(book, await workbookWithOtherAddin());
  const before = await parts(book);
  const run = runCli(["setup", "book.xlsx"], folder);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("book.xlsx now names the Costcard add-in, so Excel offers it to whoever opens the workbook.\n");
  const after = await parts(book);
  for (const [name, bytes] of before) {
    if (EXTENDED_PARTS.has(name)) continue;
    expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
  }
  expect(after.get("xl/webextensions/webextension1.xml")?.toString()).toBe(OTHER_WEBEXTENSION);
  const taskpanes = after.get("xl/webextensions/taskpanes.xml")?.toString() ?? "";
  expect(taskpanes.match(/<wetp:taskpane /g)).toHaveLength(2);
  expect(taskpanes).toContain('visibility="0" width="350" row="4"');
  const ours = [...after].filter(([name, bytes]) => name.startsWith("xl/webextensions/webextension") && bytes.toString().includes(`id="${MANIFEST_ID}"`));
  expect(ours.map(([name]) => name)).toEqual(["xl/webextensions/webextension2.xml"]);
  expect(ours[0]?.[1].toString()).toContain('store="EXCatalog" storeType="EXCatalog"');

  const hash = sha256(book);
  const again = runCli(["setup", "book.xlsx"], folder);
  expect(again).toMatchObject({ status: 0, stdout: "book.xlsx already has every Costcard table and names the Costcard add-in: nothing changed.\n" });
  expect(sha256(book)).toBe(hash);
});
