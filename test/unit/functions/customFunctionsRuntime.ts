/**
 * Excel defines the CustomFunctions global in its runtime; the tests define the part the
 * functions use, mirroring @types/custom-functions-runtime (error codes are the strings Excel shows).
 */
class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode, associate: () => undefined } });

export const isExcelError = (value: unknown): value is CustomFunctions.Error => value instanceof CustomFunctionsError;

/** The error code and message of a cell that holds an error, to compare in one expectation. */
export function errorOf(value: unknown): { code: string; message: string } | null {
  return isExcelError(value) ? { code: value.code, message: value.message ?? "" } : null;
}
