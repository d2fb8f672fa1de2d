import { fail, type Result } from "../core/result";
import { excelError } from "./excelError";

/**
 * The last step of every custom function: a core result as what a cell shows. Nothing escapes as
 * an exception (Excel would show a bare #VALUE! and the user would not know which argument), and
 * no NaN or infinity reaches a cell.
 */

export type NumberCell = number | CustomFunctions.Error;
export type TextCell = string | CustomFunctions.Error;

const tooLarge = (argumentNames: string): CustomFunctions.Error =>
  excelError(fail("num", `the result is beyond Excel's number range: check ${argumentNames}`));

export function numberCell(result: Result<number>, argumentNames: string): NumberCell {
  if (!result.ok) return excelError(result);
  return Number.isFinite(result.value) ? result.value : tooLarge(argumentNames);
}

export function textCell(result: Result<string>): TextCell {
  return result.ok ? result.value : excelError(result);
}

/** A spilled result: "" for a blank (null would show as 0); a failure spills as one error cell. */
export function spillCells(result: Result<readonly (readonly (string | number | null)[])[]>, argumentNames: string): unknown[][] {
  if (!result.ok) return [[excelError(result)]];
  const rows = result.value.map((row) => row.map((cell) => cell ?? ""));
  const finite = rows.every((row) => row.every((cell) => typeof cell === "string" || Number.isFinite(cell)));
  return finite ? rows : [[tooLarge(argumentNames)]];
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
