/**
 * `npx tsx bench/landedCost.bench.ts`: =COSTCARD.LANDEDCOST called 1,000,000 times as Excel
 * recalculates a costing sheet (one call per cell, every argument given, varied prices and
 * incoterms), against the core's landedCostBreakdown on already-parsed inputs, in one process.
 * It reports the time per call; what the function adds over the core is reading and checking
 * Excel's arguments.
 */
import { landedCost } from "../src/functions/functions";
import { landedCostBreakdown } from "../src/core/landedCost";
import { INCOTERMS } from "../src/core/incoterms";

Object.assign(globalThis, { CustomFunctions: { Error: class {}, ErrorCode: {}, associate: () => undefined } });

const CALLS = 1_000_000;
const RUNS = 5;

function millis(run: () => number): { ms: number; checksum: number } {
  const start = process.hrtime.bigint();
  const checksum = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, checksum };
}

const price = (i: number): number => 5 + (i % 1000) / 100;
const incoterm = (i: number): (typeof INCOTERMS)[number] => INCOTERMS[i % INCOTERMS.length]!;

function viaFunction(): number {
  let sum = 0;
  for (let i = 0; i < CALLS; i++) {
    const cell = landedCost(price(i), 1000, 1200, 0.12, incoterm(i), i % 2 ? "FOB" : "CIF", 300, 1, 500, 0.05);
    if (typeof cell !== "number") throw new Error(`call ${i} returned an error`);
    sum += cell;
  }
  return sum;
}

function viaCore(): number {
  let sum = 0;
  for (let i = 0; i < CALLS; i++) {
    const result = landedCostBreakdown({
      unitPrice: price(i),
      quantity: 1000,
      freight: 1200,
      dutyRate: 0.12,
      incoterm: incoterm(i),
      valuation: i % 2 ? "FOB" : "CIF",
      insurance: 300,
      fxRate: 1,
      otherCosts: 500,
      contingency: 0.05,
    });
    if (!result.ok) throw new Error(`call ${i} failed`);
    sum += result.value.total;
  }
  return sum;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
viaFunction();
viaCore();
const functionTimes: number[] = [];
const coreTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const f = millis(viaFunction);
  const c = millis(viaCore);
  if (Math.abs(f.checksum - c.checksum) > 1e-6 * Math.abs(c.checksum)) throw new Error(`the function and the core disagree: ${f.checksum} vs ${c.checksum}`);
  functionTimes.push(f.ms);
  coreTimes.push(c.ms);
}
const perCall = (ms: number): string => `${((ms * 1e6) / CALLS).toFixed(0)} ns`;
console.log(`LANDEDCOST, ${CALLS.toLocaleString("en-US")} calls (all ten arguments, every incoterm):`);
console.log(`  custom function ${median(functionTimes).toFixed(0)} ms (${perCall(median(functionTimes))} a call) · core alone ${median(coreTimes).toFixed(0)} ms (${perCall(median(coreTimes))}) · ratio ${(median(functionTimes) / median(coreTimes)).toFixed(2)}× (medians of ${RUNS})`);
