import type { Element } from "@xmldom/xmldom";
import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell, CellStyle, RangeRef, SheetModel } from "../../../src/model/sheetModel";
import { columnLetters } from "../../../src/workbook/xlsx/cellRange";
import { decodeXstring } from "../../../src/workbook/xlsx/inlineString";
import { childElements, firstChildElement, parseXml, rootElement } from "../../../src/workbook/xlsx/packageXml";
import { renderGeneratedSheets } from "../../../src/workbook/xlsx/renderSheets";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";

/**
 * The generated sheets' writer (src/workbook/xlsx/renderSheets.ts, cellFormats.ts) on its own: the
 * part it writes parses, keeps CT_Worksheet's element order, holds every value of the model as that
 * value (text as text, never a formula), and its styles part lists each format once.
 */

/** CT_Worksheet's children in the order ECMA-376 Part 1 (18.3.1.99) requires them. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

const STYLES: readonly CellStyle[] = ["title", "subtitle", "warning", "header", "sectionTitle", "note", "input"];
const FORMATS = [null, null, "0.0%", "#,##0", "yyyy-mm-dd", "General", "@", '"<&>"0;[Red]-0', "", "null"];
const trickyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom("&", "<", ">", '"', "'", "\r", "\n", "\t", "\u0001", "\u001F", "\uFFFE", "_", "x", "0", "=", "\u2028"), minLength: 1, maxLength: 10 }),
  fc.constantFrom("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "_x0041_", "a\r\nb"),
);
const cellValue: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), trickyText);

/** Any sheet model the reports could make: ranges may reach past the grid, styles overlap, drop-downs share ranges. */
const sheetModel: fc.Arbitrary<SheetModel> = fc.record({ rows: fc.integer({ min: 0, max: 6 }), columns: fc.integer({ min: 1, max: 5 }) }).chain(({ rows, columns }) => {
  const range: fc.Arbitrary<RangeRef> = fc.record({
    row: fc.integer({ min: 0, max: rows + 1 }),
    column: fc.integer({ min: 0, max: columns }),
    rowCount: fc.integer({ min: 0, max: 3 }),
    columnCount: fc.integer({ min: 1, max: 3 }),
  });
  return fc
    .record({
      cells: fc.array(fc.array(cellValue, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      numberFormats: fc.array(fc.array(fc.constantFrom(...FORMATS), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      styles: fc.array(fc.record({ range, style: fc.constantFrom(...STYLES) }), { maxLength: 5 }),
      columnWidths: fc.array(fc.constantFrom(9, 8.43, 12, 40), { minLength: columns, maxLength: columns }),
      freeze: fc.record({ rows: fc.integer({ min: 0, max: 2 }), columns: fc.integer({ min: 0, max: 2 }) }),
      inputCells: fc.array(range, { maxLength: 2 }),
      dropDowns: fc.array(fc.record({ range, choices: fc.constantFrom(["Accept", "Hold"], ["A&B", 'C"D']), prompt: fc.constantFrom("Type <here> & go", undefined) }), { maxLength: 2 }),
      hiddenColumns: fc.uniqueArray(fc.integer({ min: 0, max: columns + 1 }), { maxLength: 2 }),
      columnGroups: fc.constantFrom([], [{ first: 0, count: 1 }], [{ first: 1, count: 2 }]),
    })
    .map((parts) => ({
      name: "Scorecard 2026-Q3",
      kind: "scorecard" as const,
      period: "2026-Q3",
      conditionalFormats: [],
      charts: [],
      print: { orientation: "landscape" as const, fitToPagesWide: 1 as const, titleRows: { first: 0, last: 0 } },
      ...parts,
    }));
});

const EXTRAS = { conditionalFormatting: '<conditionalFormatting sqref="A1:A2"><cfRule type="colorScale" priority="1"/></conditionalFormatting>', drawingRelationshipId: "rId1" };

/** The sheet part of `model` with the rendered style indices as they are (no user's styles to merge into). */
function writtenSheet(model: SheetModel): { sheet: Element; styles: Element } {
  const rendered = renderGeneratedSheets([model]);
  const styles = rootElement(parseXml(rendered.stylesXml, "styles"));
  const identity = new Map(childElements(firstChildElement(styles, "cellXfs")!, "xf").map((_, index) => [index, index]));
  return { sheet: rootElement(parseXml(rendered.sheetXml(0, identity, EXTRAS), "sheet")), styles };
}

const allChildren = (element: Element) => {
  const found: Element[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) if (node.nodeType === node.ELEMENT_NODE) found.push(node as Element);
  return found;
};

test("the sheet part keeps CT_Worksheet's element order, whatever the model holds", () => {
  fc.assert(
    fc.property(sheetModel, (model) => {
      const names = allChildren(writtenSheet(model).sheet).map((child) => child.localName ?? "");
      const positions = names.map((name) => WORKSHEET_ORDER.indexOf(name));
      expect(positions).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      const once = names.filter((name) => name !== "conditionalFormatting");
      expect(new Set(once).size).toBe(once.length);
      expect(names).toEqual(expect.arrayContaining(["dimension", "sheetFormatPr", "sheetData", "pageSetup", "conditionalFormatting", "drawing"]));
    }),
  );
});

test("every value of the model is in its cell as that value: numbers exact, text as inline text (never a formula), in row and column order", () => {
  fc.assert(
    fc.property(sheetModel, (model) => {
      const { sheet, styles } = writtenSheet(model);
      const formatCount = childElements(firstChildElement(styles, "cellXfs")!, "xf").length;
      const read: Cell[][] = model.cells.map((row) => row.map(() => null));
      let previousRow = 0;
      for (const row of childElements(firstChildElement(sheet, "sheetData")!, "row")) {
        const number = Number(row.getAttribute("r"));
        expect(number).toBeGreaterThan(previousRow);
        previousRow = number;
        let previousColumn = 0;
        for (const cell of allChildren(row)) {
          expect(cell.localName).toBe("c");
          const match = /^([A-Z]+)(\d+)$/.exec(cell.getAttribute("r") ?? "");
          expect(Number(match?.[2])).toBe(number);
          const column = Array.from({ length: 30 }, (_, index) => columnLetters(index + 1)).indexOf(match?.[1] ?? "") + 1;
          expect(column).toBeGreaterThan(previousColumn);
          previousColumn = column;
          expect(childElements(cell, "f")).toEqual([]);
          if (cell.hasAttribute("s")) expect(Number(cell.getAttribute("s"))).toBeLessThan(formatCount);
          const type = cell.getAttribute("t");
          const v = firstChildElement(cell, "v")?.textContent;
          const value: Cell =
            type === "inlineStr" ? decodeXstring(firstChildElement(firstChildElement(cell, "is")!, "t")!.textContent ?? "") : type === "b" ? v === "1" : v === undefined ? null : Number(v);
          if (number <= read.length && column <= (read[number - 1]?.length ?? 0)) read[number - 1]![column - 1] = value;
          else expect(value).toBeNull();
        }
      }
      expect(read).toEqual(model.cells.map((row) => row.map((value) => (Object.is(value, -0) ? 0 : value))));
    }),
  );
});

test("text is escaped where XML and Excel need it: markup, quotes, carriage returns and control characters", () => {
  const model: SheetModel = {
    name: "S",
    kind: "scorecard",
    period: "2026-Q3",
    cells: [['a&b<c>"d\'', "=1+1", "x\r\ny\u0001"]],
    numberFormats: [[null, null, null]],
    styles: [],
    columnWidths: [10, 10, 10],
    freeze: { rows: 0, columns: 0 },
    conditionalFormats: [],
    charts: [],
  };
  const xml = renderGeneratedSheets([model]).sheetXml(0, new Map(), { conditionalFormatting: "" });
  expect(xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">a&amp;b&lt;c&gt;&quot;d\'</t></is></c>');
  expect(xml).toContain('<c r="B1" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>');
  expect(xml).toContain('<c r="C1" t="inlineStr"><is><t xml:space="preserve">x&#13;\ny_x0001_</t></is></c>');
  expect(xml).not.toContain("<f>");
});

test("the styles part lists each number format, font, fill and cell format once, and cells alike share one", () => {
  fc.assert(
    fc.property(fc.array(sheetModel, { minLength: 1, maxLength: 3 }), (models) => {
      const styles = rootElement(parseXml(renderGeneratedSheets(models).stylesXml, "styles"));
      for (const [list, item] of [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["cellXfs", "xf"]] as const) {
        const entries = childElements(firstChildElement(styles, list) ?? styles, item).map((entry) => entry.toString());
        expect(new Set(entries).size).toBe(entries.length);
        if (list !== "numFmts") expect(Number(firstChildElement(styles, list)!.getAttribute("count"))).toBe(entries.length);
      }
      const codes = childElements(firstChildElement(styles, "numFmts") ?? styles, "numFmt").map((format) => format.getAttribute("formatCode"));
      expect(new Set(codes).size).toBe(codes.length);
    }),
  );
});

test("the Decision drop-down, unlocked input cells, hidden and grouped columns, the frozen pane and the print set-up are written", () => {
  const model: SheetModel = {
    name: "Price Review 2026-Q3",
    kind: "priceReview",
    period: "2026-Q3",
    cells: [["SKU", "Decision", "Note", "Detail"], ["A-1", null, "x", 1]],
    numberFormats: [[null, null, null, null], [null, null, null, "0.0%"]],
    styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 4 }, style: "header" }, { range: { row: 1, column: 1, rowCount: 1, columnCount: 1 }, style: "input" }],
    columnWidths: [12, 9, 9, 20],
    freeze: { rows: 1, columns: 1 },
    conditionalFormats: [],
    charts: [],
    print: { orientation: "landscape", fitToPagesWide: 1, titleRows: { first: 0, last: 0 } },
    inputCells: [{ row: 1, column: 1, rowCount: 1, columnCount: 1 }],
    dropDowns: [{ range: { row: 1, column: 1, rowCount: 1, columnCount: 1 }, choices: ["Accept", "Hold"], prompt: "Type the decision" }],
    hiddenColumns: [2],
    columnGroups: [{ first: 3, count: 1 }],
  };
  const rendered = renderGeneratedSheets([model]);
  const xml = rendered.sheetXml(0, new Map(Array.from({ length: 10 }, (_, index) => [index, index + 100])), { conditionalFormatting: "" });
  expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:D2"/>');
  expect(xml).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>');
  expect(xml).toContain('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="1" x14ac:dyDescent="55"/>');
  expect(xml).toContain(
    '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="9" customWidth="1"/><col min="3" max="3" width="9" hidden="1" customWidth="1"/>' +
      '<col min="4" max="4" width="20" hidden="1" outlineLevel="1" collapsed="1" customWidth="1"/></cols>',
  );
  expect(xml).toContain('<row r="1" ht="30" customHeight="1" spans="1:4" x14ac:dyDescent="0.25">');
  expect(xml).toContain(
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="Decision" prompt="Type the decision" showErrorMessage="1"' +
      ' errorStyle="stop" errorTitle="Decision" error="Choose one of: Accept, Hold" sqref="B2:B2"><formula1>&quot;Accept,Hold&quot;</formula1></dataValidation></dataValidations>',
  );
  expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>');
  expect(xml).not.toContain("tabSelected");
  // The decision cell: the input look, unlocked, its style index mapped through the merge's map.
  const decisionFormat = Number(/<c r="B2" s="(\d+)"\/>/.exec(xml)?.[1]) - 100;
  const xf = childElements(firstChildElement(rootElement(parseXml(rendered.stylesXml, "styles")), "cellXfs")!, "xf")[decisionFormat];
  expect(xf?.toString()).toContain('<protection locked="0"/>');
  expect(xf?.getAttribute("fillId")).not.toBe("0");
});

test("regenerating the sheets leaves the user's styles part as the first run made it", async () => {
  const sample = readFileSync(join(__dirname, "../../../assets/costcard-sample.xlsx"));
  const models = fc.sample(fc.array(sheetModel, { minLength: 1, maxLength: 2 }), { numRuns: 5, seed: 7 });
  const stylesOf = async (bytes: Buffer) => (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
  for (const sheets of models) {
    const named = sheets.map((model, index) => ({ ...model, kind: index === 0 ? ("scorecard" as const) : ("ourScorecard" as const) }));
    const first = await XlsxWorkbook.fromBytes(sample);
    await first.writeGeneratedSheets(named);
    const once = await first.toBytes();
    const second = await XlsxWorkbook.fromBytes(once);
    await second.writeGeneratedSheets(named);
    expect(await stylesOf(await second.toBytes())).toBe(await stylesOf(once));
  }
});

test("each look is spelt as ExcelJS 4.4 spelt it, so a workbook an earlier Costcard wrote reuses its styles on regeneration", () => {
  const model: SheetModel = {
    name: "S",
    kind: "scorecard",
    period: "2026-Q3",
    cells: STYLES.map((style, index) => [style, index]),
    numberFormats: STYLES.map((_, index) => [null, index % 2 === 1 ? "0.0%" : "#,##0"]),
    styles: STYLES.map((style, row) => ({ range: { row, column: 0, rowCount: 1, columnCount: 2 }, style })),
    columnWidths: [10, 10],
    freeze: { rows: 0, columns: 0 },
    conditionalFormats: [],
    charts: [],
    inputCells: [{ row: 6, column: 0, rowCount: 1, columnCount: 1 }],
  };
  // What ExcelJS 4.4's style registry wrote for this model (the writer before this one), entry for entry.
  const stylesXml = renderGeneratedSheets([model]).stylesXml;
  expect(stylesXml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>');
  expect(stylesXml).toContain(
    '<fonts count="8"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/></font>' +
      '<font><i/><color rgb="FF595959"/></font><font><b/><color rgb="FF9C0006"/></font><font><b/><color rgb="FFFFFFFF"/></font><font><b/><sz val="12"/></font>' +
      '<font><i/><color rgb="FF595959"/><sz val="9"/></font><font><color rgb="FF3F3F76"/></font></fonts>',
  );
  expect(stylesXml).toContain(
    '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E78"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFCC99"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  );
  expect(stylesXml).toContain(
    '<cellXfs count="15"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
      '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
      '<xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
      '<xf numFmtId="3" fontId="3" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
      '<xf numFmtId="0" fontId="4" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1"/></xf>' +
      '<xf numFmtId="164" fontId="4" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1"/></xf>' +
      '<xf numFmtId="0" fontId="5" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="5" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
      '<xf numFmtId="0" fontId="6" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="6" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
      '<xf numFmtId="0" fontId="7" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1" applyProtection="1"><protection locked="0"/></xf>' +
      '<xf numFmtId="3" fontId="7" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/></cellXfs>',
  );
});
