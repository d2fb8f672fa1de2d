import { checkNumber } from "../argumentChecks";
import { fail, ok, type Result } from "../result";
import { codeLetter, TABLE_1_LETTERS, type CodeLetter, type InspectionLevel } from "./codeLetter";
import { INSPECTION_SEVERITIES, MASTER_TABLES, nonStandardAql, STANDARD_AQLS, standardAqlIndex, type InspectionSeverity, type MasterTable } from "./tables";

export interface SamplingPlan {
  readonly codeLetter: CodeLetter;
  readonly sampleSize: number;
  readonly accept: number;
  readonly reject: number;
}

/**
 * The plan a master-table cell stands for: the cell's own plan, or the first plan in the direction
 * of its arrow, down or up the same AQL column. Null only if the table data sent an arrow off the
 * table or into an empty cell (the table tests rule that out).
 */
export function followArrows(table: MasterTable, letter: CodeLetter, aqlIndex: number): SamplingPlan | null {
  const step = table.cells[letter]?.[aqlIndex]?.kind === "up" ? -1 : 1;
  for (let row = table.letters.indexOf(letter); row >= 0 && row < table.letters.length; row += step) {
    const here = table.letters[row]!;
    const cell = table.cells[here]?.[aqlIndex];
    if (cell?.kind === "plan") return { codeLetter: here, sampleSize: table.sampleSizes[here]!, accept: cell.accept, reject: cell.reject };
    if (cell === undefined || cell.kind === "empty" || (cell.kind === "up") !== (step === -1)) return null;
  }
  return null;
}

type PlansByLetter = Partial<Record<CodeLetter, readonly SamplingPlan[]>>;

/**
 * Every (Table 1 letter, AQL) of each table resolved once at load, as custom functions recalculate
 * cell by cell. A table whose arrow leads nowhere is a bug in this file's data, not in user data.
 */
const RESOLVED_PLANS: Record<InspectionSeverity, PlansByLetter> = Object.fromEntries(
  INSPECTION_SEVERITIES.map((severity) => {
    const table = MASTER_TABLES[severity];
    const byLetter: PlansByLetter = {};
    for (const letter of TABLE_1_LETTERS) {
      byLetter[letter] = STANDARD_AQLS.map((_, aqlIndex) => {
        const plan = followArrows(table, letter, aqlIndex);
        if (plan === null) throw new Error(`Table ${table.name}: the arrow at ${letter}, AQL ${STANDARD_AQLS[aqlIndex]} leads to no plan`);
        return plan;
      });
    }
    return [severity, byLetter];
  }),
) as Record<InspectionSeverity, PlansByLetter>;

/**
 * AQLSAMPLE: the single sampling plan of ISO 2859-1:1999 for a lot. Table 1 gives the code letter,
 * the master table of the severity gives the plan (arrows followed, the plan's own letter and
 * sample size reported). When the sample would be the whole lot or more, every unit is inspected
 * with the plan's Ac and Re.
 *
 * @example samplingPlan(5000, 2.5) // ok({ codeLetter: "L", sampleSize: 200, accept: 10, reject: 11 })
 */
export function samplingPlan(
  lotSize: number,
  aql: number,
  level: InspectionLevel = "II",
  severity: InspectionSeverity = "normal",
): Result<SamplingPlan> {
  const invalidLot = checkNumber("lot_size", lotSize, "aboveZero");
  if (invalidLot !== null) return invalidLot;
  if (!Number.isInteger(lotSize)) return fail("num", `lot_size must be a whole number of units (got ${lotSize})`);
  const aqlIndex = standardAqlIndex(aql);
  if (aqlIndex < 0) return nonStandardAql(aql);
  const plan = RESOLVED_PLANS[severity][codeLetter(lotSize, level)]![aqlIndex]!;
  return ok(plan.sampleSize >= lotSize ? { ...plan, sampleSize: lotSize } : plan);
}

/** AQLVERDICT: a lot is accepted when the defects found are at most Ac, rejected from Re on. */
export function lotVerdict(defects: number, plan: SamplingPlan): "ACCEPT" | "REJECT" {
  return defects <= plan.accept ? "ACCEPT" : "REJECT";
}
