import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** A form whose fields the pane validates itself (zod, shown with Fluent's Field), submitted by Enter or its submit button. */
export function PaneForm({ label, onSubmit, children, className }: { label: string; onSubmit: () => void; children: ReactNode; className?: string }) {
  const styles = useStyles();
  return (
    <form
      className={className ?? styles.form}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
