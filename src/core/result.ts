/**
 * Errors are values in the core: a calculation that cannot be done on its inputs returns a failure
 * naming the argument, and each surface turns it into what it shows (an Excel error, a problem row,
 * an exit code).
 */
export type FailureCode = "value" | "num" | "div0" | "na";

export interface Failure {
  readonly ok: false;
  readonly code: FailureCode;
  readonly message: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: FailureCode, message: string): Failure {
  return { ok: false, code, message };
}
