import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseScmsCsv, scmsDate, scmsTableRows, type ScmsLine } from "../../examples/scms/scmsWorkbook";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { writeWorkbookFile } from "../../src/cli/workbookFile";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { requireBuiltCli, runCli } from "./support/cli";
import { serial, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * The real USAID SCMS delivery history, end to end: parsed, turned into a workbook, reviewed for a
 * year by the built CLI, and checked against the published shares and a count done here.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const CSV = join(__dirname, "..", "..", "..", "shared", "data", "SCMS_Delivery_History_Dataset.csv");

let lines: ScmsLine[];
const dated = (line: ScmsLine): line is ScmsLine & { scheduled: number; delivered: number } => typeof line.scheduled === "number" && typeof line.delivered === "number";

beforeAll(() => {
  lines = parseScmsCsv(readFileSync(CSV));
});

test("the file's dates read as the days they name", () => {
  expect(scmsDate("2-Jun-06")).toBe(serial("2006-06-02"));
  expect(scmsDate("29-Feb-12")).toBe(serial("2012-02-29"));
  expect(scmsDate("Date Not Captured")).toBeNull();
});

test("every line of the file is read, with its dates", () => {
  expect(lines).toHaveLength(10324);
  expect(lines.filter(dated)).toHaveLength(10324);
  expect(new Set(lines.map((line) => line.vendor)).size).toBe(73);
});

test("the published delivery shares: 11.49% after the scheduled date, 27.26% before, 61.26% on it", () => {
  const share = (count: number) => (100 * count) / lines.length;
  const withDates = lines.filter(dated);
  expect(share(withDates.filter((line) => line.delivered > line.scheduled).length)).toBeCloseTo(11.49, 2);
  expect(share(withDates.filter((line) => line.delivered < line.scheduled).length)).toBeCloseTo(27.26, 2);
  expect(share(withDates.filter((line) => line.delivered === line.scheduled).length)).toBeCloseTo(61.26, 2);
});

test("the 2014 review's OTD matches a count of the year's lines delivered on or before their scheduled date", async () => {
  requireBuiltCli();
  const folder = temporaryFolder("scms");
  const workbook = await XlsxWorkbook.create();
  await workbook.setUpTables(scmsTableRows(lines));
  await writeWorkbookFile(join(folder, "scms.xlsx"), await workbook.toBytes());
  const run = runCli(["review", "scms.xlsx", "--period", "2014", "--json", "--out", "scms-2014.xlsx"], folder);
  expect(run.status).toBe(0);
  const review = JSON.parse(run.stdout) as ReviewJson;

  const year = lines.filter(dated).filter((line) => line.scheduled >= serial("2014-01-01") && line.scheduled <= serial("2014-12-31"));
  const byVendor = new Map<string, { lines: number; onTime: number }>();
  for (const line of year) {
    const counts = byVendor.get(line.vendor) ?? { lines: 0, onTime: 0 };
    counts.lines += 1;
    if (line.delivered <= line.scheduled) counts.onTime += 1;
    byVendor.set(line.vendor, counts);
  }
  expect(review.suppliers.map((row) => row.supplier).sort()).toEqual([...byVendor.keys()].sort());
  for (const row of review.suppliers) {
    const counts = byVendor.get(row.supplier);
    expect({ supplier: row.supplier, lines: row.lines }).toEqual({ supplier: row.supplier, lines: counts?.lines });
    expect(row.otd).toBeCloseTo((counts?.onTime ?? NaN) / (counts?.lines ?? NaN), 12);
  }
  expect(review.suppliers.reduce((total, row) => total + row.lines, 0)).toBe(year.length);
  rmSync(folder, { recursive: true, force: true });
});
