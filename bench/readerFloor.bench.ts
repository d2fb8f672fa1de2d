import { existsSync, rmSync } from "node:fs";
import { generateRowLimitWorkbook, holdsLines } from "./generateRowLimitWorkbook";
import { median, timed, timedReview, type Measure } from "./processTiming";

/**
 * `npx tsx bench/readerFloor.bench.ts [--lines N] [--regenerate]` (or `npm run bench -- readerFloor`):
 * issue 20's "speed toward the physical floor". The whole `costcard review --out` of the row-limit
 * workbook's shape (bench/generateRowLimitWorkbook.ts, N shipment lines; 100,000 by default so it
 * runs in a minute here, `--lines 1048000` for Excel's row limit) against the floor: the same file's
 * worksheet parts merely inflated with Node's zlib and their bytes scanned once for cells (`<c`),
 * nothing parsed or kept. Each in its own Node process under /usr/bin/time, alternately, three
 * times; medians. Goal: the review within 3 × the floor, under 1 GB. Figures in docs/PERFORMANCE.md.
 */

const CLI = "dist/cli/costcard.js";
const RUNS = 3;
const GOAL_RATIO = 3;
const GOAL_MB = 1024;

/**
 * The floor: the zip's central directory read by hand (APPNOTE 4.3.12), each `xl/worksheets/*.xml`
 * entry inflated in 256 KB chunks and scanned for `<c` followed by a space or `>`; prints the count.
 */
const INFLATE_AND_SCAN = `
const { readFileSync } = require("node:fs");
const { createInflateRaw } = require("node:zlib");
(async () => {
  const bytes = readFileSync(process.argv[1]);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  let cells = 0;
  for (let index = bytes.readUInt16LE(end + 10); index > 0; index--) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const size = bytes.readUInt32LE(at + 20);
    const method = bytes.readUInt16LE(at + 10);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (!/^xl\\/worksheets\\/[^/]+\\.xml$/.test(name) || method !== 8) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.end(bytes.subarray(start, start + size));
    let previous = 0;
    for await (const chunk of inflate) {
      for (let i = 0; i < chunk.length; i++) {
        const code = chunk[i];
        if (previous === 0x3c && code === 0x63) {
          const next = chunk[i + 1];
          if (next === 0x20 || next === 0x3e) cells += 1;
        }
        previous = code;
      }
    }
  }
  process.stdout.write(String(cells));
})();`;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

const met = (ok: boolean) => (ok ? "met" : "NOT met");

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  if (!existsSync("/usr/bin/time")) throw new Error("/usr/bin/time is missing (apt-get install time)");
  const lines = Number(argument("--lines") ?? 100_000);
  const file = `.bench-data/review-floor-${lines}.xlsx`;
  const out = `.bench-data/review-floor-${lines}-out.xlsx`;
  if (process.argv.includes("--regenerate") || !(await holdsLines(file, lines))) {
    process.stdout.write(`Generating ${file}…\n`);
    await generateRowLimitWorkbook(file, lines);
  }
  const floors: Measure[] = [];
  const reviews: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    floors.push(timed(["-e", INFLATE_AND_SCAN, file]));
    reviews.push(timedReview(CLI, file, out));
    process.stdout.write(`run ${run + 1}: floor ${floors.at(-1)?.seconds.toFixed(2)} s, review ${reviews.at(-1)?.seconds.toFixed(2)} s ${reviews.at(-1)?.peakMb.toFixed(0)} MB\n`);
  }
  rmSync(out, { force: true });
  const floor = median(floors, "seconds");
  const review = median(reviews, "seconds");
  const peak = median(reviews, "peakMb");
  const report = [
    `file: ${file} (${lines.toLocaleString("en-US")} shipment lines), ${RUNS} runs each, medians`,
    `floor (inflate the sheets, scan for cells): ${floor.toFixed(2)} s, peak ${median(floors, "peakMb").toFixed(0)} MB`,
    `costcard review --out: ${review.toFixed(2)} s, peak ${peak.toFixed(0)} MB (goal < ${GOAL_MB}) ${met(peak < GOAL_MB)}`,
    `review / floor: ${(review / floor).toFixed(2)} × (goal ≤ ${GOAL_RATIO}) ${met(review / floor <= GOAL_RATIO)}`,
    `load average (1 min) after each run: ${[...floors, ...reviews].map((measure) => measure.load.toFixed(1)).join(", ")}`,
  ];
  process.stdout.write(`${report.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
