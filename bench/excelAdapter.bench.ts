import { buildReview } from "../src/reports/buildReview";
import { SAMPLE_ROWS } from "../src/sample/sampleWorkbook";
import { TABLE_NAMES, TABLE_SPECS, type TableName } from "../src/schema/tableSpecs";
import { createExcelWorkbook } from "../src/workbook/excel/excelWorkbook";
import type { CellScalar } from "../src/model/rawTable";
import type { WorkbookPort } from "../src/workbook/port";
import { EXCEL_WEB_PAYLOAD_LIMIT, EXCEL_WEB_READ_CELL_LIMIT, FakeExcel } from "../test/unit/workbook/fakes/fakeExcel";
import { benchTables } from "./generateReviewWorkbook";

/**
 * `npm run bench -- excelAdapter`: the Excel adapter's round trips on the strict fake of the object
 * model (test/unit/workbook/fakes), with Excel on the web's limits on: the sample workbook, a
 * 100,000-line workbook and a 1,000,000-line Shipments table. For each operation: the
 * `context.sync()` calls, the largest request and response in UTF-8 bytes (as the fake measures
 * them), the most cells one range read returned, and round trips refused. Fails if any round trip
 * reached 5 MB or any read 5,000,000 cells. Figures in docs/PERFORMANCE.md.
 */

const PERIOD = { period: "2026-Q3", asOf: 46300 };

interface Measured {
  readonly workbook: string;
  readonly operation: string;
  readonly syncs: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly totalResponse: number;
  readonly largestRead: number;
  readonly refused: number;
  readonly seconds: number;
}

const results: Measured[] = [];

async function measure<T>(excel: FakeExcel, workbook: string, operation: string, run: () => Promise<T>): Promise<T> {
  const before = excel.syncs.length;
  const refusedBefore = excel.refusedSyncs;
  const started = performance.now();
  const value = await run();
  const syncs = excel.syncs.slice(before);
  results.push({
    workbook,
    operation,
    syncs: syncs.length,
    largestRequest: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
    totalResponse: syncs.reduce((sum, sync) => sum + sync.responseBytes, 0),
    largestRead: Math.max(0, ...syncs.map((sync) => sync.largestReadCells)),
    refused: excel.refusedSyncs - refusedBefore,
    seconds: (performance.now() - started) / 1000,
  });
  return value;
}

/** Set up the tables through the adapter, read them all, review, and write both sheets. */
async function review(workbook: string, rows: Partial<Record<TableName, readonly (readonly CellScalar[])[]>>): Promise<void> {
  const excel = new FakeExcel();
  const port: WorkbookPort = createExcelWorkbook(excel.run);
  await measure(excel, workbook, "set up the tables with their rows", () => port.setUpTables(rows));
  const tables = await measure(excel, workbook, "read every table", () => port.readTables(TABLE_NAMES));
  const built = buildReview(tables, PERIOD);
  if (!built.ok) throw new Error(built.message);
  for (const sheet of built.value.sheets) await measure(excel, workbook, `write ${sheet.name}`, () => port.writeGeneratedSheet(sheet));
}

/** A Shipments table of `lines` rows as the user's workbook holds it (dates formatted as dates), read alone. */
async function readShipments(lines: number): Promise<void> {
  const excel = new FakeExcel();
  const shipments = benchTables(lines).Shipments ?? [];
  excel.addTable(
    "Shipments",
    "Shipments",
    TABLE_SPECS.Shipments.map((column) => column.name),
    shipments,
    undefined,
    TABLE_SPECS.Shipments.map((column) => column.numberFormat ?? "General"),
  );
  let progressCalls = 0;
  const tables = await measure(excel, `${lines.toLocaleString("en-US")}-line Shipments`, "read Shipments", () =>
    createExcelWorkbook(excel.run).readTables(["Shipments"], { onProgress: () => (progressCalls += 1) }),
  );
  if (tables.get("Shipments")?.rows.length !== lines) throw new Error("the read lost rows");
  console.log(`${lines.toLocaleString("en-US")} rows read; ${progressCalls} progress reports`);
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

async function main(): Promise<void> {
  await review("sample", SAMPLE_ROWS);
  await review("100,000-line", benchTables(100_000));
  await readShipments(1_000_000);

  console.log("| workbook | operation | syncs | largest request | largest response | all responses | most cells in one read | refused | seconds |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${r.workbook} | ${r.operation} | ${r.syncs} | ${megabytes(r.largestRequest)} | ${megabytes(r.largestResponse)} | ${megabytes(r.totalResponse)} | ${r.largestRead.toLocaleString("en-US")} | ${r.refused} | ${r.seconds.toFixed(1)} |`,
    );
  }
  const over = results.filter((r) => r.largestRequest >= EXCEL_WEB_PAYLOAD_LIMIT || r.largestResponse >= EXCEL_WEB_PAYLOAD_LIMIT || r.largestRead >= EXCEL_WEB_READ_CELL_LIMIT || r.refused > 0);
  if (over.length > 0) {
    console.error(`Over Excel on the web's limits: ${over.map((r) => `${r.workbook} ${r.operation}`).join("; ")}`);
    process.exitCode = 1;
  }
}

void main();
