import { reviewSummary, setupSummary } from "../../../src/cli/summary";
import type { ReviewJson } from "../../../src/reports/reviewJson";

const supplier = (name: string, grade: string | null) => ({ supplier: name, grade, nextInspection: "normal" }) as unknown as ReviewJson["suppliers"][number];

const RECORDED = { depositPct: true, orderDate: true };

const NO_BRIDGE: ReviewJson["priceBridge"] = { landedThen: 0, indices: 0, beyondIndices: 0, fx: 0, freightAndTerms: 0, tariff: 0, landedNow: 0 };

function summaryOf(suppliers: ReviewJson["suppliers"], depositRecords = RECORDED, warnings: string[] = [], priceBridge = NO_BRIDGE, customer: ReviewJson["customer"] = []): string {
  const review = { period: "2026-Q3", asOf: "2026-09-30", warnings, suppliers, priceReview: [], priceBridge, customer, problems: [] } as unknown as ReviewJson;
  return reviewSummary(review, [], [], "book.xlsx", undefined, 0, { homeCurrency: "USD", depositRecords });
}

describe("the review summary's grade line", () => {
  test("lists every grade from A to D in order, zeros included", () => {
    expect(summaryOf([supplier("Dhaka", "C"), supplier("Saigon", "A"), supplier("Hanoi", "A"), supplier("Porto", "D")]).split("\n")[1]).toBe("  4 suppliers, grades: 2 A, 0 B, 1 C, 1 D");
  });

  test("suppliers without a score are counted apart", () => {
    expect(summaryOf([supplier("Saigon", "B"), supplier("Izmir", null)]).split("\n")[1]).toBe("  2 suppliers, grades: 0 A, 1 B, 0 C, 0 D, 1 without a score");
  });
});

describe("the review summary's deposits and lead-time lines (the Reviews page shows the same)", () => {
  const withKpis = (name: string, openDeposits: number, leadTimeSlip: number | null) => ({ ...supplier(name, "B"), openDeposits, leadTimeSlip }) as unknown as ReviewJson["suppliers"][number];

  test("open deposits in the home currency, largest holder first; lead-time slip of the suppliers later than quoted, largest first", () => {
    const lines = summaryOf([withKpis("Dhaka", 7020, 4.666666666667), withKpis("Saigon", 9345.5, 0), withKpis("Porto", 0, -1), withKpis("Izmir", 0, 2.333333333333)]).split("\n");
    expect(lines).toContain("  Open deposits: 16,365.50 USD, held by Saigon 9,345.50, Dhaka 7,020.00");
    expect(lines).toContain("  Later than the quoted lead time: Dhaka by 4.7 days, Izmir by 2.3 days");
  });

  test("no deposit held is said; lead time within the quote is said, and left out when no line could be measured", () => {
    expect(summaryOf([withKpis("Porto", 0, -1)]).split("\n")).toEqual(expect.arrayContaining(["  Open deposits: none", "  Within the quoted lead times"]));
    expect(summaryOf([withKpis("Porto", 0, null)])).not.toMatch(/lead time/);
  });

  test("a workbook that records no DepositPct, or no OrderDate, is told so, not 'none'", () => {
    const porto = [withKpis("Porto", 0, null)];
    expect(summaryOf(porto, { depositPct: false, orderDate: true }).split("\n")).toContain("  Open deposits: no deposits recorded (Quotes has no DepositPct)");
    expect(summaryOf(porto, { depositPct: true, orderDate: false }).split("\n")).toContain("  Open deposits: not known (Shipments has no OrderDate)");
    expect(summaryOf(porto, { depositPct: false, orderDate: false }).split("\n")).toContain("  Open deposits: no deposits recorded (Quotes has no DepositPct, Shipments no OrderDate)");
    expect(summaryOf(porto, RECORDED).split("\n")).toContain("  Open deposits: none");
  });

  test("deposits held are shown whatever else the workbook lacks", () => {
    expect(summaryOf([withKpis("Saigon", 9345.5, null)], { depositPct: true, orderDate: false }).split("\n")).toContain("  Open deposits: 9,345.50 USD, held by Saigon 9,345.50");
  });

  test("one supplier is one supplier, one data problem one data problem", () => {
    expect(summaryOf([withKpis("Porto", 0, null)]).split("\n")[1]).toBe("  1 supplier, grades: 0 A, 1 B, 0 C, 0 D");
    const review = { period: "2026-Q3", asOf: "2026-09-30", warnings: [], suppliers: [], priceReview: [], priceBridge: NO_BRIDGE, customer: [], problems: [{ table: "Shipments", row: 3, column: "Quantity", message: '"ten" is not a number' }] } as unknown as ReviewJson;
    expect(reviewSummary(review, [], [], "book.xlsx", undefined, 0, { homeCurrency: "USD", depositRecords: RECORDED }).split("\n")).toContain("  1 data problem (rows left out; costcard check lists them):");
  });
});

describe("the review summary's warnings", () => {
  test("come right below the heading, before the grades", () => {
    const lines = summaryOf([], RECORDED, ["2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet"]).split("\n");
    expect(lines.slice(0, 3)).toEqual(["Costcard review 2026-Q3, as of 2026-09-30", "  2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet", "  No supplier has activity in the period."]);
  });
});

describe("what setup prints", () => {
  test("one table added is named in the singular, with the sheet it went to when that differs", () => {
    expect(setupSummary("book.xlsx", [{ table: "PriceDecisions", sheetName: "PriceDecisions (2)" }])).toBe(
      'Added the table PriceDecisions (on sheet "PriceDecisions (2)") to book.xlsx, on a new sheet; the existing sheets are unchanged.\nKept the previous file as book.xlsx.bak\nNext: fill it in Excel, then costcard check book.xlsx',
    );
  });
  test("several tables, each on a new sheet", () => {
    expect(setupSummary("book.xlsx", [{ table: "Quotes", sheetName: "Quotes" }, { table: "Duties", sheetName: "Duties" }]).split("\n")[0]).toBe(
      "Added the tables Quotes, Duties to book.xlsx, each on a new sheet; the existing sheets are unchanged.",
    );
  });
});

describe("the review summary's price bridge line (the Reviews page shows the same)", () => {
  test("the quarter's landed cost then and now and each cause, signed, at the home currency's precision; none without a bridge", () => {
    // docs/price-review.md's worked examples: 498.60 more, of which the indices 532 and the end of Section 122 −685.
    const bridge = { landedThen: 31709, indices: 532, beyondIndices: 466.8, fx: 184.8, freightAndTerms: 0, tariff: -685, landedNow: 32207.6 };
    expect(summaryOf([], RECORDED, [], bridge).split("\n")).toContain(
      "  Landed cost of the period's deliveries: 31,709.00 → 32,207.60 USD (+498.60): Indices +532.00, Beyond indices +466.80, FX +184.80, Freight & terms 0.00, Tariff −685.00",
    );
    expect(summaryOf([]).includes("Landed cost of the period's deliveries")).toBe(false);
  });
});

describe("the review summary's lines on our scorecard", () => {
  test("say how we paid and forecast as a customer, after the lead-time line", () => {
    const customer = [
      { supplier: "Dhaka", invoicesDue: 4, paidOnTime: 0.5, paymentDaysLate: 6.5, forecastAccuracy: 0.62, forecastBias: 0.21 },
      { supplier: "Saigon", invoicesDue: 3, paidOnTime: 1, paymentDaysLate: null, forecastAccuracy: 0.9, forecastBias: -0.04 },
    ];
    const lines = summaryOf([supplier("Saigon", "A")], RECORDED, [], NO_BRIDGE, customer).split("\n");
    expect(lines).toContain("  As a customer we paid 5 of 7 invoices on time; late to Dhaka (2, 6.5 days on average)");
    expect(lines).toContain("  Our forecasts: Dhaka 62% accurate (bias +21%), Saigon 90% (bias -4%)");
    expect(summaryOf([supplier("Saigon", "A")])).not.toMatch(/As a customer|Our forecasts/);
  });
});

test("a long list of suppliers is cut to the first five", () => {
  const customer = Array.from({ length: 7 }, (_, index) => ({ supplier: `F${index}`, invoicesDue: 1, paidOnTime: 0, paymentDaysLate: 10 - index, forecastAccuracy: index / 10, forecastBias: 0 }));
  const lines = summaryOf([supplier("F0", "A")], RECORDED, [], NO_BRIDGE, customer).split("\n");
  expect(lines).toContain("  As a customer we paid 0 of 7 invoices on time; late to F0 (1, 10.0 days on average), F1 (1, 9.0 days on average), F2 (1, 8.0 days on average), F3 (1, 7.0 days on average), F4 (1, 6.0 days on average) and 2 more");
  expect(lines).toContain("  Our forecasts: F0 0% accurate (bias 0%), F1 10% (bias 0%), F2 20% (bias 0%), F3 30% (bias 0%), F4 40% (bias 0%) and 2 more");
});
