import { Field, Input, type InputProps } from "@fluentui/react-components";
import { useControlStyles } from "./useControlStyles";

export interface FormInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  readonly message: string | undefined;
  readonly required?: boolean;
  readonly hint?: string;
  readonly inputMode?: InputProps["inputMode"];
  readonly placeholder?: string;
}

/** A labelled Fluent input whose message (from the form's zod schema) shows under it. */
export function FormInput({ label, value, onChange, onBlur, message, required, hint, inputMode, placeholder }: FormInputProps) {
  const styles = useControlStyles();
  return (
    <Field label={label} required={required} hint={hint} validationMessage={message} validationState={message ? "error" : "none"}>
      <Input className={styles.fill} value={value} onChange={(_, data) => onChange(data.value)} onBlur={onBlur} inputMode={inputMode} placeholder={placeholder} />
    </Field>
  );
}
