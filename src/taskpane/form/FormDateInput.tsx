import { Button, Field, Input, makeStyles } from "@fluentui/react-components";
import { CalendarRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { FormInputProps } from "./FormInput";
import { useControlStyles } from "./useControlStyles";

const useStyles = makeStyles({
  // The browser's own date picker opens from this input; the text field stays where the date is typed.
  picker: { position: "absolute", opacity: 0, width: "1px", height: "1px", pointerEvents: "none", border: 0, padding: 0 },
  anchor: { position: "relative", display: "inline-flex" },
  // As tall as the input's text, so the field is no taller than its neighbours.
  button: { minWidth: "auto", height: "20px", padding: 0 },
});

/** A text field's props without its free-text options: `value` is ISO text, as typed or picked. */
export type FormDateInputProps = Omit<FormInputProps, "hint" | "inputMode" | "placeholder">;

/**
 * A date typed as ISO text (2026-07-15), or picked from the browser's calendar with the button at
 * its end; either way the field holds the ISO text the Quotes table reads.
 */
export function FormDateInput({ label, value, onChange, onBlur, message, required }: FormDateInputProps) {
  const controls = useControlStyles();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const openPicker = () => {
    const input = picker.current;
    if (!input) return;
    input.value = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : "";
    if (typeof input.showPicker === "function") input.showPicker();
    else input.focus();
  };
  return (
    <Field label={label} required={required} validationMessage={message} validationState={message ? "error" : "none"}>
      <Input
        className={controls.fill}
        value={value}
        placeholder="yyyy-mm-dd"
        onChange={(_, data) => onChange(data.value)}
        onBlur={onBlur}
        contentAfter={
          <span className={styles.anchor}>
            <Button className={styles.button} appearance="transparent" size="small" icon={<CalendarRegular />} aria-label={`Pick the ${label.toLowerCase()} from a calendar`} onClick={openPicker} />
            <input ref={picker} className={styles.picker} type="date" tabIndex={-1} aria-hidden="true" onChange={(event) => event.target.value && onChange(event.target.value)} />
          </span>
        }
      />
    </Field>
  );
}
