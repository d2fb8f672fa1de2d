import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { BRIDGE_BLOCK_HEADERS, BRIDGE_COLORS, waterfallRows } from "../../../src/reports/bridgeBlock";
import { buildReview } from "../../../src/reports/buildReview";
import type { PriceBridgeJson } from "../../../src/reports/reviewJson";
import type { SheetModel } from "../../../src/model/sheetModel";
import { reviewWorkbook } from "./reviewWorkbook";

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
    expect(sheet.cells[title + 1]!.slice(0, 6)).toEqual([...BRIDGE_BLOCK_HEADERS]);
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

  it("draws it as stacked columns on the block's helper cells: an invisible base, the totals, rises and falls", () => {
    const title = sheet.cells.findIndex((cells) => typeof cells[0] === "string" && cells[0].startsWith("Why the landed cost moved"));
    const body = { row: title + 2, rowCount: 7, columnCount: 1 };
    expect(sheet.charts).toEqual([
      {
        type: "stackedColumn",
        title: "Why the landed cost moved, 2026-Q3 (USD)",
        categories: { ...body, column: 0 },
        series: [
          { name: "Base", values: { ...body, column: 2 }, invisible: true },
          { name: "Total", values: { ...body, column: 3 }, color: BRIDGE_COLORS.total },
          { name: "Increase", values: { ...body, column: 4 }, color: BRIDGE_COLORS.increase },
          { name: "Decrease", values: { ...body, column: 5 }, color: BRIDGE_COLORS.decrease },
        ],
        anchor: { row: title, column: 7, rowCount: 16, columnCount: expect.any(Number) },
      },
    ]);
    // Six columns in sight wide: the collapsed and hidden ones it crosses draw nothing.
    const { anchor } = sheet.charts[0]!;
    const outOfSight = new Set([...(sheet.hiddenColumns ?? []), ...(sheet.columnGroups ?? []).flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index))]);
    const spanned = Array.from({ length: anchor.columnCount }, (_, index) => anchor.column + index);
    expect(spanned.filter((column) => !outOfSight.has(column))).toHaveLength(6);
    expect(outOfSight.has(anchor.column + anchor.columnCount - 1)).toBe(false);
    // The FX step falls 44 from 1240 + 534 + 112: its column hangs from that level down.
    const fxRow = sheet.cells[title + 5]!;
    expect(fxRow.slice(2, 6)).toEqual([expect.closeTo(1240 + 534 + 112 - 44, 9), null, null, expect.closeTo(44, 9)]);
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
