import { existsSync } from "node:fs";
import { BENCH_FILE, generateReviewWorkbook } from "./generateReviewWorkbook";
import { median, STREAMING_READ, timed, timedReview, type Measure } from "./processTiming";

/**
 * `npx tsx bench/review.bench.ts [--regenerate]`: the whole `costcard review --out` (read, parse,
 * score, render and graft both sheets, write) against ExcelJS's streaming reader only reading the
 * same 100,000-line workbook. Each runs in its own Node process under /usr/bin/time, three times;
 * the medians are reported. Goal: review ≤ 2 × the read, peak memory < 1 GB.
 */

const CLI = "dist/cli/costcard.js";
const OUT = ".bench-data/review-100k-out.xlsx";
const RUNS = 3;

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  if (!existsSync("/usr/bin/time")) throw new Error("/usr/bin/time is missing (apt-get install time)");
  if (process.argv.includes("--regenerate") || !existsSync(BENCH_FILE)) {
    process.stdout.write(`Generating ${BENCH_FILE}…\n`);
    await generateReviewWorkbook(BENCH_FILE, 100_000);
  }
  const reads: Measure[] = [];
  const reviews: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    reads.push(timed(["-e", STREAMING_READ, BENCH_FILE]));
    reviews.push(timedReview(CLI, BENCH_FILE, OUT));
  }
  const read = median(reads, "seconds");
  const review = median(reviews, "seconds");
  const peak = Math.max(...reviews.map((measure) => measure.peakMb));
  const lines = [
    `file: ${BENCH_FILE} (100,000 shipment lines), ${RUNS} runs each, medians`,
    `streaming read only : ${read.toFixed(2)} s, peak ${median(reads, "peakMb").toFixed(0)} MB`,
    `costcard review --out: ${review.toFixed(2)} s, peak ${peak.toFixed(0)} MB`,
    `review / read       : ${(review / read).toFixed(2)} × (goal ≤ 2) ${review / read <= 2 ? "met" : "NOT met"}`,
    `peak memory         : ${peak.toFixed(0)} MB (goal < 1024) ${peak < 1024 ? "met" : "NOT met"}`,
    `load average (1 min) after each run: ${[...reads, ...reviews].map((measure) => measure.load.toFixed(1)).join(", ")}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
