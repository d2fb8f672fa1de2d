import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.2em" },
});

export interface ErrorSummaryProps {
  /** What was refused, e.g. "The quote was not added". */
  readonly title: string;
  /** Each field's label and message, in the form's order. */
  readonly problems: readonly { readonly label: string; readonly message: string }[];
  /** Changes on each refused submit: the summary takes focus again, so a screen reader reads it out. */
  readonly attempt: number;
}

/**
 * The errors of a refused submit, next to the button that was pressed: in view where the user is
 * looking (a long form's first error may be far above), announced (role alert), and focused so the
 * keyboard continues from it.
 */
export function ErrorSummary({ title, problems, attempt }: ErrorSummaryProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) {
      ref.current?.focus();
      ref.current?.scrollIntoView?.({ block: "nearest" });
    }
  }, [attempt]);
  if (problems.length === 0 || attempt === 0) return null;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="error" role="alert" layout="multiline" aria-label={title} data-testid="error-summary">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((problem) => (
            <li key={problem.label}>
              {problem.label}: {problem.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
