import type { RangeRef } from "../../model/sheetModel";
import { element, XML_DECLARATION } from "./xmlElements";

/**
 * A drawing part (`xl/drawings/drawingN.xml`, xdr:wsDr) holding a generated sheet's charts: one
 * two-cell anchor per chart, from the anchor's top-left cell to the corner past its last row and
 * column (where the Excel adapter's setPosition puts it), with a graphic frame naming the chart by
 * relationship id, as Excel writes it (XlsxWriter's chart_bar01.xlsx).
 */

const NAMESPACES = {
  "xmlns:xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
};
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";

export interface DrawnChart {
  readonly anchor: RangeRef;
  /** The drawing's relationship to the chart part. */
  readonly relationshipId: string;
  readonly title: string;
}

function marker(name: "xdr:from" | "xdr:to", row: number, column: number): string {
  return element(name, {}, `<xdr:col>${column}</xdr:col>`, "<xdr:colOff>0</xdr:colOff>", `<xdr:row>${row}</xdr:row>`, "<xdr:rowOff>0</xdr:rowOff>");
}

function graphicFrame(chart: DrawnChart, index: number): string {
  const properties = element("xdr:nvGraphicFramePr", {}, element("xdr:cNvPr", { id: index + 2, name: `Chart ${index + 1}`, descr: chart.title }), element("xdr:cNvGraphicFramePr"));
  const transform = element("xdr:xfrm", {}, element("a:off", { x: 0, y: 0 }), element("a:ext", { cx: 0, cy: 0 }));
  const reference = element("c:chart", { "xmlns:c": CHART_URI, "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r:id": chart.relationshipId });
  return element("xdr:graphicFrame", { macro: "" }, properties, transform, element("a:graphic", {}, element("a:graphicData", { uri: CHART_URI }, reference)));
}

function twoCellAnchor(chart: DrawnChart, index: number): string {
  const { row, column, rowCount, columnCount } = chart.anchor;
  return element("xdr:twoCellAnchor", {}, marker("xdr:from", row, column), marker("xdr:to", row + Math.max(rowCount, 1), column + Math.max(columnCount, 1)), graphicFrame(chart, index), element("xdr:clientData"));
}

export function drawingPartXml(charts: readonly DrawnChart[]): string {
  return XML_DECLARATION + element("xdr:wsDr", NAMESPACES, ...charts.map(twoCellAnchor));
}
