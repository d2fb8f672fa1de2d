import { fail, type Failure } from "./result";

/**
 * Checks of a numeric argument, with a message naming it as the user typed it (`unit_price`):
 * not a number is "value", a number out of range is "num".
 */
export type NumberBound = "finite" | "atLeastZero" | "aboveZero";

export function checkNumber(name: string, value: number, bound: NumberBound): Failure | null {
  if (typeof value !== "number" || Number.isNaN(value)) return fail("value", `${name} must be a number`);
  if (!Number.isFinite(value)) return fail("num", `${name} must be a finite number`);
  if (bound === "aboveZero" && value <= 0) return fail("num", `${name} must be greater than 0 (got ${value})`);
  if (bound === "atLeastZero" && value < 0) return fail("num", `${name} must not be negative (got ${value})`);
  return null;
}

/** The first failing element of a numeric list, named `name` item n (1-based, as in a range). */
export function checkNumbers(name: string, values: readonly number[], bound: NumberBound): Failure | null {
  for (let i = 0; i < values.length; i++) {
    const failure = checkNumber(`${name} item ${i + 1}`, values[i]!, bound);
    if (failure !== null) return failure;
  }
  return null;
}
