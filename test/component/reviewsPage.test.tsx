import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isoFromSerial, serialFromYmd, todaySerial } from "../../src/core/excelDate";
import { ReviewsPage } from "../../src/taskpane/pages/ReviewsPage";
import { createSampleMemoryWorkbook } from "../../src/sample/sampleMemoryWorkbook";
import { renderPane } from "./renderPane";

jest.setTimeout(20_000);

async function choosePeriod(text: string) {
  const user = userEvent.setup();
  const period = await screen.findByRole("combobox", { name: /Period/ });
  await user.clear(period);
  await user.paste(text);
  return user;
}

describe("Reviews", () => {
  test("generates the scorecard and price review of a period: supplier rows on the page, both sheets in the workbook", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    const scorecard = await screen.findByRole("table", { name: "Scorecard 2026-Q3" });
    // The sample's suppliers in 2026-Q3, as docs/kpis.md's rules score and grade them (A from 85, B from 70, C from 55).
    const rows = within(scorecard)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Dhaka Knitwear Ltd", "1.5", "D"],
      ["Hanoi Garment JSC", "58.7", "C"],
      ["Izmir Denim A.S.", "32.9", "D"],
      ["Ningbo Bags Manufacturing", "97.3", "A"],
      ["Porto Footwear Lda", "81.7", "B"],
      ["Saigon Stitch Co.", "94.1", "A"],
      ["Tiruppur Cotton Mills", "13.9", "D"],
    ]);
    expect(screen.getByText(/^2026-Q3, as of 2026-09-30: 7 suppliers scored/)).toBeInTheDocument();
    // The CLI summary's lines for the same review (docs/taskpane.md, "Reviews"): deposits held and lead-time slip among them.
    expect(within(screen.getByRole("list", { name: "Review highlights" })).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Next inspection not normal: Tiruppur Cotton Mills (tightened)",
      "11 prices reviewed: 6 Accept, 3 Negotiate, 1 Check breakdown, 1 New",
      // The quarter's price bridge in money (docs/price-review.md): the effects add up to the move, −22,985.57.
      "Landed cost of the period's deliveries: 1,094,383.66 → 1,071,398.09 USD (−22,985.57): Indices +54,230.18, Beyond indices +14,134.14, FX −5,004.49, Freight & terms 0.00, Tariff −86,345.40",
      "Open deposits: 16,365.00 USD, held by Saigon Stitch Co. 9,345.00, Dhaka Knitwear Ltd 7,020.00",
      "Later than the quoted lead time: Dhaka Knitwear Ltd by 4.7 days, Izmir Denim A.S. by 2.3 days, Hanoi Garment JSC by 2.0 days",
      // How we scored as a customer (docs/kpis.md, "Our scorecard").
      "As a customer we paid 5 of 8 invoices on time; late to Dhaka Knitwear Ltd (3, 13.3 days on average)",
      "Our forecasts: Dhaka Knitwear Ltd 5.9% accurate (bias +82.4%), Saigon Stitch Co. 95.1% (bias +4.9%), Ningbo Bags Manufacturing 100% (bias 0%)",
    ]);
    expect(within(screen.getByRole("list", { name: "Sheets written" })).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Scorecard 2026-Q3 (new)",
      "Price Review 2026-Q3 (new)",
      "Our Scorecard 2026-Q3 (new)",
    ]);
    expect(port.sheetNames()).toEqual(expect.arrayContaining(["Scorecard 2026-Q3", "Price Review 2026-Q3", "Our Scorecard 2026-Q3"]));
  });

  test("a period that starts after today is reviewed as of today, and the first highlight says nothing in it is known yet", async () => {
    const today = todaySerial(new Date());
    const period = `${Number(isoFromSerial(today).slice(0, 4)) + 2}-Q1`;
    renderPane(<ReviewsPage />, createSampleMemoryWorkbook());
    const user = await choosePeriod(period);
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    const highlights = await screen.findByRole("list", { name: "Review highlights" });
    expect(within(highlights).getAllByRole("listitem")[0]!.textContent).toBe(`${period} starts after the as-of date ${isoFromSerial(today)}: nothing in it is known yet`);
  });

  test("while the tables are read in row blocks (a large workbook in Excel), the bar and its label show the rows read so far", async () => {
    const port = createSampleMemoryWorkbook();
    const readTables = port.readTables;
    let release = () => {};
    port.readTables = async (names, options) => {
      options?.onProgress?.({ rowsRead: 120_000, rowCount: 1_000_000 });
      await new Promise<void>((resolve) => (release = resolve));
      return readTables(names);
    };
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    expect(await screen.findByText("Reading the tables: 120,000 of 1,000,000 rows…")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Generating the review" })).toHaveAttribute("aria-valuenow", "0.12");
    release();
    expect(await screen.findByRole("table", { name: "Scorecard 2026-Q3" })).toBeInTheDocument();
  });

  test("generating again replaces the sheets Costcard made", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q2");
    const generate = screen.getByRole("button", { name: "Generate scorecard and price review" });
    await user.click(generate);
    await screen.findByRole("table", { name: "Scorecard 2026-Q2" });
    await user.click(generate);
    expect(await screen.findByText("Scorecard 2026-Q2")).toBeInTheDocument();
    // The scorecard, the price review and our scorecard (the sample has a Q2 invoice).
    expect(await screen.findAllByText("(replaced the earlier one)")).toHaveLength(3);
  });

  test("a period without activity says why the scorecard is empty instead of showing an empty table", async () => {
    renderPane(<ReviewsPage />, createSampleMemoryWorkbook());
    const user = await choosePeriod("2024");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    expect(await screen.findByText(/^No supplier has shipments, inspections or responses in 2024, so the scorecard has no rows\./)).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Scorecard 2024" })).not.toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Sheets written" })).toBeInTheDocument();
  });

  test("Excel's refusal of a protected workbook says what to do, keeping Excel's own words", async () => {
    const port = createSampleMemoryWorkbook();
    port.writeGeneratedSheet = () => Promise.reject(Object.assign(new Error("You cannot perform the requested operation."), { code: "AccessDenied" }));
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    expect(await screen.findByText(/^Excel refused the change: the sheet or the workbook is protected/)).toHaveTextContent(
      /Unprotect Sheet\) or open an editable copy, then try again\. \(Excel: You cannot perform the requested operation\.\)$/,
    );
  });

  test("an error without an Office code is shown as it is", async () => {
    const port = createSampleMemoryWorkbook();
    port.writeGeneratedSheet = () => Promise.reject(new Error("The workbook has no Suppliers table."));
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    expect(await screen.findByText("The workbook has no Suppliers table.")).toBeInTheDocument();
  });

  test("a period that is not a quarter, month or year is refused before anything runs, with focus on the field", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("Q3 2026");
    expect(await screen.findByText("Write a quarter (2026-Q3), a month (2026-07) or a year (2026).")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    expect(screen.getByRole("combobox", { name: /Period/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(port.sheetNames().filter((name) => name.startsWith("Scorecard"))).toEqual([]);
  });

  test.each(["2025-Q1", "2026-08", "2025"])("the period typed, %s, and Enter pressed is the period generated", async (period) => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod(period);
    await user.keyboard("{Enter}");
    expect(await screen.findByText(new RegExp(`^${period}, as of `))).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /Period/ })).toHaveValue(period);
    expect(port.sheetNames().filter((name) => /^(Scorecard|Price Review) /.test(name))).toEqual([`Scorecard ${period}`, `Price Review ${period}`]);
  });
});

describe("Reviews: recording a decision", () => {
  beforeEach(() => localStorage.clear());

  test("lists the rows that need a decision and records one below PriceDecisions; the regenerated sheet shows it and the name is remembered", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    const open = await screen.findByRole("table", { name: "Rows that need a decision in 2026-Q3" });
    const openBefore = within(open).getAllByRole("row").length - 1;
    const [first] = within(open).getAllByRole("button", { name: /^Decide / });
    const [, sku, supplier] = /^Decide (.+) from (.+)$/.exec(first!.getAttribute("aria-label")!)!;
    await user.click(first!);

    await user.click(screen.getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Choose a decision.")).toBeInTheDocument();

    await user.click(screen.getByRole("combobox", { name: "Decision" }));
    await user.click(screen.getByRole("option", { name: "Counter" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("A Counter needs the price agreed.")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: /^Agreed price/ }), "4.5");
    expect(screen.getByText(/on the new price/)).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Decided by" }), "Ana");
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    expect(await screen.findByText(`Recorded Counter for ${sku} from ${supplier} in PriceDecisions; the price review sheet shows it.`)).toBeInTheDocument();
    expect(port.tableRows("PriceDecisions")).toEqual([["2026-Q3", sku, supplier, "Counter", 4.5, serialFromYmd(2026, 10, 1), "Ana", expect.any(Number), null]]);
    const sheet = port.sheet("Price Review 2026-Q3")!;
    const headers = sheet.cells[3]!;
    const row = sheet.cells.find((cells) => cells[0] === sku && cells[1] === supplier)!;
    expect(row[headers.indexOf("Decision")]).toBe("Counter");
    expect(row[headers.indexOf("Agreed price")]).toBe(4.5);
    expect(localStorage.getItem("costcard.decidedBy")).toBe("Ana");
    const after = await screen.findByRole("table", { name: "Rows that need a decision in 2026-Q3" }).catch(() => null);
    expect(after === null ? 0 : within(after).getAllByRole("row").length - 1).toBe(openBefore - 1);
  });

  test("an agreed price is typed and shown in the row's currency, with thousands separators as in the quote form", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    await user.click(await screen.findByRole("button", { name: "Decide HOOD-210 from Hanoi Garment JSC" }));
    const price = screen.getByRole("textbox", { name: "Agreed price (VND)" });
    expect(screen.getByText("New price 298,000 VND, old 285,000 VND")).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Decision" }));
    await user.click(screen.getByRole("option", { name: "Counter" }));
    await user.type(price, "290,000");
    expect(screen.getByText(/^.2\.7% on the new price, \+1\.8% on the old$/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Record decision" }));
    await screen.findByText("Recorded Counter for HOOD-210 from Hanoi Garment JSC in PriceDecisions; the price review sheet shows it.");
    expect(port.tableRows("PriceDecisions")).toEqual([["2026-Q3", "HOOD-210", "Hanoi Garment JSC", "Counter", 290000, serialFromYmd(2026, 10, 1), null, expect.any(Number), null]]);
    const decided = screen.getByRole("table", { name: "Decided in 2026-Q3" });
    expect(within(decided).getByRole("row", { name: /HOOD-210/ }).textContent).toContain("290,000 VND");
  });

  test("the form shows the row as the price review sheet shows it (old and new price, change, landed cost, flag), money at its currency's precision", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    await user.click(await screen.findByRole("button", { name: "Decide HOOD-210 from Hanoi Garment JSC" }));
    const figures = screen.getByRole("table", { name: "HOOD-210 from Hanoi Garment JSC as the price review shows it" });
    const shown = within(figures)
      .getAllByRole("row")
      .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
    expect(shown).toEqual([
      ["Old price", "285,000 VND"],
      ["New price", "298,000 VND"],
      ["Change", "+13,000 VND (+4.6%)"],
      ["Landed cost (USD)", "14.1091 USD"],
      ["Flag", "Negotiate"],
    ]);
    expect(screen.getByRole("form", { name: "Decision for HOOD-210 from Hanoi Garment JSC" })).toContainElement(figures);
  });

  test("lists each supplier's red flags and missed targets with the playbook's texts, and 'Open an action' appends an Actions row due in 14 days", async () => {
    const port = createSampleMemoryWorkbook();
    renderPane(<ReviewsPage />, port);
    const user = await choosePeriod("2026-Q3");
    await user.click(screen.getByRole("button", { name: "Generate scorecard and price review" }));
    const dhaka = await screen.findByRole("list", { name: "Dhaka Knitwear Ltd: red flags and missed targets" });
    const items = within(dhaka).getAllByRole("listitem").map((item) => item.textContent);
    // The sample's Dhaka: OTD missed in Q2 and Q3 with its overdue action open; defect rate and response time flagged without one.
    expect(items.slice(0, 3)).toEqual([
      "Red flag: OTD missed again — Revisit contracts and processes (action open)",
      "Red flag: Defect rate missed again — Revisit contracts and processesOpen an action",
      "Red flag: Response hours missed again — Escalate to senior managementOpen an action",
    ]);
    expect(items).toContain("Lot acceptance missed — Strengthen QC processesOpen an action");
    expect(screen.getByText(/^Dhaka Knitwear Ltd · 1 overdue action$/)).toBeInTheDocument();
    const before = port.tableRows("Actions")!.length;
    await user.clear(screen.getByRole("textbox", { name: "Owner of new actions" }));
    await user.type(screen.getByRole("textbox", { name: "Owner of new actions" }), "Lena");
    await user.click(within(dhaka).getByRole("button", { name: "Open an action: Dhaka Knitwear Ltd, Response hours" }));
    expect(await screen.findByText("Opened an action for Dhaka Knitwear Ltd (responseHours) in Actions, due in 14 days.")).toBeInTheDocument();
    const today = todaySerial(new Date());
    expect(port.tableRows("Actions")!.slice(before)).toEqual([["Dhaka Knitwear Ltd", "responseHours", today, "Lena", today + 14, null, "Escalate to senior management", null, null, null]]);
    // Regenerated: the flag now has its action open.
    const after = await screen.findByRole("list", { name: "Dhaka Knitwear Ltd: red flags and missed targets" });
    expect(within(after).getByText("Red flag: Response hours missed again — Escalate to senior management (action open)")).toBeInTheDocument();
  });
});

