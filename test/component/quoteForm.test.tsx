import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { serialFromIso } from "../../src/core/excelDate";
import { TABLE_SPECS } from "../../src/schema/tableSpecs";
import { QuotesPage } from "../../src/taskpane/pages/QuotesPage";
import { renderPane, workbookWith } from "./renderPane";

// Fluent's controls re-render on every input in jsdom: a whole quote takes a few seconds to fill.
jest.setTimeout(30_000);

const column = (name: string) => TABLE_SPECS.Quotes.findIndex((spec) => spec.name === name);

function quoteRow(supplier: string, sku: string, unitPrice: number, moq: number, freightPerUnit: number): (string | number | null)[] {
  const row: (string | number | null)[] = TABLE_SPECS.Quotes.map(() => null);
  row[column("Supplier")] = supplier;
  row[column("SKU")] = sku;
  row[column("QuoteDate")] = serialFromIso("2026-01-15");
  row[column("UnitPrice")] = unitPrice;
  row[column("Currency")] = "USD";
  row[column("MOQ")] = moq;
  row[column("FreightPerUnit")] = freightPerUnit;
  return row;
}

async function openQuotesPage(rows = [quoteRow("Ningbo Bags", "TOTE-01", 11, 500, 0.8)]) {
  const port = workbookWith({ Suppliers: [["Ningbo Bags"], ["Saigon Knit"]], Quotes: rows, Settings: [] });
  const user = userEvent.setup();
  renderPane(<QuotesPage />, port);
  await screen.findByRole("form", { name: "New quote" });
  return { port, user };
}

const field = (label: string | RegExp) => screen.getByRole("textbox", { name: label });
const combobox = (label: string | RegExp) => screen.getByRole("combobox", { name: label });
const submit = () => screen.getByRole("button", { name: "Add quote to Quotes" });

/** Fills a field as a user pasting into it would, then leaves it (one input event: jsdom types slowly). */
async function type(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text) await user.paste(text);
  await user.tab();
}

describe("quote form validation", () => {
  test("a submit of the empty form names every required field", async () => {
    const { port, user } = await openQuotesPage();
    await type(user, field(/Quote date/), "");
    await user.click(submit());
    expect(await screen.findByText("Supplier is required.")).toBeInTheDocument();
    expect(screen.getByText("SKU is required.")).toBeInTheDocument();
    expect(screen.getByText("Quote date is required.")).toBeInTheDocument();
    expect(screen.getByText("Unit price is required.")).toBeInTheDocument();
    expect(port.tableRows("Quotes")).toHaveLength(1);
  });

  test("a message shows under a field once the user leaves it, not before", async () => {
    const { user } = await openQuotesPage();
    await user.type(field(/Unit price/), "-5");
    expect(screen.queryByText("-5 must be above 0.")).not.toBeInTheDocument();
    await user.tab();
    expect(await screen.findByText("-5 must be above 0.")).toBeInTheDocument();
  });

  test.each([
    [/^MOQ/, "0", "0 is below 1."],
    [/^MOQ/, "12.5", "12.5 is not a whole number."],
    [/^MOQ/, "many", '"many" is not a whole number.'],
    [/Duty rate/, "12", "12 is implausibly large (above 3) — write a rate as a fraction, 12% is 0.12."],
    [/Duty rate/, "-0.1", "-0.1 is negative — write a rate as a fraction, 12% is 0.12."],
    [/Deposit/, "30", "30 is implausibly large (above 1) — write a rate as a fraction, 30% is 0.3."],
    [/Quote date/, "2026-02-30", '"2026-02-30" is not a date (an Excel date or ISO text such as 2026-07-15).'],
    [/Quote date/, "1999-12-31", "1999-12-31 is not a plausible date (2000-01-01 to 2200-12-31)."],
    ["Material", "-1", "-1 is negative."],
    [/Freight per unit/, "1,2", '"1,2" is not a number.'],
    [/Lead time/, "1000", "1000 is implausibly large (above 730) — lead time is in days."],
  ])("%s %p: %s", async (label, text, message) => {
    const { user } = await openQuotesPage();
    await type(user, field(label), text);
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  test("a currency that is not a three-letter code is refused", async () => {
    const { user } = await openQuotesPage();
    await type(user, combobox(/Currency/), "Dollar");
    expect(await screen.findByText('"Dollar" is not a three-letter currency code such as USD.')).toBeInTheDocument();
  });

  test("price-break quantities must increase from the MOQ up", async () => {
    const { user } = await openQuotesPage();
    await type(user, field(/^MOQ/), "1000");
    await user.click(screen.getByRole("button", { name: "Add price break" }));
    await user.click(screen.getByRole("button", { name: "Add price break" }));
    await type(user, field(/Tier 1 quantity/), "800");
    await type(user, field(/Tier 1 unit price/), "9.5");
    await type(user, field(/Tier 2 quantity/), "5000");
    await type(user, field(/Tier 2 unit price/), "0");
    expect(await screen.findByText("Tier quantities must increase: this one must be above 1000.")).toBeInTheDocument();
    expect(screen.getByText("0 must be above 0.")).toBeInTheDocument();
    await type(user, field(/Tier 1 quantity/), "6000");
    expect(await screen.findByText("Tier quantities must increase: this one must be above 6000.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove tier 1" }));
    expect(screen.queryByText(/Tier quantities must increase/)).not.toBeInTheDocument();
  });
});

describe("landed-cost preview", () => {
  const total = () => screen.getByTestId("landed-cost-total");

  test("LANDEDCOST's reference case: 10 FOB, 1000 units, freight 1200, duty 12% lands at 12.40", async () => {
    const { user } = await openQuotesPage();
    expect(screen.getByRole("status", { name: "Landed cost preview" })).toHaveTextContent(/Enter a valid unit price/);
    await type(user, field(/Unit price/), "10");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field(/Freight per unit/), "1.2");
    await type(user, field(/Duty rate/), "0.12");
    expect(total()).toHaveTextContent("12.40 USD per unit");
    const parts = within(screen.getByRole("table", { name: /part by part/ }));
    expect(parts.getByRole("row", { name: /Duty/ })).toHaveTextContent("1.20 USD");
    expect(parts.getByRole("row", { name: /Freight/ })).toHaveTextContent("1.20 USD");
  });

  test("follows every input: duty, tooling spread over the MOQ, and incoterm", async () => {
    const { user } = await openQuotesPage();
    await type(user, field(/Unit price/), "10");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field(/Freight per unit/), "1.2");
    expect(total()).toHaveTextContent("11.20 USD per unit");
    await type(user, field(/Duty rate/), "0.12");
    await type(user, field(/Tooling/), "500");
    // Tooling is part of the dutiable price: (10 + 0.5) × 1.12 + 1.2
    expect(total()).toHaveTextContent("12.96 USD per unit");
    await user.click(combobox(/Incoterm/));
    await user.click(screen.getByRole("option", { name: "DDP" }));
    // DDP: the price holds carriage and duty, so only the price (with tooling) is paid.
    expect(total()).toHaveTextContent("10.50 USD per unit");
  });

  test("the total, customs value and parts share one precision, and counts are written as the form reads them", async () => {
    const { user } = await openQuotesPage();
    await type(user, field(/Unit price/), "10");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field(/Freight per unit/), "1.2");
    await type(user, field(/Insurance per unit/), "0.0125");
    await type(user, field(/Duty rate/), "0.12");
    expect(total()).toHaveTextContent("12.4125 USD per unit");
    const preview = screen.getByRole("status", { name: "Landed cost preview" });
    expect(preview).toHaveTextContent("For 1,000 units, FOB customs value 10.0000 USD.");
    const parts = within(screen.getByRole("table", { name: /part by part/ }));
    expect(parts.getByRole("row", { name: /Insurance/ })).toHaveTextContent("0.0125 USD");
    expect(parts.getByRole("row", { name: /Duty/ })).toHaveTextContent("1.2000 USD");
    expect(parts.getByRole("row", { name: /Product/ })).toHaveTextContent("10.0000 USD");
  });

  test("a blank duty rate with an HTS code takes the Duties rate in force on the quote date, for the supplier's country unless Origin says otherwise", async () => {
    const day = (iso: string) => serialFromIso(iso)!;
    const port = workbookWith({
      Suppliers: [["Ningbo Bags", "China"]],
      Quotes: [],
      Duties: [
        ["*", "4202.92.31", "MFN", 0.176, null, day("2025-01-01"), null, "HTSUS"],
        ["CN", "4202.92", "Section 301", 0.25, null, day("2019-05-10"), null, "84 FR 20459"],
        ["*", "*", "Section 122", 0.1, null, day("2026-02-24"), day("2026-07-23"), "Proclamation of 2026-02-20"],
      ],
      Settings: [],
    });
    const user = userEvent.setup();
    renderPane(<QuotesPage />, port);
    await screen.findByRole("form", { name: "New quote" });
    await type(user, combobox("Supplier"), "Ningbo Bags");
    await type(user, field(/Quote date/), "2026-03-02");
    await type(user, field(/Unit price/), "10");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field(/Freight per unit/), "1.2");
    await type(user, field(/HTS code/), "4202.92.3131");
    // 17.6% + 25% + 10% of 10.00: 10 + 1.20 + 5.26.
    expect(total()).toHaveTextContent("16.46 USD per unit");
    expect(screen.getByTestId("duty-from-duties")).toHaveTextContent("Duty 52.6% from the Duties table on the quote date: MFN + Section 301 + Section 122.");
    await type(user, field(/Quote date/), "2026-08-01");
    expect(total()).toHaveTextContent("15.46 USD per unit");
    await type(user, field(/^Origin/), "Vietnam");
    expect(total()).toHaveTextContent("12.96 USD per unit");
    await type(user, field(/Duty rate/), "0.12");
    expect(total()).toHaveTextContent("12.40 USD per unit");
    expect(screen.queryByTestId("duty-from-duties")).not.toBeInTheDocument();
  });

  test("a quote currency without an FX rate says which rate is missing", async () => {
    const { user } = await openQuotesPage();
    await type(user, field(/Unit price/), "10");
    await type(user, combobox(/Currency/), "CNY");
    expect(screen.getByRole("status", { name: "Landed cost preview" })).toHaveTextContent("FxRates has no CNY rate on or before the quote date");
  });
});

describe("adding a quote", () => {
  test("appends exactly one Quotes row per tier, the breakdown on the base row only, and shows it in the comparison", async () => {
    const { port, user } = await openQuotesPage();
    await type(user, combobox("Supplier"), "Saigon Knit");
    await type(user, combobox("SKU"), "TOTE-01");
    await type(user, field(/Quote date/), "2026-03-02");
    await type(user, field(/Unit price/), "10");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field("Material"), "6");
    await type(user, field(/Freight per unit/), "1.2");
    await type(user, field(/Duty rate/), "0.12");
    await user.click(screen.getByRole("button", { name: "Add price break" }));
    await type(user, field(/Tier 1 quantity/), "5000");
    await type(user, field(/Tier 1 unit price/), "9.4");
    await user.click(screen.getByRole("button", { name: "Add price break" }));
    await type(user, field(/Tier 2 quantity/), "10000");
    await type(user, field(/Tier 2 unit price/), "9");
    await user.click(submit());

    expect(await screen.findByText("Added 3 rows to Quotes: Saigon Knit, TOTE-01.")).toBeInTheDocument();
    const rows = port.tableRows("Quotes") ?? [];
    expect(rows).toHaveLength(4);
    const added = rows.slice(1);
    expect(added.map((row) => [row[column("Supplier")], row[column("Quantity")], row[column("UnitPrice")], row[column("Material")]])).toEqual([
      ["Saigon Knit", 1000, 10, 6],
      ["Saigon Knit", 5000, 9.4, null],
      ["Saigon Knit", 10000, 9, null],
    ]);
    expect(added.every((row) => row[column("QuoteDate")] === serialFromIso("2026-03-02") && row[column("DutyRate")] === 0.12)).toBe(true);

    const comparison = await screen.findByRole("table", { name: "Quotes for TOTE-01 by landed cost" });
    await waitFor(() => expect(within(comparison).getAllByRole("row")).toHaveLength(3));
    const [, best, other] = within(comparison).getAllByRole("row");
    expect(best).toHaveTextContent(/Ningbo Bags.*best/);
    expect(best).toHaveTextContent("11.80 USD");
    expect(other).toHaveTextContent(/Saigon Knit/);
    expect(other).toHaveTextContent("12.40 USD");
  });

  test("an invalid quote writes nothing", async () => {
    const { port, user } = await openQuotesPage();
    await type(user, combobox("Supplier"), "Saigon Knit");
    await type(user, combobox("SKU"), "TOTE-01");
    await type(user, field(/Unit price/), "10");
    await type(user, field(/^MOQ/), "0");
    await user.click(submit());
    expect(await screen.findByText("0 is below 1.")).toBeInTheDocument();
    expect(port.tableRows("Quotes")).toHaveLength(1);
  });
});
