import type { Failure, FailureCode } from "../core/result";

/**
 * A core failure as the error value a cell shows. `CustomFunctions` is a global only inside
 * Excel's runtime (tests define it), and its enum exists only once that runtime has loaded, so it
 * is read when an error is made, never at module load.
 */
const ERROR_CODE_NAME = {
  value: "invalidValue",
  num: "invalidNumber",
  div0: "divisionByZero",
  na: "notAvailable",
} as const satisfies Record<FailureCode, keyof typeof CustomFunctions.ErrorCode>;

export function excelError(failure: Pick<Failure, "code" | "message">): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODE_NAME[failure.code]], failure.message);
}
