import fc from "fast-check";
import { INSPECTION_LEVELS } from "../../../../src/core/aql/codeLetter";
import { lotVerdict, samplingPlan, type SamplingPlan } from "../../../../src/core/aql/plan";
import { INSPECTION_SEVERITIES, MASTER_TABLES, STANDARD_AQLS } from "../../../../src/core/aql/tables";

const plan = (codeLetter: string, sampleSize: number, accept: number, reject: number) => ({
  ok: true,
  value: { codeLetter, sampleSize, accept, reject },
});

describe("AQLSAMPLE: samplingPlan", () => {
  it("gives the PRODUCT.md example: a lot of 5,000 at AQL 2.5 is L, 200, 10, 11", () => {
    expect(samplingPlan(5000, 2.5)).toEqual(plan("L", 200, 10, 11));
    expect(samplingPlan(5000, 2.5, "II", "normal")).toEqual(plan("L", 200, 10, 11));
  });

  it("reads the published level II normal plans (J 80 at 2.5 is 5/6; K 125 at 0.65 is 2/3; J 80 at 15 is 21/22)", () => {
    expect(samplingPlan(1000, 2.5)).toEqual(plan("J", 80, 5, 6));
    expect(samplingPlan(2000, 0.65)).toEqual(plan("K", 125, 2, 3));
    expect(samplingPlan(1000, 15)).toEqual(plan("J", 80, 21, 22));
  });

  it("follows a down arrow to the first plan below, reporting that plan's letter and sample size", () => {
    // Lot 90 is letter E (13); at AQL 2.5 its cell points down to F: 20, 1/2.
    expect(samplingPlan(90, 2.5)).toEqual(plan("F", 20, 1, 2));
    // Lot 91 is letter F, whose own plan at 2.5 is that same 20, 1/2.
    expect(samplingPlan(91, 2.5)).toEqual(plan("F", 20, 1, 2));
    // Lot 3,000 is letter K (125); at AQL 0.065 it points down to L: 200, 0/1.
    expect(samplingPlan(3000, 0.065)).toEqual(plan("L", 200, 0, 1));
    // Lot 50 is letter D (8); at AQL 0.65 it points down two rows, to F: 20, 0/1.
    expect(samplingPlan(50, 0.65)).toEqual(plan("F", 20, 0, 1));
  });

  it("follows an up arrow to the first plan above", () => {
    // Letter F (lot 91-150) at AQL 1.0 points up to E: 13, 0/1.
    expect(samplingPlan(120, 1.0)).toEqual(plan("E", 13, 0, 1));
    // Letter E (lot 51-90) at AQL 1.5 points up to D: 8, 0/1.
    expect(samplingPlan(90, 1.5)).toEqual(plan("D", 8, 0, 1));
    // Letter K at AQL 15 points up to J: 80, 21/22 (no plan above Ac 21 for bigger samples).
    expect(samplingPlan(2000, 15)).toEqual(plan("J", 80, 21, 22));
    // Letter R at AQL 0.015 points up twice, to P: 800, 0/1.
    expect(samplingPlan(600000, 0.015)).toEqual(plan("P", 800, 0, 1));
  });

  it("chains arrows in the top row: letter A at AQL 10 goes down through B to C (5, 1/2)", () => {
    expect(samplingPlan(8, 10)).toEqual(plan("C", 5, 1, 2));
  });

  it("inspects the whole lot when the plan's sample is as big as the lot, keeping Ac and Re", () => {
    // Lot 8, AQL 2.5: A points down to C, n = 5 < 8.
    expect(samplingPlan(8, 2.5)).toEqual(plan("C", 5, 0, 1));
    // Lot 3: the same plan, n = 5 >= 3, so all 3 units.
    expect(samplingPlan(3, 2.5)).toEqual(plan("C", 3, 0, 1));
    // Lot 10 (B) at AQL 0.65 points down to F, n = 20 > 10.
    expect(samplingPlan(10, 0.65)).toEqual(plan("F", 10, 0, 1));
    expect(samplingPlan(1, 6.5)).toEqual(plan("A", 1, 0, 1));
  });

  it("uses the special levels for small samples (S-1..S-4)", () => {
    // S-1 gives C, whose plan at 2.5 is 0/1 on 5 units; S-2 gives D, whose cell points up to that plan.
    expect(samplingPlan(5000, 2.5, "S-1")).toEqual(plan("C", 5, 0, 1));
    expect(samplingPlan(5000, 2.5, "S-2")).toEqual(plan("C", 5, 0, 1));
    expect(samplingPlan(5000, 4.0, "S-3")).toEqual(plan("F", 20, 2, 3));
    expect(samplingPlan(5000, 6.5, "S-4")).toEqual(plan("G", 32, 5, 6));
  });

  it("uses Table 2-B under tightened inspection (8/9 where normal has 10/11)", () => {
    expect(samplingPlan(5000, 2.5, "II", "tightened")).toEqual(plan("L", 200, 8, 9));
    expect(samplingPlan(2000, 6.5, "II", "tightened")).toEqual(plan("K", 125, 12, 13));
    // The tightened 0/1 plans sit one AQL step right of the normal ones: K at 0.15 is 125, 0/1 ...
    expect(samplingPlan(2000, 0.15, "II", "tightened")).toEqual(plan("K", 125, 0, 1));
    // ... and there is no up arrow after them: K at 0.25 points down twice, to M (315, 1/2).
    expect(samplingPlan(2000, 0.25, "II", "tightened")).toEqual(plan("M", 315, 1, 2));
    expect(samplingPlan(2000, 0.25, "II", "normal")).toEqual(plan("L", 200, 1, 2));
    expect(samplingPlan(1000, 10, "II", "tightened")).toEqual(plan("J", 80, 12, 13));
  });

  it("reaches the tightened letter S (3150, 1/2) for AQL 0.025 on the largest lots", () => {
    expect(samplingPlan(1_000_000, 0.025, "III", "tightened")).toEqual(plan("S", 3150, 1, 2));
    expect(samplingPlan(1_000_000, 0.025, "II", "tightened")).toEqual(plan("S", 3150, 1, 2));
    expect(samplingPlan(1_000_000, 0.015, "III", "tightened")).toEqual(plan("Q", 1250, 0, 1));
    expect(samplingPlan(1_000_000, 0.025, "III", "normal")).toEqual(plan("R", 2000, 1, 2));
  });

  it("uses ISO 2859-1:1999 Table 2-C under reduced inspection, where ANSI/ASQ Z1.4 keeps gap plans", () => {
    // Z1.4 prints 5/8 here; ISO prints 6/7.
    expect(samplingPlan(5000, 2.5, "II", "reduced")).toEqual(plan("L", 80, 6, 7));
    // Z1.4 prints 1/4 here; ISO prints 2/3.
    expect(samplingPlan(2000, 1.0, "II", "reduced")).toEqual(plan("K", 50, 2, 3));
    // Z1.4 prints 5/8 and 7/10 here; ISO prints 6/7 and 8/9.
    expect(samplingPlan(1000, 6.5, "II", "reduced")).toEqual(plan("J", 32, 6, 7));
    expect(samplingPlan(1000, 10, "II", "reduced")).toEqual(plan("J", 32, 8, 9));
    // The reduced table's long up arrow in the 0.025 column: R goes up to N (200, 0/1).
    expect(samplingPlan(600000, 0.025, "II", "reduced")).toEqual(plan("N", 200, 0, 1));
    // Reduced letters A, B and C all sample 2 units.
    expect(samplingPlan(20, 25, "II", "reduced")).toEqual(plan("C", 2, 2, 3));
  });

  it("refuses a lot size that is not a positive whole number, naming lot_size", () => {
    for (const lot of [0, -5, 2.5, Infinity]) {
      expect(samplingPlan(lot, 2.5)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("lot_size") });
    }
    expect(samplingPlan(Number.NaN, 2.5)).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("lot_size") });
  });

  it("refuses a non-standard AQL with the list of standard ones", () => {
    expect(samplingPlan(5000, 3)).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("0.010, 0.015") });
  });
});

describe("AQLVERDICT: lotVerdict", () => {
  const l200: SamplingPlan = { codeLetter: "L", sampleSize: 200, accept: 10, reject: 11 };

  it("accepts at Ac and rejects at Re", () => {
    expect(lotVerdict(0, l200)).toBe("ACCEPT");
    expect(lotVerdict(10, l200)).toBe("ACCEPT");
    expect(lotVerdict(11, l200)).toBe("REJECT");
    expect(lotVerdict(40, l200)).toBe("REJECT");
  });
});

describe("sampling plans: properties over every lot size, AQL, level and severity", () => {
  const lots = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2_000_000 }));
  const args = fc.record({
    lot: lots,
    aql: fc.constantFrom(...STANDARD_AQLS),
    level: fc.constantFrom(...INSPECTION_LEVELS),
    severity: fc.constantFrom(...INSPECTION_SEVERITIES),
  });

  it("always give a plan with Re = Ac + 1 and a sample no larger than the lot", () => {
    fc.assert(
      fc.property(args, ({ lot, aql, level, severity }) => {
        const result = samplingPlan(lot, aql, level, severity);
        if (!result.ok) return false;
        const { codeLetter, sampleSize, accept, reject } = result.value;
        const tableSize = MASTER_TABLES[severity].sampleSizes[codeLetter]!;
        return reject === accept + 1 && sampleSize <= lot && sampleSize === Math.min(tableSize, lot);
      }),
      { numRuns: 2000 },
    );
  });

  it("accept exactly when the defects are at most Ac, reject exactly from Re", () => {
    fc.assert(
      fc.property(args, fc.integer({ min: 0, max: 60 }), ({ lot, aql, level, severity }, defects) => {
        const result = samplingPlan(lot, aql, level, severity);
        if (!result.ok) return false;
        const verdict = lotVerdict(defects, result.value);
        return (verdict === "ACCEPT") === defects <= result.value.accept && (verdict === "REJECT") === defects >= result.value.reject;
      }),
      { numRuns: 2000 },
    );
  });

  it("never give a bigger lot a smaller sample", () => {
    fc.assert(
      fc.property(args, lots, ({ lot, aql, level, severity }, other) => {
        const [small, big] = lot <= other ? [lot, other] : [other, lot];
        const a = samplingPlan(small, aql, level, severity);
        const b = samplingPlan(big, aql, level, severity);
        return a.ok && b.ok && a.value.sampleSize <= b.value.sampleSize;
      }),
      { numRuns: 2000 },
    );
  });
});
