import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";

/**
 * Timing a command in its own Node process under /usr/bin/time (wall time, CPU time and peak RSS), and the
 * baseline the review benches compare against: ExcelJS's streaming reader reading every cell.
 */

/** The baseline: stream every row of every sheet and touch every cell, keeping nothing. */
export const STREAMING_READ = `
const ExcelJS = require("exceljs");
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore" });
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) row.eachCell(() => { cells += 1; });
  process.stdout.write(String(cells));
})();`;

export interface Measure {
  readonly seconds: number;
  /** User + system CPU time: what a busy shared machine disturbs less than the wall time. */
  readonly cpuSeconds: number;
  readonly peakMb: number;
  /** The 1-minute load average when the run ended (the machine is shared). */
  readonly load: number;
}

/** The command's standard output comes back too, for a bench that checks what the run computed. */
export function timed(args: readonly string[]): Measure & { readonly stdout: string } {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", process.execPath, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  const [seconds, kilobytes, user, system] = (run.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { seconds: seconds ?? NaN, cpuSeconds: (user ?? NaN) + (system ?? NaN), peakMb: (kilobytes ?? NaN) / 1024, load: loadavg()[0] ?? NaN, stdout: run.stdout };
}

/** `costcard review FILE --out OUT` with every bench's period and as-of, `OUT` removed first so each run writes it anew. */
export function timedReview(cli: string, file: string, out: string, ...more: readonly string[]): Measure & { readonly stdout: string } {
  rmSync(out, { force: true });
  return timed([cli, "review", file, "--period", "2026-Q3", "--as-of", "2026-12-31", "--out", out, ...more]);
}

export function median(measures: readonly Measure[], key: keyof Measure): number {
  const sorted = measures.map((measure) => measure[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
