import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingHorizontalS },
  // Wide groups have hints under their inputs: fields start at the top of their row, so a neighbour's hint
  // or message never moves an input. Narrow groups have none, but labels that wrap (Lot acceptance
  // weight): fields end at the bottom, so the inputs line up under them.
  alignStart: { alignItems: "start" },
  alignEnd: { alignItems: "end" },
  wide: { gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))" },
  narrow: { gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))" },
  legend: { gridColumn: "1 / -1", paddingBottom: tokens.spacingVerticalXS },
  fullRow: { gridColumn: "1 / -1" },
});

export interface FormGroupProps {
  readonly legend: string;
  /** "narrow" fits three short numbers to a row in a task pane; "wide" two fields with hints. */
  readonly columns: "wide" | "narrow";
  readonly children: ReactNode;
  /** A check across the group's fields (the breakdown does not sum to the price), shown under them. */
  readonly warning?: string | undefined;
}

/** Related fields under a legend (a fieldset, so a screen reader names the group), laid out in a grid that reflows with the pane's width. */
export function FormGroup({ legend, columns, children, warning }: FormGroupProps) {
  const styles = useStyles();
  return (
    <fieldset className={mergeClasses(styles.group, styles[columns], columns === "narrow" ? styles.alignEnd : styles.alignStart)}>
      <legend className={styles.legend}>
        <Text weight="semibold">{legend}</Text>
      </legend>
      {children}
      {warning && (
        <MessageBar className={styles.fullRow} intent="warning" layout="multiline">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
    </fieldset>
  );
}
