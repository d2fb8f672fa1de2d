import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import type { SheetModel } from "../../src/model/sheetModel";
import { columnLetters, formatCellRange, parseCellRange } from "../../src/workbook/xlsx/cellRange";
import { conditionalFormattingXml } from "../../src/workbook/xlsx/conditionalFormats";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

/** The pieces of the zip-level graft, on workbooks ExcelJS makes. */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

function model(texts: readonly string[]): SheetModel {
  return {
    name: "Scorecard 2026-Q3",
    kind: "scorecard",
    period: "2026-Q3",
    cells: [["Supplier", "Score"], ...texts.map((text, index) => [text, index])],
    numberFormats: [[null, null], ...texts.map(() => [null, "0.0"])],
    styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 2 }, style: "header" }],
    columnWidths: [30, 10],
    freeze: { rows: 1, columns: 1 },
    conditionalFormats: [{ type: "iconSet", range: { row: 1, column: 1, rowCount: Math.max(1, texts.length), columnCount: 1 }, target: 0.95, floor: 0.8, lowerIsBetter: false }],
    charts: [],
  };
}

async function userWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  sheet.getCell("A1").value = "user text";
  sheet.getCell("A1").font = { italic: true, color: { argb: "FF00AA00" } };
  sheet.getCell("B1").numFmt = "0.000%";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Any text, and often text made of what a writer gets wrong: blanks, line ends an XML parser
 * normalises, control characters XML cannot hold, and Excel's `_xHHHH_` escapes. An empty string is
 * an empty cell in Excel, so texts have at least one character.
 */
const trickyCharacter = fc.constantFrom(" ", "\t", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u00A0", "\u0001", "\u001F", "\uFFFE", "_", "x", "0", "D", "a", "&", "<");
const anyText = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), fc.string({ unit: trickyCharacter, minLength: 1, maxLength: 12 }));
const formulaLike = fc.tuple(fc.constantFrom("=", "+", "-", "@", "=HYPERLINK(", "+cmd|' /C calc'!"), anyText).map(([prefix, rest]) => prefix + rest);

/** A generated cell's text as Excel reads it: ExcelJS decodes `_xHHHH_` in shared strings only, not in the inline strings Costcard writes. */
function asExcelReadsIt(value: ExcelJS.CellValue | undefined): unknown {
  return typeof value === "string" ? value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : value;
}

/** Writes `texts` into the user's workbook as a generated sheet and checks that each reads back as the same string. */
async function expectTextsRoundTrip(base: Buffer, texts: readonly string[]): Promise<void> {
  const workbook = await XlsxWorkbook.fromBytes(base);
  await workbook.writeGeneratedSheet(model(texts));
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const sheet = reopened.getWorksheet("Scorecard 2026-Q3");
  texts.forEach((text, index) => {
    const cell = sheet?.getCell(index + 2, 1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(asExcelReadsIt(cell?.value)).toBe(text);
  });
  expect(reopened.getWorksheet("Data")?.getCell("A1").value).toBe("user text");
}

test("any text, formula-like or not, is written into the user's workbook as the same string, never a formula", async () => {
  const base = await userWorkbook();
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(anyText, formulaLike), { minLength: 1, maxLength: 6 }), (texts) => expectTextsRoundTrip(base, texts)),
    { numRuns: 25 },
  );
});

test("blanks, line ends, separators, control characters and text shaped like Excel's _xHHHH_ escapes come back verbatim", async () => {
  await expectTextsRoundTrip(await userWorkbook(), [
    "      ",
    " ",
    "\t",
    " lead and trail ",
    "\r",
    "a\r\nb",
    "line\nbreak",
    "\u2028 ",
    "\u2029",
    "\u0085",
    "\u00A0\u3000",
    "_x000D_",
    "_x0041__x005f_",
    "SKU_x0041\u0001",
    "bell\u0007\uFFFF",
    "= ",
  ]);
});

test("names in the package's parts keep NEL and the Unicode separators, which are not XML 1.0 line ends", async () => {
  const source = new ExcelJS.Workbook();
  const sheetName = "Q3\u2028EU\u0085";
  source.addWorksheet(sheetName).addTable({ name: "Suppliers", ref: "A1", columns: [{ name: "Supplier" }], rows: [["Alpha"]] });
  const workbook = await XlsxWorkbook.fromBytes(Buffer.from(await source.xlsx.writeBuffer()));
  await workbook.writeGeneratedSheet(model(["Alpha"]));
  expect((await workbook.listTables()).map((table) => table.sheet)).toEqual([sheetName]);
  expect((await workbook.readTables(["Suppliers"])).get("Suppliers")?.rows).toEqual([["Alpha"]]);
});

test("styles merge: the user's formats keep their indices, the generated ones are reused on regeneration", async () => {
  const workbook = await XlsxWorkbook.fromBytes(await userWorkbook());
  const stylesOf = async () => (await JSZip.loadAsync(await workbook.toBytes())).file("xl/styles.xml")?.async("string");
  const before = await stylesOf();
  await workbook.writeGeneratedSheet(model(["Alpha"]));
  const once = await stylesOf();
  await workbook.writeGeneratedSheet(model(["Beta", "Gamma"]));
  expect(await stylesOf()).toBe(once);
  expect(once).not.toBe(before);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const data = reopened.getWorksheet("Data");
  expect(data?.getCell("A1").font).toMatchObject({ italic: true, color: { argb: "FF00AA00" } });
  expect(data?.getCell("B1").numFmt).toBe("0.000%");
  const generated = reopened.getWorksheet("Scorecard 2026-Q3");
  expect(generated?.getCell("A1").font).toMatchObject({ bold: true });
  expect(generated?.getCell("B2").numFmt).toBe("0.0");
  expect(generated?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
});

test("icon sets: green from the target up, or, lower being better, reversed with exclusive thresholds so the target itself is green", () => {
  const range = { row: 4, column: 5, rowCount: 7, columnCount: 1 };
  expect(conditionalFormattingXml([{ type: "iconSet", range, target: 0.95, floor: 0.8, lowerIsBetter: false }])).toBe(
    '<conditionalFormatting sqref="F5:F11"><cfRule type="iconSet" priority="1"><iconSet iconSet="3TrafficLights1">' +
      '<cfvo type="percent" val="0"/><cfvo type="num" val="0.8"/><cfvo type="num" val="0.95"/></iconSet></cfRule></conditionalFormatting>',
  );
  expect(conditionalFormattingXml([{ type: "iconSet", range, target: 24, floor: 72, lowerIsBetter: true }])).toContain(
    '<iconSet iconSet="3TrafficLights1" reverse="1"><cfvo type="percent" val="0"/><cfvo type="num" val="24" gte="0"/><cfvo type="num" val="72" gte="0"/>',
  );
  expect(conditionalFormattingXml([{ type: "colorScale", range, colors: ["#f8696b", "#FFEB84", "#63BE7B"] }])).toContain('<color rgb="FFF8696B"/>');
});

test("one tab stays selected: no grafted sheet's view selects its tab (two selected tabs group the sheets in Excel)", async () => {
  const workbook = await XlsxWorkbook.fromBytes(await userWorkbook());
  await workbook.writeGeneratedSheet(model(["Alpha"]));
  await workbook.writeGeneratedSheet({ ...model(["Beta"]), name: "Price Review 2026-Q3", kind: "priceReview" });
  const zip = await JSZip.loadAsync(await workbook.toBytes());
  const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
  expect(sheets).toHaveLength(3);
  const selected = await Promise.all(sheets.map(async (path) => /tabSelected="(1|true)"/.test((await zip.file(path)?.async("string")) ?? "")));
  expect(selected.slice(1)).not.toContain(true);
});

test("cell ranges: letters and numbers convert both ways (A…XFD)", () => {
  expect(columnLetters(1)).toBe("A");
  expect(columnLetters(27)).toBe("AA");
  expect(columnLetters(16384)).toBe("XFD");
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 16384 }), fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 0, max: 50 }), (column, row, size) => {
      const range = { firstColumn: column, firstRow: row, lastColumn: column + size, lastRow: row + size };
      expect(parseCellRange(formatCellRange(range))).toEqual(range);
    }),
  );
  expect(parseCellRange("$B$3:$H$120")).toEqual({ firstColumn: 2, firstRow: 3, lastColumn: 8, lastRow: 120 });
  expect(parseCellRange("not a range")).toBeUndefined();
});

test("print set-up: landscape, one page wide, the header row repeated on every page of each grafted sheet (regenerated in place)", async () => {
  const workbook = await XlsxWorkbook.fromBytes(await userWorkbook());
  const printed: SheetModel = { ...model(["Acme", "O'Brien Ltd"]), name: "Scorecard 2026-Q3", print: { orientation: "landscape", fitToPagesWide: 1, titleRows: { first: 0, last: 0 } } };
  await workbook.writeGeneratedSheet(printed);
  await workbook.writeGeneratedSheet(printed);
  const zip = await JSZip.loadAsync(await workbook.toBytes());
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  // The user's "Data" is sheet 0, the generated sheet 1: one print-titles name for it, not one per regeneration.
  expect(workbookXml.match(/<definedName[^>]*name="_xlnm.Print_Titles"[^>]*>[^<]*<\/definedName>/g)).toEqual([`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Scorecard 2026-Q3'!$1:$1</definedName>`]);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const sheet = reopened.getWorksheet("Scorecard 2026-Q3")!;
  expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
});
