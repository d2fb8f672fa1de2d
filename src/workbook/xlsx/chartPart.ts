import type { Cell, ChartSeries, ChartSpec, RangeRef } from "../../model/sheetModel";
import { columnLetters } from "./cellRange";
import { xstringXml } from "./inlineString";
import { element, textElement, XML_DECLARATION } from "./xmlElements";

/**
 * A chart part (`xl/charts/chartN.xml`, DrawingML's c:chartSpace) for one ChartSpec of a generated
 * sheet, written as Excel writes it (XlsxWriter's comparison files, saved by Excel, are the
 * reference; so is XlsxWriter's chart.py, whose one-method-per-element shape this follows). Every
 * series points at the sheet's own cells and carries their values as a cache, so a reader that does
 * not recalculate (LibreOffice, openpyxl, a previewer) still draws the chart. Elements come in the
 * order of the schema's sequences (ECMA-376 Part 1, dml-chart.xsd): Excel refuses a part otherwise.
 * The chart types (chartTypes.ts) fill in the plot's own element and its axes' positions.
 */

const NAMESPACES = {
  "xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
  "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

/** The sheet the chart sits on, whose cells its series point at and cache. */
export interface ChartSheet {
  readonly name: string;
  readonly cells: readonly (readonly Cell[])[];
  readonly numberFormats: readonly (readonly (string | null)[])[];
}

/** Ids that tie the plot to its two axes; any two numbers unique within the part. */
export const CATEGORY_AXIS_ID = 50010001;
export const VALUE_AXIS_ID = 50010002;

/** `'Scorecard 2026-Q3'!$B$5:$B$9`: a range of the sheet as a chart's formula names it. */
export function rangeFormula(sheetName: string, range: RangeRef): string {
  const corner = (row: number, column: number) => `$${columnLetters(column + 1)}$${row + 1}`;
  const first = corner(range.row, range.column);
  const last = corner(range.row + range.rowCount - 1, range.column + range.columnCount - 1);
  return `'${sheetName.replace(/'/g, "''")}'!${first === last ? first : `${first}:${last}`}`;
}

/** The cells of a one-column or one-row range, in order. */
function rangeCells<T>(grid: readonly (readonly T[])[], range: RangeRef): (T | null)[] {
  const found: (T | null)[] = [];
  for (let row = range.row; row < range.row + range.rowCount; row++) {
    for (let column = range.column; column < range.column + range.columnCount; column++) found.push(grid[row]?.[column] ?? null);
  }
  return found;
}

const val = (name: string, value: string | number) => element(name, { val: value });
const labelText = (text: string) => `<c:v>${xstringXml(text)}</c:v>`;

/** A cell as a category label: numbers as Excel's cache shows them (General), blanks as an empty label. */
function labelOf(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

export abstract class ChartPart {
  constructor(
    protected readonly spec: ChartSpec,
    protected readonly sheet: ChartSheet,
  ) {}

  /** The plot element and its children (c:barChart, c:lineChart), in schema order. */
  protected abstract plot(): string;
  /** Where the category axis sits ("l" for horizontal bars, "b" otherwise) and whether it runs top-down. */
  protected abstract readonly categoryAxisPosition: "l" | "b";
  protected readonly categoriesReversed: boolean = false;

  xml(): string {
    return XML_DECLARATION + element("c:chartSpace", NAMESPACES, val("c:lang", "en-US"), this.chart(), this.printSettings());
  }

  private chart(): string {
    return element("c:chart", {}, this.title(), val("c:autoTitleDeleted", 0), this.plotArea(), this.legend(), val("c:plotVisOnly", 0), val("c:dispBlanksAs", "gap"));
  }

  private title(): string {
    const run = element("a:r", {}, element("a:rPr", { lang: "en-US" }), textElement("a:t", this.spec.title));
    const rich = element("c:rich", {}, element("a:bodyPr"), element("a:lstStyle"), element("a:p", {}, element("a:pPr", {}, element("a:defRPr")), run));
    return element("c:title", {}, element("c:tx", {}, rich), element("c:layout"), val("c:overlay", 0));
  }

  private plotArea(): string {
    return element("c:plotArea", {}, element("c:layout"), this.plot(), this.categoryAxis(), this.valueAxis());
  }

  protected series(): string {
    return this.spec.series.map((series, index) => this.ser(series, index)).join("");
  }

  private ser(series: ChartSeries, index: number): string {
    return element("c:ser", {}, val("c:idx", index), val("c:order", index), this.seriesName(series), this.seriesShape(series), this.seriesMarker(series), this.categories(), this.values(series), this.seriesEnd());
  }

  private seriesName(series: ChartSeries): string {
    return element("c:tx", {}, labelText(series.name));
  }

  /** c:spPr: no fill and no line for an invisible series, else the series' colour, else none (the host's palette). */
  protected seriesShape(series: ChartSeries): string {
    if (series.invisible === true) return element("c:spPr", {}, element("a:noFill"), element("a:ln", {}, element("a:noFill")));
    if (series.color === undefined) return "";
    return element("c:spPr", {}, solidFill(series.color));
  }

  /** c:marker of a line series; bar series have none. */
  protected seriesMarker(_series: ChartSeries): string {
    return "";
  }

  /** Elements after c:val in a series (c:smooth for lines), or "". */
  protected seriesEnd(): string {
    return "";
  }

  private categories(): string {
    const labels = rangeCells(this.sheet.cells, this.spec.categories).map(labelOf);
    const points = labels.map((label, index) => element("c:pt", { idx: index }, labelText(label))).join("");
    const cache = element("c:strCache", {}, val("c:ptCount", labels.length), points);
    return element("c:cat", {}, element("c:strRef", {}, textElement("c:f", rangeFormula(this.sheet.name, this.spec.categories)), cache));
  }

  private values(series: ChartSeries): string {
    const values = rangeCells(this.sheet.cells, series.values);
    const points = values.map((value, index) => (typeof value === "number" ? element("c:pt", { idx: index }, textElement("c:v", String(value))) : "")).join("");
    const cache = element("c:numCache", {}, textElement("c:formatCode", this.valueFormat(series)), val("c:ptCount", values.length), points);
    return element("c:val", {}, element("c:numRef", {}, textElement("c:f", rangeFormula(this.sheet.name, series.values)), cache));
  }

  /** The number format of the series' first cell, as the value axis and the cache show it. */
  private valueFormat(series: ChartSeries): string {
    return rangeCells(this.sheet.numberFormats, series.values).find((format) => format !== null) ?? "General";
  }

  protected axisIds(): string {
    return val("c:axId", CATEGORY_AXIS_ID) + val("c:axId", VALUE_AXIS_ID);
  }

  private categoryAxis(): string {
    return element(
      "c:catAx",
      {},
      val("c:axId", CATEGORY_AXIS_ID),
      element("c:scaling", {}, val("c:orientation", this.categoriesReversed ? "maxMin" : "minMax")),
      val("c:delete", 0),
      val("c:axPos", this.categoryAxisPosition),
      element("c:numFmt", { formatCode: "General", sourceLinked: 1 }),
      val("c:majorTickMark", "out"),
      val("c:minorTickMark", "none"),
      val("c:tickLblPos", "nextTo"),
      val("c:crossAx", VALUE_AXIS_ID),
      val("c:crosses", "autoZero"),
      val("c:auto", 1),
      val("c:lblAlgn", "ctr"),
      val("c:lblOffset", 100),
      val("c:noMultiLvlLbl", 0),
    );
  }

  private valueAxis(): string {
    const [first] = this.spec.series;
    return element(
      "c:valAx",
      {},
      val("c:axId", VALUE_AXIS_ID),
      // CT_Scaling's sequence: orientation, then max, then min.
      element("c:scaling", {}, val("c:orientation", "minMax"), this.spec.valueAxisMinimum === undefined ? "" : val("c:min", this.spec.valueAxisMinimum)),
      val("c:delete", 0),
      val("c:axPos", this.categoryAxisPosition === "l" ? "b" : "l"),
      element("c:majorGridlines"),
      element("c:numFmt", { formatCode: first === undefined ? "General" : this.valueFormat(first), sourceLinked: 1 }),
      val("c:majorTickMark", "out"),
      val("c:minorTickMark", "none"),
      val("c:tickLblPos", "nextTo"),
      val("c:crossAx", CATEGORY_AXIS_ID),
      // Categories read top-down put their last one at the bottom: the value axis crosses there, below the bars.
      val("c:crosses", this.categoriesReversed ? "max" : "autoZero"),
      val("c:crossBetween", "between"),
    );
  }

  /** A legend only when more than one series shows; an invisible series is left out of it. */
  private legend(): string {
    const visible = this.spec.series.filter((series) => series.invisible !== true);
    if (visible.length < 2) return "";
    const hidden = this.spec.series.flatMap((series, index) => (series.invisible === true ? [element("c:legendEntry", {}, val("c:idx", index), val("c:delete", 1))] : []));
    return element("c:legend", {}, val("c:legendPos", "b"), ...hidden, element("c:layout"), val("c:overlay", 0));
  }

  private printSettings(): string {
    return element(
      "c:printSettings",
      {},
      element("c:headerFooter"),
      element("c:pageMargins", { b: 0.75, l: 0.7, r: 0.7, t: 0.75, header: 0.3, footer: 0.3 }),
      element("c:pageSetup"),
    );
  }
}

export function solidFill(color: string): string {
  return element("a:solidFill", {}, element("a:srgbClr", { val: color.replace("#", "").toUpperCase() }));
}
