import { moneyNumberFormat } from "../core/currencyPrecision";
import { BRIDGE_EFFECTS } from "../core/priceBridge";
import type { Cell } from "../model/sheetModel";
import type { PriceBridgeJson } from "./reviewJson";
import type { SheetBlock } from "./sheetLayout";
import { waterfallAxisMinimum } from "./waterfallAxis";

/**
 * The price review's bridge block (PRODUCT.md, Price review): the quarter's landed cost then, the
 * five effects and now, in money, and the waterfall drawn from them as stacked columns — an
 * invisible base under each step, the two ends as totals, rises and falls in their own series —
 * because Excel's own waterfall type lives in a chart part other readers do not open and Office.js
 * cannot title it. The block shows Step and Amount; the helper cells the chart reads sit in hidden
 * columns past the table's last (sheetLayout.ts), and the chart plots hidden cells.
 */

/** The bridge's steps in order, and how every surface names them. */
export const BRIDGE_STEPS = ["landedThen", ...BRIDGE_EFFECTS, "landedNow"] as const satisfies readonly (keyof PriceBridgeJson)[];

export const BRIDGE_LABELS: Readonly<Record<(typeof BRIDGE_STEPS)[number], string>> = {
  landedThen: "Landed then",
  indices: "Indices",
  beyondIndices: "Beyond indices",
  fx: "FX",
  freightAndTerms: "Freight & terms",
  tariff: "Tariff",
  landedNow: "Landed now",
};

export const BRIDGE_BLOCK_HEADERS = ["Step", "Amount", "Base", "Total", "Increase", "Decrease"] as const;
/** Step and Amount are shown; Base, Total, Increase and Decrease are the chart's, out of sight. */
export const BRIDGE_SHOWN_COLUMNS = 2;

/** A rise of the landed cost is the buyer's loss (red), a fall its gain (green); the ends in grey. */
export const BRIDGE_COLORS = { total: "#808080", increase: "#C0504D", decrease: "#70AD47" } as const;

/** Rows the chart spans, from the block's header row: the title's row above it stays clear, so the title reads in full. */
const CHART_ROWS = 16;
/** Columns in sight the chart spans (tableSheet stretches it over collapsed ones): the price review's meeting columns right of Step and Amount (Old price to Agreed price), so it prints on page 1 within them. */
const CHART_COLUMNS = 8;

/**
 * One row per step: its amount, then the waterfall's cells. Each effect stands on the level the
 * steps before it left (a fall hangs down from it); the levels are landed costs × units, never below
 * zero, so the base is never negative (a hair of binary noise is held at 0).
 */
export function waterfallRows(bridge: PriceBridgeJson): Cell[][] {
  const levels = waterfallLevels(bridge);
  const steps = BRIDGE_EFFECTS.map((effect, index): Cell[] => {
    const amount = bridge[effect];
    return [BRIDGE_LABELS[effect], amount, Math.max(0, Math.min(levels[index]!, levels[index + 1]!)), null, amount >= 0 ? amount : null, amount < 0 ? -amount : null];
  });
  return [[BRIDGE_LABELS.landedThen, bridge.landedThen, 0, bridge.landedThen, null, null], ...steps, [BRIDGE_LABELS.landedNow, bridge.landedNow, 0, bridge.landedNow, null, null]];
}

/** The levels the waterfall's bars stand between: landed then, after each effect in turn, landed now. */
export function waterfallLevels(bridge: PriceBridgeJson): number[] {
  const levels = [bridge.landedThen];
  for (const effect of BRIDGE_EFFECTS) levels.push(levels.at(-1)! + bridge[effect]);
  return [...levels, bridge.landedNow];
}

/** The block under the price review's rows, with its chart to the right of it. */
export function bridgeBlock(bridge: PriceBridgeJson, homeCurrency: string, period: string): SheetBlock {
  const rows = waterfallRows(bridge);
  const money = moneyNumberFormat(homeCurrency);
  return {
    title: `Why the landed cost moved: ${period} deliveries at last period's and this period's landed cost (${homeCurrency})`,
    headers: BRIDGE_BLOCK_HEADERS,
    rows,
    formats: rows.map(() => [null, money, money, money, money, money]),
    shownColumns: BRIDGE_SHOWN_COLUMNS,
    minRows: 1 + CHART_ROWS,
    charts: ({ titleRow, column }) => [
      {
        type: "stackedColumn",
        title: `Why the landed cost moved, ${period} (${homeCurrency})`,
        categories: column(0),
        series: [
          { name: "Base", values: column(2), invisible: true },
          { name: "Total", values: column(3), color: BRIDGE_COLORS.total },
          { name: "Increase", values: column(4), color: BRIDGE_COLORS.increase },
          { name: "Decrease", values: column(5), color: BRIDGE_COLORS.decrease },
        ],
        valueAxisMinimum: waterfallAxisMinimum(waterfallLevels(bridge)),
        anchor: { row: titleRow + 1, column: BRIDGE_SHOWN_COLUMNS + 1, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS },
      },
    ],
  };
}
