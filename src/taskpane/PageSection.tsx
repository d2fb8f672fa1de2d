import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    // Fluent's tables share the pane's width out evenly (a fixed layout): at 320 px a column was
    // narrower than "Manufacturing" or "PriceDecisions", whose letters ran into the next column.
    // Sized by their content, the columns of scores, grades and counts stay narrow and the names
    // get the room; a word longer than any column could be still breaks rather than overflow.
    "& table": { tableLayout: "auto" },
    "& td, & th": { overflowWrap: "break-word" },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** A titled block of a page; its heading names the region for screen readers. */
export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {children}
    </section>
  );
}
