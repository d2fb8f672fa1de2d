import { fail, type Result } from "../core/result";
import { excelError } from "./excelError";

/**
 * The last step of every custom function: a core result as what a cell shows. Nothing escapes as
 * an exception (Excel would show a bare #VALUE! and the user would not know which argument). The
 * core never succeeds with NaN or infinity (test/unit/core/finiteResults.test.ts), so a success
 * goes to the cell as it is.
 */

export type NumberCell = number | CustomFunctions.Error;
export type TextCell = string | CustomFunctions.Error;

export function numberCell(result: Result<number>): NumberCell {
  return result.ok ? result.value : excelError(result);
}

export function textCell(result: Result<string>): TextCell {
  return result.ok ? result.value : excelError(result);
}

/** A spilled result: "" for a blank (null would show as 0); a failure spills as one error cell. */
export function spillCells(result: Result<readonly (readonly (string | number | null)[])[]>): unknown[][] {
  return result.ok ? result.value.map((row) => row.map((cell) => cell ?? "")) : [[excelError(result)]];
}

const unexpected = (functionName: string, error: unknown): CustomFunctions.Error =>
  excelError(fail("value", `${functionName} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`));

/** Runs a function's body; an exception (a defect, never user data) still returns a cell with a message. */
export function guarded<T>(functionName: string, body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return unexpected(functionName, error);
  }
}

export function guardedSpill(functionName: string, body: () => unknown[][]): unknown[][] {
  try {
    return body();
  } catch (error) {
    return [[unexpected(functionName, error)]];
  }
}
