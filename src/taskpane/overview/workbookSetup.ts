import { TABLE_NAMES, type TableName } from "../../schema/tableSpecs";
import type { AddinStartup, TableInfo, WorkbookPort } from "../../workbook/port";
import { specTableName } from "../../workbook/tableLayout";

export interface SampleDataOutcome {
  readonly created: readonly TableName[];
  readonly filled: readonly TableName[];
  /** Tables that already hold the user's rows: sample rows would mix with them, so they are left alone. */
  readonly skipped: readonly TableName[];
}

/**
 * "Add sample data": missing tables are created with the sample rows, empty ones get them appended,
 * and a table with rows of its own is never touched.
 */
export async function addSampleData(port: WorkbookPort, existing: readonly TableInfo[]): Promise<SampleDataOutcome> {
  const { SAMPLE_ROWS } = await import(/* webpackChunkName: "sample-rows" */ "../../sample/sampleWorkbook");
  const rowCounts = new Map(existing.flatMap((table) => {
    const name = specTableName(table.name);
    return name ? [[name, table.rowCount] as const] : [];
  }));
  const created = await port.setUpTables(SAMPLE_ROWS);
  const filled: TableName[] = [];
  const skipped: TableName[] = [];
  for (const table of TABLE_NAMES) {
    const rows = rowCounts.get(table);
    if (rows === undefined || created.includes(table)) continue;
    if (rows > 0) {
      skipped.push(table);
    } else {
      await port.appendRows(table, SAMPLE_ROWS[table]);
      filled.push(table);
    }
  }
  return { created, filled, skipped };
}

export function sampleDataSummary({ created, filled, skipped }: SampleDataOutcome): string {
  const parts = [
    created.length > 0 ? `Created ${created.join(", ")} with sample rows.` : "",
    filled.length > 0 ? `Added sample rows to ${filled.join(", ")}.` : "",
    skipped.length > 0 ? `Left ${skipped.join(", ")} alone: they hold your rows.` : "",
  ];
  return parts.filter(Boolean).join(" ") || "Nothing to add.";
}

export function setUpSummary(created: readonly TableName[], startup?: AddinStartup): string {
  const tables = created.length > 0 ? `Created ${created.join(", ")}.` : "Every Costcard table is already in the workbook.";
  if (startup === undefined) return created.length > 0 ? tables : "Every Costcard table is already in the workbook; nothing was changed.";
  const addin = startup.loadsWithWorkbook
    ? `Excel now loads Costcard with this workbook${startup.opensTaskPane ? " and opens this pane with it" : ""}.`
    : `This Excel cannot load Costcard with the workbook by itself (it lacks SharedRuntime 1.1)${startup.opensTaskPane ? "; this pane opens with the workbook" : ""}.`;
  return `${tables} ${addin}`;
}
