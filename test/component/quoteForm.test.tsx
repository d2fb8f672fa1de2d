import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isoFromSerial, serialFromIso, todaySerial } from "../../src/core/excelDate";
import { TABLE_SPECS } from "../../src/schema/tableSpecs";
import { QuotesPage } from "../../src/taskpane/pages/QuotesPage";
import { createSampleMemoryWorkbook } from "../../src/sample/sampleMemoryWorkbook";
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
    [/^MOQ/, "many", '"many" is not a number.'],
    [/^MOQ/, "30%", '"30%" is a percentage: this field takes a whole number.'],
    [/Lead time/, "2.5", "2.5 is not a whole number — lead time is in days."],
    [/Duty rate/, "5", "5 is 500%: type 5% or 0.05."],
    [/Duty rate/, "1.5", "1.5 is 150%: type 1.5% or 0.015."],
    [/Duty rate/, "500%", "5 is implausibly large (above 3)."],
    [/Duty rate/, "-0.1", "-0.1 is negative."],
    [/Deposit/, "30", "30 is 3,000%: type 30% or 0.3."],
    [/Deposit/, "150%", "150% is above 100%: a deposit is a share of the order's value."],
    [/Quote date/, "2026-02-30", '"2026-02-30" is not a date (an Excel date or ISO text such as 2026-07-15).'],
    [/Quote date/, "1999-12-31", "1999-12-31 is not a plausible date (2000-01-01 to 2200-12-31)."],
    ["Material", "-1", "-1 is negative."],
    [/Freight per unit/, "1,2", '"1,2" is not a number: group thousands with a comma (1,000) and write decimals with a point (1.5).'],
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
    expect(await screen.findByText("Below the MOQ of 1,000: a price break is for a larger order.")).toBeInTheDocument();
    expect(screen.getByText("0 must be above 0.")).toBeInTheDocument();
    await type(user, field(/Tier 1 quantity/), "6000");
    expect(await screen.findByText("Tier quantities must increase: this one must be above 6,000.")).toBeInTheDocument();
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
    expect(parts.getByRole("row", { name: /^Price/ })).toHaveTextContent("10.0000 USD");
  });

  test("every part shows, tooling per unit on its own line", async () => {
    const { user } = await openQuotesPage();
    await type(user, field(/Unit price/), "9.5");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field(/Tooling/), "500");
    await type(user, field(/Freight per unit/), "1.2");
    await type(user, field(/Duty rate/), "12%");
    // LANDEDCOST's reference case with the tooling apart: 9.50 + 0.50 tooling, dutiable, lands at 12.40.
    expect(total()).toHaveTextContent("12.40 USD per unit");
    const rows = within(screen.getByRole("table", { name: /part by part/ })).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual(["Price9.50 USD", "Tooling per unit0.50 USD", "Freight1.20 USD", "Insurance0.00 USD", "Duty1.20 USD"]);
  });

  test("money in a zero-decimal home currency shows no decimals", async () => {
    const port = workbookWith({ Suppliers: [["Ningbo Bags"]], Quotes: [], Settings: [["HomeCurrency", "JPY"]] });
    const user = userEvent.setup();
    renderPane(<QuotesPage />, port);
    await screen.findByRole("form", { name: "New quote" });
    await type(user, field(/Unit price/), "1480");
    await type(user, field(/^MOQ/), "300");
    await type(user, field(/Freight per unit/), "95.5");
    await type(user, field(/Duty rate/), "10%");
    // 1,480 × 1.10 + 95.5 = 1,723.5 yen, shown at the yen's precision.
    expect(total()).toHaveTextContent("1,724 JPY per unit");
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

  test("a foreign-currency quote is converted at its FxRates rate: every part in home currency", async () => {
    const port = workbookWith({ Suppliers: [["Ningbo Bags"]], Quotes: [], FxRates: [["CNY", serialFromIso("2026-01-01"), 0.14]], Settings: [] });
    const user = userEvent.setup();
    renderPane(<QuotesPage />, port);
    await screen.findByRole("form", { name: "New quote" });
    await type(user, field(/Quote date/), "2026-03-02");
    await type(user, combobox(/Currency/), "CNY");
    await type(user, field(/Unit price/), "70");
    await type(user, field(/^MOQ/), "1000");
    await type(user, field(/Tooling/), "7000");
    await type(user, field(/Duty rate/), "10%");
    // (70 + 7000 / 1000) CNY × 0.14 USD per CNY = 10.78 USD, dutiable: + 1.078 duty = 11.858.
    expect(total()).toHaveTextContent("11.858 USD per unit");
    const rows = within(screen.getByRole("table", { name: /part by part/ })).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual(["Price9.800 USD", "Tooling per unit0.980 USD", "Freight0.000 USD", "Insurance0.000 USD", "Duty1.078 USD"]);
    // Six fields filled: on a loaded machine this takes longer than the file's 30 s.
  }, 120_000);

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

describe("input a buyer can trust", () => {
  async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
    await type(user, combobox("Supplier"), "Saigon Knit");
    await type(user, combobox("SKU"), "TOTE-01");
    await type(user, field(/Quote date/), "2026-03-02");
    await type(user, field(/Unit price/), "18.40");
  }

  test("rates typed with %, amounts with thousands separators and the named place reach Quotes as the numbers they spell", async () => {
    const { port, user } = await openQuotesPage();
    await fillRequired(user);
    await type(user, field(/^MOQ/), "1,000");
    await type(user, field(/Named place/), "Guangzhou");
    await type(user, field(/Duty rate/), "17%");
    await type(user, field(/Deposit/), "30%");
    await type(user, field(/Tooling/), "4,000");
    await type(user, field(/Freight per unit/), "0.8");
    // (18.40 + 4,000 / 1,000) × 1.17 + 0.80
    expect(screen.getByTestId("landed-cost-total")).toHaveTextContent("27.008 USD per unit");
    await user.click(submit());
    expect(await screen.findByText("Added 1 row to Quotes: Saigon Knit, TOTE-01.")).toBeInTheDocument();
    const added = (port.tableRows("Quotes") ?? [])[1]!;
    expect([added[column("MOQ")], added[column("DutyRate")], added[column("DepositPct")], added[column("Tooling")], added[column("NamedPlace")], added[column("Incoterm")]]).toEqual([1000, 0.17, 0.3, 4000, "Guangzhou", "FOB"]);
  });

  test("a refused quote: the error summary at the button names each field, is announced and takes focus, and nothing is written", async () => {
    const { port, user } = await openQuotesPage();
    await type(user, combobox("SKU"), "TOTE-01");
    await type(user, field(/Unit price/), "18.40");
    await type(user, field(/Duty rate/), "5");
    await user.click(submit());
    const summary = await screen.findByRole("alert", { name: "The quote was not added" });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByText("Supplier: Supplier is required.")).toBeInTheDocument();
    expect(within(summary).getByText("Duty rate: 5 is 500%: type 5% or 0.05.")).toBeInTheDocument();
    expect(port.tableRows("Quotes")).toHaveLength(1);
  });

  test("after a quote is added, focus lands on the confirmation", async () => {
    const { user } = await openQuotesPage();
    await fillRequired(user);
    await user.click(submit());
    const confirmation = await screen.findByText("Added 1 row to Quotes: Saigon Knit, TOTE-01.");
    await waitFor(() => expect(screen.getByTestId("action-outcome")).toHaveFocus());
    expect(screen.getByTestId("action-outcome")).toContainElement(confirmation);
  });

  test("a breakdown that does not sum to the price warns as the price review would flag it, and the quote can still be added", async () => {
    const { port, user } = await openQuotesPage();
    await fillRequired(user);
    await type(user, field("Material"), "25");
    expect(await screen.findByText('The parts add up to 25.00 USD, not the unit price of 18.40 USD: the price review will flag this quote "Check breakdown".')).toBeInTheDocument();
    await user.click(submit());
    expect(await screen.findByText("Added 1 row to Quotes: Saigon Knit, TOTE-01.")).toBeInTheDocument();
    expect((port.tableRows("Quotes") ?? [])[1]![column("Material")]).toBe(25);
  });

  test("a tier priced above the base price and tooling without an MOQ are refused", async () => {
    const { port, user } = await openQuotesPage();
    await fillRequired(user);
    await type(user, field(/Tooling/), "500");
    await user.click(screen.getByRole("button", { name: "Add price break" }));
    await type(user, field(/Tier 1 quantity/), "5000");
    await type(user, field(/Tier 1 unit price/), "19");
    expect(await screen.findByText("Above the price for 1 unit (18.40 USD): a larger order should not cost more per unit.")).toBeInTheDocument();
    expect(screen.getByText("Tooling is spread over the MOQ's units: enter the MOQ too (without one, all of it would land on a single unit).")).toBeInTheDocument();
    await user.click(submit());
    expect(await screen.findByRole("alert", { name: "The quote was not added" })).toBeInTheDocument();
    expect(port.tableRows("Quotes")).toHaveLength(1);
  });

  test("a quote date more than a year ahead is added only once the buyer confirms that date", async () => {
    const { port, user } = await openQuotesPage();
    await fillRequired(user);
    const farAhead = isoFromSerial(todaySerial(new Date()) + 400);
    await type(user, field(/Quote date/), farAhead);
    expect(await screen.findByText(`${farAhead} is more than a year ahead: confirm the date below, or correct it.`)).toBeInTheDocument();
    await user.click(submit());
    expect(port.tableRows("Quotes")).toHaveLength(1);
    await user.click(screen.getByRole("checkbox", { name: `Yes, the quote is dated ${farAhead}` }));
    await user.click(submit());
    expect(await screen.findByText("Added 1 row to Quotes: Saigon Knit, TOTE-01.")).toBeInTheDocument();
    expect((port.tableRows("Quotes") ?? [])[1]![column("QuoteDate")]).toBe(serialFromIso(farAhead));
  });
});

describe("combo boxes", () => {
  test("a combo box is one tab stop, and Tab keeps what was typed instead of the highlighted option", async () => {
    const { user } = await openQuotesPage();
    await user.click(combobox("Supplier"));
    await user.keyboard("Ningbo");
    expect(await screen.findByRole("option", { name: "Ningbo Bags" })).toBeInTheDocument();
    await user.tab();
    expect(combobox("Supplier")).toHaveValue("Ningbo");
    // The chevron is not a second tab stop (it opens the list on a click; Alt+↓ from the field).
    const chevrons = screen.getAllByRole("button", { name: /^Open/, hidden: true });
    expect(chevrons.length).toBeGreaterThanOrEqual(3);
    for (const chevron of chevrons) expect(chevron).toHaveAttribute("tabindex", "-1");
  });
});

describe("comparison across currencies", () => {
  test("after the home currency changes, no quote is called best against quotes that cannot be converted", async () => {
    const port = createSampleMemoryWorkbook();
    await port.writeSettings({ HomeCurrency: "EUR" });
    renderPane(<QuotesPage />, port);
    await screen.findByRole("table", { name: /^Quotes for .* by landed cost$/ });
    await userEvent.setup().click(combobox("SKU to compare"));
    await userEvent.setup().click(screen.getByRole("option", { name: "TEE-001" }));
    const table = await screen.findByRole("table", { name: "Quotes for TEE-001 by landed cost" });
    const rows = within(table).getAllByRole("row").slice(1);
    // Tiruppur's INR converts across the EUR row of FxRates (USD per unit); the USD quotes cannot: USD is the table's base.
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Tiruppur Cotton Mills 335\.00 INR.*\d\.\d{2,4} EUR$/),
      expect.stringMatching(/^Dhaka Knitwear Ltd 4\.25 USD.*cannot be converted to EUR: FxRates has no USD rate$/),
      expect.stringMatching(/^Saigon Stitch Co\. 4\.45 USD.*cannot be converted to EUR: FxRates has no USD rate$/),
    ]);
    expect(within(table).queryByText(/best/)).not.toBeInTheDocument();
    expect(screen.getByText("2 quotes are not ranked: their landed cost cannot be worked out in EUR.")).toBeInTheDocument();
  });
});
