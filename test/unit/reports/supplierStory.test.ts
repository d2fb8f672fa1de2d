import fc from "fast-check";
import { monthsBefore, serialFromIso, serialFromYmd } from "../../../src/core/excelDate";
import { latePenaltyFraction, missedInARow, missesTarget } from "../../../src/core/supplierStory";
import { buildReview } from "../../../src/reports/buildReview";
import type { ReviewJson } from "../../../src/reports/reviewJson";
import { reviewWorkbook, supplierRow as supplier, type TableRows } from "./reviewWorkbook";

const day = (iso: string): number => serialFromIso(iso)!;

function review(settings: TableRows = [], period = "2026-Q3", asOf = "2026-10-31"): ReviewJson {
  const result = buildReview(storyWorkbook(settings), { period, asOf: day(asOf) });
  if (!result.ok) throw new Error(result.message);
  return result.value.json;
}

/** docs/kpis.md, "A supplier's story across periods": the worked example. */
function storyWorkbook(settings: TableRows) {
  return reviewWorkbook({
    Suppliers: [
      ["Supplier", "LastAuditDate", "LatePenaltyPerWeek", "PenaltyGraceDays", "PenaltyCap"],
      ["Acme", "2026-02-28", 0.02, 3, 0.08],
      ["Bolt", "2026-02-27", null, null, null],
    ],
    Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice"], ["Acme", "S1", "2025-01-01", 10]],
    Shipments: [
      ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate", "Excused"],
      ["Acme", "Q4", "S1", 100, "2025-11-01", "2025-11-01", null],
      ["Acme", "P1", "S1", 100, "2026-05-01", "2026-05-01", null],
      ["Acme", "P2", "S1", 100, "2026-05-01", "2026-05-20", null],
      ["Acme", "A", "S1", 100, "2026-07-01", "2026-07-01", null],
      ["Acme", "B", "S1", 100, "2026-07-01", "2026-07-11", null],
      ["Acme", "C", "S1", 100, "2026-08-01", "2026-08-12", null],
      ["Acme", "D", "S1", 100, "2026-08-01", "2026-09-30", null],
      ["Acme", "E", "S1", 100, "2026-09-01", "2026-09-20", "yes"],
      ["Bolt", "B1", null, 50, "2026-05-01", "2026-05-10", null],
      ["Bolt", "B2", null, 50, "2026-08-01", "2026-08-01", null],
      ["Bolt", "B3", null, 50, "2026-08-01", "2026-08-09", null],
    ],
    Inspections: [["Supplier", "InspectionDate", "LotSize", "SampleSize", "Major", "Result"], ["Bolt", "2026-08-15", 1000, 80, 2, "Pass"]],
    Actions: [
      ["Supplier", "KPI", "Opened", "Due", "Closed"],
      ["Acme", "otd", "2026-09-01", null, null],
      ["Acme", "defectRate", "2026-05-01", null, "2026-06-01"],
      ["Bolt", "responseHours", "2026-10-20", "2026-11-15", null],
      ["Bolt", "otd", "2026-11-02", null, null],
    ],
    Settings: [["Key", "Value"], ["priceChange.weight", 0], ["AuditEveryMonths", 8], ...settings.slice(1)],
  });
}

describe("a supplier's story (docs/kpis.md worked example: 2026-Q3 reviewed on 2026-10-31)", () => {
  const json = review();
  const acme = supplier(json, "Acme");
  const bolt = supplier(json, "Bolt");

  it("history: four quarters, oldest first; a quarter without activity has no score, never 100", () => {
    expect(acme.history).toEqual([
      { period: "2025-Q4", score: 100 },
      { period: "2026-Q1", score: null },
      { period: "2026-Q2", score: 0 },
      { period: "2026-Q3", score: 0 },
    ]);
    expect(acme.otd).toBeCloseTo(0.2, 12);
    expect(bolt.history.map((point) => point.score)).toEqual([null, null, 0, 45]);
    expect(bolt.score).toBe(45);
    expect([acme.previousScore, bolt.previousScore]).toEqual([0, 0]);
  });

  it("missedKpis: this period's misses with their actions, in PRODUCT.md's order", () => {
    expect(acme.missedKpis).toEqual([{ kpi: "otd", action: "Review production schedules" }]);
    expect(bolt.missedKpis).toEqual([
      { kpi: "otd", action: "Review production schedules" },
      { kpi: "defectRate", action: "Strengthen QC processes" },
    ]);
  });

  it("redFlags: missed two periods running, with the escalation and whether an action is open; a period without data breaks the run", () => {
    expect(acme.redFlags).toEqual([{ kpi: "otd", escalation: "Revisit contracts and processes", actionOpen: true }]);
    expect(bolt.redFlags).toEqual([{ kpi: "otd", escalation: "Revisit contracts and processes", actionOpen: false }]);
  });

  it("open and overdue actions at the run's as-of date", () => {
    expect([acme.openActions, acme.overdueActions]).toEqual([1, 1]);
    expect([bolt.openActions, bolt.overdueActions]).toEqual([1, 0]);
  });

  it("late penalties: grace, whole weeks, the cap, an Excused line spared; null without terms", () => {
    expect(acme.latePenalties).toBeCloseTo(140, 9);
    expect(bolt.latePenalties).toBeNull();
  });

  it("audit due: a day before the same day of the month (end of month when there is none) eight months back", () => {
    expect([acme.auditDue, bolt.auditDue]).toEqual([false, true]);
  });

  it("with RedFlagPeriods 3 Acme's quarter without activity breaks the run; with HistoryPeriods 1 the history is this quarter", () => {
    const longer = review([["Key", "Value"], ["RedFlagPeriods", 3], ["HistoryPeriods", 1]]);
    expect(supplier(longer, "Acme").redFlags).toEqual([]);
    expect(supplier(longer, "Acme").history).toEqual([{ period: "2026-Q3", score: 0 }]);
    expect(supplier(longer, "Acme").previousScore).toBe(0);
  });

  it("a general action (blank KPI) answers every red flag; the texts come from Settings", () => {
    const tables = storyWorkbook([["Key", "Value"], ["otd.escalation", "Call the owner"]]);
    const withGeneral = new Map(tables);
    const actions = tables.get("Actions")!;
    withGeneral.set("Actions", { ...actions, rows: [...actions.rows, ["Bolt", null, "2026-10-01", "2026-10-10", null]] });
    const result = buildReview(withGeneral, { period: "2026-Q3", asOf: day("2026-10-31") });
    if (!result.ok) throw new Error(result.message);
    expect(supplier(result.value.json, "Bolt").redFlags).toEqual([{ kpi: "otd", escalation: "Call the owner", actionOpen: true }]);
    expect([supplier(result.value.json, "Bolt").openActions, supplier(result.value.json, "Bolt").overdueActions]).toEqual([2, 1]);
  });
});

describe("the story on the scorecard sheet", () => {
  const result = buildReview(storyWorkbook([]), { period: "2026-Q3", asOf: day("2026-10-31") });
  if (!result.ok) throw new Error(result.message);
  const sheet = result.value.sheets[0]!;
  const header = sheet.cells[3]!;
  const rowOf = (name: string) => sheet.cells.find((cells) => cells[0] === name)!;
  const cell = (name: string, column: string) => rowOf(name)[header.indexOf(column)];

  it("shows each supplier's red flags, history, actions, penalties and audit", () => {
    expect(header.slice(3, 8)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "Red flags"]);
    expect(rowOf("Acme").slice(3, 8)).toEqual([100, null, 0, 0, "OTD (action open)"]);
    expect(cell("Bolt", "Red flags")).toBe("OTD (no action)");
    expect(cell("Bolt", "Missed KPIs")).toBe("OTD: Review production schedules; Defect rate: Strengthen QC processes");
    expect(cell("Bolt", "Escalations")).toBe("OTD: Revisit contracts and processes");
    expect([cell("Acme", "Open actions"), cell("Acme", "Overdue actions"), cell("Acme", "Late penalties"), cell("Acme", "Audit due")]).toEqual([1, 1, 140, "no"]);
    expect([cell("Bolt", "Late penalties"), cell("Bolt", "Audit due")]).toEqual(["n/a", "yes"]);
  });
});

describe("the story's rules", () => {
  it("a part week late beyond the grace days counts whole, never above the cap, nothing within the grace", () => {
    const terms = { perWeek: 0.02, graceDays: 3, cap: 0.08 };
    expect([0, 3, 4, 10, 11, 17, 60].map((days) => latePenaltyFraction(days, terms))).toEqual([0, 0, 0.02, 0.02, 0.04, 0.04, 0.08]);
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (days, graceDays, perWeek, cap) => {
        const fraction = latePenaltyFraction(days, { perWeek, graceDays, cap });
        expect(fraction).toBeGreaterThanOrEqual(0);
        expect(fraction).toBeLessThanOrEqual(cap);
        expect(latePenaltyFraction(days + 1, { perWeek, graceDays, cap })).toBeGreaterThanOrEqual(fraction);
        if (days <= graceDays) expect(fraction).toBe(0);
      }),
    );
  });

  it("a target met exactly is no miss, whichever way the KPI points", () => {
    expect([missesTarget(0.95, 0.95, 0.8), missesTarget(0.949, 0.95, 0.8), missesTarget(0.01, 0.01, 0.05), missesTarget(0.011, 0.01, 0.05)]).toEqual([false, true, false, true]);
  });

  it("a run needs every one of the last periods missed; a period without data breaks it", () => {
    expect([missedInARow([true, true], 2), missedInARow([true, null, true], 2), missedInARow([null, true, true], 2), missedInARow([true], 2)]).toEqual([true, false, true, false]);
  });

  it("months before: the same day, or the month's last day when there is none", () => {
    expect(monthsBefore(serialFromYmd(2026, 10, 31), 8)).toBe(serialFromYmd(2026, 2, 28));
    expect(monthsBefore(serialFromYmd(2028, 3, 31), 1)).toBe(serialFromYmd(2028, 2, 29));
    expect(monthsBefore(serialFromYmd(2026, 1, 15), 12)).toBe(serialFromYmd(2025, 1, 15));
    expect(monthsBefore(serialFromYmd(2026, 2, 10), 14)).toBe(serialFromYmd(2024, 12, 10));
  });
});
