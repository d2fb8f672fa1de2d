import type { CellScalar } from "../../model/rawTable";
import { ACTION_DUE_DAYS } from "../../schema/tables";
import type { WorkbookPort } from "../../workbook/port";

/**
 * "Open an action" on the Reviews page: a corrective action for a supplier's missed KPI, appended
 * just below the Actions table (as every append, safe in a co-authored workbook), opened today and
 * due in 14 days, carrying the playbook's action text so the owner knows what was agreed.
 */

export interface NewAction {
  readonly supplier: string;
  /** A scored KPI's key. */
  readonly kpi: string;
  /** The playbook's text for the KPI (`<kpi>.action`, or `<kpi>.escalation` for a red flag). */
  readonly action: string;
  /** Blank when no one is named. */
  readonly owner: string;
}

/** The Actions row (spec column order: Supplier, KPI, Opened, Owner, Due, RootCause, Action, Closed, Verified, Note) of an action opened on `today` (a serial). */
export function actionRow(action: NewAction, today: number): CellScalar[] {
  const owner = action.owner.trim();
  return [action.supplier, action.kpi, today, owner === "" ? null : owner, today + ACTION_DUE_DAYS, null, action.action, null, null, null];
}

export async function openAction(port: WorkbookPort, action: NewAction, today: number): Promise<void> {
  await port.appendRows("Actions", [actionRow(action, today)]);
}
