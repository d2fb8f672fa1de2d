import { lotVerdict, samplingPlan, type SamplingPlan, type SwitchingLot } from "../core/aql";
import { ok, type Result } from "../core/result";
import type { InspectionRecord } from "../schema/tables";

/** What one inspection adds to the scorecard's quality KPIs. */
export interface LotOutcome {
  readonly sampleSize: number;
  /** Critical + Major + Minor. */
  readonly defects: number;
  readonly accepted: boolean;
}

/**
 * The inspection's sample size and verdict (PRODUCT.md, lotAcceptance). The Result column decides
 * when filled; when blank, Major is judged against AQLMajor and Minor against AQLMinor under normal
 * inspection, and any critical defect rejects. A blank SampleSize is the larger of the two plans'
 * sample sizes: one sample is drawn, big enough for both classes.
 */
export function lotOutcome(inspection: InspectionRecord): Result<LotOutcome> {
  const defects = inspection.critical + (inspection.major ?? 0) + (inspection.minor ?? 0);
  const known = inspection.sampleSize !== null && inspection.result !== null;
  if (known) return ok({ sampleSize: inspection.sampleSize!, defects, accepted: inspection.result === "Pass" });
  const major = samplingPlan(inspection.lotSize, inspection.aqlMajor, inspection.level, "normal");
  if (!major.ok) return major;
  const minor = samplingPlan(inspection.lotSize, inspection.aqlMinor, inspection.level, "normal");
  if (!minor.ok) return minor;
  return ok({
    sampleSize: inspection.sampleSize ?? Math.max(major.value.sampleSize, minor.value.sampleSize),
    defects,
    accepted: inspection.result === null ? computedVerdict(inspection, major.value, minor.value) : inspection.result === "Pass",
  });
}

function computedVerdict(inspection: InspectionRecord, major: SamplingPlan, minor: SamplingPlan): boolean {
  return inspection.critical === 0 && lotVerdict(inspection.major ?? 0, major) === "ACCEPT" && lotVerdict(inspection.minor ?? 0, minor) === "ACCEPT";
}

/**
 * The inspection as the ISO 2859-1 switching rules read it; a blank Result is judged by the core under
 * the severity then in force, and a blank Major or Minor stays null so the core can tell "0 found"
 * from "not recorded" next to a recorded Result.
 */
export function switchingLot(inspection: InspectionRecord): SwitchingLot {
  return {
    lotSize: inspection.lotSize,
    level: inspection.level,
    accepted: inspection.result === null ? null : inspection.result === "Pass",
    classes: [
      { aql: inspection.aqlMajor, defects: inspection.major },
      { aql: inspection.aqlMinor, defects: inspection.minor },
    ],
    critical: inspection.critical,
  };
}
