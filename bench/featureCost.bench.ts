import { existsSync, rmSync } from "node:fs";
import { generateRowLimitWorkbook, ROW_LIMIT_FILE, ROW_LIMIT_FILE_WITHOUT_CUSTOMER, ROW_LIMIT_LINES } from "./generateRowLimitWorkbook";
import { median, timed, type Measure } from "./processTiming";

/**
 * `npx tsx bench/featureCost.bench.ts [--before OLD/dist/cli/costcard.js]`: what a review's newer
 * parts cost at Excel's row limit (1,048,000 shipment lines), each pair measured in the same run,
 * alternately, RUNS times, medians of wall time and peak RSS (docs/PERFORMANCE.md):
 * - our scorecard (issue 19, goal ≤ 10%): the row-limit workbook with Payments and Forecasts against
 *   the same workbook without them;
 * - with `--before`, the price bridge and the score history together (issues 17 and 18, goals ≤ 10%
 *   and ≤ 25%): this build against an earlier build of the CLI on the workbook without customer
 *   tables. No switch turns the bridge or the history off, so an earlier build (one without them) is
 *   the "before".
 */

const CLI = "dist/cli/costcard.js";
const OUT = ".bench-data/feature-cost-out.xlsx";
const RUNS = 3;

function review(cli: string, file: string): Measure {
  rmSync(OUT, { force: true });
  return timed([cli, "review", file, "--period", "2026-Q3", "--as-of", "2026-12-31", "--out", OUT]);
}

function compare(label: string, base: () => Measure, candidate: () => Measure): string {
  const bases: Measure[] = [];
  const withs: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    bases.push(base());
    withs.push(candidate());
    process.stdout.write(`${label} run ${run + 1}: without ${bases.at(-1)!.seconds.toFixed(1)} s, with ${withs.at(-1)!.seconds.toFixed(1)} s ${withs.at(-1)!.peakMb.toFixed(0)} MB\n`);
  }
  const without = median(bases, "seconds");
  const withIt = median(withs, "seconds");
  return `${label}: without ${without.toFixed(1)} s (${median(bases, "peakMb").toFixed(0)} MB), with ${withIt.toFixed(1)} s (${median(withs, "peakMb").toFixed(0)} MB): ${withIt >= without ? "+" : "−"}${((Math.abs(withIt - without) / without) * 100).toFixed(1)}%`;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  for (const [file, withCustomerTables] of [[ROW_LIMIT_FILE, true], [ROW_LIMIT_FILE_WITHOUT_CUSTOMER, false]] as const) {
    if (!existsSync(file)) {
      process.stdout.write(`Generating ${file}…\n`);
      await generateRowLimitWorkbook(file, ROW_LIMIT_LINES, withCustomerTables);
    }
  }
  const lines = [compare("Payments and Forecasts", () => review(CLI, ROW_LIMIT_FILE_WITHOUT_CUSTOMER), () => review(CLI, ROW_LIMIT_FILE))];
  const beforeAt = process.argv.indexOf("--before");
  const before = beforeAt === -1 ? undefined : process.argv[beforeAt + 1];
  if (before !== undefined) lines.push(compare(`this build against ${before}`, () => review(before, ROW_LIMIT_FILE_WITHOUT_CUSTOMER), () => review(CLI, ROW_LIMIT_FILE_WITHOUT_CUSTOMER)));
  rmSync(OUT, { force: true });
  process.stdout.write(`${lines.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
