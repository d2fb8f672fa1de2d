import type { Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import type { ChartSpec } from "../../model/sheetModel";
import type { ChartSheet } from "./chartPart";
import { chartPartXml } from "./chartTypes";
import { drawingPartXml } from "./drawingPart";
import { appendChildLike, childElements, relationshipsPath } from "./packageXml";
import { freePartPath } from "./partNames";
import { partRelationships, putPartText } from "./workbookLayout";
import { element, XML_DECLARATION } from "./xmlElements";

/**
 * The package wiring of a generated sheet's charts: a chart part per ChartSpec and one drawing part
 * holding them, under part numbers no part of the user's takes, with the drawing's and the sheet's
 * relationships and their content types. Regenerating a sheet first removes the drawing its previous
 * version had and the parts only that drawing reached (its charts and their style and colour parts):
 * they were Costcard's sheet's own. A drawing or chart of the user's is never reached from there.
 */

const RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${RELATIONSHIP_TYPES}/drawing`;
const CHART_TYPE = `${RELATIONSHIP_TYPES}/chart`;
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The id of the sheet's one relationship, to its drawing: the sheet part's `<drawing r:id>` names it. */
export const SHEET_DRAWING_RELATIONSHIP_ID = "rId1";

function relationshipsXml(relationships: readonly { readonly id: string; readonly type: string; readonly target: string }[]): string {
  return XML_DECLARATION + element("Relationships", { xmlns: PACKAGE_RELATIONSHIPS_NS }, ...relationships.map(({ id, type, target }) => element("Relationship", { Id: id, Type: type, Target: target })));
}

/** `../charts/chart2.xml`: the target from a part in xl/drawings or xl/worksheets to one in a sibling folder of xl/. */
const siblingTarget = (path: string) => `../${path.split("/").slice(1).join("/")}`;

/**
 * Writes `charts` (drawableCharts of the model's) for the sheet part at `sheetPath`, whose
 * relationships part this writes: the sheet names its drawing by SHEET_DRAWING_RELATIONSHIP_ID.
 */
export function addSheetCharts(zip: JSZip, contentTypes: Element, sheetPath: string, sheet: ChartSheet, charts: readonly ChartSpec[]): void {
  if (charts.length === 0) return;
  const drawn = charts.map((spec, index) => {
    const path = freePartPath(zip, "xl/charts", "chart");
    putPartText(zip, path, chartPartXml(spec, sheet));
    appendChildLike(contentTypes, "Override", { PartName: `/${path}`, ContentType: CHART_CONTENT_TYPE });
    return { anchor: spec.anchor, title: spec.title, relationshipId: `rId${index + 1}`, path };
  });
  const drawingPath = freePartPath(zip, "xl/drawings", "drawing");
  putPartText(zip, drawingPath, drawingPartXml(drawn));
  putPartText(zip, relationshipsPath(drawingPath), relationshipsXml(drawn.map((chart) => ({ id: chart.relationshipId, type: CHART_TYPE, target: siblingTarget(chart.path) }))));
  appendChildLike(contentTypes, "Override", { PartName: `/${drawingPath}`, ContentType: DRAWING_CONTENT_TYPE });
  putPartText(zip, relationshipsPath(sheetPath), relationshipsXml([{ id: SHEET_DRAWING_RELATIONSHIP_ID, type: DRAWING_TYPE, target: siblingTarget(drawingPath) }]));
}

/** The charts with categories and a series of values to draw: the Excel adapter skips the others too. */
export function drawableCharts(charts: readonly ChartSpec[]): ChartSpec[] {
  const filled = (range: ChartSpec["anchor"]) => range.rowCount > 0 && range.columnCount > 0;
  return charts.filter((spec) => spec.series.length > 0 && filled(spec.categories) && spec.series.every((series) => filled(series.values)));
}

/**
 * Removes the drawings of the generated sheet at `sheetPath`, the charts they hold with the parts
 * only a chart reaches (its style, colours, shapes), and their content types. Images are left:
 * Excel stores an image once for every drawing that shows it, a user's included.
 */
export async function removeSheetDrawings(zip: JSZip, contentTypes: Element, sheetPath: string): Promise<void> {
  const removed: string[] = [];
  const remove = (path: string) => {
    zip.remove(path);
    zip.remove(relationshipsPath(path));
    removed.push(`/${path}`);
  };
  const reached = async (path: string, keep: (type: string) => boolean) => [...(await partRelationships(zip, path)).values()].filter((rel) => keep(rel.type)).map((rel) => rel.path);
  for (const drawing of await reached(sheetPath, (type) => type === DRAWING_TYPE)) {
    for (const chart of await reached(drawing, (type) => type === CHART_TYPE)) {
      for (const part of await reached(chart, (type) => !type.endsWith("/image"))) remove(part);
      remove(chart);
    }
    remove(drawing);
  }
  const gone = new Set(removed);
  for (const override of childElements(contentTypes, "Override")) {
    if (gone.has(override.getAttribute("PartName") ?? "")) contentTypes.removeChild(override);
  }
}
