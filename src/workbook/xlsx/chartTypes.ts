import type { ChartSeries, ChartSpec } from "../../model/sheetModel";
import { ChartPart, solidFill, type ChartSheet } from "./chartPart";
import { element } from "./xmlElements";

/**
 * The three chart types a sheet model draws, each the plot element Excel writes for it (chart_bar01,
 * chart_line01 and chart_column02 of XlsxWriter's comparison files): horizontal bars, lines with
 * markers, and stacked columns that overlap fully, as a bridge needs.
 */

const val = (name: string, value: string | number) => element(name, { val: value });

/** Horizontal bars; the first category at the top, as the table lists them (the Excel adapter's reversePlotOrder). */
class BarChartPart extends ChartPart {
  protected readonly categoryAxisPosition = "l";
  protected override readonly categoriesReversed = true;

  protected plot(): string {
    return element("c:barChart", {}, val("c:barDir", "bar"), val("c:grouping", "clustered"), val("c:varyColors", 0), this.series(), val("c:gapWidth", 150), this.axisIds());
  }
}

/** Lines with markers (Excel's LineMarkers, which the Excel adapter draws). */
class LineChartPart extends ChartPart {
  protected readonly categoryAxisPosition = "b";

  protected plot(): string {
    return element("c:lineChart", {}, val("c:grouping", "standard"), val("c:varyColors", 0), this.series(), val("c:marker", 1), this.axisIds());
  }

  /** A line's colour is its stroke, and its markers' fill and outline. */
  protected override seriesShape(series: ChartSeries): string {
    if (series.invisible === true || series.color === undefined) return super.seriesShape(series);
    return element("c:spPr", {}, element("a:ln", { w: 28575, cap: "rnd" }, solidFill(series.color), element("a:round")));
  }

  protected override seriesMarker(series: ChartSeries): string {
    if (series.invisible === true) return element("c:marker", {}, val("c:symbol", "none"));
    if (series.color === undefined) return "";
    return element("c:marker", {}, val("c:symbol", "circle"), val("c:size", 5), element("c:spPr", {}, solidFill(series.color), element("a:ln", {}, solidFill(series.color))));
  }

  protected override seriesEnd(): string {
    return val("c:smooth", 0);
  }
}

/** Stacked columns overlapping fully: a bridge's invisible base carries the visible step above it. */
class StackedColumnChartPart extends ChartPart {
  protected readonly categoryAxisPosition = "b";

  protected plot(): string {
    return element("c:barChart", {}, val("c:barDir", "col"), val("c:grouping", "stacked"), val("c:varyColors", 0), this.series(), val("c:gapWidth", 150), val("c:overlap", 100), this.axisIds());
  }
}

const PARTS = { bar: BarChartPart, line: LineChartPart, stackedColumn: StackedColumnChartPart } as const;

/** The chart part's XML for a ChartSpec on the given sheet. */
export function chartPartXml(spec: ChartSpec, sheet: ChartSheet): string {
  return new PARTS[spec.type](spec, sheet).xml();
}
