import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview } from "../../../src/reports/buildReview";
import type { ReviewJson } from "../../../src/reports/reviewJson";
import type { TableName } from "../../../src/schema/tableSpecs";
import type { RawTable } from "../../../src/model/rawTable";
import { reviewWorkbook, supplierRow as supplier } from "./reviewWorkbook";

const day = (iso: string): number => serialFromIso(iso)!;

function review(tables: ReadonlyMap<TableName, RawTable>, period: string, asOf: string): ReviewJson {
  const result = buildReview(tables, { period, asOf: day(asOf) });
  if (!result.ok) throw new Error(result.message);
  return result.value.json;
}

const SHIPMENTS = ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate", "DeliveredQty"];

describe("on-time delivery, reviewed mid-period (2026-Q3 as of 2026-08-15), OtdToleranceDays 2", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"]],
    Shipments: [
      SHIPMENTS,
      ["Acme", "A", null, 100, "2026-07-01", "2026-07-03", null], // due 07-03 with tolerance: on time, in full
      ["Acme", "B", null, 200, "2026-07-10", "2026-07-13", null], // due 07-12: late by 3 days
      ["Acme", "C", null, 300, "2026-07-20", "2026-07-18", 250], // early: on time, but 250 of 300 is not in full
      ["Acme", "D", null, 400, "2026-08-01", null, null], // open, due 08-03 < as-of: late
      ["Acme", "E", null, 500, "2026-08-14", null, null], // open, due 08-16, not yet: not countable
      ["Acme", "F", null, 600, "2026-09-20", null, null], // open, after the as-of: not countable
      ["Acme", "G", null, 100, "2026-07-25", "2026-08-20", null], // delivered after the run's as-of: still open then, due 07-27: late
      ["Acme", "H", null, 999, "2026-06-30", "2026-06-30", null], // promised in Q2: not this period's line
    ],
    Settings: [["Key", "Value"], ["OtdToleranceDays", 2]],
  });
  const acme = supplier(review(tables, "2026-Q3", "2026-08-15"), "Acme");

  it("counts lines due by the as-of date, open or delivered", () => {
    // Countable: A, B, C, D, G = 5; E and F are not due yet, H belongs to Q2.
    expect(acme.lines).toBe(5);
  });
  it("OTD = on-time lines / countable lines", () => {
    // On time: A (within 2 days' tolerance) and C (early) = 2 of 5.
    expect(acme.otd).toBeCloseTo(2 / 5, 12);
  });
  it("OTD (qty) weighs each line by its quantity", () => {
    // On-time quantity 100 + 300 = 400 of countable 100 + 200 + 300 + 400 + 100 = 1100.
    expect(acme.otdQty).toBeCloseTo(400 / 1100, 12);
  });
  it("OTIF needs the line on time and in full", () => {
    // Only A: C was on time but delivered 250 of 300.
    expect(acme.otif).toBeCloseTo(1 / 5, 12);
  });
  it("average days late is over delivered late lines only", () => {
    // B: 07-13 − 07-10 = 3 days; D and G are open, so they have no days late yet.
    expect(acme.avgDaysLate).toBe(3);
  });
  it("with only OTD data, the score is OTD's points: the other weights are spread over it", () => {
    // points = clamp((0.4 − 0.80) / (0.95 − 0.80)) × 100 = 0; score = 30 × 0 / 30 = 0.
    expect(acme.score).toBe(0);
    expect(acme.grade).toBe("D");
    expect([acme.defectRate, acme.lotAcceptance, acme.responseHours, acme.priceChange]).toEqual([null, null, null, null]);
  });
});

describe("the score spreads the weight of KPIs without data, and the grade cut-offs hold at their edge", () => {
  // Weights: otd 849.9 and lotAcceptance 150.1 (a sum of 1000), defect rate shown but not scored.
  const settings = (otdWeight: number, lotWeight: number) => [
    ["Key", "Value"],
    ["otd.weight", otdWeight],
    ["lotAcceptance.weight", lotWeight],
    ["defectRate.weight", 0],
  ];
  const inspections = [
    ["Supplier", "InspectionDate", "LotSize", "SampleSize", "Result"],
    ...["Pass", "Pass", "Pass", "Pass", "Fail"].map((result, index) => ["Acme", `2026-07-0${index + 1}`, 1000, 80, result]),
  ];
  const shipments = [SHIPMENTS, ["Acme", "A", null, 10, "2026-07-01", "2026-07-01", null]];
  const scoreWith = (otdWeight: number, lotWeight: number) =>
    supplier(review(reviewWorkbook({ Suppliers: [["Supplier"], ["Acme"]], Shipments: shipments, Inspections: inspections, Settings: settings(otdWeight, lotWeight) }), "2026-Q3", "2026-12-31"), "Acme");

  it("85.00 is an A", () => {
    // OTD 1/1 → 100 points; lot acceptance 4/5 = 0.80 = its floor → 0 points; score = (85 × 100 + 15 × 0) / 100 = 85.
    const acme = scoreWith(85, 15);
    expect(acme.lotAcceptance).toBeCloseTo(0.8, 12);
    expect(acme.score).toBe(85);
    expect(acme.grade).toBe("A");
  });
  it("84.99 is a B", () => {
    // (849.9 × 100 + 150.1 × 0) / 1000 = 84.99.
    const acme = scoreWith(849.9, 150.1);
    expect(acme.score).toBeCloseTo(84.99, 10);
    expect(acme.grade).toBe("B");
  });
});

describe("inspections: defect rate, lot acceptance and the next inspection's severity", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"], ["Bolt"]],
    Inspections: [
      ["Supplier", "InspectionDate", "LotSize", "Critical", "Major", "Minor", "SampleSize", "Result"],
      // Lot 5000 at level II is code letter L: n = 200; Ac 10 / Re 11 at AQL 2.5, Ac 14 / Re 15 at AQL 4.0.
      ["Acme", "2026-07-01", 5000, null, 10, 14, null, null], // 10 ≤ 10 and 14 ≤ 14: accepted
      ["Acme", "2026-07-08", 5000, null, 11, null, null, null], // 11 majors ≥ Re 11: rejected
      ["Acme", "2026-07-15", 5000, 1, null, null, null, null], // any critical defect rejects
      ["Acme", "2026-07-22", 5000, null, 20, null, 125, "Pass"], // the recorded result decides
      ["Bolt", "2026-07-10", 500, null, null, null, 50, "Fail"],
      ["Bolt", "2026-09-20", 500, null, null, null, 50, "Reject"], // after the as-of date: not yet inspected
    ],
  });
  const json = review(tables, "2026-Q3", "2026-08-15");

  it("defect rate = all defects / all units sampled", () => {
    // Defects: (10 + 14) + 11 + 1 + 20 = 56; sampled: 200 + 200 + 200 + 125 = 725.
    expect(supplier(json, "Acme").defectRate).toBeCloseTo(56 / 725, 12);
  });
  it("lot acceptance = accepted lots / lots", () => {
    expect(supplier(json, "Acme").lotAcceptance).toBe(2 / 4);
    expect(supplier(json, "Acme").inspections).toBe(4);
  });
  it("two lots not accepted out of five or fewer move the supplier to tightened inspection", () => {
    // Acme: accepted, rejected, rejected → tightened after its third lot.
    expect(supplier(json, "Acme").nextInspection).toBe("tightened");
  });
  it("only lots inspected by the as-of date count for switching", () => {
    // Bolt: one rejected lot by 08-15 stays on normal; its second rejection is dated 09-20.
    expect(supplier(json, "Bolt").nextInspection).toBe("normal");
    expect(supplier(json, "Bolt").inspections).toBe(2);
  });
});

describe("next inspection: a recorded Pass without counts does not earn reduced inspection", () => {
  // Ten lots of 5,000 (letter L, n 200): Major at AQL 2.5 has Ac 10, Minor at 4.0 has Ac 14, both
  // Ac >= 2, so each lot adds 3 to the switching score only if its counts are within the Ac one AQL
  // step tighter (7 and 10). Counts of 0 qualify: 10 lots x 3 = 30, reduced. Blank counts beside a
  // recorded Pass are unknown (docs/aql.md, "Missing counts"): each lot resets the score.
  const lots = (major: number | null, minor: number | null) =>
    Array.from({ length: 10 }, (_, i) => ["Acme", `2026-07-${String(i + 1).padStart(2, "0")}`, 5000, major, minor, "Pass"]);
  const tables = (major: number | null, minor: number | null) =>
    reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Inspections: [["Supplier", "InspectionDate", "LotSize", "Major", "Minor", "Result"], ...lots(major, minor)],
    });

  it("ten passes with 0 Major and 0 Minor reach the switching score of 30", () => {
    expect(supplier(review(tables(0, 0), "2026-Q3", "2026-09-30"), "Acme").nextInspection).toBe("reduced");
  });
  it("ten passes with blank counts stay on normal", () => {
    expect(supplier(review(tables(null, null), "2026-Q3", "2026-09-30"), "Acme").nextInspection).toBe("normal");
  });
  it("blank counts are still 0 defects for the defect rate", () => {
    expect(supplier(review(tables(null, null), "2026-Q3", "2026-09-30"), "Acme").defectRate).toBe(0);
  });
});

describe("response hours", () => {
  it("is the median, with an unanswered issue counted until the end of the as-of day", () => {
    const tables = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Responses: [
        ["Supplier", "RaisedAt", "RespondedAt"],
        ["Acme", "2026-07-01T08:00", "2026-07-02T08:00"], // 24 h
        ["Acme", "2026-07-05T08:00", "2026-07-05T20:00"], // 12 h
        ["Acme", "2026-08-10T12:00", null], // open: 08-10 12:00 to 08-16 00:00 = 5.5 days = 132 h
      ],
    });
    // Median of 12, 24, 132 = 24; points = clamp((24 − 72) / (24 − 72)) × 100 = 100.
    const acme = supplier(review(tables, "2026-Q3", "2026-08-15"), "Acme");
    expect(acme.responseHours).toBe(24);
    expect(acme.score).toBe(100);
    expect(acme.lines).toBe(0);
  });
});

describe("price change and spend", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"], ["Bolt"]],
    Quotes: [
      ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "Quantity"],
      ["Acme", "S1", "2026-06-01", 10, "CNY", 1],
      ["Acme", "S1", "2026-06-01", 9.5, "CNY", 1000], // price break from 1000 pieces
      ["Acme", "S1", "2026-08-01", 10.5, "CNY", 1],
      ["Acme", "S2", "2026-05-01", 20, null, 1], // home currency
      ["Acme", "S2", "2026-07-15", 19, null, 1],
      ["Bolt", "S1", "2026-07-01", 2, "USD", 1],
    ],
    FxRates: [
      ["Currency", "Date", "Rate"],
      ["CNY", "2026-07-01", 0.14],
      ["CNY", "2026-07-15", 0.15],
    ],
    Shipments: [
      SHIPMENTS,
      ["Acme", "P1", "S1", 1000, "2026-07-10", "2026-07-10", null], // tier 1000: 9.5 CNY × 0.14 × 1000 = 1330
      ["Acme", "P2", "S1", 600, "2026-07-20", "2026-07-20", 500], // tier 1: 10 CNY × 0.15 × 500 = 750
      ["Acme", "P3", "S2", 10, "2026-07-20", "2026-07-21", null], // 19 USD × 1 × 10 = 190
      ["Acme", "P4", "S3", 10, "2026-07-20", "2026-07-21", null], // no quote for S3: left out, listed
      ["Acme", "P5", "S3", 10, "2026-07-22", "2026-07-23", null], // the same gap: counted in the same problem
      ["Acme", "P6", "S1", 10, "2026-09-30", null, null], // open: no spend
      ["Bolt", "P7", "S1", 100, "2026-06-20", "2026-06-25", null], // promised in Q2: not this period's spend
      ["Bolt", "P8", "S1", 1000, "2026-07-02", "2026-07-02", null], // 2 USD × 1000 = 2000
    ],
  });
  const json = review(tables, "2026-Q3", "2026-12-31");

  it("price change is the mean change over the supplier's SKUs, period end against previous period end", () => {
    // S1: 10.5 / 10 − 1 = +5%; S2: 19 / 20 − 1 = −5%; mean 0.
    expect(supplier(json, "Acme").priceChange).toBeCloseTo(0, 12);
    // Bolt's S1 was not quoted at the end of Q2: nothing to compare.
    expect(supplier(json, "Bolt").priceChange).toBeNull();
  });

  it("spend = delivered quantity × price in effect (tier of the line's quantity) × FX, at the delivery date", () => {
    expect(supplier(json, "Acme").spend).toBeCloseTo(1330 + 750 + 190, 9);
    expect(supplier(json, "Bolt").spend).toBeCloseTo(2000, 9);
    // Shares of 2270 + 2000 = 4270.
    expect(supplier(json, "Acme").spendShare).toBeCloseTo(2270 / 4270, 12);
    expect(supplier(json, "Bolt").spendShare).toBeCloseTo(2000 / 4270, 12);
  });

  it("a delivered line without a price is left out of spend and listed once per SKU", () => {
    expect(json.problems).toEqual([
      // The price review's bridge needs S1's CNY rate at the end of Q2 (docs/price-review.md): none before 07-01.
      { table: "Quotes", row: 2, column: "Currency", message: "FxRates has no CNY rate on or before 2026-06-30: no price bridge for S1" },
      { table: "Shipments", row: 5, column: "SKU", message: "Quotes has no price for S3 from Acme on or before the delivery (2026-07-21): 2 lines are left out of spend" },
    ]);
  });

  it("a delivered line without an FX rate is left out of spend and listed", () => {
    const early = reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency"], ["Acme", "S1", "2026-01-01", 10, "CNY"]],
      FxRates: [["Currency", "Date", "Rate"], ["CNY", "2026-07-15", 0.15]],
      Shipments: [SHIPMENTS, ["Acme", "P1", "S1", 5, "2026-07-01", "2026-07-02", null], ["Acme", "P2", "S1", 5, "2026-07-20", "2026-07-20", null]],
    });
    const result = review(early, "2026-Q3", "2026-12-31");
    // Only P2 is priced: 10 CNY × 0.15 × 5 = 7.5.
    expect(supplier(result, "Acme").spend).toBeCloseTo(7.5, 12);
    expect(result.problems).toEqual([
      // The price review cannot land the quote either: it is dated before the first CNY rate.
      { table: "Quotes", row: 2, column: "Currency", message: "FxRates has no CNY rate on or before 2026-01-01: no landed cost for S1" },
      { table: "Shipments", row: 2, column: "DeliveredDate", message: "FxRates has no CNY rate on or before the delivery (2026-07-02): the line is left out of spend" },
    ]);
  });
});

describe("previous score and who is on the scorecard", () => {
  const tables = reviewWorkbook({
    Suppliers: [["Supplier"], ["Acme"], ["Idle"]],
    Shipments: [
      SHIPMENTS,
      ["Acme", "Q2", null, 1, "2026-05-01", "2026-05-01", null], // Q2: on time → OTD 1 → 100
      ["Acme", "Q3a", null, 1, "2026-07-01", "2026-07-01", null],
      ["Acme", "Q3b", null, 1, "2026-07-02", "2026-07-10", null], // Q3: 1 of 2 → 0.5 → 0 points
    ],
  });
  const json = review(tables, "2026-Q3", "2026-12-31");
  it("previousScore is the same score for the previous period", () => {
    expect(supplier(json, "Acme")).toMatchObject({ score: 0, previousScore: 100 });
  });
  it("a supplier without shipments, inspections or responses in the period has no row", () => {
    expect(json.suppliers.map((row) => row.supplier)).toEqual(["Acme"]);
  });
  it("as-of is the earlier of the period's last day and the run's as-of date", () => {
    expect(json.asOf).toBe("2026-09-30");
    expect(review(tables, "2026-Q3", "2026-08-15").asOf).toBe("2026-08-15");
  });
});

describe("a bad period is a failure; bad data never is", () => {
  it("fails on a period it cannot read", () => {
    const result = buildReview(reviewWorkbook({}), { period: "Q3 2026", asOf: day("2026-10-01") });
    expect(result).toEqual({ ok: false, code: "value", message: expect.stringContaining("Q3 2026") });
  });
});

describe("a line promised at a time of day belongs to that day's period (the date column drops the time)", () => {
  it("2026-06-30 18:00 is Q2's (the previous score), 2026-09-30 12:00 is Q3's", () => {
    const json = review(
      reviewWorkbook({
        Suppliers: [["Supplier"], ["Acme"]],
        Shipments: [SHIPMENTS, ["Acme", "A", null, 10, day("2026-06-30") + 0.75, day("2026-06-30"), null], ["Acme", "B", null, 10, day("2026-09-30") + 0.5, day("2026-10-05"), null]],
      }),
      "2026-Q3",
      "2026-12-31",
    );
    const acme = supplier(json, "Acme");
    // Q3: B only, late; Q2: A only, on time (OTD 1 → 100 points).
    expect([acme.lines, acme.otd]).toEqual([1, 0]);
    expect(acme.previousScore).toBe(100);
  });
});

describe("leadTimeSlip and openDeposits (docs/kpis.md worked example: 2026-Q3 reviewed on 2026-10-15)", () => {
  const QUOTES = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "Quantity", "LeadTimeDays", "DepositPct"];
  const LINES = ["Supplier", "PO", "SKU", "Quantity", "OrderDate", "PromisedDate", "DeliveredDate"];
  const tables = (settings: (string | number)[][] = []) =>
    reviewWorkbook({
      Suppliers: [["Supplier"], ["Acme"]],
      Quotes: [
        QUOTES,
        ["Acme", "S1", "2026-05-01", 10, "CNY", 1, 45, 0.3],
        ["Acme", "S1", "2026-05-01", 9.5, "CNY", 1000, 60, 0.3],
        ["Acme", "S1", "2026-07-01", 10.5, "CNY", 1, 40, 0.3],
        ["Acme", "S1", "2026-09-10", 11, "CNY", 1, 35, 0.5],
      ],
      FxRates: [["Currency", "Date", "Rate"], ["CNY", "2026-05-01", 0.14], ["CNY", "2026-08-01", 0.15], ["CNY", "2026-09-15", 0.16]],
      Shipments: [
        LINES,
        ["Acme", "A", "S1", 500, "2026-06-01", "2026-07-15", "2026-07-20"], // 49 days, quoted 45: +4
        ["Acme", "B", "S1", 1000, "2026-06-10", "2026-08-05", "2026-08-05"], // 56 days, tier 1000 quoted 60: −4
        ["Acme", "C", "S1", 200, "2026-07-10", "2026-08-20", "2026-08-25"], // 46 days, the 07-01 quote's 40: +6
        ["Acme", "D", "S1", 300, null, "2026-08-30", "2026-09-02"], // no OrderDate: no slip
        ["Acme", "E", "S1", 400, "2026-08-01", "2026-09-25", null], // open: deposit 0.3 × 400 × 10.5 × 0.15 = 189
        ["Acme", "F", "S1", 1000, "2026-09-01", "2026-10-20", null], // Q4's line, ordered: deposit 0.3 × 1000 × 10.5 × 0.15 = 472.5
        ["Acme", "G", "S1", 100, "2026-10-05", "2026-11-20", null], // ordered after the as-of date: no deposit
        ["Acme", "H", "S1", 600, null, "2026-09-28", null], // open without OrderDate: no deposit
        ["Acme", "I", "S1", 500, "2026-08-10", "2026-09-25", "2026-10-02"], // 53 days, quoted 40: +13; open on 09-30: deposit 236.25
      ],
      Settings: [["Key", "Value"], ...settings],
    });
  const acme = supplier(review(tables(), "2026-Q3", "2026-10-15"), "Acme");

  it("leadTimeSlip is the signed mean of delivered − ordered − the LeadTimeDays quoted at OrderDate for the line's tier", () => {
    // (4 − 4 + 6 + 13) / 4 = 4.75 days; D has no OrderDate; E, F, G and H are not delivered.
    expect(acme.leadTimeSlip).toBeCloseTo(19 / 4, 12);
  });
  it("openDeposits: DepositPct × Quantity × tier price, at the quote and FX of OrderDate, over lines ordered and not delivered by the as-of date", () => {
    // E 189 + F 472.5 + I 236.25 (delivered 10-02, after the period's as-of 09-30) = 897.75 USD.
    expect(acme.openDeposits).toBeCloseTo(897.75, 9);
  });
  it("leadTimeSlip is shown, not scored, by default (weight 0)", () => {
    const withoutSlip = supplier(review(tables([["leadTimeSlip.weight", 0]]), "2026-Q3", "2026-10-15"), "Acme");
    expect(acme.score).toBe(withoutSlip.score);
  });
  it("with a weight, 4.75 days against target 0 and floor 14 is (14 − 4.75) / 14 = 66.07 points", () => {
    const scored = supplier(review(tables([["otd.weight", 0], ["priceChange.weight", 0], ["leadTimeSlip.weight", 10]]), "2026-Q3", "2026-10-15"), "Acme");
    expect(scored.score).toBeCloseTo(((14 - 4.75) / 14) * 100, 9);
  });
  it("with a weight, the slip scores the story's earlier periods too: Q3's point in the Q4 review is the Q3 review's score", () => {
    const weights = tables([["otd.weight", 0], ["priceChange.weight", 0], ["leadTimeSlip.weight", 10]]);
    const q3 = supplier(review(weights, "2026-Q3", "2026-12-31"), "Acme");
    const q4 = supplier(review(weights, "2026-Q4", "2026-12-31"), "Acme");
    // The slip is Q3's only scored KPI with data: without it Q3 would have no score.
    expect(q3.score).toBeCloseTo(((14 - 4.75) / 14) * 100, 9);
    expect(q4.previousScore).toBe(q3.score);
    expect(q4.history.find((point) => point.period === "2026-Q3")?.score).toBe(q3.score);
  });
  it("a supplier without OrderDates has no slip and no deposits", () => {
    const json = review(reviewWorkbook({ Suppliers: [["Supplier"], ["Acme"]], Shipments: [SHIPMENTS, ["Acme", "P1", null, 10, "2026-07-01", "2026-07-01", null]] }), "2026-Q3", "2026-10-15");
    expect(supplier(json, "Acme").leadTimeSlip).toBeNull();
    expect(supplier(json, "Acme").openDeposits).toBe(0);
  });
  it("an ordered open line whose deposit cannot be priced is left out of openDeposits and listed", () => {
    const json = review(
      reviewWorkbook({
        Suppliers: [["Supplier"], ["Acme"]],
        Quotes: [QUOTES, ["Acme", "S1", "2026-08-01", 10, "CNY", 1, 40, 0.3]],
        Shipments: [LINES, ["Acme", "A", "S1", 100, "2026-07-01", "2026-09-01", null], ["Acme", "B", "S1", 100, "2026-08-02", "2026-09-01", null]],
      }),
      "2026-Q3",
      "2026-10-15",
    );
    expect(supplier(json, "Acme").openDeposits).toBe(0);
    expect(json.problems.filter((problem) => problem.table === "Shipments")).toEqual([
      { table: "Shipments", row: 2, column: "OrderDate", message: "Quotes has no price for S1 from Acme on or before the order (2026-07-01): the line is left out of openDeposits" },
      { table: "Shipments", row: 3, column: "OrderDate", message: "FxRates has no CNY rate on or before the order (2026-08-02): the line is left out of openDeposits" },
    ]);
  });
});
