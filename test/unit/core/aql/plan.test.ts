import fc from "fast-check";
import { INSPECTION_LEVELS, type InspectionLevel } from "../../../../src/core/aql/codeLetter";
import { lotVerdict, samplingPlan, type SamplingPlan } from "../../../../src/core/aql/plan";
import { INSPECTION_SEVERITIES, MASTER_TABLES, STANDARD_AQLS, type InspectionSeverity } from "../../../../src/core/aql/tables";

type Case = [why: string, lotSize: number, aql: number, level: InspectionLevel, severity: InspectionSeverity, plan: string];

/** A plan as the tables show it: letter, sample size, Ac/Re. */
function shown(lotSize: number, aql: number, level: InspectionLevel, severity: InspectionSeverity): string {
  const result = samplingPlan(lotSize, aql, level, severity);
  return result.ok ? `${result.value.codeLetter} ${result.value.sampleSize} ${result.value.accept}/${result.value.reject}` : result.message;
}

const published: Record<string, Case[]> = {
  "reads the plans of the standard": [
    ["the PRODUCT.md example", 5000, 2.5, "II", "normal", "L 200 10/11"],
    ["501-1200 is J", 1000, 2.5, "II", "normal", "J 80 5/6"],
    ["1201-3200 is K", 2000, 0.65, "II", "normal", "K 125 2/3"],
    ["nonconformities per 100 units", 1000, 15, "II", "normal", "J 80 21/22"],
  ],
  "follows a down arrow to the first plan below, reporting that plan's letter and sample size": [
    ["E at 2.5 points down to F", 90, 2.5, "II", "normal", "F 20 1/2"],
    ["F holds that plan itself", 91, 2.5, "II", "normal", "F 20 1/2"],
    ["K at 0.065 points down to L", 3000, 0.065, "II", "normal", "L 200 0/1"],
    ["D at 0.65 points down two rows", 50, 0.65, "II", "normal", "F 20 0/1"],
    ["A at 10 points down through B to C", 8, 10, "II", "normal", "C 5 1/2"],
  ],
  "follows an up arrow to the first plan above": [
    ["F at 1.0 points up to E", 120, 1.0, "II", "normal", "E 13 0/1"],
    ["E at 1.5 points up to D", 90, 1.5, "II", "normal", "D 8 0/1"],
    ["no bigger sample has a plan above Ac 21 at AQL 15", 2000, 15, "II", "normal", "J 80 21/22"],
    ["R at 0.015 points up twice", 600000, 0.015, "II", "normal", "P 800 0/1"],
  ],
  "inspects the whole lot when the sample is as big as the lot, keeping Ac and Re": [
    ["n 5 < lot 8", 8, 2.5, "II", "normal", "C 5 0/1"],
    ["n 5 >= lot 3", 3, 2.5, "II", "normal", "C 3 0/1"],
    ["B points down to F, n 20 > lot 10", 10, 0.65, "II", "normal", "F 10 0/1"],
    ["a lot of 1", 1, 6.5, "II", "normal", "A 1 0/1"],
  ],
  "uses the special levels for small samples": [
    ["S-1 gives C", 5000, 2.5, "S-1", "normal", "C 5 0/1"],
    ["S-2 gives D, which points up to C", 5000, 2.5, "S-2", "normal", "C 5 0/1"],
    ["S-3 gives F", 5000, 4.0, "S-3", "normal", "F 20 2/3"],
    ["S-4 gives G", 5000, 6.5, "S-4", "normal", "G 32 5/6"],
  ],
  "uses Table 2-B under tightened inspection": [
    ["8/9 where normal has 10/11", 5000, 2.5, "II", "tightened", "L 200 8/9"],
    ["12/13 where normal has 14/15", 2000, 6.5, "II", "tightened", "K 125 12/13"],
    ["the 0/1 plans sit one AQL step right of the normal ones", 2000, 0.15, "II", "tightened", "K 125 0/1"],
    ["no up arrow after them: K at 0.25 points down twice", 2000, 0.25, "II", "tightened", "M 315 1/2"],
    ["(normal K at 0.25 points down once)", 2000, 0.25, "II", "normal", "L 200 1/2"],
    ["J at 10", 1000, 10, "II", "tightened", "J 80 12/13"],
  ],
  "reaches the tightened letter S for AQL 0.025 on the largest lots": [
    ["R points down to S", 1_000_000, 0.025, "III", "tightened", "S 3150 1/2"],
    ["Q points down through R to S", 1_000_000, 0.025, "II", "tightened", "S 3150 1/2"],
    ["S prints nothing at 0.015: R points up", 1_000_000, 0.015, "III", "tightened", "Q 1250 0/1"],
    ["normal has no S", 1_000_000, 0.025, "III", "normal", "R 2000 1/2"],
  ],
  "uses ISO 2859-1:1999 Table 2-C under reduced inspection, where ANSI/ASQ Z1.4 keeps gap plans": [
    ["Z1.4: 5/8", 5000, 2.5, "II", "reduced", "L 80 6/7"],
    ["Z1.4: 1/4", 2000, 1.0, "II", "reduced", "K 50 2/3"],
    ["Z1.4: 5/8", 1000, 6.5, "II", "reduced", "J 32 6/7"],
    ["Z1.4: 7/10", 1000, 10, "II", "reduced", "J 32 8/9"],
    ["the long up arrow of the 0.025 column", 600000, 0.025, "II", "reduced", "N 200 0/1"],
    ["reduced C samples 2 units like A and B", 20, 25, "II", "reduced", "C 2 2/3"],
  ],
};

/**
 * Spot checks against a table read independently of the source tables.ts was built from: the
 * MIL-STD-105E Tables I, II-A and II-B as printed in text by nibs.org (FMOC AC-TABLE: "General Level
 * II, Single Normal" and "General Level III, Single Tightened", Re by code letter for AQL 0.65-15;
 * ANSI/ASQ Z1.4 and ISO 2859-1 share these two tables). Lots: G = 151-280, K = 1201-3200,
 * L = 3201-10,000, M = 10,001-35,000 at level II.
 */
const spotChecks: Case[] = [
  // Normal, G (n 32): 0.65 is an up arrow to F (n 20, Re 1); 1.5 Re 2; 4.0 Re 4.
  ["G at 0.65 points up to F", 200, 0.65, "II", "normal", "F 20 0/1"],
  ["G at 1.5", 200, 1.5, "II", "normal", "G 32 1/2"],
  ["G at 4.0", 200, 4.0, "II", "normal", "G 32 3/4"],
  // Normal, K (n 125): Re 3, 6, 11.
  ["K at 0.65", 2000, 0.65, "II", "normal", "K 125 2/3"],
  ["K at 1.5", 2000, 1.5, "II", "normal", "K 125 5/6"],
  ["K at 4.0", 2000, 4.0, "II", "normal", "K 125 10/11"],
  // Normal, M (n 315): Re 6, 11, 22.
  ["M at 0.65", 20000, 0.65, "II", "normal", "M 315 5/6"],
  ["M at 1.5", 20000, 1.5, "II", "normal", "M 315 10/11"],
  ["M at 4.0", 20000, 4.0, "II", "normal", "M 315 21/22"],
  // Tightened, G (n 32): 0.65 Re 1; 1.5 an arrow down past H's arrow to H's Re 2 (n 50); 4.0 Re 3.
  ["tightened G at 0.65", 200, 0.65, "II", "tightened", "G 32 0/1"],
  ["tightened G at 1.5 points down to H", 200, 1.5, "II", "tightened", "H 50 1/2"],
  ["tightened G at 4.0", 200, 4.0, "II", "tightened", "G 32 2/3"],
  // Tightened, K (n 125): Re 2, 4, 9; L (n 200): Re 3, 6, 13.
  ["tightened K at 0.65", 2000, 0.65, "II", "tightened", "K 125 1/2"],
  ["tightened K at 1.5", 2000, 1.5, "II", "tightened", "K 125 3/4"],
  ["tightened K at 4.0", 2000, 4.0, "II", "tightened", "K 125 8/9"],
  ["tightened L at 0.65", 5000, 0.65, "II", "tightened", "L 200 2/3"],
  ["tightened L at 1.5", 5000, 1.5, "II", "tightened", "L 200 5/6"],
  ["tightened L at 4.0", 5000, 4.0, "II", "tightened", "L 200 12/13"],
];

describe("AQLSAMPLE spot checks against an independent copy of Tables I, II-A and II-B", () => {
  it.each(spotChecks)("%s: lot %p, AQL %p, level %s, %s → %s", (_why, lotSize, aql, level, severity, plan) => {
    expect(shown(lotSize, aql, level, severity)).toBe(plan);
  });
});

describe("AQLSAMPLE: samplingPlan", () => {
  for (const [rule, cases] of Object.entries(published)) {
    describe(rule, () => {
      it.each(cases)("%s: lot %p, AQL %p, level %s, %s → %s", (_why, lotSize, aql, level, severity, plan) => {
        expect(shown(lotSize, aql, level, severity)).toBe(plan);
      });
    });
  }

  it("defaults to level II and normal inspection", () => {
    expect(samplingPlan(5000, 2.5)).toEqual(samplingPlan(5000, 2.5, "II", "normal"));
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
