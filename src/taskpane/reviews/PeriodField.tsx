import { Field, Input } from "@fluentui/react-components";
import { forwardRef, useId } from "react";
import { useControlStyles } from "../form/useControlStyles";

export interface PeriodFieldProps {
  /** Exactly what the user typed or picked. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly choices: readonly string[];
  readonly message: string | undefined;
}

/**
 * The review period: typed freely, or picked from the suggested periods (the browser's list under
 * the input, opened with Alt+↓ or by typing). A text input with a datalist, not Fluent's combobox:
 * the combobox takes its highlighted option on Enter or Tab, so "2025-Q1" typed and Enter pressed
 * generated the first suggested quarter. Here the field holds what was typed, Enter submits it, and
 * the field is one tab stop.
 */
export const PeriodField = forwardRef<HTMLInputElement, PeriodFieldProps>(function PeriodField({ value, onChange, choices, message }, ref) {
  const controls = useControlStyles();
  const listId = useId();
  return (
    <Field label="Period" validationMessage={message} validationState={message ? "error" : "none"} hint="Quarter (2026-Q3), month (2026-07) or year (2026)">
      <Input ref={ref} className={controls.fill} value={value} list={listId} autoComplete="off" onChange={(_, data) => onChange(data.value)} />
      <datalist id={listId}>
        {choices.map((choice) => (
          <option key={choice} value={choice} />
        ))}
      </datalist>
    </Field>
  );
});
