import { Button, Dropdown, Field, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useState } from "react";
import { OPEN_DECISION } from "../../model/decisionCells";
import { formatMoney, formatPercentChange } from "../displayNumbers";
import { parseTypedNumber } from "../form/typedNumber";
import type { ReviewedPrice } from "./generateReview";
import { PriceBridgeView } from "./PriceBridgeView";
import { DECISION_CHOICES } from "../../schema/tableSpecs";
import { FormGroup } from "../form/FormGroup";
import { FormInput } from "../form/FormInput";
import { PaneForm } from "../form/PaneForm";
import { useControlStyles } from "../form/useControlStyles";
import { ReviewRowFigures } from "./ReviewRowFigures";
import { agreedPriceChange, emptyDecisionForm, validateDecisionForm, type DecisionFormErrors, type DecisionFormValues, type ValidDecision } from "./decisionForm";

/** Where the pane remembers who records decisions on this machine, so the name need not be typed each time. */
export const DECIDED_BY_KEY = "costcard.decidedBy";

export function rememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(DECIDED_BY_KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberName(name: string): void {
  try {
    globalThis.localStorage?.setItem(DECIDED_BY_KEY, name);
  } catch {
    // Storage can be off (private windows, policies): the name is then typed each time.
  }
}

/** The row's prices in its currency until a price is typed ("New price 298,000 VND, old 285,000 VND"), then the typed price against them. */
function changeHint(row: ReviewedPrice, agreedPrice: string): string | undefined {
  const typed = parseTypedNumber(agreedPrice, "amount");
  const price = typed.ok ? typed.value : undefined;
  if (price === undefined || price <= 0) return `New price ${formatMoney(row.newPrice, row.currency)}${row.oldPrice === null ? "" : `, old ${formatMoney(row.oldPrice, row.currency)}`}`;
  const { againstNew, againstOld } = agreedPriceChange(row, price);
  const parts = [againstNew === null ? null : `${formatPercentChange(againstNew)} on the new price`, againstOld === null ? null : `${formatPercentChange(againstOld)} on the old`];
  return parts.filter((part) => part !== null).join(", ");
}

/** A row's SKU with its supplier beneath: two names in one column, so the table fits a 320 px pane. */
function SkuAndSupplier({ row }: { row: ReviewedPrice }) {
  return (
    <>
      <Text block weight="semibold">
        {row.sku}
      </Text>
      <Text block size={200}>
        {row.supplier}
      </Text>
    </>
  );
}

export interface DecisionPanelProps {
  readonly period: string;
  readonly rows: readonly ReviewedPrice[];
  /** Landed costs and the price bridge are in it. */
  readonly homeCurrency: string;
  readonly busy: boolean;
  readonly onRecord: (row: ReviewedPrice, decision: ValidDecision) => Promise<void>;
}

/** The review's rows that need a decision (Open), and a form to record one for the row chosen. */
export function DecisionPanel({ period, rows, homeCurrency, busy, onRecord }: DecisionPanelProps) {
  const controls = useControlStyles();
  const open = rows.filter((row) => row.decision === OPEN_DECISION);
  const decided = rows.filter((row) => row.decision !== null && row.decision !== OPEN_DECISION);
  const [chosen, setChosen] = useState<ReviewedPrice | null>(null);
  const [values, setValues] = useState<DecisionFormValues>(() => emptyDecisionForm(period, rememberedName()));
  const [errors, setErrors] = useState<DecisionFormErrors>({});
  const set = (field: keyof DecisionFormValues) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  const choose = (row: ReviewedPrice) => {
    setChosen(row);
    setValues(emptyDecisionForm(period, rememberedName()));
    setErrors({});
  };
  const submit = async () => {
    if (chosen === null) return;
    const { decision, errors: found } = validateDecisionForm(values);
    setErrors(found);
    if (decision === null) return;
    if (decision.decidedBy !== null) rememberName(decision.decidedBy);
    await onRecord(chosen, decision);
  };

  return (
    <>
      <Text weight="semibold">Decisions for {period}</Text>
      {open.length === 0 ? (
        <Text>No row needs a decision: every Negotiate and Check breakdown row of {period} has one.</Text>
      ) : (
        <>
          <Text size={200}>Need a decision ({open.length})</Text>
          <Table size="small" aria-label={`Rows that need a decision in ${period}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>SKU and supplier</TableHeaderCell>
                <TableHeaderCell>Flag</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {open.map((row) => (
                <TableRow key={`${row.sku}\u0000${row.supplier}`}>
                  <TableCell>
                    <SkuAndSupplier row={row} />
                  </TableCell>
                  <TableCell>{row.flag}</TableCell>
                  <TableCell>
                    <Button size="small" aria-label={`Decide ${row.sku} from ${row.supplier}`} onClick={() => choose(row)}>
                      Decide
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {decided.length > 0 && (
        <>
          <Text size={200}>Decided ({decided.length})</Text>
          <Table size="small" aria-label={`Decided in ${period}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>SKU and supplier</TableHeaderCell>
                <TableHeaderCell>Decision</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {decided.map((row) => (
                <TableRow key={`${row.sku}\u0000${row.supplier}`}>
                  <TableCell>
                    <SkuAndSupplier row={row} />
                  </TableCell>
                  <TableCell>
                    <Text block>{row.decision}</Text>
                    {row.agreedPrice !== null && (
                      <Text block size={200}>
                        at {formatMoney(row.agreedPrice, row.currency)}
                        {row.effectiveFrom === null ? "" : ` from ${row.effectiveFrom}`}
                      </Text>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {chosen && (
        <PaneForm label={`Decision for ${chosen.sku} from ${chosen.supplier}`} onSubmit={() => void submit()}>
          <ReviewRowFigures row={chosen} homeCurrency={homeCurrency} />
          <PriceBridgeView row={chosen} homeCurrency={homeCurrency} />
          <FormGroup legend={`${chosen.sku} from ${chosen.supplier}`} columns="wide">
            <Field label="Decision" required validationMessage={errors.decision} validationState={errors.decision ? "error" : "none"}>
              <Dropdown className={controls.fill} value={values.decision} selectedOptions={values.decision === "" ? [] : [values.decision]} onOptionSelect={(_, data) => set("decision")(data.optionValue ?? "")}>
                {DECISION_CHOICES.map((choice) => (
                  <Option key={choice} value={choice}>
                    {choice}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <FormInput label={`Agreed price (${chosen.currency})`} value={values.agreedPrice} onChange={set("agreedPrice")} onBlur={() => undefined} message={errors.agreedPrice} hint={changeHint(chosen, values.agreedPrice)} inputMode="decimal" />
            <FormInput label="Effective from" value={values.effectiveFrom} onChange={set("effectiveFrom")} onBlur={() => undefined} message={errors.effectiveFrom} hint="yyyy-mm-dd" />
            <FormInput label="Decided by" value={values.decidedBy} onChange={set("decidedBy")} onBlur={() => undefined} message={errors.decidedBy} hint="Remembered on this computer" />
          </FormGroup>
          <FormInput label="Note" value={values.note} onChange={set("note")} onBlur={() => undefined} message={errors.note} />
          <Button appearance="primary" type="submit" disabled={busy}>
            Record decision
          </Button>
        </PaneForm>
      )}
    </>
  );
}
