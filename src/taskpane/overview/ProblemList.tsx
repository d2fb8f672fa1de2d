import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ProblemJson } from "../../model/problem";

const SHOWN_AT_ONCE = 50;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  where: { fontWeight: tokens.fontWeightSemibold },
});

/** Where a problem is, as a sourcing manager looks for it in Excel: "Quotes row 12, UnitPrice". */
export function problemPlace(problem: ProblemJson): string {
  const row = problem.row > 0 ? ` row ${problem.row}` : "";
  const column = problem.column ? `, ${problem.column}` : "";
  return `${problem.table}${row}${column}`;
}

export interface ProblemListProps {
  readonly problems: readonly ProblemJson[];
  readonly onGoTo: (problem: ProblemJson) => void;
}

export function ProblemList({ problems, onGoTo }: ProblemListProps) {
  const styles = useStyles();
  if (problems.length === 0) return <Text>No data problems: every row can be used.</Text>;
  const shown = problems.slice(0, SHOWN_AT_ONCE);
  return (
    <>
      <ul className={styles.list} aria-label="Data problems">
        {shown.map((problem, index) => (
          <li key={index} className={styles.item}>
            <Text>
              <span className={styles.where}>{problemPlace(problem)}</span>: {problem.message}
            </Text>
            <Button size="small" onClick={() => onGoTo(problem)} aria-label={`Go to ${problemPlace(problem)}`}>
              Go to
            </Button>
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <Text>
          {problems.length - shown.length} more not shown: fix these first, or run <code>costcard check</code> for the full list.
        </Text>
      )}
    </>
  );
}
