import { fail, ok, type Result } from "./result";
import { checkNumber } from "./argumentChecks";

/** AMORTIZE: a one-off tooling (mould, die, screen) cost spread over the units that use it. */
export function amortize(tooling: number, units: number): Result<number> {
  const invalid = checkNumber("tooling", tooling, "atLeastZero") ?? checkNumber("units", units, "atLeastZero");
  if (invalid !== null) return invalid;
  if (units === 0) return fail("div0", "units is 0: nothing to spread the tooling over");
  return ok(tooling / units);
}
