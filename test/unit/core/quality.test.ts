import { defectRate } from "../../../src/core/quality";
import { amortize } from "../../../src/core/amortize";

describe("DEFECTRATE: defects per unit inspected", () => {
  it("is a fraction: 3 defects in 200 units is 1.5% (15,000 PPM)", () => {
    expect(defectRate(3, 200)).toEqual({ ok: true, value: 0.015 });
  });

  it("may exceed 1, since a unit can carry several defects", () => {
    expect(defectRate(30, 20)).toEqual({ ok: true, value: 1.5 });
  });

  it("is #DIV/0! with nothing inspected, and rejects negative counts naming them", () => {
    expect(defectRate(0, 0)).toMatchObject({ ok: false, code: "div0" });
    expect(defectRate(-1, 10)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("defects") });
    expect(defectRate(1, -10)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("inspected") });
    expect(defectRate(Number.NaN, 10)).toMatchObject({ ok: false, code: "value" });
  });
});

describe("AMORTIZE: tooling spread over units", () => {
  it("divides: a 1,500 mould over 6,000 pairs is 0.25 a pair", () => {
    expect(amortize(1500, 6000)).toEqual({ ok: true, value: 0.25 });
  });

  it("is #DIV/0! over 0 units and rejects negatives", () => {
    expect(amortize(1500, 0)).toMatchObject({ ok: false, code: "div0" });
    expect(amortize(-1, 10)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("tooling") });
    expect(amortize(1, -10)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("units") });
  });
});
