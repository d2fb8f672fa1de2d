import { fail, type Result } from "./result";
import { finiteResult } from "./finiteResult";
import { checkNumber } from "./argumentChecks";

/** AMORTIZE: a one-off tooling (mould, die, screen) cost spread over the units that use it. */
export function amortize(tooling: number, units: number): Result<number> {
  const invalid = checkNumber("tooling", tooling, "atLeastZero") ?? checkNumber("units", units, "atLeastZero");
  if (invalid !== null) return invalid;
  if (units === 0) return fail("div0", "units is 0: nothing to spread the tooling over");
  return finiteResult(tooling / units, "tooling and units");
}
