import { readFileSync } from "node:fs";
import { serialFromYmd } from "../src/core/excelDate";
import { buildReview } from "../src/reports/buildReview";
import type { CellScalar } from "../src/model/rawTable";
import { TABLE_NAMES } from "../src/schema/tableSpecs";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsxWorkbook";

/**
 * `npx tsx bench/storyCompute.ts FILE [ROUNDS]`: what the supplier's story costs the review's
 * computation alone, without the read and the write that make up most of a `costcard review` and
 * most of its noise on a shared machine. The workbook's tables are read once; then `buildReview`
 * (tables to JSON and sheet models) runs ROUNDS times (9) for each of HistoryPeriods 1 with
 * RedFlagPeriods 1, HistoryPeriods 4 and HistoryPeriods 12, in turn, with the Settings table
 * replaced in memory; the CPU time of each call (process.cpuUsage) and the medians are printed.
 * FILE: any workbook of the row-limit shape (bench/generateRowLimitWorkbook.ts). The per-line work
 * scales with the file's lines; the rest (price moves per period, sheets) does not.
 */

const VARIANTS: Record<string, CellScalar[][]> = {
  "HistoryPeriods 1, RedFlagPeriods 1": [["HistoryPeriods", 1], ["RedFlagPeriods", 1]],
  "HistoryPeriods 4": [["HistoryPeriods", 4]],
  "HistoryPeriods 12": [["HistoryPeriods", 12]],
};

async function main(): Promise<void> {
  const [file, rounds = "9"] = process.argv.slice(2);
  if (file === undefined) throw new Error("usage: npx tsx bench/storyCompute.ts FILE [ROUNDS]");
  const tables = await (await XlsxWorkbook.fromBytes(readFileSync(file))).readTables(TABLE_NAMES);
  const settings = tables.get("Settings");
  if (settings === undefined) throw new Error(`${file} has no Settings table`);
  const keep = settings.rows.filter((row) => !["HistoryPeriods", "RedFlagPeriods"].includes(String(row?.[0])));
  const times = new Map<string, number[]>(Object.keys(VARIANTS).map((name) => [name, []]));
  for (let round = 0; round < Number(rounds); round++) {
    for (const [name, rows] of Object.entries(VARIANTS)) {
      const varied = new Map(tables).set("Settings", { ...settings, rows: [...keep, ...rows] });
      const start = process.cpuUsage();
      const review = buildReview(varied, { period: "2026-Q3", asOf: serialFromYmd(2026, 12, 31) });
      const used = process.cpuUsage(start);
      if (!review.ok) throw new Error(review.message);
      times.get(name)!.push((used.user + used.system) / 1000);
    }
  }
  const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const base = median(times.get("HistoryPeriods 1, RedFlagPeriods 1")!);
  for (const [name, values] of times) {
    const change = median(values) / base - 1;
    process.stdout.write(`${name}: buildReview ${median(values).toFixed(0)} ms CPU (median of ${values.length}; ${change >= 0 ? "+" : "−"}${Math.abs(change * 100).toFixed(1)}%)\n`);
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
