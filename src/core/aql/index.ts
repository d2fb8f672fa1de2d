export { codeLetter, parseInspectionLevel, INSPECTION_LEVELS, TABLE_1_LETTERS, type CodeLetter, type InspectionLevel } from "./codeLetter";
export {
  INSPECTION_SEVERITIES,
  MASTER_TABLES,
  nonStandardAql,
  parseAql,
  parseSeverity,
  STANDARD_AQLS,
  standardAqlIndex,
  type InspectionSeverity,
  type MasterCell,
  type MasterTable,
} from "./tables";
export { followArrows, lotVerdict, samplingPlan, type SamplingPlan } from "./plan";
export { nextSeverity, switchingSteps, type DefectClassCount, type NextInspection, type SwitchingLot, type SwitchingStep } from "./switching";
