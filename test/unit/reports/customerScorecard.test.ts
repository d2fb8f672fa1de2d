import fc from "fast-check";
import { serialFromIso, serialFromYmd } from "../../../src/core/excelDate";
import { parsePeriod } from "../../../src/core/period";
import { generatedSheetMarker } from "../../../src/model/sheetModel";
import { buildReview } from "../../../src/reports/buildReview";
import { forecastMonths, OrderedQuantities } from "../../../src/reports/customerScorecard";
import { forecastsLine, paymentsLine, reviewHighlights } from "../../../src/reports/reviewHighlights";
import type { CustomerScoreJson, ReviewJson } from "../../../src/reports/reviewJson";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import type { ShipmentRecord } from "../../../src/schema/tables";
import { TABLE_NAMES, TABLE_SPECS } from "../../../src/schema/tableSpecs";
import { rawTable } from "../schema/rawTable";
import { reviewWorkbook } from "./reviewWorkbook";

const day = (iso: string): number => serialFromIso(iso)!;

function review(tables: ReturnType<typeof reviewWorkbook>, period: string, asOf: string): ReviewJson {
  const result = buildReview(tables, { period, asOf: day(asOf) });
  if (!result.ok) throw new Error(result.message);
  return result.value.json;
}

function customer(json: ReviewJson, name: string): CustomerScoreJson {
  const row = json.customer.find((candidate) => candidate.supplier === name);
  if (row === undefined) throw new Error(`no row for ${name}`);
  return row;
}

const PAYMENTS = ["Supplier", "Invoice", "DueDate", "PaidDate"];
const FORECASTS = ["Supplier", "SKU", "Month", "Quantity", "MadeAt"];
const LINES = ["Supplier", "PO", "SKU", "Quantity", "OrderDate", "PromisedDate"];

/** docs/kpis.md, "Our scorecard": 2026-Q3 reviewed on 2026-09-25, PaymentToleranceDays 3, ForecastLagMonths 3 (default). */
const WORKED_EXAMPLE = reviewWorkbook({
  Suppliers: [["Supplier"], ["Acme"], ["Bolt"], ["Chen"], ["Dove"]],
  Payments: [
    PAYMENTS,
    ["Acme", "INV-0", "2026-06-28", "2026-07-20"], // Q2: not this period's
    ["Acme", "INV-1", "2026-07-10", "2026-07-12"], // within the 3 days: on time
    ["Acme", "INV-2", "2026-08-01", "2026-08-11"], // late by 10 days
    ["Acme", "INV-3", "2026-09-10", null], // unpaid, deadline 09-13 passed: late by 09-25 − 09-10 = 15 days
    ["Acme", "INV-4", "2026-09-15", "2026-09-30"], // paid after the as-of: unpaid then, late by 10 days
    ["Acme", "INV-5", "2026-09-24", null], // unpaid, deadline 09-27 not passed: left out
    ["Acme", "INV-6", "2026-09-29", "2026-09-20"], // paid early: on time
    ["Acme", "INV-7", "2026-10-05", null], // Q4
    ["Bolt", "B-1", "2026-07-20", "2026-07-20"],
    ["Dove", "D-1", "2026-09-28", null], // not yet due: Dove is on the sheet with nothing due
  ],
  Forecasts: [
    FORECASTS,
    ["Acme", "S1", "2026-07", 1000, "2026-03-15"],
    ["Acme", "S1", "2026-07", 1200, "2026-04-01"], // on the deadline (July − 3 months = 04-01): the one that counts
    ["Acme", "S1", "2026-07", 800, "2026-05-20"], // a late revision: does not count
    ["Acme", "S2", "2026-07", 500, null], // blank MadeAt: in time
    ["Acme", null, "2026-07", 2000, "2026-03-01"], // a total row beside SKU rows in time: not used
    ["Acme", "S1", "2026-08-01", 900, "2026-04-20"],
    ["Acme", "S1", "2026-08-31", 1100, "2026-04-20"], // same MadeAt: the row further down counts
    ["Acme", "S2", "2026-08", 700, "2026-06-01"], // late: the cell is left out
    ["Acme", null, "2026-08", 3000, "2026-02-01"], // S1 is in time for August: the total is not used
    ["Acme", "S1", "2026-09", 5000, "2026-06-15"], // September has not ended by the as-of (and this is late for it: 06-01)
    ["Bolt", null, "2026-07", 2000, "2026-03-20"],
    ["Bolt", null, "2026-08", 500, "2026-05-15"], // late
    ["Bolt", null, "2026-08", 800, null], // in time
    ["Chen", null, "2026-07", 1000, null],
  ],
  Shipments: [
    LINES,
    ["Acme", "A1", "S1", 600, "2026-07-02", "2026-09-01"],
    ["Acme", "A2", "S1", 400, "2026-07-30", "2026-09-20"],
    ["Acme", "A3", "S2", 600, "2026-07-15", "2026-09-10"],
    ["Acme", "A4", null, 200, "2026-07-15", "2026-09-10"], // no SKU: in Acme's totals only
    ["Acme", "A5", "S1", 1000, "2026-08-05", "2026-10-01"],
    ["Acme", "A6", "S2", 300, "2026-09-02", "2026-11-01"], // ordered in September
    ["Acme", "A7", "S2", 999, null, "2026-08-01"], // no OrderDate: never ordered in a month
    ["Bolt", "B1", "X", 900, "2026-07-03", "2026-09-01"],
    ["Bolt", "B2", null, 300, "2026-07-31", "2026-09-01"],
    ["Bolt", "B3", "X", 1000, "2026-08-12", "2026-10-01"],
    ["Chen", "C1", "Z", 300, "2026-07-08", "2026-08-01"],
  ],
  Settings: [["Key", "Value"], ["PaymentToleranceDays", 3]],
});

describe("our scorecard (docs/kpis.md worked example: 2026-Q3 reviewed on 2026-09-25)", () => {
  const json = review(WORKED_EXAMPLE, "2026-Q3", "2026-09-25");

  it("has a row per supplier with an invoice due or a forecast in the period, by name, in the JSON's key order", () => {
    expect(json.customer.map((row) => row.supplier)).toEqual(["Acme", "Bolt", "Chen", "Dove"]);
    expect(Object.keys(json.customer[0]!)).toEqual(["supplier", "invoicesDue", "paidOnTime", "paymentDaysLate", "forecastAccuracy", "forecastBias"]);
    // The scorecard lists the open lines it cannot price deposits for; no Payments or Forecasts row is a problem.
    expect(json.problems.filter((problem) => problem.table === "Payments" || problem.table === "Forecasts")).toEqual([]);
  });

  it("payments: INV-1 and INV-6 on time, INV-2, INV-3 and INV-4 late (INV-4 paid after the as-of), INV-5 still within its deadline left out", () => {
    const acme = customer(json, "Acme");
    expect(acme.invoicesDue).toBe(5);
    expect(acme.paidOnTime).toBeCloseTo(2 / 5, 12);
    expect(acme.paymentDaysLate).toBeCloseTo((10 + 15 + 10) / 3, 12);
  });

  it("forecasts on SKU rows: S1 July 1200 (not the late 800) against 1000, S2 July 500 against 600, S1 August 1100 (the lower of two rows made the same day) against 1000", () => {
    const acme = customer(json, "Acme");
    expect(acme.forecastAccuracy).toBeCloseTo(1 - 400 / 2600, 12);
    expect(acme.forecastBias).toBeCloseTo(200 / 2600, 12);
  });

  it("forecasts on total rows count every line, a blank SKU included; a blank MadeAt is in time", () => {
    const bolt = customer(json, "Bolt");
    // July: F 2000, A 900 + 300 = 1200; August: F 800 (the 05-15 revision is late), A 1000.
    expect(bolt.forecastAccuracy).toBeCloseTo(1 - 1000 / 2200, 12);
    expect(bolt.forecastBias).toBeCloseTo(600 / 2200, 12);
    expect(bolt).toMatchObject({ invoicesDue: 1, paidOnTime: 1, paymentDaysLate: null });
  });

  it("accuracy is floored at 0; bias is not", () => {
    expect(customer(json, "Chen")).toEqual({ supplier: "Chen", invoicesDue: 0, paidOnTime: null, paymentDaysLate: null, forecastAccuracy: 0, forecastBias: 700 / 300 });
  });

  it("a supplier with an invoice not yet due and no forecast has a row of nulls", () => {
    expect(customer(json, "Dove")).toEqual({ supplier: "Dove", invoicesDue: 0, paidOnTime: null, paymentDaysLate: null, forecastAccuracy: null, forecastBias: null });
  });

  it("reviewed after the quarter (2026-10-15), September is measured and INV-4's payment is known (late by 15 days), INV-5 is late by 21", () => {
    const later = customer(review(WORKED_EXAMPLE, "2026-Q3", "2026-10-15"), "Acme");
    // Due: INV-1..INV-6; late: INV-2 10, INV-3 10-15 − 09-10 = 35, INV-4 09-30 − 09-15 = 15, INV-5 10-15 − 09-24 = 21.
    expect(later.invoicesDue).toBe(6);
    expect(later.paidOnTime).toBeCloseTo(2 / 6, 12);
    expect(later.paymentDaysLate).toBeCloseTo((10 + 35 + 15 + 21) / 4, 12);
    // September: S1's 5000 made 06-15 is past its deadline 06-01, and there is no other row: the month has no cell.
    expect(later.forecastAccuracy).toBeCloseTo(1 - 400 / 2600, 12);
  });

  it("with ForecastLagMonths 1 the late revisions count: S1 July is 800, S2 August 700", () => {
    const tables = new Map(WORKED_EXAMPLE);
    tables.set("Settings", { ...WORKED_EXAMPLE.get("Settings")!, rows: [["PaymentToleranceDays", 3], ["ForecastLagMonths", 1]] });
    const acme = customer(review(tables, "2026-Q3", "2026-09-25"), "Acme");
    // Cells: S1 Jul 800/1000, S2 Jul 500/600, S1 Aug 1100/1000, S2 Aug 700/0.
    expect(acme.forecastAccuracy).toBeCloseTo(1 - (200 + 100 + 100 + 700) / 2600, 12);
    expect(acme.forecastBias).toBeCloseTo((-200 - 100 + 100 + 700) / 2600, 12);
  });

  it("without Payments and Forecasts the list is empty", () => {
    expect(review(reviewWorkbook({ Suppliers: [["Supplier"], ["Acme"]] }), "2026-Q3", "2026-09-25").customer).toEqual([]);
  });
});

describe("ordered quantities collected in the scorecard's pass", () => {
  it("forecastMonths are the period's months ended by its as-of date", () => {
    const q3 = parsePeriod("2026-Q3");
    if (!q3.ok) throw new Error(q3.message);
    expect(forecastMonths(q3.value, day("2026-09-25"))).toEqual([day("2026-07-01"), day("2026-08-01")]);
    expect(forecastMonths(q3.value, day("2026-09-30"))).toEqual([day("2026-07-01"), day("2026-08-01"), day("2026-09-01")]);
    expect(forecastMonths(q3.value, day("2026-07-30"))).toEqual([]);
  });

  it("equal a direct sum over the lines, by supplier, SKU (or every line) and month", () => {
    const months = [serialFromYmd(2026, 7, 1), serialFromYmd(2026, 8, 1), serialFromYmd(2026, 9, 1)];
    const line = fc.record({
      supplier: fc.constantFrom("A", "B"),
      sku: fc.constantFrom("S1", "S2", null),
      quantity: fc.integer({ min: 0, max: 1000 }),
      orderDate: fc.option(fc.integer({ min: serialFromYmd(2026, 6, 20), max: serialFromYmd(2026, 10, 10) }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const ordered = new OrderedQuantities(months);
        for (const each of lines) ordered.add(each as unknown as ShipmentRecord);
        const ends = [...months.slice(1), serialFromYmd(2026, 10, 1)];
        for (const supplier of ["A", "B", "C"]) {
          for (const sku of ["S1", "S2", null]) {
            months.forEach((first, index) => {
              const expected = lines
                .filter((each) => each.supplier === supplier && (sku === null || each.sku === sku) && each.orderDate !== null && each.orderDate >= first && each.orderDate < ends[index]!)
                .reduce((sum, each) => sum + each.quantity, 0);
              expect(ordered.ordered(supplier, sku, index)).toBe(expected);
            });
          }
        }
      }),
    );
  });
});

describe('the sheet "Our Scorecard 2026-Q3"', () => {
  const built = buildReview(WORKED_EXAMPLE, { period: "2026-Q3", asOf: day("2026-09-25") });
  if (!built.ok) throw new Error(built.message);
  const sheet = built.value.sheets.find((candidate) => candidate.kind === "ourScorecard")!;
  const HEADER_ROW = 3;

  it("follows the scorecard and the price review, with its own marker", () => {
    expect(built.value.sheets.map((each) => each.name)).toEqual(["Scorecard 2026-Q3", "Price Review 2026-Q3", "Our Scorecard 2026-Q3"]);
    expect(generatedSheetMarker(sheet.kind, sheet.period)).toBe("Costcard_OurScorecard_2026_Q3");
    expect(new Set(built.value.sheets.map((each) => generatedSheetMarker(each.kind, each.period))).size).toBe(3);
  });

  it("is a title, a subtitle with the settings it used, a header row and a row per supplier, numbers as numbers and n/a where there is none", () => {
    expect(sheet.cells[0]![0]).toBe("Our scorecard 2026-Q3: the brand as a customer");
    expect(sheet.cells[1]![0]).toBe("As of 2026-09-25 · payment tolerance 3 days · a forecast counts when given 3 months ahead");
    expect(sheet.cells[HEADER_ROW]!.slice(0, 6)).toEqual(["Supplier", "Invoices due", "Paid on time", "Days late", "Forecast accuracy", "Forecast bias"]);
    const acme = sheet.cells[HEADER_ROW + 1]!;
    expect(acme.slice(0, 2)).toEqual(["Acme", 5]);
    expect(acme[2]).toBeCloseTo(0.4, 12);
    expect(acme[3]).toBeCloseTo(35 / 3, 12);
    expect(acme[4]).toBeCloseTo(1 - 400 / 2600, 12);
    expect(sheet.cells[HEADER_ROW + 4]!.slice(0, 6)).toEqual(["Dove", 0, "n/a", "n/a", "n/a", "n/a"]);
    expect(sheet.numberFormats[HEADER_ROW + 1]!.slice(1, 6).map((format) => format?.replace("_)", ""))).toEqual(["#,##0", "0.0%", "0.0", "0.0%", "0.0%"]);
  });

  it("prints landscape with the header row repeated, freezes the supplier column, and colours paid on time and forecast accuracy", () => {
    expect(sheet.print).toEqual({ orientation: "landscape", fitToPagesWide: 1, titleRows: { first: HEADER_ROW, last: HEADER_ROW } });
    expect(sheet.freeze).toEqual({ rows: HEADER_ROW + 1, columns: 1 });
    expect(sheet.conditionalFormats.map((format) => [format.type, format.range.column, format.range.rowCount])).toEqual([
      ["colorScale", 2, 4],
      ["colorScale", 4, 4],
    ]);
  });

  it("a run after the period says when payments were judged", () => {
    const later = buildReview(WORKED_EXAMPLE, { period: "2026-Q3", asOf: day("2026-10-15") });
    if (!later.ok) throw new Error(later.message);
    expect(later.value.sheets[2]!.cells[1]![0]).toBe("As of 2026-09-30 (payments known by 2026-10-15) · payment tolerance 3 days · a forecast counts when given 3 months ahead");
  });

  it("keeps a supplier's name as text, whatever it looks like", () => {
    const hostile = '=HYPERLINK("x")';
    const tables = reviewWorkbook({ Suppliers: [["Supplier"], [hostile]], Payments: [PAYMENTS, [hostile, "I", "2026-07-01", "2026-07-01"]] });
    const result = buildReview(tables, { period: "2026-Q3", asOf: day("2026-09-25") });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.sheets[2]!.cells[HEADER_ROW + 1]![0]).toBe(hostile);
  });

  it("is written only when the workbook keeps Payments or Forecasts rows; a bad row is enough, and is listed", () => {
    const sheetsOf = (tables: ReturnType<typeof reviewWorkbook>) => {
      const result = buildReview(tables, { period: "2026-Q3", asOf: day("2026-09-25") });
      if (!result.ok) throw new Error(result.message);
      return result.value.sheets.map((each) => each.kind);
    };
    expect(sheetsOf(reviewWorkbook({ Payments: [PAYMENTS], Forecasts: [FORECASTS] }))).toEqual(["scorecard", "priceReview"]);
    expect(sheetsOf(reviewWorkbook({ Forecasts: [FORECASTS, ["Acme", null, "July", 5, null]] }))).toEqual(["scorecard", "priceReview", "ourScorecard"]);
  });
});

describe("what the CLI summary and the Reviews page say of our scorecard", () => {
  const json = review(WORKED_EXAMPLE, "2026-Q3", "2026-09-25");
  it("the invoices paid on time over every supplier, and to whom we paid late, latest first", () => {
    expect(paymentsLine(json.customer)).toBe("As a customer we paid 3 of 6 invoices on time; late to Acme (3, 11.7 days on average)");
  });
  it("each supplier's forecast accuracy and bias, least accurate first", () => {
    expect(forecastsLine(json.customer)).toBe("Our forecasts: Chen 0% accurate (bias +233.3%), Bolt 54.5% (bias +27.3%), Acme 84.6% (bias +7.7%)");
  });
  it("come last among the highlights, and not at all without invoices due or forecasts measured", () => {
    const lines = reviewHighlights(json, "USD", { depositPct: false, orderDate: true });
    expect(lines.slice(-2)).toEqual([paymentsLine(json.customer), forecastsLine(json.customer)]);
    const dove = json.customer.filter((row) => row.supplier === "Dove");
    expect([paymentsLine(dove), forecastsLine(dove)]).toEqual([null, null]);
  });
});

describe("the sample workbook's our scorecard (2026-Q3 reviewed on 2026-10-01)", () => {
  const tables = new Map(
    TABLE_NAMES.map((name) => [name, rawTable(name, TABLE_SPECS[name].map((column) => column.name), SAMPLE_ROWS[name])] as const),
  );
  const json = review(tables, "2026-Q3", "2026-10-01");

  it("shows a good payer's and a poor payer's quarter, and a good July beside a poor August", () => {
    expect(json.customer.map((row) => row.supplier)).toEqual(["Dhaka Knitwear Ltd", "Ningbo Bags Manufacturing", "Saigon Stitch Co."]);
    const [dhaka, ningbo, saigon] = json.customer as [CustomerScoreJson, CustomerScoreJson, CustomerScoreJson];
    // Dhaka: paid 07-20 on time, then 14, 18 and 8 days late; forecasts July 16,000 vs 17,000 ordered, August 15,000 vs none.
    expect(dhaka).toMatchObject({ invoicesDue: 4, paidOnTime: 0.25 });
    expect(dhaka.paymentDaysLate).toBeCloseTo((14 + 18 + 8) / 3, 12);
    expect(dhaka.forecastAccuracy).toBeCloseTo(1 - 16000 / 17000, 12);
    expect(dhaka.forecastBias).toBeCloseTo(14000 / 17000, 12);
    // Saigon: TEE July 6,800 vs 6,500, HOOD July 2,800 vs 2,800, TEE August 7,500 (not the July revision) vs 7,000.
    expect(saigon).toMatchObject({ invoicesDue: 3, paidOnTime: 1, paymentDaysLate: null });
    expect(saigon.forecastAccuracy).toBeCloseTo(1 - 800 / 16300, 12);
    expect(saigon.forecastBias).toBeCloseTo(800 / 16300, 12);
    expect(ningbo).toEqual({ supplier: "Ningbo Bags Manufacturing", invoicesDue: 1, paidOnTime: 1, paymentDaysLate: null, forecastAccuracy: 1, forecastBias: 0 });
    expect(json.problems.filter((problem) => problem.table === "Payments" || problem.table === "Forecasts")).toEqual([]);
  });
});
