import { DOMParser, type Element } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import type { SheetModel } from "../../src/model/sheetModel";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

/**
 * Every column of a generated sheet is as wide in the CLI's file as its model says, read back from
 * the sheet part's `<col>` elements: ExcelJS writes no `<col>` for a plain column of width 9 (its own
 * default), which Excel then draws at the sheet's default, 8.43.
 */

jest.setTimeout(60_000);

const SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function model(columnWidths: readonly number[], extra: Partial<SheetModel> = {}): SheetModel {
  const columns = columnWidths.length;
  return {
    name: "Scorecard 2026-Q3",
    kind: "scorecard",
    period: "2026-Q3",
    cells: [columnWidths.map((_, index) => `Column ${index + 1}`), columnWidths.map((_, index) => index)],
    numberFormats: [new Array<null>(columns).fill(null), new Array<null>(columns).fill(null)],
    styles: [],
    columnWidths: [...columnWidths],
    freeze: { rows: 0, columns: 0 },
    conditionalFormats: [],
    charts: [],
    ...extra,
  };
}

async function userWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data").getCell("A1").value = "user text";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const xml = (text: string) => new DOMParser().parseFromString(text, "text/xml");
const elements = (parent: { getElementsByTagNameNS(namespace: string, name: string): ArrayLike<Element> }, name: string, namespace = SPREADSHEET) => Array.from(parent.getElementsByTagNameNS(namespace, name));

/** The `<col>` elements of a sheet, found by its name through the workbook part and its relationships. */
async function colsOf(bytes: Buffer, sheetName: string): Promise<{ min: number; max: number; width: number | undefined; customWidth: string | null; hidden: string | null }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = xml(await zip.file("xl/workbook.xml")!.async("string"));
  const sheet = elements(workbook, "sheet").find((element) => element.getAttribute("name") === sheetName)!;
  const id = sheet.getAttributeNS(RELATIONSHIPS, "id");
  const relationships = xml(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"));
  const target = elements(relationships, "Relationship", "http://schemas.openxmlformats.org/package/2006/relationships").find((element) => element.getAttribute("Id") === id)!.getAttribute("Target")!;
  const part = xml(await zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string"));
  return elements(part, "col").map((col) => ({
    min: Number(col.getAttribute("min")),
    max: Number(col.getAttribute("max")),
    width: col.hasAttribute("width") ? Number(col.getAttribute("width")) : undefined,
    customWidth: col.getAttribute("customWidth"),
    hidden: col.getAttribute("hidden"),
  }));
}

/** Each column's width as the file gives it (undefined: no `<col>`, the sheet's default). */
function widthsOf(cols: Awaited<ReturnType<typeof colsOf>>, columns: number): (number | undefined)[] {
  return Array.from({ length: columns }, (_, index) => {
    const col = cols.find((candidate) => candidate.min <= index + 1 && index + 1 <= candidate.max);
    return col?.customWidth === "1" ? col.width : undefined;
  });
}

async function written(sheet: SheetModel): Promise<Buffer> {
  const workbook = await XlsxWorkbook.fromBytes(await userWorkbook());
  await workbook.writeGeneratedSheet(sheet);
  return workbook.toBytes();
}

test("a column 9 characters wide is written 9 wide, beside others and beside a hidden one", async () => {
  const widths = [30, 9, 12, 9, 9];
  const bytes = await written(model(widths, { hiddenColumns: [4] }));
  const cols = await colsOf(bytes, "Scorecard 2026-Q3");
  expect(widthsOf(cols, widths.length)).toEqual(widths);
  expect(cols.filter((col) => col.hidden === "1").map((col) => [col.min, col.max])).toEqual([[5, 5]]);
});

test("any widths the model gives come back from the file's <col> elements as they are", async () => {
  const base = await userWorkbook();
  const width = fc.oneof(fc.constant(9), fc.integer({ min: 1, max: 60 }), fc.double({ min: 1, max: 60, noNaN: true }).map((value) => Math.round(value * 100) / 100));
  await fc.assert(
    fc.asyncProperty(fc.array(width, { minLength: 1, maxLength: 8 }), async (widths) => {
      const workbook = await XlsxWorkbook.fromBytes(base);
      await workbook.writeGeneratedSheet(model(widths));
      expect(widthsOf(await colsOf(await workbook.toBytes(), "Scorecard 2026-Q3"), widths.length)).toEqual(widths);
    }),
    { numRuns: 25 },
  );
});
