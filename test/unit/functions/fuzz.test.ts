import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { errorOf, isExcelError } from "./customFunctionsRuntime";
import * as functions from "../../../src/functions/functions";
import { parseFormula, type FormulaValue } from "./excelFormula";

/**
 * Whatever Excel passes (numbers of any size, text, booleans, omitted arguments, ranges ragged or
 * of mixed types), a custom function returns a cell: never an exception, never NaN or infinity
 * (not even inside a spill), and every error carries a message naming one of its arguments.
 */

// The parameter names as the JSDoc gives them to Excel: `@param [freight] ...` under `@customfunction LANDEDCOST`.
const source = readFileSync(path.join(__dirname, "../../../src/functions/functions.ts"), "utf8");
const parameterNames = new Map<string, string[]>();
for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
  const id = /@customfunction (\w+)/.exec(block)?.[1];
  if (id) parameterNames.set(id, [...block.matchAll(/@param \[?(\w+)\]?/g)].map((match) => match[1] ?? ""));
}

const excelNumber = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 1, 2.5, 0.12, 1000, 5000, 46204, 46230, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e-300, Number.MAX_SAFE_INTEGER),
);
const excelText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "abc", "2026-07-15", "2026-02-30", "2026-07-15T08:30", "12.5", "-3", "1e400", "FOB", "ddp", "CIF", "II", "S-1", "tightened", "reduced", "TRUE", "#N/A", "=1+1"),
);
const excelScalar = fc.oneof(excelNumber, excelText, fc.boolean(), fc.constant(null));
const excelRange = fc.oneof(
  fc.array(fc.array(excelScalar, { maxLength: 4 }), { maxLength: 5 }),
  fc.array(fc.tuple(fc.oneof(excelNumber, fc.constant(null), fc.constant(""))), { minLength: 1, maxLength: 8 }),
);
const excelArgument = fc.oneof({ weight: 3, arbitrary: excelScalar }, { weight: 1, arbitrary: excelRange });

function problemsOf(cell: unknown, names: readonly string[]): string[] {
  if (isExcelError(cell)) {
    const message = errorOf(cell)?.message ?? "";
    if (message === "") return ["an error without a message"];
    return names.some((name) => message.includes(name)) ? [] : [`"${message}" names none of ${names.join(", ")}`];
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? [] : [`the number ${cell}`];
  if (typeof cell === "string") return [];
  if (Array.isArray(cell)) return cell.flatMap((row: unknown) => (Array.isArray(row) ? row.flatMap((inner) => (Array.isArray(inner) ? ["a nested array"] : problemsOf(inner, names))) : ["a spill row that is not an array"]));
  return [`a ${cell === null ? "null" : typeof cell} result`];
}

const cases = Object.entries(functions).map(([name, fn]) => ({ id: name.toUpperCase(), fn: fn as (...args: unknown[]) => unknown }));

describe("every custom function, fed anything Excel can pass", () => {
  it("has its parameters documented", () => {
    expect([...parameterNames.keys()].sort()).toEqual(cases.map(({ id }) => id).sort());
  });

  it.each(cases)("$id never throws and returns only finite numbers, text or named errors", ({ id, fn }) => {
    const names = parameterNames.get(id) ?? [];
    fc.assert(
      fc.property(fc.array(excelArgument, { maxLength: names.length + 1 }), (args) => {
        let cell: unknown;
        expect(() => {
          cell = fn(...args);
        }).not.toThrow();
        expect(problemsOf(cell, names)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("DUTYRATE, DUTYDETAIL and FREIGHTPERUNIT, fed arguments close to valid ones", () => {
  // Random ranges almost never carry a Duties header row or three carton dimensions, so these
  // arguments are built from the shapes the functions take, with bad cells mixed in.
  const headers = fc.shuffledSubarray(["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To", "Source", "hts_code", "per unit", "Note"], { minLength: 3 });
  const dutyCell = fc.oneof(
    excelScalar,
    fc.constantFrom("*", "CN", "Vietnam", "Türkiye", "4202", "4202.21.60", "61 09", 4202, 4202.1, "MFN", "Section 301", "section_301", 0.25, 1.25, 12, 0.9, "2025-04-10", 45757, 0, "", null),
  );
  const dutiesRange = fc.tuple(headers, fc.array(fc.array(dutyCell, { minLength: 11, maxLength: 11 }), { maxLength: 6 })).map(([header, rows]) => [header, ...rows.map((row) => row.slice(0, header.length))]);
  const htsCode = fc.oneof(excelScalar, fc.constantFrom("4202.21.6000", "6109.10.0012", "4202", 4202216000, 4202.21, "*", ""));
  const origin = fc.oneof(excelScalar, fc.constantFrom("CN", "cn", "China", "Viet Nam", "UK", "*", "XX"));
  const date = fc.oneof(excelScalar, fc.constantFrom("2025-04-09", "2025-04-10", "2026-03-02", 45757, 45757.5));
  const carton = fc.oneof(
    fc.array(fc.array(excelNumber, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 1 }),
    fc.array(fc.tuple(fc.oneof(excelNumber, fc.constant(null), fc.constant(""))), { minLength: 2, maxLength: 4 }),
    fc.constant([[60, 40, 40]]),
  );
  const basis = fc.oneof(excelScalar, fc.constantFrom("CBM", "cbm", "20GP", "40gp", "40HC", "40' HC", "AIR", "air", "LCL"));

  const check = (id: string, cell: unknown): void => expect(problemsOf(cell, parameterNames.get(id) ?? [])).toEqual([]);

  it.each([
    ["DUTYRATE", functions.dutyRate],
    ["DUTYDETAIL", functions.dutyDetail],
  ] as const)("%s never throws and names its argument", (id, fn) => {
    fc.assert(
      fc.property(htsCode, origin, date, dutiesRange, fc.option(excelNumber), (code, from, at, duties, customsValue) => {
        let cell: unknown;
        expect(() => {
          cell = fn(code, from, at, duties, customsValue ?? undefined);
        }).not.toThrow();
        check(id, cell);
      }),
      { numRuns: 3000 },
    );
  });

  it("FREIGHTPERUNIT never throws and names its argument", () => {
    fc.assert(
      fc.property(carton, excelNumber, excelNumber, basis, fc.option(excelNumber), fc.option(excelNumber), (cartonCm, units, cost, freightBasis, capacity, kg) => {
        let cell: unknown;
        expect(() => {
          cell = functions.freightPerUnit(cartonCm as number[][], units, cost, freightBasis as string, capacity ?? undefined, kg ?? undefined);
        }).not.toThrow();
        check("FREIGHTPERUNIT", cell);
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * An error must name the argument at fault, not just any argument: from a worked example of
 * docs/functions.md that returns a value, each argument in turn is replaced by text no argument
 * takes, and the error has to name that argument (as a word: `quantity` is not `tier_quantities`).
 */
const reference = readFileSync(path.join(__dirname, "../../../docs/functions.md"), "utf8");
const workingExamples = new Map<string, FormulaValue[]>();
for (const [, formula = "", result = ""] of reference.matchAll(/^\| `(=COSTCARD\.[^`]+)` \| `([^`]+)` \|$/gm)) {
  const { name, args } = parseFormula(formula);
  if (!result.startsWith("#") && !workingExamples.has(name)) workingExamples.set(name, args);
}
const NOT_A_VALUE = "§ not a value §";

const faults = cases.flatMap(({ id, fn }) =>
  (parameterNames.get(id) ?? []).map((argument, position) => ({ id, fn, argument, position })),
);

describe("every custom function's error names the argument at fault", () => {
  it.each(faults)("$id with a bad $argument", ({ id, fn, argument, position }) => {
    const example = workingExamples.get(id);
    expect(example).toBeDefined();
    const args: unknown[] = Array.from({ length: Math.max(example!.length, position + 1) }, (_, index) => example![index] ?? null);
    args[position] = NOT_A_VALUE;
    const result = fn(...args);
    const cell = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
    expect(isExcelError(cell)).toBe(true);
    expect(errorOf(cell)?.message).toMatch(new RegExp(`\\b${argument}\\b`));
  });
});
