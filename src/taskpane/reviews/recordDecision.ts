import type { PriceReviewRowJson } from "../../reports/reviewJson";
import type { WorkbookPort } from "../../workbook/port";
import { decisionRow, type ValidDecision } from "./decisionForm";

/**
 * Records a decision the meeting took in the pane: one row appended just below PriceDecisions (as
 * every append, safe in a co-authored workbook). The caller then generates the review again, which
 * takes first what was typed into the sheet and then shows the new decision in its cells.
 */
export async function recordDecision(port: WorkbookPort, period: string, row: Pick<PriceReviewRowJson, "sku" | "supplier">, decision: ValidDecision, now: Date): Promise<void> {
  await port.appendRows("PriceDecisions", [decisionRow(period, row, decision, now)]);
}
