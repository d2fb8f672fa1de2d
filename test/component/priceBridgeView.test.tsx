import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { serialFromIso } from "../../src/core/excelDate";
import { buildReview } from "../../src/reports/buildReview";
import type { PriceReviewRowJson } from "../../src/reports/reviewJson";
import { ReviewsPage } from "../../src/taskpane/pages/ReviewsPage";
import { PriceBridgeView } from "../../src/taskpane/reviews/PriceBridgeView";
import { createSampleMemoryWorkbook } from "../../src/sample/sampleMemoryWorkbook";
import { TABLE_NAMES } from "../../src/schema/tableSpecs";
import { renderPane } from "./renderPane";
import userEvent from "@testing-library/user-event";

jest.setTimeout(20_000);

/** docs/price-review.md, worked example 1: 12.40 → 13.744, the indices explain 1.064, the factory 0.28. */
const EXAMPLE: PriceReviewRowJson = {
  sku: "S1",
  supplier: "Acme",
  oldPrice: 10,
  newPrice: 11.2,
  change: 1.2,
  changePct: 0.12,
  expectedPrice: 10.95,
  excess: 0.25,
  landedCost: 13.744,
  bestLandedCost: 13.744,
  bestSupplier: "Acme",
  singleSource: true,
  flag: "Negotiate",
  oldDutyRate: null,
  newDutyRate: null,
  tariffEffect: null,
  decision: "Open",
  agreedPrice: null,
  effectiveFrom: null,
  landedThen: 12.4,
  landedNow: 13.744,
  indices: 1.064,
  beyondIndices: 0.28,
  fx: null,
  freightAndTerms: 0,
  tariff: -0.0000000001,
  units: 500,
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));

const renderView = (row: PriceReviewRowJson, homeCurrency = "USD") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <PriceBridgeView row={row} homeCurrency={homeCurrency} />
    </FluentProvider>,
  );

describe("the row's price bridge in the decision form", () => {
  test("then, each effect signed, now: home currency at one precision for the set (3 decimals here), a step that does not apply as —", () => {
    renderView(EXAMPLE);
    expect(rowsOf(screen.getByRole("table", { name: "Why the landed cost of S1 from Acme moved" }))).toEqual([
      ["Landed then", "12.400 USD"],
      ["Indices", "+1.064 USD"],
      ["Beyond indices", "+0.280 USD"],
      ["FX", "—"],
      ["Freight & terms", "0.000 USD"],
      // Binary noise rounds to nothing and carries no sign.
      ["Tariff", "0.000 USD"],
      ["Landed now", "13.744 USD"],
    ]);
    expect(screen.getByText("500 units delivered in the period")).toBeInTheDocument();
  });

  test("a zero-decimal home currency shows whole amounts", () => {
    renderView({ ...EXAMPLE, landedThen: 1240, indices: 106, beyondIndices: 28, tariff: -4, landedNow: 1370 }, "JPY");
    expect(rowsOf(screen.getByRole("table"))[3]).toEqual(["FX", "—"]);
    expect(rowsOf(screen.getByRole("table"))[5]).toEqual(["Tariff", "−4 JPY"]);
  });

  test("a row without a bridge says why instead of a table", () => {
    renderView({ ...EXAMPLE, oldPrice: null, landedThen: null, landedNow: null, indices: null, beyondIndices: null, freightAndTerms: null, tariff: null });
    expect(screen.getByText("No price bridge: there was no old price to start from.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  test("choosing a row on the Reviews page shows its bridge beside the form, the review's figures for that row", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = userEvent.setup();
    const period = await screen.findByRole("combobox", { name: /Period/ });
    await user.clear(period);
    await user.paste("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    await user.click(await screen.findByRole("button", { name: "Decide HOOD-210 from Hanoi Garment JSC" }));
    const built = buildReview(await port.readTables(TABLE_NAMES), { period: "2026-Q3", asOf: serialFromIso("2026-09-30")! });
    if (!built.ok) throw new Error(built.message);
    const row = built.value.json.priceReview.find((candidate) => candidate.sku === "HOOD-210" && candidate.supplier === "Hanoi Garment JSC")!;
    const shown = rowsOf(screen.getByRole("table", { name: "Why the landed cost of HOOD-210 from Hanoi Garment JSC moved" }));
    expect(shown.map(([label]) => label)).toEqual(["Landed then", "Indices", "Beyond indices", "FX", "Freight & terms", "Tariff", "Landed now"]);
    // A VND quote without an index: no expected price; the dong's move is the FX step; the home currency's 4 decimals as carried.
    expect(shown[0]![1]).toBe(`${row.landedThen!.toFixed(4)} USD`);
    expect(shown[1]![1]).toBe("—");
    expect(shown[3]![1]).toBe(`−${Math.abs(row.fx!).toFixed(4)} USD`);
    expect(shown[6]![1]).toBe(`${row.landedNow!.toFixed(4)} USD`);
    expect(screen.getByRole("textbox", { name: "Agreed price (VND)" })).toBeInTheDocument();
  });
});
