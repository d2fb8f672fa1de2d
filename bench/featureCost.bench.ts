import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { generateRowLimitWorkbook, historyVariant, holdsLines, ROW_LIMIT_FILE, ROW_LIMIT_FILE_WITHOUT_CUSTOMER, ROW_LIMIT_LINES } from "./generateRowLimitWorkbook";
import { median, timedReview, type Measure } from "./processTiming";
import type { ReviewJson } from "../src/reports/reviewJson";

/**
 * `npx tsx bench/featureCost.bench.ts [--lines N] [--runs R] [--pairs customer,history,bridge] [--before OLD/dist/cli/costcard.js]`:
 * what a review's newer parts cost on the row-limit workbook (1,048,000 shipment lines, or N), each
 * feature isolated in ONE build and measured in the same run, alternately, R times (3), each review
 * in its own Node process under /usr/bin/time; medians of wall time, CPU time (user + system, which
 * a shared machine disturbs less) and peak RSS (docs/PERFORMANCE.md, "What the newer parts cost"):
 * - customer: our scorecard (issue 19, goal ≤ 10%): the workbook with Payments and Forecasts
 *   against the same workbook without them;
 * - history: the supplier's story (issue 18, goal ≤ 25% with HistoryPeriods 4): the workbook
 *   without customer tables whose Settings say HistoryPeriods 1 and RedFlagPeriods 1 (the story's
 *   window is then the period and the previous one, which the scorecard scores for previousScore
 *   anyway: "without the history") against HistoryPeriods 4 (RedFlagPeriods at its default, 2) and
 *   HistoryPeriods 12; the three generated from one seed, their Shipments lines identical;
 * - bridge: the price bridge (issue 17, goal ≤ 10%): on the HistoryPeriods 4 workbook, dist/cli
 *   against a CLI bundle from the same source with the bridge swapped out at build time
 *   (bench/webpack.withoutBridge.config.js: src/reports/reviewBridge.ts by
 *   bench/withoutBridge/reviewBridge.ts, whose rows get no bridge and whose totals are zero, and
 *   src/reports/deliveredUnits.ts by bench/withoutBridge/deliveredUnits.ts, whose per-line tally
 *   does nothing). The price review sheet's bridge columns and block (a fixed seven rows and a
 *   chart) are still written, holding nulls and zeros.
 * - with `--before`: this build against an earlier build on the workbook without customer tables
 *   (everything added since, not one feature).
 * Every review runs with --json, and the bench checks what it computed: the variants agree on every
 * supplier's period figures, their histories hold 1, 4 and 12 points, the bundle without the bridge
 * has no bridge figure, the one with it has some. The last lines are for docs/PERFORMANCE.md.
 */

const CLI = "dist/cli/costcard.js";
const WITHOUT_BRIDGE_CLI = ".bench-data/cli-without-bridge/costcard.js";
const OUT = ".bench-data/feature-cost-out.xlsx";
const GOAL_MB = 1024;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

const LINES = Number(argument("--lines") ?? ROW_LIMIT_LINES);
const RUNS = Number(argument("--runs") ?? 3);
const PAIRS = new Set((argument("--pairs") ?? "customer,history,bridge").split(","));

type Run = Measure & { readonly json: ReviewJson };

function review(cli: string, file: string): Run {
  const measure = timedReview(cli, file, OUT, "--json");
  return { ...measure, json: JSON.parse(measure.stdout) as ReviewJson };
}

/** A file at this bench's size: the row-limit name, or the same with `-N` for N lines. */
function sized(file: string): string {
  return LINES === ROW_LIMIT_LINES ? file : file.replace(/\.xlsx$/, `-${LINES}.xlsx`);
}

/** Generates the file when it is missing or holds a table of other than LINES shipment lines (`holdsLines`). */
async function ensure(file: string, generate: (path: string) => Promise<void>): Promise<void> {
  if (await holdsLines(file, LINES)) return;
  process.stdout.write(`Generating ${file}…\n`);
  await generate(file);
  if (!(await holdsLines(file, LINES))) throw new Error(`${file} was generated without ${LINES} shipment lines in its Shipments table`);
}

const signed = (change: number) => `${change >= 0 ? "+" : "−"}${Math.abs(change * 100).toFixed(1)}%`;

/** The line for docs/PERFORMANCE.md: medians, signed changes, and the goal's verdict on wall time and on CPU time. */
function verdict(label: string, goal: number | null, without: readonly Measure[], withIt: readonly Measure[]): string {
  const wall = [median(without, "seconds"), median(withIt, "seconds")] as const;
  const cpu = [median(without, "cpuSeconds"), median(withIt, "cpuSeconds")] as const;
  const peak = median(withIt, "peakMb");
  const wallChange = wall[1] / wall[0] - 1;
  const cpuChange = cpu[1] / cpu[0] - 1;
  const met = (change: number) => (change <= goal! ? "met" : "NOT met");
  const goals = goal === null ? "no goal" : `goal ≤ ${(goal * 100).toFixed(0)}%: ${met(wallChange)} on wall time, ${met(cpuChange)} on CPU time`;
  return (
    `${label}: without ${wall[0].toFixed(2)} s wall, ${cpu[0].toFixed(2)} s CPU, ${median(without, "peakMb").toFixed(0)} MB; ` +
    `with ${wall[1].toFixed(2)} s wall, ${cpu[1].toFixed(2)} s CPU, ${peak.toFixed(0)} MB; ` +
    `change ${signed(wallChange)} wall, ${signed(cpuChange)} CPU (${goals}); peak < ${GOAL_MB} MB: ${peak < GOAL_MB ? "met" : "NOT met"}`
  );
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`check failed: ${message}`);
}

/** Every supplier's figures of the period itself (not its story): the same whatever the Settings' story keys. */
function periodFigures(json: ReviewJson): string {
  return JSON.stringify(json.suppliers.map(({ history, redFlags, ...figures }) => figures));
}

function hasBridge(json: ReviewJson): boolean {
  return Object.values(json.priceBridge).some((amount) => amount !== 0) || json.priceReview.some((row) => row.landedThen !== null || row.units !== 0);
}

function checkHistory(runs: readonly Run[], lengths: readonly number[]): void {
  runs.forEach((run, index) => check(run.json.suppliers.every((supplier) => supplier.history.length === lengths[index]), `the history variants' suppliers do not show ${lengths[index]} history points`));
  check(runs.every((run) => periodFigures(run.json) === periodFigures(runs[0]!.json)), "the history variants' period figures differ: they must differ only in Settings");
}

function checkBridge(withIt: Run, without: Run): void {
  check(hasBridge(withIt.json), `${CLI} reviewed with no bridge figure: the comparison would not be real`);
  check(!hasBridge(without.json), `${WITHOUT_BRIDGE_CLI} still has bridge figures: rebuild it`);
  check(periodFigures(withIt.json) === periodFigures(without.json), "the supplier figures differ with and without the bridge");
}

function progress(label: string, run: number, measures: readonly Measure[]): void {
  const shown = measures.map((measure) => `${measure.seconds.toFixed(1)} s / ${measure.cpuSeconds.toFixed(1)} s CPU / ${measure.peakMb.toFixed(0)} MB`);
  process.stdout.write(`${label} run ${run + 1}: ${shown.join("; ")} (load ${measures.at(-1)!.load.toFixed(1)})\n`);
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const lines: string[] = [];
  const loads: number[] = [];

  if (PAIRS.has("customer")) {
    const [withFile, withoutFile] = [sized(ROW_LIMIT_FILE), sized(ROW_LIMIT_FILE_WITHOUT_CUSTOMER)];
    await ensure(withFile, (path) => generateRowLimitWorkbook(path, LINES, true));
    await ensure(withoutFile, (path) => generateRowLimitWorkbook(path, LINES, false));
    const without: Measure[] = [];
    const withIt: Measure[] = [];
    for (let run = 0; run < RUNS; run++) {
      without.push(review(CLI, withoutFile));
      withIt.push(review(CLI, withFile));
      progress("Payments and Forecasts (without, with)", run, [without.at(-1)!, withIt.at(-1)!]);
    }
    loads.push(...without.map((measure) => measure.load), ...withIt.map((measure) => measure.load));
    lines.push(verdict("Payments and Forecasts (issue 19)", 0.1, without, withIt));
  }

  if (PAIRS.has("history") || PAIRS.has("bridge")) {
    const variants = [historyVariant(1, 1, LINES), historyVariant(4, null, LINES), historyVariant(12, null, LINES)];
    for (const { file, settings } of variants) await ensure(file, (path) => generateRowLimitWorkbook(path, LINES, false, settings));
    const [h1, h4, h12] = variants.map((variant) => variant.file) as [string, string, string];
    const bridge = PAIRS.has("bridge");
    if (bridge) {
      process.stdout.write(`Building ${WITHOUT_BRIDGE_CLI}…\n`);
      const build = spawnSync("npx", ["webpack", "--config", "bench/webpack.withoutBridge.config.js"], { encoding: "utf8" });
      if (build.status !== 0) throw new Error(`the build without the bridge failed:\n${build.stdout}${build.stderr}`);
    }
    const history = PAIRS.has("history");
    const runs: Record<"h1" | "h4" | "h12" | "noBridge", Run[]> = { h1: [], h4: [], h12: [], noBridge: [] };
    const reviews: (() => void)[] = [
      ...(history ? [() => runs.h1.push(review(CLI, h1))] : []),
      () => runs.h4.push(review(CLI, h4)),
      ...(history ? [() => runs.h12.push(review(CLI, h12))] : []),
      ...(bridge ? [() => runs.noBridge.push(review(WITHOUT_BRIDGE_CLI, h4))] : []),
    ];
    for (let run = 0; run < RUNS; run++) {
      // Each round starts one review later, so none always runs first or right after another.
      reviews.forEach((_, at) => reviews[(at + run) % reviews.length]!());
      if (history) checkHistory([runs.h1.at(-1)!, runs.h4.at(-1)!, runs.h12.at(-1)!], [1, 4, 12]);
      if (bridge) checkBridge(runs.h4.at(-1)!, runs.noBridge.at(-1)!);
      const shown = [...(history ? [runs.h1, runs.h4, runs.h12] : [runs.h4]), ...(bridge ? [runs.noBridge] : [])].map((measures) => measures.at(-1)!);
      progress(`${history ? "HistoryPeriods 1, 4, 12" : "HistoryPeriods 4"}${bridge ? ", HistoryPeriods 4 without the bridge" : ""}`, run, shown);
    }
    for (const measures of Object.values(runs)) loads.push(...measures.map((measure) => measure.load));
    if (history) {
      lines.push(verdict("History: HistoryPeriods 4 against 1 and RedFlagPeriods 1 (issue 18)", 0.25, runs.h1, runs.h4));
      lines.push(verdict("History: HistoryPeriods 12 against 1 and RedFlagPeriods 1", null, runs.h1, runs.h12));
    }
    if (bridge) lines.push(verdict("Price bridge: dist/cli against the bundle without it, HistoryPeriods 4 (issue 17)", 0.1, runs.noBridge, runs.h4));
  }

  const before = argument("--before");
  if (before !== undefined) {
    const file = sized(ROW_LIMIT_FILE_WITHOUT_CUSTOMER);
    await ensure(file, (path) => generateRowLimitWorkbook(path, LINES, false));
    const old: Measure[] = [];
    const now: Measure[] = [];
    for (let run = 0; run < RUNS; run++) {
      old.push(timedReview(before, file, OUT));
      now.push(review(CLI, file));
      progress(`${before}, this build`, run, [old.at(-1)!, now.at(-1)!]);
    }
    loads.push(...old.map((measure) => measure.load), ...now.map((measure) => measure.load));
    lines.push(verdict(`this build against ${before}`, null, old, now));
  }
  rmSync(OUT, { force: true });
  process.stdout.write(`\n${LINES.toLocaleString("en-US")} shipment lines, ${RUNS} runs each, medians; load average (1 min) after the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n${lines.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
