import ExcelJS from "exceljs";
import JSZip from "jszip";
import { TABLE_SPECS } from "../../src/schema/tableSpecs";
import { appendTableRows } from "../../src/workbook/xlsx/tableAppend";
import { readWorkbookLayout } from "../../src/workbook/xlsx/workbookLayout";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { addTables, type TestTable } from "./support/excelJsWorkbook";

/** Rows appended into a user's table inside the package: only its sheet part and table part change. */

const HEADERS = TABLE_SPECS.PriceDecisions.map((column) => column.name);
const decision = (sku: string): (string | number | null)[] => ["2026-Q3", sku, "Acme", "Hold", null, null, "Ana", 46300.5, "=not a formula"];

async function packageWith(tables: TestTable[], extra?: (workbook: ExcelJS.Workbook) => void): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  addTables(workbook, tables);
  extra?.(workbook);
  return JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function append(zip: JSZip, rows: (string | number | null)[][]) {
  const layout = await readWorkbookLayout(zip);
  const table = layout.tables.find((entry) => entry.name === "PriceDecisions")!;
  await appendTableRows(zip, table, layout.sheets.find((sheet) => sheet.name === table.sheet)!, "PriceDecisions", rows);
}

async function readBack(zip: JSZip) {
  const workbook = await XlsxWorkbook.fromBytes(Buffer.from(await zip.generateAsync({ type: "nodebuffer" })));
  return (await workbook.readTables(["PriceDecisions"])).get("PriceDecisions")!;
}

test("extends the table over the rows written below it, text as text, and keeps every other part's bytes", async () => {
  const zip = await packageWith([
    { name: "PriceDecisions", headers: HEADERS, rows: [decision("S1")] },
    { name: "Suppliers", headers: ["Supplier"], rows: [["Acme"]] },
  ]);
  const before = new Map(await Promise.all(Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).map(async (name) => [name, await zip.file(name)!.async("base64")] as const)));
  await append(zip, [decision("S2"), decision("S3")]);
  const table = await readBack(zip);
  expect(table.rows.map((row) => row?.[1])).toEqual(["S1", "S2", "S3"]);
  expect(table.rows[2]).toEqual(decision("S3"));
  const changed = [];
  for (const [name, bytes] of before) if ((await zip.file(name)!.async("base64")) !== bytes) changed.push(name);
  const layout = await readWorkbookLayout(zip);
  const decisions = layout.tables.find((entry) => entry.name === "PriceDecisions")!;
  expect(changed.sort()).toEqual([decisions.path, layout.sheets.find((sheet) => sheet.name === "PriceDecisions")!.path].sort());
  expect(decisions.lastRow).toBe(4);
});

test("fills an empty table's one blank row first", async () => {
  const zip = await packageWith([{ name: "PriceDecisions", headers: HEADERS, rows: [HEADERS.map(() => null)] }]);
  await append(zip, [decision("S1")]);
  const table = await readBack(zip);
  expect(table.rows).toEqual([decision("S1")]);
});

test("refuses when the rows below the table hold data, changing nothing", async () => {
  const zip = await packageWith([{ name: "PriceDecisions", headers: HEADERS, rows: [decision("S1")] }], (workbook) => {
    workbook.getWorksheet("PriceDecisions")!.getCell("B4").value = "a note of the user's";
  });
  await expect(append(zip, [decision("S2"), decision("S3")])).rejects.toThrow(/row 4 below the PriceDecisions table holds data/);
  expect((await readBack(zip)).rows).toHaveLength(1);
});

test("a note full of emoji reads back whole, wherever the part's 32K-character seams fall", async () => {
  const zip = await packageWith([{ name: "PriceDecisions", headers: HEADERS, rows: [decision("S1")] }]);
  // Two runs of surrogate pairs starting one character apart: whatever the offset, one of them has a pair across a seam.
  const note = `${"😀".repeat(20_000)}x${"😀".repeat(20_000)}`;
  await append(zip, [["2026-Q3", "S2", "Acme", "Hold", null, null, "Ana", 46300.5, note]]);
  const table = await readBack(zip);
  expect(table.rows[1]?.[8]).toBe(note);
});

/** Each table part's range and its autoFilter's: a filter that does not cover its table is a cause of Excel's "Repaired Records: Table". */
async function tableAndFilterRanges(zip: JSZip): Promise<{ table: string; ref: string | undefined; filter: string | undefined }[]> {
  const layout = await readWorkbookLayout(zip);
  return Promise.all(
    layout.tables.map(async (table) => {
      const xml = await zip.file(table.path)!.async("string");
      return { table: table.name, ref: /<table\b[^>]*\sref="([^"]+)"/.exec(xml)?.[1], filter: /<autoFilter\b[^>]*\sref="([^"]+)"/.exec(xml)?.[1] };
    }),
  );
}

test("the table's autoFilter grows with it on every append: a user's table (harvest) and a workbook costcard init made", async () => {
  const zip = await packageWith([{ name: "PriceDecisions", headers: HEADERS, rows: [decision("S1")] }]);
  expect((await tableAndFilterRanges(zip))[0]).toEqual({ table: "PriceDecisions", ref: "A1:I2", filter: "A1:I2" });
  await append(zip, [decision("S2"), decision("S3")]);
  expect((await tableAndFilterRanges(zip))[0]).toEqual({ table: "PriceDecisions", ref: "A1:I4", filter: "A1:I4" });

  const created = await XlsxWorkbook.create();
  await created.setUpTables();
  await created.appendRows("PriceDecisions", [decision("S1"), decision("S2")]);
  const ranges = await tableAndFilterRanges(await JSZip.loadAsync(await created.toBytes()));
  expect(ranges.find((entry) => entry.table === "PriceDecisions")).toEqual({ table: "PriceDecisions", ref: "A1:I3", filter: "A1:I3" });
  for (const entry of ranges) expect(entry.filter).toBe(entry.ref);
}, 60_000);
