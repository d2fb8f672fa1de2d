import { planSettingsUpdate, settingsColumns } from "../../../src/workbook/settingsUpdate";

describe("settingsColumns", () => {
  it("finds Key and Value in any order and spelling", () => {
    expect(settingsColumns(["Note", "value", "KEY"])).toEqual({ key: 2, value: 1 });
    expect(settingsColumns(["Key", "Comment"])).toBeUndefined();
  });
});

describe("planSettingsUpdate", () => {
  it("changes existing keys case-insensitively and adds new ones in the order given", () => {
    const plan = planSettingsUpdate(["HomeCurrency", " otd.WEIGHT ", null, 42], { homecurrency: "EUR", "otd.weight": 40, "grade.A": 90 });
    expect(plan.changes).toEqual([
      { rowIndex: 0, value: "EUR" },
      { rowIndex: 1, value: 40 },
    ]);
    expect(plan.additions).toEqual([["grade.A", 90]]);
  });

  it("changes every row holding a duplicated key, so no stale value survives", () => {
    expect(planSettingsUpdate(["Valuation", "valuation"], { Valuation: "CIF" }).changes).toEqual([
      { rowIndex: 0, value: "CIF" },
      { rowIndex: 1, value: "CIF" },
    ]);
  });
});
