/**
 * `npx tsx bench/otdRate.bench.ts`: =COSTCARD.OTDRATE over 1,000,000 lines (quantities and as_of
 * given), called as Excel calls it (2-D arrays of serials, some cells empty), against a plain loop
 * doing the same comparisons over the same arrays. Both run in this one process, alternately, eleven
 * times each after one untimed warm-up call;
 * the medians are compared. Goal: the custom function within 3.5× of the plain loop (issue 10; it
 * was 4×, which a busy machine crossed).
 */
import { otdRate } from "../src/functions/functions";

Object.assign(globalThis, { CustomFunctions: { Error: class {}, ErrorCode: {}, associate: () => undefined } });

const LINES = 1_000_000;
const RUNS = 11;
const GOAL = 3.5;
const AS_OF = 46388; // 2026-12-31
const TOLERANCE = 2;

/** A deterministic year of lines: promised through 2026, 85% delivered within ±10 days, some open, some blank. */
function lines(): { promised: (number | string)[][]; delivered: (number | string)[][]; quantities: number[][] } {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const promised: (number | string)[][] = [];
  const delivered: (number | string)[][] = [];
  const quantities: number[][] = [];
  for (let i = 0; i < LINES; i++) {
    const due = 46023 + Math.floor(random() * 365);
    promised.push([random() < 0.01 ? "" : due]);
    delivered.push([random() < 0.85 ? due + Math.floor(random() * 21) - 10 : ""]);
    quantities.push([1 + Math.floor(random() * 1000)]);
  }
  return { promised, delivered, quantities };
}

/** The same rule written straight over the arrays: what OTDRATE cannot beat. */
function plainLoop(promised: (number | string)[][], delivered: (number | string)[][], quantities: number[][]): number {
  let countable = 0;
  let onTime = 0;
  for (let i = 0; i < promised.length; i++) {
    const p = promised[i]![0];
    const d = delivered[i]![0];
    const q = quantities[i]![0]!;
    if (typeof p !== "number" || !(q > 0)) continue;
    const due = p + TOLERANCE;
    if (typeof d === "number") {
      countable += q;
      if (d <= due) onTime += q;
    } else if (due < AS_OF) {
      countable += q;
    }
  }
  return onTime / countable;
}

function millis(run: () => unknown): { ms: number; result: unknown } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const { promised, delivered, quantities } = lines();
// One untimed call each: V8 compiles both paths before either is measured.
otdRate(promised, delivered, TOLERANCE, quantities, AS_OF);
plainLoop(promised, delivered, quantities);
const functionTimes: number[] = [];
const loopTimes: number[] = [];
let functionResult: unknown;
let loopResult: unknown;
for (let run = 0; run < RUNS; run++) {
  const viaFunction = millis(() => otdRate(promised, delivered, TOLERANCE, quantities, AS_OF));
  const viaLoop = millis(() => plainLoop(promised, delivered, quantities));
  functionTimes.push(viaFunction.ms);
  loopTimes.push(viaLoop.ms);
  functionResult = viaFunction.result;
  loopResult = viaLoop.result;
}
if (typeof functionResult !== "number" || Math.abs(functionResult - (loopResult as number)) > 1e-12) {
  throw new Error(`OTDRATE gave ${String(functionResult)}, the plain loop ${String(loopResult)}`);
}
const ratio = median(functionTimes) / median(loopTimes);
console.log(`OTDRATE, ${LINES.toLocaleString("en-US")} lines (quantities, as_of, tolerance ${TOLERANCE}): rate ${functionResult.toFixed(6)}`);
console.log(`  custom function ${median(functionTimes).toFixed(1)} ms · plain loop ${median(loopTimes).toFixed(1)} ms · ratio ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×, medians of ${RUNS})`);
process.exitCode = ratio <= GOAL ? 0 : 1;
