import { fail, type Result } from "./result";
import { finiteResult } from "./finiteResult";
import { checkNumber } from "./argumentChecks";

/**
 * DEFECTRATE: defects found per unit inspected, a fraction (× 1e6 for PPM). A unit can carry more
 * than one defect, so the rate may exceed 1.
 */
export function defectRate(defects: number, inspected: number): Result<number> {
  const invalid = checkNumber("defects", defects, "atLeastZero") ?? checkNumber("inspected", inspected, "atLeastZero");
  if (invalid !== null) return invalid;
  if (inspected === 0) return fail("div0", "inspected is 0: no unit was inspected");
  return finiteResult(defects / inspected, "defects and inspected");
}
