import { rmSync } from "node:fs";
import { join } from "node:path";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { requireBuiltCli, runCli } from "./support/cli";
import { temporaryFolder } from "./support/excelJsWorkbook";

/**
 * A workbook another program wrote: fixtures/sample-saved-by-libreoffice.xlsx is
 * assets/costcard-sample.xlsx opened and saved by LibreOffice Calc 7 (its own shared strings, style
 * and relationship numbering). The review must come out the same as on the original.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");

function review(file: string, folder: string): ReviewJson {
  const run = runCli(["review", file, "--period", "2026-Q3", "--as-of", "2026-10-01", "--json", "--out", join(folder, "out.xlsx")], folder);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as ReviewJson;
}

test("the sample saved by LibreOffice reviews exactly as the original", () => {
  requireBuiltCli();
  const folder = temporaryFolder("writers");
  const original = review(join(ROOT, "assets", "costcard-sample.xlsx"), folder);
  const resaved = review(join(__dirname, "fixtures", "sample-saved-by-libreoffice.xlsx"), folder);
  expect(resaved.suppliers.length).toBeGreaterThan(0);
  expect(resaved).toEqual(original);
  rmSync(folder, { recursive: true, force: true });
});
