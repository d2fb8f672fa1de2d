import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_PATH, requireBuiltCli } from "./support/cli";
import { temporaryFolder } from "./support/excelJsWorkbook";

/**
 * `costcard review` and `check` never load ExcelJS: the generated sheets are written without it, and
 * only creating or setting up a workbook needs it (newWorkbook.ts, imported when first called). Its
 * loading cost every run a sixth of a second (docs/PERFORMANCE.md). The built CLI is run with a hook
 * that writes, at exit, whether any module of the exceljs package was loaded.
 */

jest.setTimeout(120_000);

let folder: string;
const HOOK = `process.on("exit", () => require("fs").writeFileSync(process.env.LOADED_FILE, String(Object.keys(require.cache).some((path) => path.includes("/node_modules/exceljs/")))));`;

function loadsExcelJs(args: readonly string[]): boolean {
  const loaded = join(folder, "loaded.txt");
  writeFileSync(loaded, "not run");
  const run = spawnSync(process.execPath, ["--require", join(folder, "hook.js"), CLI_PATH, ...args], { cwd: folder, encoding: "utf8", env: { ...process.env, LOADED_FILE: loaded } });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(readFileSync(loaded, "utf8")) as boolean;
}

beforeAll(() => {
  requireBuiltCli();
  folder = temporaryFolder("exceljs-loading");
  writeFileSync(join(folder, "hook.js"), HOOK);
});

test("creating the sample workbook loads ExcelJS; checking it and writing its review does not", () => {
  expect(loadsExcelJs(["init", "book.xlsx", "--sample"])).toBe(true);
  expect(loadsExcelJs(["check", "book.xlsx"])).toBe(false);
  expect(loadsExcelJs(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-12-31", "--out", "reviewed.xlsx"])).toBe(false);
  expect(loadsExcelJs(["review", "reviewed.xlsx", "--period", "2026-Q3", "--as-of", "2026-12-31", "--json"])).toBe(false);
});
