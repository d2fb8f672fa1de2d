import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { BENCH_FILE, generateReviewWorkbook } from "./generateReviewWorkbook";

/**
 * `npx tsx bench/review.bench.ts [--regenerate]`: the whole `costcard review --out` (read, parse,
 * score, render and graft both sheets, write) against ExcelJS's streaming reader only reading the
 * same 100,000-line workbook. Each runs in its own Node process under /usr/bin/time, three times;
 * the medians are reported. Goal: review ≤ 2 × the read, peak memory < 1 GB.
 */

const CLI = "dist/cli/costcard.js";
const OUT = ".bench-data/review-100k-out.xlsx";
const RUNS = 3;
/** The baseline: stream every row of every sheet and touch every cell, keeping nothing. */
const STREAMING_READ = `
const ExcelJS = require("exceljs");
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore" });
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) row.eachCell(() => { cells += 1; });
  process.stdout.write(String(cells));
})();`;

interface Measure {
  readonly seconds: number;
  readonly peakMb: number;
}

function timed(args: readonly string[]): Measure {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  const [seconds, kilobytes] = (run.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { seconds: seconds ?? NaN, peakMb: (kilobytes ?? NaN) / 1024 };
}

function median(measures: readonly Measure[], key: keyof Measure): number {
  const sorted = measures.map((measure) => measure[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

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
    rmSync(OUT, { force: true });
    reviews.push(timed([CLI, "review", BENCH_FILE, "--period", "2026-Q3", "--as-of", "2026-12-31", "--out", OUT]));
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
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
