import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { BRIDGE_BLOCK_HEADERS, BRIDGE_COLORS, waterfallLevels, waterfallRows } from "../../../src/reports/bridgeBlock";
import { waterfallAxisMinimum } from "../../../src/reports/waterfallAxis";
import { buildReview } from "../../../src/reports/buildReview";
import type { PriceBridgeJson } from "../../../src/reports/reviewJson";
import type { SheetModel } from "../../../src/model/sheetModel";
import { reviewWorkbook } from "./reviewWorkbook";
import { printedPage } from "../../support/printedPage";

/** The price review sheet's bridge: detail columns per row, the block under the rows and its waterfall chart. */

const QUOTES = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "MOQ", "FreightPerUnit", "DutyRate"];
const tables = reviewWorkbook({
  Suppliers: [["Supplier"], ["Acme"], ["Berlin"]],
  Quotes: [
    QUOTES,
    ["Acme", "S1", "2026-04-01", 10, null, 1000, 1.2, 0.12],
    ["Acme", "S1", "2026-08-01", 11, null, 1000, 1.2, 0.12],
    ["Berlin", "S2", "2026-05-01", 8, "EUR", null, 1, 0.1],
  ],
  FxRates: [["Currency", "Date", "Rate"], ["EUR", "2026-01-01", 1.1], ["EUR", "2026-09-01", 1]],
  Shipments: [["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate"], ["Acme", "P1", "S1", 100, "2026-08-20", "2026-08-20"], ["Berlin", "P2", "S2", 50, "2026-09-05", "2026-09-05"]],
});
const result = buildReview(tables, { period: "2026-Q3", asOf: serialFromIso("2026-10-15")! });
if (!result.ok) throw new Error(result.message);
const review = result.value;
const sheet = review.sheets.find((candidate) => candidate.kind === "priceReview") as SheetModel;
const header = sheet.cells[3]!;

describe("the price review sheet's bridge", () => {
  it("shows each row's bridge as detail columns after the tariff effect, in home currency per unit, and its units", () => {
    const start = header.indexOf("Tariff effect (USD)") + 1;
    expect(header.slice(start, start + 8)).toEqual(["Landed then (USD)", "Δ Indices", "Δ Beyond indices", "Δ FX", "Δ Freight & terms", "Δ Tariff", "Landed now (USD)", "Units delivered"]);
    const acme = sheet.cells[4]!;
    // 10 + 1.2 + 1.2 = 12.40 → 11 + 1.2 + 1.32 = 13.52: the whole move is the factory's (no index).
    expect(acme.slice(start, start + 8)).toEqual([expect.closeTo(12.4, 9), null, expect.closeTo(1.12, 9), 0, 0, 0, expect.closeTo(13.52, 9), 100]);
    expect(sheet.numberFormats[4]![start]).toBe("#,##0.00##");
    expect(sheet.numberFormats[4]![start + 7]).toBe("#,##0");
  });

  it("puts the quarter's bridge in money under the rows, above the data problems, which stay findable", () => {
    const title = sheet.cells.findIndex((cells) => typeof cells[0] === "string" && cells[0].startsWith("Why the landed cost moved"));
    expect(title).toBeGreaterThan(4 + review.json.priceReview.length);
    expect(sheet.cells[title + 1]!.slice(0, 2)).toEqual(["Step", "Amount"]);
    const block = sheet.cells.slice(title + 2, title + 9).map((cells) => cells.slice(0, 2));
    // Acme 100 × 12.40 = 1240 → 1352; Berlin's EUR 8.00 at 1.10 then 1.00: 50 × (10.68 → 9.80).
    const { priceBridge } = review.json;
    expect(priceBridge).toEqual({
      landedThen: expect.closeTo(1240 + 50 * 10.68, 9),
      indices: 0,
      beyondIndices: expect.closeTo(112, 9),
      fx: expect.closeTo(50 * (9.8 - 10.68), 9),
      freightAndTerms: 0,
      tariff: 0,
      landedNow: expect.closeTo(1352 + 50 * 9.8, 9),
    });
    expect(block).toEqual([
      ["Landed then", priceBridge.landedThen],
      ["Indices", 0],
      ["Beyond indices", priceBridge.beyondIndices],
      ["FX", priceBridge.fx],
      ["Freight & terms", 0],
      ["Tariff", 0],
      ["Landed now", priceBridge.landedNow],
    ]);
    expect(sheet.numberFormats[title + 2]![1]).toBe("#,##0.00");
    expect(sheet.styles).toContainEqual({ range: { row: title, column: 0, rowCount: 1, columnCount: sheet.columnWidths.length }, style: "sectionTitle" });
    const problems = sheet.cells.findIndex((cells) => cells[0] === "Data problems");
    expect(problems).toBeGreaterThanOrEqual(title + 16);
    // In the first columns in sight (the details are grouped).
    expect(sheet.cells[problems + 1]!.filter((cell) => cell !== null)).toEqual(["Table", "Row", "Column", "Message"]);
  });

  it("shows Step and Amount only: the chart's helper cells are in hidden columns past the table's last, out of the screen and the printed page", () => {
    const title = sheet.cells.findIndex((cells) => typeof cells[0] === "string" && cells[0].startsWith("Why the landed cost moved"));
    const helpers = BRIDGE_BLOCK_HEADERS.slice(2).map((name) => sheet.cells[title + 1]!.indexOf(name));
    const tableWidth = header.filter((cell) => cell !== null).length;
    expect(helpers).toEqual([0, 1, 2, 3].map((index) => helpers[0]! + index));
    expect(helpers[0]).toBeGreaterThanOrEqual(tableWidth);
    expect(helpers.filter((column) => !sheet.hiddenColumns!.includes(column))).toEqual([]);
    expect(sheet.columnWidths).toHaveLength(helpers[3]! + 1);
    // Every cell of the block in sight is Step's or Amount's: nothing shows beside the meeting's columns.
    const outOfSight = new Set([...sheet.hiddenColumns!, ...(sheet.columnGroups ?? []).flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index))]);
    const inSight = sheet.cells.slice(title + 1, title + 9).flatMap((cells) => cells.flatMap((cell, column) => (cell === null || outOfSight.has(column) ? [] : [column])));
    expect(new Set(inSight)).toEqual(new Set([0, 1]));
    expect(printedPage(sheet, "A4").firstPageColumns.filter((column) => helpers.includes(column))).toEqual([]);
    // The FX step falls 44 from 1240 + 534 + 112: its column hangs from that level down.
    const fxRow = sheet.cells[title + 5]!;
    expect(fxRow.slice(helpers[0], helpers[0]! + 4)).toEqual([expect.closeTo(1240 + 534 + 112 - 44, 9), null, null, expect.closeTo(44, 9)]);
    expect(sheet.numberFormats[title + 5]![helpers[0]!]).toBe("#,##0.00");
  });

  it("draws it as stacked columns on those helper cells (an invisible base, the totals, rises and falls), below the block's title, from a round value axis minimum", () => {
    const title = sheet.cells.findIndex((cells) => typeof cells[0] === "string" && cells[0].startsWith("Why the landed cost moved"));
    const body = { row: title + 2, rowCount: 7, columnCount: 1 };
    const base = sheet.cells[title + 1]!.indexOf("Base");
    expect(sheet.charts).toEqual([
      {
        type: "stackedColumn",
        title: "Why the landed cost moved, 2026-Q3 (USD)",
        categories: { ...body, column: 0 },
        series: [
          { name: "Base", values: { ...body, column: base }, invisible: true },
          { name: "Total", values: { ...body, column: base + 1 }, color: BRIDGE_COLORS.total },
          { name: "Increase", values: { ...body, column: base + 2 }, color: BRIDGE_COLORS.increase },
          { name: "Decrease", values: { ...body, column: base + 3 }, color: BRIDGE_COLORS.decrease },
        ],
        // Levels 1774 (then), 1886 (highest), 1842 (now): room of 1774 / 20 below the lowest, 1685.3, down to a whole 50.
        valueAxisMinimum: 1650,
        anchor: { row: title + 1, column: expect.any(Number), rowCount: 16, columnCount: expect.any(Number) },
      },
    ]);
    // Right of Step and Amount, eight columns in sight wide (Old price to Agreed price): the collapsed and hidden ones it crosses draw nothing.
    const { anchor } = sheet.charts[0]!;
    const outOfSight = new Set([...(sheet.hiddenColumns ?? []), ...(sheet.columnGroups ?? []).flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index))]);
    const spanned = Array.from({ length: anchor.columnCount }, (_, index) => anchor.column + index);
    expect(header[anchor.column]).toBe("Old price");
    expect(spanned.filter((column) => !outOfSight.has(column)).map((column) => header[column])).toEqual(["Old price", "New price", "Change", "Change %", "Landed cost (USD)", "Flag", "Decision", "Agreed price"]);
    expect(outOfSight.has(anchor.column + anchor.columnCount - 1)).toBe(false);
    // The title's row is left clear, so its text runs on in full (and it is the only text there).
    expect(anchor.row).toBeGreaterThan(title);
    expect(sheet.cells[title]!.filter((cell) => cell !== null)).toHaveLength(1);
  });

  it("a review without rows has no block and no chart", () => {
    const empty = buildReview(reviewWorkbook({}), { period: "2026-Q3", asOf: serialFromIso("2026-10-15")! });
    if (!empty.ok) throw new Error(empty.message);
    const emptySheet = empty.value.sheets.find((candidate) => candidate.kind === "priceReview")!;
    expect(emptySheet.charts).toEqual([]);
    expect(emptySheet.cells.some((cells) => typeof cells[0] === "string" && cells[0].startsWith("Why the landed cost moved"))).toBe(false);
  });
});

describe("the waterfall's helper cells", () => {
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100);
  const bridges = fc
    .record({ landedThen: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100), indices: amount, beyondIndices: amount, fx: amount, freightAndTerms: amount, tariff: amount })
    .filter((bridge) => {
      // Levels are landed costs × units: never below zero.
      let level = bridge.landedThen;
      for (const effect of [bridge.indices, bridge.beyondIndices, bridge.fx, bridge.freightAndTerms, bridge.tariff]) {
        level += effect;
        if (level < 0) return false;
      }
      return true;
    })
    .map((bridge): PriceBridgeJson => ({ ...bridge, landedNow: bridge.landedThen + bridge.indices + bridge.beyondIndices + bridge.fx + bridge.freightAndTerms + bridge.tariff }));

  it("stack each step's column from the level the steps before it left to the level after it", () => {
    fc.assert(
      fc.property(bridges, (bridge) => {
        const rows = waterfallRows(bridge);
        let level = bridge.landedThen;
        for (const [, value, base, total, up, down] of rows.slice(1, 6) as [string, number, number, null, number | null, number | null][]) {
          expect(total).toBeNull();
          expect(base).toBeGreaterThanOrEqual(0);
          // The column covers [min(level, after), max(level, after)]: a rise in Increase, a fall in Decrease.
          const after = level + value;
          expect(base + (up ?? 0) + (down ?? 0)).toBeCloseTo(Math.max(level, after), 6);
          expect(base).toBeCloseTo(Math.min(level, after), 6);
          expect(up === null || down === null).toBe(true);
          level = after;
        }
        expect(rows[6]!.slice(1, 4)).toEqual([bridge.landedNow, 0, bridge.landedNow]);
      }),
    );
  });
});

describe("the waterfall's value axis", () => {
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100);
  /** A bridge's levels are landed costs × units, never below zero; any scale from cents to billions. */
  const bridges = fc
    .tuple(fc.record({ landedThen: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100), indices: amount, beyondIndices: amount, fx: amount, freightAndTerms: amount, tariff: amount }), fc.integer({ min: -3, max: 4 }))
    .map(([bridge, scale]) => Object.fromEntries(Object.entries(bridge).map(([key, value]) => [key, value * 10 ** scale])) as Omit<PriceBridgeJson, "landedNow">)
    .filter((bridge) => waterfallLevels({ ...bridge, landedNow: 0 }).slice(0, -1).every((level) => level >= 0))
    .map((bridge): PriceBridgeJson => ({ ...bridge, landedNow: bridge.landedThen + bridge.indices + bridge.beyondIndices + bridge.fx + bridge.freightAndTerms + bridge.tariff }));

  /** Whether `value` is a whole number of `unit`s, to the binary noise of the division. */
  const wholeNumberOf = (value: number, unit: number) => Math.abs(value / unit - Math.round(value / unit)) <= 1e-9 * Math.max(1, Math.abs(value / unit));

  it("starts at a round number below the lowest level, so every bar stands within the axis and the ends still show", () => {
    fc.assert(
      fc.property(bridges, (bridge) => {
        const levels = waterfallLevels(bridge);
        const minimum = waterfallAxisMinimum(levels);
        const lowest = Math.min(...levels);
        const highest = Math.max(...levels);
        expect(minimum).toBeGreaterThanOrEqual(0);
        expect(minimum).toBeLessThanOrEqual(lowest);
        if (lowest > 0) expect(minimum).toBeLessThan(lowest);
        // Room under the lowest level: half the steps' spread, at least a twentieth of the level (all of it when the axis starts at zero).
        expect(lowest - minimum).toBeGreaterThanOrEqual(Math.min(lowest, Math.max((highest - lowest) / 2, lowest / 20)) * (1 - 1e-12));
        // Round: a whole number of 10^j, j the order of a sixth of the axis from it to the highest level.
        if (minimum > 0) expect(wholeNumberOf(minimum, 10 ** Math.floor(Math.log10((highest - minimum) / 6)))).toBe(true);
        const rows = waterfallRows(bridge);
        for (const [, , base, total, up, down] of rows as [string, number, number, number | null, number | null, number | null][]) {
          if (total !== null) {
            // An end is a bar from the axis up to its level: above the axis whenever it is above zero.
            expect(total).toBeGreaterThanOrEqual(minimum);
            if (total > 0) expect(total).toBeGreaterThan(minimum);
          } else {
            // A step's bar stands on its invisible base, which never dips under the axis (where the host would cut the step).
            expect(base).toBeGreaterThanOrEqual(minimum);
            expect(base + (up ?? 0) + (down ?? 0)).toBeGreaterThanOrEqual(base);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("for the sample's 2026-Q3 (1.09 M then, 1.07 M now, 1.16 M at the highest) starts at 1,000,000: docs/price-review.md", () => {
    const levels = [1_094_383.66, 1_148_613.84, 1_162_747.98, 1_157_743.49, 1_157_743.49, 1_071_398.09, 1_071_398.09];
    expect(waterfallAxisMinimum(levels)).toBe(1_000_000);
  });

  it("starts at zero when the steps are large against the level, or nothing was delivered", () => {
    // 100 then, up 300, down to 50: half the spread (175) reaches below zero.
    expect(waterfallAxisMinimum([100, 400, 50, 50])).toBe(0);
    expect(waterfallAxisMinimum([0, 0, 0])).toBe(0);
    expect(waterfallAxisMinimum([5e-324, 5e-324])).toBe(0);
  });

  it("leaves room under levels that did not move, so the ends stand as bars: 1,000 flat starts at 950", () => {
    // Room 1000 / 20 = 50 down to 950; the axis to 1000 spans 50, a fifth of it 10: 950 is already whole.
    expect(waterfallAxisMinimum([1000, 1000, 1000])).toBe(950);
    // 12.34 flat: room 0.617 down to 11.723, a fifth of the axis 0.1234, so whole 0.2s: 11.6.
    expect(waterfallAxisMinimum([12.34, 12.34])).toBe(11.6);
  });
});
