import { isoFromSerial, nowSerial } from "../../core/excelDate";
import { parsePeriod } from "../../core/period";
import type { PriceReviewRowJson } from "../../reports/reviewJson";
import { priceDecisionCells } from "../../schema/tables";
import { typedNumberField } from "../form/typedNumber";
import type { CellScalar } from "../../model/rawTable";

/**
 * The Reviews page's decision form: what a pricing meeting decides for one row of the review,
 * checked with the PriceDecisions table's own cell schemas, and the row it appends to the table.
 */

export interface DecisionFormValues {
  readonly decision: string;
  readonly agreedPrice: string;
  readonly effectiveFrom: string;
  readonly note: string;
  readonly decidedBy: string;
}

export type DecisionFormErrors = Partial<Record<keyof DecisionFormValues, string>>;

// The agreed price is typed as the quote form's amounts are ("298,000" or "4.5"), then checked by the table's own cell.
const fields = priceDecisionCells
  .pick({ Decision: true, AgreedPrice: true, EffectiveFrom: true, Note: true, DecidedBy: true })
  .extend({ AgreedPrice: typedNumberField("amount", priceDecisionCells.shape.AgreedPrice) });
const FIELD_OF: Readonly<Record<string, keyof DecisionFormValues>> = { Decision: "decision", AgreedPrice: "agreedPrice", EffectiveFrom: "effectiveFrom", Note: "note", DecidedBy: "decidedBy" };

/** The form for a row: empty but for the name remembered on this machine; the effective date offered is the day after the period ends. */
export function emptyDecisionForm(period: string, decidedBy: string): DecisionFormValues {
  const parsed = parsePeriod(period);
  return { decision: "", agreedPrice: "", effectiveFrom: parsed.ok ? isoFromSerial(parsed.value.last + 1) : "", note: "", decidedBy };
}

export interface ValidDecision {
  readonly decision: string;
  readonly agreedPrice: number | null;
  readonly effectiveFrom: number | null;
  readonly note: string | null;
  readonly decidedBy: string | null;
}

export function validateDecisionForm(values: DecisionFormValues): { decision: ValidDecision | null; errors: DecisionFormErrors } {
  const parsed = fields.safeParse({ Decision: values.decision, AgreedPrice: values.agreedPrice, EffectiveFrom: values.effectiveFrom, Note: values.note, DecidedBy: values.decidedBy });
  const errors: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = FIELD_OF[String(issue.path[0])] ?? "decision";
    errors[field] ??= issue.message === "missing value" ? "Choose a decision." : `${issue.message}.`;
  }
  if (parsed.success && parsed.data.Decision === "Counter" && parsed.data.AgreedPrice === undefined) errors.agreedPrice = "A Counter needs the price agreed.";
  if (!parsed.success || Object.keys(errors).length > 0) return { decision: null, errors };
  const cells = parsed.data;
  return {
    decision: { decision: cells.Decision, agreedPrice: cells.AgreedPrice ?? null, effectiveFrom: cells.EffectiveFrom ?? null, note: cells.Note ?? null, decidedBy: cells.DecidedBy ?? null },
    errors: {},
  };
}

/** The agreed price against the row's old and new price, as the form shows it while typed ("−6.3% on the new price, +2.0% on the old"). */
export function agreedPriceChange(row: Pick<PriceReviewRowJson, "oldPrice" | "newPrice">, agreedPrice: number): { againstNew: number | null; againstOld: number | null } {
  const against = (price: number | null) => (price === null || price === 0 ? null : agreedPrice / price - 1);
  return { againstNew: against(row.newPrice), againstOld: against(row.oldPrice) };
}

/** The PriceDecisions row (spec column order) of a decision recorded now. */
export function decisionRow(period: string, row: Pick<PriceReviewRowJson, "sku" | "supplier">, decision: ValidDecision, now: Date): CellScalar[] {
  return [period, row.sku, row.supplier, decision.decision, decision.agreedPrice, decision.effectiveFrom, decision.decidedBy, nowSerial(now), decision.note];
}

