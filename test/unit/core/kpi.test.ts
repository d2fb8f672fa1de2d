import fc from "fast-check";
import { grade, kpiPoints, weightedScore } from "../../../src/core/kpi";

const points = (value: number, target: number, floor: number): number => {
  const result = kpiPoints(value, target, floor);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("KPI points: clamp((value − floor) / (target − floor), 0, 1) × 100", () => {
  it("scores OTD 90% against target 95%, floor 80% at two thirds", () => {
    expect(points(0.9, 0.95, 0.8)).toBeCloseTo(66.6667, 4);
  });

  it("gives 100 at or beyond the target and 0 at or beyond the floor", () => {
    expect(points(0.95, 0.95, 0.8)).toBe(100);
    expect(points(0.99, 0.95, 0.8)).toBe(100);
    expect(points(0.8, 0.95, 0.8)).toBe(0);
    expect(points(0.5, 0.95, 0.8)).toBe(0);
  });

  it("serves lower-is-better KPIs: response of 48 h against target 24 h, floor 72 h is 50", () => {
    expect(points(48, 24, 72)).toBe(50);
    expect(points(12, 24, 72)).toBe(100);
    expect(points(100, 24, 72)).toBe(0);
  });

  it("is #DIV/0! when target equals floor", () => {
    expect(kpiPoints(0.9, 0.9, 0.9)).toMatchObject({ ok: false, code: "div0" });
  });

  it("scores values, targets and floors near Excel's largest number (±1.8e308), where the differences overflow", () => {
    const max = Number.MAX_VALUE;
    expect(points(0, max, -max)).toBe(50);
    expect(points(max, max, -max)).toBe(100);
    expect(points(-max, max, -max)).toBe(0);
    expect(points(max / 2, -max, max)).toBe(25);
    expect(points(1e308, 1, -1e308)).toBe(100);
    expect(points(-1e308, 1e308, 0)).toBe(0);
  });

  it("keeps a subnormal range exact", () => {
    expect(points(Number.MIN_VALUE, 2 * Number.MIN_VALUE, 0)).toBe(50);
  });

  it("lies in [0, 100] for any finite value, target and floor Excel can pass, ordinary or near ±1.8e308", () => {
    const n = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(n, n, n, (value, target, floor) => {
        fc.pre(target !== floor);
        const p = points(value, target, floor);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("weighted score over the KPIs with data", () => {
  it("is Σ weight × points / Σ weight", () => {
    expect(weightedScore([{ weight: 30, points: 100 }, { weight: 10, points: 50 }])).toBe(87.5);
  });

  it("spreads the weight of a KPI without data over the others", () => {
    expect(weightedScore([{ weight: 30, points: 80 }, { weight: 30, points: null }, { weight: 15, points: 40 }])).toBeCloseTo((30 * 80 + 15 * 40) / 45, 12);
  });

  it("does not score a KPI of weight 0 and is null when nothing scored has data", () => {
    expect(weightedScore([{ weight: 0, points: 10 }, { weight: 20, points: 90 }])).toBe(90);
    expect(weightedScore([{ weight: 30, points: null }, { weight: 0, points: 10 }])).toBeNull();
    expect(weightedScore([])).toBeNull();
  });
});

describe("weighted score with weights near Excel's largest number", () => {
  it("scores as the same weights made small would", () => {
    const max = Number.MAX_VALUE;
    expect(weightedScore([{ weight: max, points: 100 }, { weight: max, points: 0 }])).toBe(50);
    expect(weightedScore([{ weight: 1e308, points: 60 }, { weight: 1e308, points: 60 }])).toBe(60);
    expect(weightedScore([{ weight: 3e307, points: 100 }, { weight: 1e307, points: 50 }])).toBe(87.5);
  });

  it("is a finite score between the lowest and highest points for any finite weights", () => {
    const item = fc.record({ weight: fc.double({ noNaN: true, noDefaultInfinity: true }), points: fc.double({ min: 0, max: 100, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const score = weightedScore(items);
        const scored = items.filter(({ weight }) => weight > 0).map(({ points: p }) => p);
        if (scored.length === 0) return expect(score).toBeNull();
        expect(score).toBeGreaterThanOrEqual(Math.min(...scored) - 1e-9);
        expect(score).toBeLessThanOrEqual(Math.max(...scored) + 1e-9);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("grade: A ≥ 85, B ≥ 70, C ≥ 55, else D", () => {
  it.each([
    [100, "A"], [85, "A"], [84.99, "B"], [70, "B"], [69.9, "C"], [55, "C"], [54.9, "D"], [0, "D"],
  ])("%d → %s", (score, expected) => {
    expect(grade(score)).toBe(expected);
  });

  it("grades a score that binary arithmetic puts a hair below a cut-off as the cut-off", () => {
    // Lot acceptance 97% against target 100%, floor 80%: (0.97 − 0.8) / 0.2 × 100 = 85 points,
    // computed as 84.99999999999999 and shown as 85.0; it must be an A, as 85 is.
    const points = kpiPoints(0.97, 1, 0.8);
    expect(points.ok && points.value).toBeLessThan(85);
    expect(points.ok && grade(points.value)).toBe("A");
    expect(grade(84.999)).toBe("B");
  });

  it("takes the cut-offs from Settings", () => {
    expect(grade(80, { A: 80, B: 60, C: 40 })).toBe("A");
    expect(grade(59, { A: 80, B: 60, C: 40 })).toBe("C");
  });
});
