import { Combobox, Field, Option } from "@fluentui/react-components";
import { useControlStyles } from "./useControlStyles";

export interface FormChoiceProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  readonly message: string | undefined;
  readonly required?: boolean;
  readonly hint?: string;
  /** Shown when the value is valid but probably not what the user wants (no error message is showing). */
  readonly warning?: string | undefined;
}

/** A labelled Fluent combobox that offers what the workbook already holds and takes any text typed. */
export function FormChoice({ label, value, options, onChange, onBlur, message, required, hint, warning }: FormChoiceProps) {
  const styles = useControlStyles();
  const matching = options.filter((option) => option.toLowerCase().includes(value.trim().toLowerCase()));
  return (
    <Field label={label} required={required} hint={hint} validationMessage={message ?? warning} validationState={message ? "error" : warning ? "warning" : "none"}>
      <Combobox
        className={styles.fill}
        input={{ className: styles.fillInput }}
        freeform
        value={value}
        selectedOptions={options.includes(value) ? [value] : []}
        onChange={(event) => onChange(event.target.value)}
        // Tab leaves the field with what was typed: Fluent would take the highlighted option, turning a new supplier "Ningbo" into "Ningbo Bags".
        onOptionSelect={(event, data) => data.optionValue !== undefined && !("key" in event && event.key === "Tab") && onChange(data.optionValue)}
        // One tab stop: the list opens with Alt+↓ or a click on the chevron.
        expandIcon={{ tabIndex: -1 }}
        onBlur={onBlur}
      >
        {matching.map((option) => (
          <Option key={option} value={option}>
            {option}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
