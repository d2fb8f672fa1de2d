import { existsSync, rmSync } from "node:fs";
import { generateRowLimitWorkbook, holdsLines, ROW_LIMIT_FILE, ROW_LIMIT_FILE_WITHOUT_CUSTOMER, ROW_LIMIT_LINES } from "./generateRowLimitWorkbook";
import { median, STREAMING_READ, timed, timedReview, type Measure } from "./processTiming";

/**
 * `npx tsx bench/rowLimit.bench.ts [--regenerate] [--without-customer]` (or `npm run bench -- rowLimit`): issue 11's
 * row-limit workbook (1,048,000 shipment lines, bench/generateRowLimitWorkbook.ts, made in the
 * git-ignored .bench-data/) reviewed by `costcard review --out` against ExcelJS's streaming reader
 * only reading it. Each in its own Node process under /usr/bin/time, alternately, three times; the
 * medians are reported with the load average after each run. Goals: under 60 s, under 2 GB, and
 * within 1.5 × the read. Figures in docs/PERFORMANCE.md. The workbook holds Payments and Forecasts
 * (issue 19); `--without-customer` reviews the same workbook without them (its own file), for the
 * goal that they cost at most 10% more time.
 */

const CLI = "dist/cli/costcard.js";
const OUT = ".bench-data/review-rowlimit-out.xlsx";
const RUNS = 3;
const GOAL_SECONDS = 60;
const GOAL_MB = 2048;
const GOAL_RATIO = 1.5;

const met = (ok: boolean) => (ok ? "met" : "NOT met");

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  if (!existsSync("/usr/bin/time")) throw new Error("/usr/bin/time is missing (apt-get install time)");
  const withCustomerTables = !process.argv.includes("--without-customer");
  const file = withCustomerTables ? ROW_LIMIT_FILE : ROW_LIMIT_FILE_WITHOUT_CUSTOMER;
  if (process.argv.includes("--regenerate") || !(await holdsLines(file, ROW_LIMIT_LINES))) {
    process.stdout.write(`Generating ${file}…\n`);
    await generateRowLimitWorkbook(file, ROW_LIMIT_LINES, withCustomerTables);
  }
  const reads: Measure[] = [];
  const reviews: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    reads.push(timed(["-e", STREAMING_READ, file]));
    reviews.push(timedReview(CLI, file, OUT));
    process.stdout.write(`run ${run + 1}: read ${reads.at(-1)?.seconds.toFixed(1)} s, review ${reviews.at(-1)?.seconds.toFixed(1)} s ${reviews.at(-1)?.peakMb.toFixed(0)} MB\n`);
  }
  rmSync(OUT, { force: true });
  const read = median(reads, "seconds");
  const review = median(reviews, "seconds");
  const peak = median(reviews, "peakMb");
  const lines = [
    `file: ${file} (${ROW_LIMIT_LINES.toLocaleString("en-US")} shipment lines), ${RUNS} runs each, medians`,
    `streaming read only : ${read.toFixed(1)} s, peak ${median(reads, "peakMb").toFixed(0)} MB`,
    `costcard review --out: ${review.toFixed(1)} s (goal < ${GOAL_SECONDS}) ${met(review < GOAL_SECONDS)}, peak ${peak.toFixed(0)} MB (goal < ${GOAL_MB}) ${met(peak < GOAL_MB)}`,
    `review / read       : ${(review / read).toFixed(2)} × (goal ≤ ${GOAL_RATIO}) ${met(review / read <= GOAL_RATIO)}`,
    `load average (1 min) after each run: ${[...reads, ...reviews].map((measure) => measure.load.toFixed(1)).join(", ")}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
