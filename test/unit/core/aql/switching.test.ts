import { nextSeverity, switchingSteps, type SwitchingLot } from "../../../../src/core/aql/switching";

/**
 * Lots of 5,000 at level II: letter L. Normal inspection samples 200 with Major at AQL 2.5
 * (Ac 10; one step tighter, 1.5: Ac 7) and Minor at AQL 4.0 (Ac 14; tighter, 2.5: Ac 10).
 * Tightened: Ac 8 and 12. Reduced samples 80: Ac 6 and 8.
 */
const lot = (major: number | null, minor: number | null = 0, accepted: boolean | null = null): SwitchingLot => ({
  lotSize: 5000,
  level: "II",
  accepted,
  classes: [
    { aql: 2.5, defects: major },
    { aql: 4.0, defects: minor },
  ],
});
const pass = lot(0);
const fail = lot(11);
const times = <T>(n: number, each: T): T[] => Array.from({ length: n }, () => each);
const nexts = (lots: SwitchingLot[]) => switchingSteps(lots).map((step) => step.next);

/** Lots of 5,000 with one class at AQL 0.25: normal plan L, 200, Ac 1 (the Ac 0/1 branch). */
const smallAcLot = (defects: number): SwitchingLot => ({ lotSize: 5000, level: "II", accepted: null, classes: [{ aql: 0.25, defects }] });

describe("nextSeverity: ISO 2859-1:1999 clause 9 switching rules", () => {
  it("starts at normal inspection", () => {
    expect(nextSeverity([])).toBe("normal");
    expect(nextSeverity([pass, pass])).toBe("normal");
  });

  describe("normal → tightened", () => {
    it("switches when 2 out of 5 consecutive lots are not accepted", () => {
      expect(nexts([pass, fail, pass, pass, fail])).toEqual(["normal", "normal", "normal", "normal", "tightened"]);
      expect(nextSeverity([fail, pass, pass, pass, fail])).toBe("tightened");
      expect(nextSeverity([fail, fail])).toBe("tightened");
    });

    it("does not switch when the two rejections are 6 lots apart", () => {
      expect(nextSeverity([fail, pass, pass, pass, pass, fail])).toBe("normal");
    });
  });

  describe("tightened → normal", () => {
    it("returns to normal after 5 consecutive accepted lots, not 4", () => {
      expect(nextSeverity([fail, fail, ...times(4, pass)])).toBe("tightened");
      expect(nextSeverity([fail, fail, ...times(5, pass)])).toBe("normal");
      expect(nextSeverity([fail, fail, ...times(4, pass), fail, ...times(4, pass)])).toBe("tightened");
    });
  });

  describe("tightened → discontinued", () => {
    it("discontinues when the lots not accepted on tightened inspection reach 5 in all, consecutive or not", () => {
      const onTightened = [fail, pass, fail, ...times(4, pass), fail, fail];
      expect(nextSeverity([fail, fail, ...onTightened])).toBe("tightened");
      expect(nextSeverity([fail, fail, ...onTightened, fail])).toBe("discontinued");
    });

    it("stays discontinued whatever follows", () => {
      expect(nextSeverity([fail, fail, ...times(5, fail), ...times(10, pass)])).toBe("discontinued");
      expect(switchingSteps([fail, fail, ...times(5, fail), pass])).toHaveLength(7);
    });

    it("counts only the current stay on tightened inspection: the count restarts after a return to normal", () => {
      const firstStay = [...times(4, fail), ...times(5, pass)];
      const secondStay = [fail, fail, fail];
      expect(nextSeverity([fail, fail, ...firstStay, fail, fail, ...secondStay])).toBe("tightened");
      expect(nextSeverity([fail, fail, ...firstStay, fail, fail, ...secondStay, fail, fail])).toBe("discontinued");
    });
  });

  describe("normal → reduced: the switching score", () => {
    it("adds 3 per lot with Ac ≥ 2 accepted also at the next tighter AQL, reaching 30 on the 10th lot", () => {
      const good = lot(7, 10);
      const steps = switchingSteps(times(10, good));
      expect(steps.map((step) => step.switchingScore)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
      expect(steps.map((step) => step.next)).toEqual([...times(9, "normal"), "reduced"]);
    });

    it("resets to 0 when an accepted lot would not have passed the tighter AQL (8 majors > Ac 7 of AQL 1.5)", () => {
      const steps = switchingSteps([...times(9, lot(7, 10)), lot(8, 0)]);
      expect(steps.at(-1)).toEqual({ inspection: "normal", accepted: true, switchingScore: 0, next: "normal" });
      expect(nextSeverity([...times(9, lot(7, 10)), lot(0, 11), ...times(9, pass)])).toBe("normal");
    });

    it("adds 2 per accepted lot when Ac is 0 or 1, reaching 30 on the 15th lot", () => {
      expect(nextSeverity(times(14, smallAcLot(1)))).toBe("normal");
      expect(nextSeverity(times(15, smallAcLot(1)))).toBe("reduced");
      expect(switchingSteps(times(3, smallAcLot(0))).map((step) => step.switchingScore)).toEqual([2, 4, 6]);
    });

    it("resets to 0 on a lot not accepted", () => {
      const steps = switchingSteps([...times(5, smallAcLot(0)), smallAcLot(2)]);
      expect(steps.map((step) => step.switchingScore)).toEqual([2, 4, 6, 8, 10, 0]);
    });

    it("with several classes adds the smallest increment: one Ac 0/1 class makes every lot worth 2", () => {
      const mixed = (minor: number): SwitchingLot => ({
        lotSize: 5000,
        level: "II",
        accepted: null,
        classes: [
          { aql: 0.25, defects: 0 },
          { aql: 4.0, defects: minor },
        ],
      });
      expect(switchingSteps(times(2, mixed(5))).map((step) => step.switchingScore)).toEqual([2, 4]);
      expect(nextSeverity(times(15, mixed(5)))).toBe("reduced");
      // A Minor count within Ac 14 but above the tighter Ac 10 resets the score although the lot is accepted.
      expect(switchingSteps([mixed(5), mixed(12)]).map((step) => step.switchingScore)).toEqual([2, 0]);
    });

    it("with a recorded result and no counts: an Ac ≥ 2 class cannot show the tighter AQL, so the score resets", () => {
      const passedUncounted = lot(null, null, true);
      expect(switchingSteps(times(3, passedUncounted)).map((step) => step.switchingScore)).toEqual([0, 0, 0]);
      expect(nextSeverity(times(20, passedUncounted))).toBe("normal");
    });

    it("with a recorded result and no counts: Ac 0/1 classes score by the result alone", () => {
      const passedUncounted: SwitchingLot = {
        lotSize: 5000,
        level: "II",
        accepted: true,
        classes: [
          { aql: 0.25, defects: null },
          { aql: 0.15, defects: null },
        ],
      };
      expect(nextSeverity(times(15, passedUncounted))).toBe("reduced");
    });
  });

  describe("reduced → normal", () => {
    const toReduced = times(10, lot(7, 10));

    it("returns to normal on the first lot not accepted, and the score starts again from 0", () => {
      expect(nextSeverity([...toReduced, pass, pass])).toBe("reduced");
      expect(nexts([...toReduced, pass, fail]).slice(-2)).toEqual(["reduced", "normal"]);
      expect(nextSeverity([...toReduced, fail, ...times(9, lot(7, 10))])).toBe("normal");
      expect(nextSeverity([...toReduced, fail, ...times(10, lot(7, 10))])).toBe("reduced");
    });

    it("judges an uncounted result by the reduced plan: 7 majors pass normal (Ac 10) but not reduced (Ac 6)", () => {
      expect(nextSeverity([...toReduced, lot(7, 0)])).toBe("normal");
    });
  });

  describe("whether a lot was accepted", () => {
    it("judges blank results by the plan of the inspection in force: 9 majors pass normal (Ac 10), fail tightened (Ac 8)", () => {
      expect(switchingSteps([lot(9)])[0]).toMatchObject({ inspection: "normal", accepted: true });
      expect(switchingSteps([fail, fail, lot(9)])[2]).toMatchObject({ inspection: "tightened", accepted: false });
    });

    it("lets a recorded result win over the counts", () => {
      expect(switchingSteps([lot(0, 0, false)])[0]).toMatchObject({ accepted: false });
      expect(switchingSteps([lot(20, 0, true)])[0]).toMatchObject({ accepted: true, switchingScore: 0 });
    });

    it("rejects a lot with a critical defect when no result is recorded", () => {
      expect(switchingSteps([{ ...pass, critical: 1 }])[0]).toMatchObject({ accepted: false });
      expect(switchingSteps([{ ...pass, critical: 0 }])[0]).toMatchObject({ accepted: true });
    });

    it("passes over a lot it cannot judge (no result, no plan for its counts) without changing anything", () => {
      const unjudgeable: SwitchingLot = { lotSize: 5000, level: "II", accepted: null, classes: [{ aql: 3, defects: 0 }] };
      const steps = switchingSteps([pass, unjudgeable, pass]);
      expect(steps[1]).toEqual({ inspection: "normal", accepted: null, switchingScore: 3, next: "normal" });
      expect(steps[2]!.switchingScore).toBe(6);
    });
  });
});
