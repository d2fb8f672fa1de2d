import { rmSync } from "node:fs";
import { join } from "node:path";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { requireBuiltCli, runCli } from "./support/cli";
import { serial, temporaryFolder, writeTestWorkbook, type TestTable } from "./support/excelJsWorkbook";

/**
 * `costcard review --json` on a workbook built with ExcelJS, against figures worked out by hand
 * here (PRODUCT.md, "Scorecard" and "Price review"). Settings put the OTD and price-change targets
 * and the grade cut-offs where the hand-worked scores land exactly on them.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string, hours: number) => serial(iso) + hours / 24;

const TABLES: TestTable[] = [
  { name: "Suppliers", headers: ["Supplier", "Country", "Status"], rows: [["Alpha", "Vietnam", "Preferred"], ["Beta", "China", "Approved"], ["Gamma", "Turkey", null], ["Delta", "Portugal", null], ["Epsilon", "India", "Probation"]] },
  {
    // Columns in another order and spelling, plus a column of the user's own.
    name: "Shipments",
    headers: ["PO", "supplier", "Promised Date", "Delivered_Date", "Quantity", "Delivered Qty", "SKU", "Notes"],
    rows: [
      ["A-1", "Alpha", day("2026-07-01"), day("2026-07-03"), 100, null, "S1", "two days late: within tolerance"],
      ["A-2", "Alpha", "2026-07-10", "2026-07-13", 300, null, "S1", "ISO text dates; three days late"],
      ["A-3", "Alpha", serial("2026-08-01"), serial("2026-07-30"), 200, 150, "S1", "serial dates; early, short"],
      ["A-4", "Alpha", day("2026-08-20"), null, 400, null, "S1", "open, due before the as-of date"],
      ["A-5", "Alpha", day("2026-08-30"), null, 500, null, "S1", "open, due + tolerance after as-of"],
      ["A-6", "Alpha", day("2026-09-20"), null, 100, null, "S1", "open, due after as-of"],
      ["B-0", "Beta", day("2026-06-10"), day("2026-06-10"), 100, null, "S2", "previous quarter"],
      ["B-1", "Beta", day("2026-07-05"), day("2026-07-05"), 100, null, "S2", null],
      ["B-2", "Beta", day("2026-07-06"), day("2026-07-20"), 100, null, "S2", null],
      ["E-1", "Epsilon", day("2026-07-08"), day("2026-07-08"), 10, null, "S9", null],
    ],
  },
  {
    name: "Quotes",
    headers: ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "Incoterm", "Quantity", "MOQ", "Material", "Trims", "Labor", "Overhead", "Packaging", "Margin", "FreightPerUnit", "InsurancePerUnit", "DutyRate", "Tooling", "MaterialIndex", "LaborIndex"],
    rows: [
      ["Alpha", "S1", day("2026-07-01"), 10, "EUR", "FOB", 1, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Alpha", "S1", day("2026-07-01"), 9, "EUR", "FOB", 250, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Alpha", "S1", day("2026-07-20"), 11, "EUR", "FOB", 1, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Alpha", "S1", day("2026-07-20"), 9.5, "EUR", "FOB", 250, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Beta", "S2", day("2026-06-01"), 4, "USD", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Beta", "S2", day("2026-07-01"), 4.5, "USD", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Epsilon", "S9", day("2026-07-01"), 2, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Gamma", "P1", day("2026-04-01"), 100, "USD", "FOB", 1, 100, 40, 10, 30, 10, 0, 10, 2, 0.5, 0.1, 500, "Steel", "Wage"],
      ["Gamma", "P1", day("2026-08-01"), 108, "USD", "FOB", 1, 100, 46, 10, 30, 10, 0, 12, 2, 0.5, 0.1, 500, "Steel", "Wage"],
      ["Delta", "P1", day("2026-07-15"), 120, "EUR", "FOB", 1, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Gamma", "P2", day("2026-05-01"), 50, "USD", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Gamma", "P2", day("2026-08-20"), 53, "USD", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Gamma", "P3", day("2026-05-01"), 20, "USD", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["Gamma", "P3", day("2026-08-20"), 20.4, "USD", null, null, null, 10, 5, 3, null, null, null, null, null, null, null, null, null],
      ["Gamma", "P4", day("2026-03-01"), 30, "USD", null, null, null, 15, null, null, null, null, null, null, null, null, null, "Steel", null],
      ["Gamma", "P4", day("2026-08-15"), 33, "USD", null, null, null, null, null, null, null, null, null, null, null, null, null, "Steel", null],
    ],
  },
  {
    name: "Inspections",
    headers: ["Supplier", "InspectionDate", "LotSize", "Major", "Minor", "Result"],
    rows: [
      ["Epsilon", day("2026-07-01"), 500, 1, 0, "Pass"],
      ["Epsilon", day("2026-07-05"), 500, 5, 0, "Fail"],
      ["Epsilon", day("2026-07-10"), 500, 0, 0, "Pass"],
      ["Epsilon", day("2026-07-15"), 500, 4, 0, null],
    ],
  },
  {
    name: "Responses",
    headers: ["Supplier", "RaisedAt", "RespondedAt"],
    rows: [
      ["Alpha", at("2026-07-02", 8), at("2026-07-02", 18)],
      ["Alpha", at("2026-07-10", 8), at("2026-07-11", 14)],
    ],
  },
  { name: "FxRates", headers: ["Currency", "Date", "Rate"], rows: [["EUR", day("2026-06-01"), 1.1], ["EUR", day("2026-07-10"), 1.2]] },
  { name: "Indices", headers: ["Index", "Date", "Value"], rows: [["Steel", day("2026-01-01"), 200], ["Steel", day("2026-04-01"), 200], ["Steel", day("2026-08-01"), 230], ["Wage", day("2026-01-01"), 100], ["Wage", day("2026-08-01"), 110]] },
  {
    name: "Settings",
    headers: ["Key", "Value"],
    rows: [["OtdToleranceDays", 2], ["otd.target", 0.75], ["otd.floor", 0.25], ["priceChange.target", 0], ["priceChange.floor", 0.25], ["grade.A", 62.5], ["grade.B", 50], ["grade.C", 40]],
  },
];

let folder: string;
let review: ReviewJson;

function reviewAsOf(asOf: string): ReviewJson {
  const run = runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", asOf, "--json", "--out", `out-${asOf}.xlsx`], folder);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as ReviewJson;
}

const supplier = (name: string) => {
  const found = review.suppliers.find((row) => row.supplier === name);
  if (found === undefined) throw new Error(`${name} is not on the scorecard`);
  return found;
};
const priceRow = (sku: string, name: string) => {
  const found = review.priceReview.find((row) => row.sku === sku && row.supplier === name);
  if (found === undefined) throw new Error(`${sku} / ${name} is not in the price review`);
  return found;
};

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("figures");
  await writeTestWorkbook(join(folder, "book.xlsx"), TABLES);
  review = reviewAsOf("2026-08-31");
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("review --json, as of 2026-08-31 (inside 2026-Q3)", () => {
  test("the period, the as-of date and no data problems", () => {
    expect(review.period).toBe("2026-Q3");
    expect(review.asOf).toBe("2026-08-31");
    expect(review.problems).toEqual([]);
  });

  test("OTD counts lines due (with 2 days' tolerance) before the as-of date; open lines due later are not countable", () => {
    // A-1 on time (2 days late, tolerance 2), A-2 late (3 days), A-3 early, A-4 open and overdue;
    // A-5 (due 08-30 + 2 = 09-01) and A-6 are not countable yet.
    const alpha = supplier("Alpha");
    expect(alpha.lines).toBe(4);
    expect(alpha.otd).toBe(0.5);
    expect(alpha.otdQty).toBeCloseTo((100 + 200) / (100 + 300 + 200 + 400), 12);
    expect(alpha.otif).toBe(0.25); // A-3 is on time but 150 of 200
    expect(alpha.avgDaysLate).toBe(3); // delivered late lines only: A-2
  });

  test("a KPI without data leaves the score to the KPIs that have data, and a score on a cut-off takes that grade", () => {
    // Alpha: OTD 0.5 → (0.5 − 0.25) / (0.75 − 0.25) = 50 points, weight 30; response hours median
    // of 10 and 30 = 20 ≤ 24 → 100 points, weight 10. No inspections, no old price: left out.
    const alpha = supplier("Alpha");
    expect(alpha.responseHours).toBe(20);
    expect(alpha.defectRate).toBeNull();
    expect(alpha.lotAcceptance).toBeNull();
    expect(alpha.priceChange).toBeNull();
    expect(alpha.score).toBeCloseTo((30 * 50 + 10 * 100) / 40, 9);
    expect(alpha.grade).toBe("A"); // 62.5 = grade.A
    // Beta: OTD 1 of 2 → 50 points, weight 30; price 4 → 4.5 = +12.5% → (0.125 − 0.25) / (0 − 0.25) = 50 points, weight 15.
    const beta = supplier("Beta");
    expect(beta.priceChange).toBeCloseTo(0.125, 12);
    expect(beta.score).toBeCloseTo(50, 9);
    expect(beta.grade).toBe("B"); // 50 = grade.B
    expect(beta.previousScore).toBeCloseTo(100, 9); // 2026-Q2: one line, on time; no price a quarter before
  });

  test("spend prices each delivered line at the quote and tier in effect on its delivery date, at that date's FX rate", () => {
    // A-1 07-03: quote of 07-01, 100 < tier 250 → 10 EUR, EUR 1.10 → 1,100
    // A-2 07-13: quote of 07-01, 300 ≥ 250 → 9 EUR, EUR 1.20 (from 07-10) → 3,240
    // A-3 07-30: quote of 07-20, order of 200 < 250 → 11 EUR, 150 delivered, 1.20 → 1,980
    expect(supplier("Alpha").spend).toBeCloseTo(1100 + 3240 + 1980, 9);
    expect(supplier("Beta").spend).toBeCloseTo(100 * 4.5 * 2, 9);
    expect(supplier("Epsilon").spend).toBeCloseTo(20, 9);
    const total = 6320 + 900 + 20;
    expect(supplier("Alpha").spendShare).toBeCloseTo(6320 / total, 12);
  });

  test("two rejected lots out of five move a supplier to tightened inspection (ISO 2859-1 clause 9)", () => {
    // Lot 500, level II → H, n = 50, Ac 3 / Re 4 at AQL 2.5. The last lot has no Result: 4 majors reject it.
    const epsilon = supplier("Epsilon");
    expect(epsilon.inspections).toBe(4);
    expect(epsilon.defectRate).toBeCloseTo(10 / 200, 12);
    expect(epsilon.lotAcceptance).toBe(0.5);
    expect(epsilon.nextInspection).toBe("tightened");
    // OTD 1 → 100 points × 30; defect rate 0.05 = floor → 0 × 30; lot acceptance 0.5 → 0 × 15.
    expect(epsilon.score).toBeCloseTo(40, 9);
    expect(epsilon.grade).toBe("C"); // 40 = grade.C
    expect(supplier("Alpha").nextInspection).toBe("normal");
  });

  test("the index-linked expected price, and Accept when the rise is within it", () => {
    // P1: 100 with material 40 on Steel 200 → 230 and labour 30 on Wage 100 → 110:
    // 100 × (0.3 + 0.4 × 1.15 + 0.3 × 1.1) = 109; the new 108 is 1 under it.
    const row = priceRow("P1", "Gamma");
    expect(row.oldPrice).toBe(100);
    expect(row.newPrice).toBe(108);
    expect(row.change).toBeCloseTo(8, 9);
    expect(row.changePct).toBeCloseTo(0.08, 12);
    expect(row.expectedPrice).toBeCloseTo(109, 9);
    expect(row.excess).toBeCloseTo(-1, 9);
    expect(row.flag).toBe("Accept");
  });

  test("landed cost of the new quote: tooling over the MOQ in the price, freight and insurance per unit, duty on the FOB value", () => {
    // (108 + 500 / 100) = 113; + 2 freight + 0.5 insurance; duty 10% × 113 = 11.3 → 126.8.
    expect(priceRow("P1", "Gamma").landedCost).toBeCloseTo(126.8, 9);
    // Delta: 120 EUR at the rate on its quote date (1.20) = 144, no freight or duty given.
    const delta = priceRow("P1", "Delta");
    expect(delta.landedCost).toBeCloseTo(144, 9);
    expect(delta.flag).toBe("New");
    for (const row of [priceRow("P1", "Gamma"), delta]) {
      expect(row.bestLandedCost).toBeCloseTo(126.8, 9);
      expect(row.bestSupplier).toBe("Gamma");
      expect(row.singleSource).toBe(false);
    }
  });

  test("flags: Negotiate above the threshold without or beyond the expected price, Check breakdown before anything else", () => {
    expect(priceRow("P2", "Gamma")).toMatchObject({ oldPrice: 50, newPrice: 53, expectedPrice: null, singleSource: true, flag: "Negotiate" });
    // P4: 30 × (0.5 + 0.5 × 230 / 200) = 32.25 expected; 33 is 0.75 above it and 10% up.
    const p4 = priceRow("P4", "Gamma");
    expect(p4.expectedPrice).toBeCloseTo(32.25, 9);
    expect(p4.excess).toBeCloseTo(0.75, 9);
    expect(p4.flag).toBe("Negotiate");
    // P3: up 2% only, but 10 + 5 + 3 = 18 is not 20.4.
    expect(priceRow("P3", "Gamma").flag).toBe("Check breakdown");
    expect(priceRow("S1", "Alpha")).toMatchObject({ oldPrice: null, newPrice: 11, flag: "New", singleSource: true });
    expect(priceRow("S1", "Alpha").landedCost).toBeCloseTo(11 * 1.2, 9);
    expect(priceRow("S2", "Beta")).toMatchObject({ oldPrice: 4, newPrice: 4.5, flag: "Negotiate" });
  });
});

describe("review --json, as of 2026-10-15 (after the period)", () => {
  test("the period's last day is the as-of date, and every open line due by then counts as late", () => {
    const later = reviewAsOf("2026-10-15");
    expect(later.asOf).toBe("2026-09-30");
    const alpha = later.suppliers.find((row) => row.supplier === "Alpha");
    expect(alpha?.lines).toBe(6);
    expect(alpha?.otd).toBeCloseTo(2 / 6, 12);
  });
});

describe("a period that starts after the as-of date (docs/cli.md: a warning, not a refusal)", () => {
  test("the summary says right below its heading that nothing in it is known yet, and the JSON's warnings hold the same sentence", () => {
    const warning = "2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet";
    const summary = runCli(["review", "book.xlsx", "--period", "2027-Q2", "--as-of", "2026-12-01", "--out", "out-ahead.xlsx"], folder);
    expect(summary.status).toBe(0);
    expect(summary.stdout.split("\n").slice(0, 2)).toEqual(["Costcard review 2027-Q2, as of 2026-12-01", `  ${warning}`]);
    const json = runCli(["review", "book.xlsx", "--period", "2027-Q2", "--as-of", "2026-12-01", "--json", "--out", "out-ahead-json.xlsx"], folder);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as ReviewJson).warnings).toEqual([warning]);
    expect(reviewAsOf("2026-10-15").warnings).toEqual([]);
  });
});

describe("review --json without --as-of", () => {
  test("the as-of date is today (UTC), or the period's last day once the period is over", () => {
    const today = new Date().toISOString().slice(0, 10);
    const run = runCli(["review", "book.xlsx", "--period", "2026-Q3", "--json", "--out", "out-today.xlsx"], folder);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as ReviewJson).asOf).toBe(today < "2026-09-30" ? today : "2026-09-30");
  });
});
