import type { InspectionLevel } from "./codeLetter";
import { samplingPlan, type SamplingPlan } from "./plan";
import { MASTER_TABLES, standardAqlIndex, type InspectionSeverity } from "./tables";

export type NextInspection = InspectionSeverity | "discontinued";

/** One class of defects of an inspection (Major against AQLMajor, Minor against AQLMinor). */
export interface DefectClassCount {
  readonly aql: number;
  /** Defects of the class found in the sample; null when not recorded. */
  readonly defects: number | null;
}

/** What the switching rules need to know of one lot of a supplier. */
export interface SwitchingLot {
  readonly lotSize: number;
  readonly level: InspectionLevel;
  /** The recorded result (Pass/Accept true, Fail/Reject false); null when none was recorded. */
  readonly accepted: boolean | null;
  readonly classes: readonly DefectClassCount[];
  /** Critical defects found: any rejects a lot whose result is not recorded. */
  readonly critical?: number | null;
}

/** One lot as the switching rules saw it. */
export interface SwitchingStep {
  readonly inspection: InspectionSeverity;
  /** Null when the lot has no recorded result and its counts give no plan: the lot is passed over. */
  readonly accepted: boolean | null;
  /** The switching score after the lot; it counts only on normal inspection and restarts at 0 there. */
  readonly switchingScore: number;
  readonly next: NextInspection;
}

interface SwitchingState {
  readonly severity: NextInspection;
  readonly switchingScore: number;
  /** Results of the latest lots (at most 5) since normal inspection began. */
  readonly recentOnNormal: readonly boolean[];
  readonly notAcceptedOnTightened: number;
  readonly acceptedInARowOnTightened: number;
}

const START_OF_NORMAL: SwitchingState = {
  severity: "normal",
  switchingScore: 0,
  recentOnNormal: [],
  notAcceptedOnTightened: 0,
  acceptedInARowOnTightened: 0,
};
const START_OF_TIGHTENED: SwitchingState = { ...START_OF_NORMAL, severity: "tightened" };

/**
 * A blank count is 0 when the result is computed from the counts (PRODUCT.md: blank = 0), but
 * unknown when a result was recorded without counts.
 */
function knownDefects(lot: SwitchingLot, defectClass: DefectClassCount): number | null {
  return defectClass.defects ?? (lot.accepted === null ? 0 : null);
}

/** The recorded result, else every class within its plan under the severity in force and no critical defect. */
function lotAccepted(lot: SwitchingLot, severity: InspectionSeverity): boolean | null {
  if (lot.accepted !== null) return lot.accepted;
  if ((lot.critical ?? 0) > 0) return false;
  let accepted = true;
  for (const defectClass of lot.classes) {
    const plan = samplingPlan(lot.lotSize, defectClass.aql, lot.level, severity);
    if (!plan.ok) return null;
    if ((defectClass.defects ?? 0) > plan.value.accept) accepted = false;
  }
  return accepted;
}

/** Ac of the normal plan one AQL step tighter with the same sample (same row of Table 2-A). */
function acceptAtTighterAql(plan: SamplingPlan, aql: number): number | null {
  const cell = MASTER_TABLES.normal.cells[plan.codeLetter]?.[standardAqlIndex(aql) - 1];
  return cell?.kind === "plan" ? cell.accept : null;
}

/**
 * What one accepted lot on normal inspection adds to the switching score, class by class
 * (ISO 2859-1:1999, 9.3.3.2): with Ac ≥ 2, 3 if the class's count is within the Ac of the next
 * tighter AQL, else the score resets (null); with Ac ≤ 1, 2. The lot adds the smallest of its
 * classes' increments, so a single class that resets the score resets it; a lot without classes
 * counts as Ac ≤ 1.
 */
function scoreIncrement(lot: SwitchingLot): number | null {
  let increment = lot.classes.length === 0 ? 2 : 3;
  for (const defectClass of lot.classes) {
    const plan = samplingPlan(lot.lotSize, defectClass.aql, lot.level, "normal");
    if (!plan.ok) return null;
    if (plan.value.accept <= 1) {
      increment = Math.min(increment, 2);
      continue;
    }
    const defects = knownDefects(lot, defectClass);
    const tighterAccept = acceptAtTighterAql(plan.value, defectClass.aql);
    if (defects === null || tighterAccept === null || defects > tighterAccept) return null;
  }
  return increment;
}

function afterLot(state: SwitchingState, inspection: InspectionSeverity, lot: SwitchingLot, accepted: boolean): SwitchingState {
  switch (inspection) {
    case "normal": {
      const recentOnNormal = [...state.recentOnNormal, accepted].slice(-5);
      if (recentOnNormal.filter((wasAccepted) => !wasAccepted).length >= 2) return START_OF_TIGHTENED;
      const increment = accepted ? scoreIncrement(lot) : null;
      const switchingScore = increment === null ? 0 : state.switchingScore + increment;
      if (switchingScore >= 30) return { ...START_OF_NORMAL, severity: "reduced", switchingScore };
      return { ...state, switchingScore, recentOnNormal };
    }
    case "tightened": {
      const notAcceptedOnTightened = state.notAcceptedOnTightened + (accepted ? 0 : 1);
      const acceptedInARowOnTightened = accepted ? state.acceptedInARowOnTightened + 1 : 0;
      if (notAcceptedOnTightened >= 5) return { ...START_OF_NORMAL, severity: "discontinued" };
      if (acceptedInARowOnTightened >= 5) return START_OF_NORMAL;
      return { ...state, notAcceptedOnTightened, acceptedInARowOnTightened };
    }
    case "reduced":
      return accepted ? state : START_OF_NORMAL;
  }
}

/**
 * The ISO 2859-1:1999 clause 9 switching rules over a supplier's lots in date order, lot by lot,
 * starting at normal inspection. Stops at discontinuation: later lots are not judged.
 */
export function switchingSteps(lots: readonly SwitchingLot[]): SwitchingStep[] {
  const steps: SwitchingStep[] = [];
  let state = START_OF_NORMAL;
  for (const lot of lots) {
    if (state.severity === "discontinued") break;
    const inspection = state.severity;
    const accepted = lotAccepted(lot, inspection);
    if (accepted !== null) state = afterLot(state, inspection, lot, accepted);
    steps.push({ inspection, accepted, switchingScore: state.switchingScore, next: state.severity });
  }
  return steps;
}

/** The inspection severity for a supplier's next lot: normal, tightened, reduced or discontinued. */
export function nextSeverity(lots: readonly SwitchingLot[]): NextInspection {
  return switchingSteps(lots).at(-1)?.next ?? "normal";
}
