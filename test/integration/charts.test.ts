import JSZip from "jszip";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseXml, relationshipsPath, resolvePartPath, folderOf, descendants, rootElement } from "../../src/workbook/xlsx/packageXml";
import { requireBuiltCli, runCli } from "./support/cli";
import { readWithExcelJs, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * The CLI's workbook carries the generated sheets' charts as DrawingML parts (docs/cli.md): the
 * scorecard's bar chart points at its own Supplier and Score cells, the package stays consistent
 * (every relationship reaches a part, every part has a content type), and a chart of the user's
 * (test/fixtures/user-chart.xlsx, written by XlsxWriter: scripts/fixtures/user_chart_workbook.py)
 * stays byte for byte while Costcard's are added beside it and replaced on regeneration.
 */

// Each test runs the built CLI on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EXTENDED_PARTS = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

let folder: string;
beforeAll(() => {
  requireBuiltCli();
  folder = temporaryFolder("charts");
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function packageOf(path: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path));
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`no part ${path}`);
  return file.async("string");
}

/** The parts a part's relationships reach, by type ("drawing", "chart"). */
async function reached(zip: JSZip, partPath: string, type: string): Promise<string[]> {
  const rels = zip.file(relationshipsPath(partPath));
  if (rels === null) return [];
  return descendants(rootElement(parseXml(await rels.async("string"), relationshipsPath(partPath))), "Relationship")
    .filter((rel) => rel.getAttribute("Type") === `${RELATIONSHIPS_NS}/${type}`)
    .map((rel) => resolvePartPath(folderOf(partPath), rel.getAttribute("Target") ?? ""));
}

async function sheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = rootElement(parseXml(await text(zip, "xl/workbook.xml"), "xl/workbook.xml"));
  const sheet = descendants(workbook, "sheet").find((element) => element.getAttribute("name") === sheetName);
  const id = sheet?.getAttributeNS(RELATIONSHIPS_NS, "id");
  const rels = descendants(rootElement(parseXml(await text(zip, "xl/_rels/workbook.xml.rels"), "xl/_rels/workbook.xml.rels")), "Relationship");
  const target = rels.find((rel) => rel.getAttribute("Id") === id)?.getAttribute("Target");
  if (target === undefined || target === null) throw new Error(`no sheet ${sheetName}`);
  return resolvePartPath("xl", target);
}

async function chartsOfSheet(zip: JSZip, sheetName: string): Promise<string[]> {
  const sheet = await sheetPath(zip, sheetName);
  const drawings = await reached(zip, sheet, "drawing");
  return (await Promise.all(drawings.map((drawing) => reached(zip, drawing, "chart")))).flat();
}

/** Every internal relationship reaches a part; every part has a content type; every override names a part. */
async function expectConsistentPackage(zip: JSZip): Promise<void> {
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const types = rootElement(parseXml(await text(zip, "[Content_Types].xml"), "[Content_Types].xml"));
  const defaults = new Set(descendants(types, "Default").map((element) => element.getAttribute("Extension")?.toLowerCase()));
  const overrides = descendants(types, "Override").map((element) => (element.getAttribute("PartName") ?? "").slice(1));
  expect(overrides.filter((part) => zip.file(part) === null)).toEqual([]);
  expect(parts.filter((part) => !overrides.includes(part) && !defaults.has(part.split(".").pop()?.toLowerCase()))).toEqual([]);
  const dangling: string[] = [];
  for (const rels of parts.filter((part) => part.endsWith(".rels"))) {
    const source = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const rel of descendants(rootElement(parseXml(await text(zip, rels), rels)), "Relationship")) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = resolvePartPath(folderOf(source), rel.getAttribute("Target") ?? "");
      if (zip.file(target) === null) dangling.push(`${rels} → ${target}`);
    }
  }
  expect(dangling).toEqual([]);
}

test("review --out on the sample: the scorecard's bar chart points at its own Supplier and Score cells, their values cached", async () => {
  expect(runCli(["init", "s.xlsx", "--sample"], folder).status).toBe(0);
  expect(runCli(["review", "s.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30", "--out", "r.xlsx"], folder).status).toBe(0);
  const zip = await packageOf(join(folder, "r.xlsx"));
  await expectConsistentPackage(zip);
  // The scores as bars, then the score history as lines (docs/kpis.md).
  const [chartPath, historyPath, ...others] = await chartsOfSheet(zip, "Scorecard 2026-Q3");
  expect(others).toEqual([]);
  const chart = rootElement(parseXml(await text(zip, chartPath!), chartPath!));
  expect(descendants(chart, "barDir")[0]?.getAttribute("val")).toBe("bar");
  expect(descendants(rootElement(parseXml(await text(zip, historyPath!), historyPath!)), "lineChart")).toHaveLength(1);

  // Where the sheet itself has its Supplier and Score columns and their values.
  const sheet = (await readWithExcelJs(join(folder, "r.xlsx"))).getWorksheet("Scorecard 2026-Q3")!;
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (headerRow === 0 && row.getCell(1).value === "Supplier") headerRow = number;
  });
  const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1);
  const scoreColumn = String.fromCharCode(65 + headers.indexOf("Score"));
  const suppliers: string[] = [];
  for (let row = headerRow + 1; typeof sheet.getCell(row, 1).value === "string" && sheet.getCell(row, 1).value !== "Data problems"; row++) suppliers.push(sheet.getCell(row, 1).value as string);
  const lastRow = headerRow + suppliers.length;
  expect(suppliers.length).toBeGreaterThan(1);

  const [categories, values] = ["cat", "val"].map((name) => descendants(descendants(chart, name)[0]!, "f")[0]?.textContent);
  expect(categories).toBe(`'Scorecard 2026-Q3'!$A$${headerRow + 1}:$A$${lastRow}`);
  expect(values).toBe(`'Scorecard 2026-Q3'!$${scoreColumn}$${headerRow + 1}:$${scoreColumn}$${lastRow}`);
  expect(descendants(descendants(chart, "strCache")[0]!, "v").map((v) => v.textContent)).toEqual(suppliers);
  const scores = suppliers.map((_, index) => sheet.getCell(`${scoreColumn}${headerRow + 1 + index}`).value);
  const cached = new Map(descendants(descendants(chart, "numCache")[0]!, "pt").map((pt) => [Number(pt.getAttribute("idx")), Number(pt.textContent)]));
  expect(scores.map((_, index) => cached.get(index) ?? null)).toEqual(scores.map((score) => (typeof score === "number" ? score : null)));
});

test("review --out on the sample: the price review's waterfall reads its helper cells from hidden columns, plots them, and starts its value axis at 1,000,000", async () => {
  expect(runCli(["init", "b.xlsx", "--sample"], folder).status).toBe(0);
  expect(runCli(["review", "b.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30", "--out", "bridge.xlsx"], folder).status).toBe(0);
  const zip = await packageOf(join(folder, "bridge.xlsx"));
  const [chartPath, ...others] = await chartsOfSheet(zip, "Price Review 2026-Q3");
  expect(others).toEqual([]);
  const chart = rootElement(parseXml(await text(zip, chartPath!), chartPath!));
  expect(descendants(chart, "plotVisOnly")[0]?.getAttribute("val")).toBe("0");
  expect(descendants(descendants(chart, "valAx")[0]!, "min")[0]?.getAttribute("val")).toBe("1000000");
  // Every series' column is hidden in the sheet; the categories (Step) are in sight, in column A.
  const sheet = (await readWithExcelJs(join(folder, "bridge.xlsx"))).getWorksheet("Price Review 2026-Q3")!;
  const seriesColumns = descendants(chart, "val").map((val) => /!\$([A-Z]+)\$/.exec(descendants(val, "f")[0]?.textContent ?? "")?.[1]);
  expect(seriesColumns).toHaveLength(4);
  expect(seriesColumns.map((letters) => sheet.getColumn(letters!).hidden)).toEqual([true, true, true, true]);
  expect(/!\$A\$/.test(descendants(descendants(chart, "cat")[0]!, "f")[0]?.textContent ?? "")).toBe(true);
});

test("a chart of the user's stays byte for byte; Costcard's chart is added beside it and replaced, not added again, on regeneration", async () => {
  const book = join(folder, "book.xlsx");
  copyFileSync(join(__dirname, "..", "fixtures", "user-chart.xlsx"), book);
  const original = await packageOf(book);
  const userParts = Object.keys(original.files).filter((name) => !original.files[name]!.dir && !EXTENDED_PARTS.has(name));
  expect(userParts).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]));

  const expectUserPartsKept = async (zip: JSZip) => {
    for (const name of userParts) {
      const same = Buffer.from(await zip.file(name)!.async("uint8array")).equals(Buffer.from(await original.file(name)!.async("uint8array")));
      expect({ name, same }).toEqual({ name, same: true });
    }
  };

  expect(runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30"], folder).status).toBe(0);
  const first = await packageOf(book);
  await expectUserPartsKept(first);
  await expectConsistentPackage(first);
  const ours = await chartsOfSheet(first, "Scorecard 2026-Q3");
  expect(ours).toHaveLength(2);
  expect(ours).not.toContain("xl/charts/chart1.xml");
  expect(await chartsOfSheet(first, "Shipments")).toEqual(["xl/charts/chart1.xml"]);

  expect(runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30"], folder).status).toBe(0);
  const second = await packageOf(book);
  await expectUserPartsKept(second);
  await expectConsistentPackage(second);
  const chartParts = (zip: JSZip) => Object.keys(zip.files).filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)).sort();
  expect(chartParts(second)).toEqual(chartParts(first));
  expect(await chartsOfSheet(second, "Scorecard 2026-Q3")).toHaveLength(2);
});
