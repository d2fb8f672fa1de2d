import { DOMParser, type Element } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";
import type { ChartSpec } from "../../../src/model/sheetModel";
import type { ChartSheet } from "../../../src/workbook/xlsx/chartPart";
import { chartPartXml } from "../../../src/workbook/xlsx/chartTypes";
import { drawingPartXml } from "../../../src/workbook/xlsx/drawingPart";

/**
 * The DrawingML parts the xlsx adapter writes for a sheet model's charts: well-formed, children in
 * the order of the schema's sequences (ECMA-376 Part 1, dml-chart.xsd and dml-spreadsheetDrawing.xsd,
 * the elements written here), every reference pointing at the sheet's own cells with their values
 * cached, as Excel writes them (XlsxWriter's comparison files).
 */

/** Each element's children, in schema order (a subset of each sequence: what a part may hold here). */
const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  chartSpace: ["date1904", "lang", "roundedCorners", "style", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
  chart: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "extLst"],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: ["layout", "barChart", "lineChart", "catAx", "valAx", "dTable", "spPr", "extLst"],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  lineChart: ["grouping", "varyColors", "ser", "dLbls", "dropLines", "hiLowLines", "upDownBars", "marker", "smooth", "axId", "extLst"],
  ser: ["idx", "order", "tx", "spPr", "marker", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "smooth", "shape", "extLst"],
  marker: ["symbol", "size", "spPr", "extLst"],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  catAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
  valAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  legendEntry: ["idx", "delete", "txPr", "extLst"],
  spPr: ["xfrm", "custGeom", "prstGeom", "noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill", "ln", "effectLst", "extLst"],
  ln: ["noFill", "solidFill", "gradFill", "pattFill", "prstDash", "custDash", "round", "bevel", "miter", "headEnd", "tailEnd", "extLst"],
  printSettings: ["headerFooter", "pageMargins", "pageSetup", "legacyDrawingHF"],
  wsDr: ["twoCellAnchor"],
  twoCellAnchor: ["from", "to", "sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart", "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
};

/** Parses strictly (saxes refuses any XML that is not well-formed), then as a DOM. */
function parse(xml: string): Element {
  new SaxesParser({ xmlns: true }).write(xml).close();
  const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;
  if (root === null) throw new Error("no root");
  return root;
}

const children = (parent: Element) => Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === node.ELEMENT_NODE);
const all = (root: Element, name: string) => Array.from(root.getElementsByTagNameNS("*", name));
const one = (root: Element, name: string) => {
  const [found] = all(root, name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};
const valOf = (root: Element, name: string) => one(root, name).getAttribute("val");

/** Every element with a known sequence holds only its children, in that order. */
function expectSchemaOrder(element: Element): void {
  const sequence = SEQUENCES[element.localName ?? ""];
  if (sequence !== undefined) {
    const ranks = children(element).map((child) => sequence.indexOf(child.localName ?? ""));
    expect({ element: element.localName, children: children(element).map((child) => child.localName), known: ranks.every((rank) => rank >= 0) }).toMatchObject({ known: true });
    expect({ element: element.localName, ranks }).toEqual({ element: element.localName, ranks: [...ranks].sort((a, b) => a - b) });
  }
  for (const child of children(element)) expectSchemaOrder(child);
}

/** A sheet like a scorecard: title, header on row 4, suppliers in A5:A7, scores in B5:B7 (one n/a), a base and a step in C and D. */
const SHEET: ChartSheet = {
  name: "Scorecard 2026-Q3",
  cells: [
    ["Supplier scorecard 2026-Q3", null, null, null],
    [null, null, null, null],
    [null, null, null, null],
    ["Supplier", "Score", "Base", "Step"],
    ["Alpha & Sons <Ltd>", 91.5, 0, 10],
    ["O'Brien", null, 10, -2],
    ["Gamma\u0001", 12, 8, 3],
  ],
  numberFormats: [[null, null, null, null], [null, null, null, null], [null, null, null, null], [null, null, null, null], [null, "0.0", "#,##0.00", "#,##0.00"], [null, "0.0", "#,##0.00", "#,##0.00"], [null, "0.0", "#,##0.00", "#,##0.00"]],
};
const column = (index: number) => ({ row: 4, column: index, rowCount: 3, columnCount: 1 });
const ANCHOR = { row: 3, column: 6, rowCount: 15, columnCount: 8 };

const BAR: ChartSpec = { type: "bar", title: "Supplier scores 2026-Q3", categories: column(0), series: [{ name: "Score", values: column(1) }], anchor: ANCHOR };
const LINE: ChartSpec = { type: "line", title: "Score history", categories: column(0), series: [{ name: "Score", values: column(1), color: "#1F4E79" }, { name: "Base", values: column(2) }], anchor: ANCHOR };
const BRIDGE: ChartSpec = {
  type: "stackedColumn",
  title: "Price bridge",
  categories: column(0),
  series: [
    { name: "Base", values: column(2), invisible: true },
    { name: "Rise", values: column(3), color: "#C00000" },
  ],
  anchor: ANCHOR,
  valueAxisMinimum: 1650,
};

test.each([BAR, LINE, BRIDGE])("a $type chart part is well-formed and keeps the schema's order", (spec) => {
  const chartSpace = parse(chartPartXml(spec, SHEET));
  expect(chartSpace.localName).toBe("chartSpace");
  expect(chartSpace.namespaceURI).toBe("http://schemas.openxmlformats.org/drawingml/2006/chart");
  expectSchemaOrder(chartSpace);
  expect(one(chartSpace, "t").textContent).toBe(spec.title);
  // The plot's two axes are the catAx and valAx of the part.
  const plotIds = children(one(chartSpace, "plotArea"))
    .filter((plot) => plot.localName?.endsWith("Chart"))
    .flatMap((plot) => children(plot).filter((child) => child.localName === "axId").map((axis) => axis.getAttribute("val")));
  expect(plotIds).toEqual([valOf(one(chartSpace, "catAx"), "axId"), valOf(one(chartSpace, "valAx"), "axId")]);
});

test("a bar chart: horizontal clustered bars of the Score cells by the Supplier cells, with their values cached, suppliers top-down", () => {
  const chartSpace = parse(chartPartXml(BAR, SHEET));
  expect(valOf(chartSpace, "barDir")).toBe("bar");
  expect(valOf(chartSpace, "grouping")).toBe("clustered");
  const [series] = all(chartSpace, "ser");
  expect(one(series!, "tx").textContent).toBe("Score");
  expect(one(one(series!, "cat"), "f").textContent).toBe("'Scorecard 2026-Q3'!$A$5:$A$7");
  expect(all(one(series!, "strCache"), "v").map((v) => v.textContent)).toEqual(["Alpha & Sons <Ltd>", "O'Brien", "Gamma_x0001_"]);
  expect(one(one(series!, "val"), "f").textContent).toBe("'Scorecard 2026-Q3'!$B$5:$B$7");
  const cache = one(series!, "numCache");
  expect(one(cache, "formatCode").textContent).toBe("0.0");
  expect(valOf(cache, "ptCount")).toBe("3");
  // The n/a score has no point: a gap, not a zero.
  expect(all(cache, "pt").map((pt) => [pt.getAttribute("idx"), pt.textContent])).toEqual([["0", "91.5"], ["2", "12"]]);
  expect(valOf(one(chartSpace, "catAx"), "orientation")).toBe("maxMin");
  expect(valOf(one(chartSpace, "valAx"), "crosses")).toBe("max");
  // No minimum given: the axis is the host's to scale.
  expect(all(one(chartSpace, "valAx"), "min")).toEqual([]);
  // One series: no legend.
  expect(all(chartSpace, "legend")).toEqual([]);
});

test("a line chart: lines with markers, a coloured series stroked in its colour, a legend for two series", () => {
  const chartSpace = parse(chartPartXml(LINE, SHEET));
  expect(valOf(one(chartSpace, "lineChart"), "grouping")).toBe("standard");
  const [coloured, plain] = all(chartSpace, "ser");
  expect(one(one(one(coloured!, "spPr"), "ln"), "srgbClr").getAttribute("val")).toBe("1F4E79");
  expect(all(plain!, "spPr")).toEqual([]);
  expect(one(one(plain!, "val"), "f").textContent).toBe("'Scorecard 2026-Q3'!$C$5:$C$7");
  expect(valOf(one(chartSpace, "legend"), "legendPos")).toBe("b");
  expect(all(chartSpace, "legendEntry")).toEqual([]);
});

test("a stacked column bridge: stacked, fully overlapping, the base series without fill or line and left out of the legend", () => {
  const chartSpace = parse(chartPartXml(BRIDGE, SHEET));
  const barChart = one(chartSpace, "barChart");
  expect([valOf(barChart, "barDir"), valOf(barChart, "grouping"), valOf(barChart, "overlap")]).toEqual(["col", "stacked", "100"]);
  const [base, rise] = all(chartSpace, "ser");
  const baseShape = one(base!, "spPr");
  expect(children(baseShape).map((child) => child.localName)).toEqual(["noFill", "ln"]);
  expect(children(one(baseShape, "ln")).map((child) => child.localName)).toEqual(["noFill"]);
  expect(one(one(rise!, "solidFill"), "srgbClr").getAttribute("val")).toBe("C00000");
  expect(one(one(rise!, "val"), "f").textContent).toBe("'Scorecard 2026-Q3'!$D$5:$D$7");
  expect(all(one(rise!, "numCache"), "v").map((v) => v.textContent)).toEqual(["10", "-2", "3"]);
  // One visible series besides the base: no legend, as the Excel adapter shows it.
  expect(all(chartSpace, "legend")).toEqual([]);
  // The value axis starts at the bridge's minimum (c:scaling's c:min, after c:orientation), so the steps show.
  expect(children(one(one(chartSpace, "valAx"), "scaling")).map((child) => [child.localName, child.getAttribute("val")])).toEqual([["orientation", "minMax"], ["min", "1650"]]);
  expect(all(one(chartSpace, "catAx"), "min")).toEqual([]);
  // Hidden cells plotted: the bridge's helper cells are in hidden columns.
  expect(valOf(chartSpace, "plotVisOnly")).toBe("0");
  const withTwoSteps = parse(chartPartXml({ ...BRIDGE, series: [...BRIDGE.series, { name: "Fall", values: column(1) }] }, SHEET));
  const entry = one(one(withTwoSteps, "legend"), "legendEntry");
  expect([valOf(entry, "idx"), valOf(entry, "delete")]).toEqual(["0", "1"]);
});

test("a sheet name with an apostrophe is quoted in the chart's references", () => {
  const chartSpace = parse(chartPartXml(BAR, { ...SHEET, name: "Bob's Q3" }));
  expect(one(one(chartSpace, "cat"), "f").textContent).toBe("'Bob''s Q3'!$A$5:$A$7");
});

test("the drawing part anchors each chart from its anchor's top-left cell to the corner past its last row and column", () => {
  const drawing = parse(drawingPartXml([{ anchor: ANCHOR, relationshipId: "rId1", title: "Scores" }, { anchor: { row: 20, column: 0, rowCount: 10, columnCount: 5 }, relationshipId: "rId2", title: "History" }]));
  expectSchemaOrder(drawing);
  const anchors = all(drawing, "twoCellAnchor");
  const corner = (anchor: Element, end: string) => ["col", "colOff", "row", "rowOff"].map((name) => Number(one(one(anchor, end), name).textContent));
  expect(anchors.map((anchor) => [corner(anchor, "from"), corner(anchor, "to")])).toEqual([
    [[6, 0, 3, 0], [14, 0, 18, 0]],
    [[0, 0, 20, 0], [5, 0, 30, 0]],
  ]);
  expect(all(drawing, "chart").map((chart) => chart.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"))).toEqual(["rId1", "rId2"]);
  expect(new Set(all(drawing, "cNvPr").map((properties) => properties.getAttribute("id"))).size).toBe(2);
});
