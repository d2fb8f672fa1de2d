import { readFileSync } from "node:fs";
import { writeWorkbookFile } from "../../src/cli/workbookFile";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { parseScmsCsv, scmsTableRows } from "./scmsWorkbook";

/** npx tsx examples/scms/toWorkbook.ts ../shared/data/SCMS_Delivery_History_Dataset.csv scms.xlsx */
async function main([csvPath, xlsxPath]: string[]): Promise<number> {
  if (csvPath === undefined || xlsxPath === undefined) {
    process.stderr.write("usage: npx tsx examples/scms/toWorkbook.ts SCMS_Delivery_History_Dataset.csv OUT.xlsx\n");
    return 2;
  }
  const lines = parseScmsCsv(readFileSync(csvPath));
  const workbook = await XlsxWorkbook.create();
  await workbook.setUpTables(scmsTableRows(lines));
  await writeWorkbookFile(xlsxPath, await workbook.toBytes(), { exclusive: true });
  process.stdout.write(`${xlsxPath}: ${lines.length} shipment lines from ${new Set(lines.map((line) => line.vendor)).size} vendors\n`);
  return 0;
}

void main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
