import { fail, ok, type Failure, type Result } from "./result";

/**
 * A double (and Excel) holds numbers up to ±1.8e308: a result beyond that would be Infinity or NaN,
 * which no cell or sheet can show, so it is a "num" failure naming the arguments to check.
 */
export function beyondNumberRange(argumentNames: string): Failure {
  return fail("num", `the result is beyond Excel's number range (±1.8e308): check ${argumentNames}`);
}

export function finiteResult(value: number, argumentNames: string): Result<number> {
  return Number.isFinite(value) ? ok(value) : beyondNumberRange(argumentNames);
}
