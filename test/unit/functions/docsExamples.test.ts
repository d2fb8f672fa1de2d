import { readFileSync } from "node:fs";
import path from "node:path";
import { errorOf } from "./customFunctionsRuntime";
import * as functions from "../../../src/functions/functions";
import { parseFormula, parseValue, type FormulaValue } from "./excelFormula";

// Every worked example of the function reference is a test: a row `| `=COSTCARD...` | `result` |`.
const reference = readFileSync(path.join(__dirname, "../../../docs/functions.md"), "utf8");
const examples = [...reference.matchAll(/^\| `(=COSTCARD\.[^`]+)` \| `([^`]+)` \|$/gm)].map(([, formula = "", result = ""]) => ({ formula, result }));

const byName = new Map<string, (...args: FormulaValue[]) => unknown>(
  Object.entries(functions).map(([name, fn]) => [name.toUpperCase(), fn as (...args: FormulaValue[]) => unknown]),
);

function expectCell(actual: unknown, expected: FormulaValue | { error: string }): void {
  if (expected !== null && typeof expected === "object" && "error" in expected) {
    expect(errorOf(actual)?.code).toBe(expected.error);
    expect(errorOf(actual)?.message).not.toBe("");
  } else if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    const rows = actual as unknown[][];
    expect(rows.map((row) => row.length)).toEqual(expected.map((row) => row.length));
    expected.forEach((row, r) => row.forEach((cell, c) => expectCell(rows[r]?.[c], cell)));
  } else {
    expect(actual).toEqual(expected);
  }
}

const expectedOf = (result: string): FormulaValue | { error: string } => (result.startsWith("#") ? { error: result } : parseValue(result));

describe("the worked examples of docs/functions.md", () => {
  it("cover every function", () => {
    const named = new Set(examples.map(({ formula }) => parseFormula(formula).name));
    expect([...named].sort()).toEqual([...byName.keys()].sort());
  });

  it.each(examples)("$formula → $result", ({ formula, result }) => {
    const { name, args } = parseFormula(formula);
    const fn = byName.get(name);
    expect(fn).toBeDefined();
    const cell = fn?.(...args);
    const expected = expectedOf(result);
    // A spilled function's error arrives as a one-cell spill.
    const isSpilledError = Array.isArray(cell) && cell.length === 1 && cell[0]?.length === 1 && errorOf(cell[0][0]) !== null;
    expectCell(isSpilledError && !Array.isArray(expected) ? (cell as unknown[][])[0]?.[0] : cell, expected);
  });
});
