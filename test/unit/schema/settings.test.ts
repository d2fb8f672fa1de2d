import type { ProblemJson } from "../../../src/model/problem";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/schema/settings";
import type { CellScalar } from "../../../src/model/rawTable";
import { rawTable } from "./rawTable";

function settingsOf(rows: CellScalar[][]) {
  const problems: ProblemJson[] = [];
  const settings = parseSettings(rawTable("Settings", ["Key", "Value"], rows), problems);
  return { settings, problems };
}

describe("Settings", () => {
  it("without a Settings table, every key takes PRODUCT.md's default", () => {
    const problems: ProblemJson[] = [];
    expect(parseSettings(undefined, problems)).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(DEFAULT_SETTINGS.kpis.otd).toEqual({ weight: 30, target: 0.95, floor: 0.8 });
    expect(DEFAULT_SETTINGS.grades).toEqual({ A: 85, B: 70, C: 55 });
  });

  it("reads a rate given as percentage text (a Text cell, a CSV import) as its fraction: 5% is 0.05; hours and days take no %", () => {
    const { settings, problems } = settingsOf([
      ["PriceChangeThreshold", "5%"],
      ["otd.target", "97.5 %"],
      ["defectRate.floor", "4%"],
      ["responseHours.target", "24%"],
    ]);
    expect(settings.priceChangeThreshold).toBe(0.05);
    expect(settings.kpis.otd.target).toBe(0.975);
    expect(settings.kpis.defectRate.floor).toBe(0.04);
    expect(settings.kpis.responseHours.target).toBe(DEFAULT_SETTINGS.kpis.responseHours.target);
    expect(problems).toEqual([{ table: "Settings", row: 5, column: "Value", message: 'responseHours.target: "24%" is not a number; the default is used' }]);
  });

  it("reads keys case-insensitively, numbers given as numbers or as decimal text", () => {
    const { settings, problems } = settingsOf([
      ["homecurrency", "eur"],
      ["VALUATION", "cif"],
      ["OtdToleranceDays", 2],
      ["priceChangeThreshold", "0.05"],
      ["OTD.Weight", 40],
      ["responseHours.target", 12],
      ["Grade.A", 90],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      homeCurrency: "EUR",
      valuation: "CIF",
      otdToleranceDays: 2,
      priceChangeThreshold: 0.05,
      kpis: { ...DEFAULT_SETTINGS.kpis, otd: { weight: 40, target: 0.95, floor: 0.8 }, responseHours: { weight: 10, target: 12, floor: 72 } },
      grades: { A: 90, B: 70, C: 55 },
    });
  });

  it("a bad value, an unknown key or a repeated key is a problem and the default stays", () => {
    const { settings, problems } = settingsOf([
      ["Valuation", "DDP"],
      ["otd.wieght", 5],
      ["OtdToleranceDays", -1],
      ["otd.weight", 10],
      ["OTD.weight", 20],
      ["HomeCurrency", null],
    ]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, kpis: { ...DEFAULT_SETTINGS.kpis, otd: { weight: 10, target: 0.95, floor: 0.8 } } });
    expect(problems).toEqual([
      { table: "Settings", row: 2, column: "Value", message: 'Valuation: "DDP" is not one of FOB, CIF; the default is used' },
      { table: "Settings", row: 3, column: "Key", message: '"otd.wieght" is not a Costcard setting; it is ignored' },
      { table: "Settings", row: 4, column: "Value", message: "OtdToleranceDays: -1 is negative; the default is used" },
      { table: "Settings", row: 6, column: "Key", message: "otd.weight is set twice; the first row is used" },
      { table: "Settings", row: 7, column: "Value", message: "HomeCurrency has no value; the default is used" },
    ]);
  });

  it("a target equal to its floor, or grade cut-offs out of order, fall back to the defaults", () => {
    const { settings, problems } = settingsOf([
      ["defectRate.target", 0.05],
      ["grade.B", 90],
    ]);
    expect(settings.kpis.defectRate).toEqual(DEFAULT_SETTINGS.kpis.defectRate);
    expect(settings.grades).toEqual(DEFAULT_SETTINGS.grades);
    expect(problems.map(({ row, message }) => [row, message.slice(0, 30)])).toEqual([
      [2, "defectRate.target equals defec"],
      [3, "grade.A > grade.B > grade.C is"],
    ]);
  });

  it("reads the story's keys: HistoryPeriods 1 to 12, RedFlagPeriods, AuditEveryMonths, each KPI's action and escalation text", () => {
    expect([DEFAULT_SETTINGS.historyPeriods, DEFAULT_SETTINGS.redFlagPeriods, DEFAULT_SETTINGS.auditEveryMonths]).toEqual([4, 2, 12]);
    expect(DEFAULT_SETTINGS.actions.otd).toBe("Review production schedules");
    expect(DEFAULT_SETTINGS.escalations.responseHours).toBe("Escalate to senior management");
    const { settings, problems } = settingsOf([
      ["historyperiods", 8],
      ["RedFlagPeriods", "3"],
      ["AuditEveryMonths", 6],
      ["otd.action", "Call the planner"],
      ["defectRate.escalation", "Stop shipments"],
    ]);
    expect(problems).toEqual([]);
    expect([settings.historyPeriods, settings.redFlagPeriods, settings.auditEveryMonths]).toEqual([8, 3, 6]);
    expect([settings.actions.otd, settings.actions.defectRate, settings.escalations.defectRate]).toEqual(["Call the planner", "Strengthen QC processes", "Stop shipments"]);
  });

  it("a HistoryPeriods outside 1 to 12, or not whole, is a problem and the default stays", () => {
    for (const value of [0, 13, 2.5, "four"]) {
      const { settings, problems } = settingsOf([["HistoryPeriods", value]]);
      expect(settings.historyPeriods).toBe(4);
      expect(problems.map(({ row, column }) => [row, column])).toEqual([[2, "Value"]]);
    }
  });
});
