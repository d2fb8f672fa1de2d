import type { CellScalar } from "../../model/rawTable";
import { planSettingsUpdate, settingsColumns } from "../settingsUpdate";
import { appendToTable, findTable } from "./appendRows";
import { writeGrid } from "./cellWrites";
import type { PayloadBudget } from "./payloadBudget";
import type { DateSystemAnswer } from "./dateSystem";
import { setUpTables } from "./setUpTables";

/** Changes the Value of Settings keys the table holds and appends the others; creates the table when missing. */
export async function writeSettings(context: Excel.RequestContext, values: Readonly<Record<string, string | number>>, budget: PayloadBudget, canResizeTables: boolean, dates: DateSystemAnswer): Promise<void> {
  const table = await findTable(context, "Settings");
  if (table === undefined) {
    await setUpTables(context, ["Settings"], { Settings: Object.entries(values) }, budget, dates);
    return;
  }
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, numberFormat, rowIndex, columnIndex");
  await context.sync();

  const columns = settingsColumns((header.values[0] ?? []).map(String));
  if (columns === undefined) throw new Error("The Settings table needs a Key and a Value column.");
  const keys: CellScalar[] = body.values.map((row) => row[columns.key] ?? null);
  const plan = planSettingsUpdate(keys, values);
  for (const change of plan.changes) {
    // The cell's own format goes back with the value, so a Value column formatted as Text stays exact.
    const format = String(body.numberFormat[change.rowIndex]?.[columns.value] ?? "General");
    await writeGrid(context, table.worksheet, { row: body.rowIndex + change.rowIndex, column: body.columnIndex + columns.value }, [[change.value]], [[format]], budget);
  }
  if (plan.additions.length > 0) await appendToTable(context, table, "Settings", plan.additions, budget, canResizeTables, dates);
  else await context.sync();
}
