import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ProblemJson } from "../../reports/reviewJson";
import { normalizeHeader, type TableName } from "../../schema/tableSpecs";
import type { RawTable } from "../../workbook/port";
import { problemPlace } from "./ProblemList";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, outline: "none" },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

function shown(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The preview's "Go to": outside Excel there is no grid to select in, so the problem's row is shown
 * column by column with the problem's cell highlighted, and focus moves to it.
 */
export function ProblemRowPreview({ problem, tables }: { problem: ProblemJson; tables: ReadonlyMap<TableName, RawTable> }) {
  const styles = useStyles();
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus(), [problem]);
  const table = [...tables.values()].find((candidate) => normalizeHeader(candidate.name) === normalizeHeader(problem.table));
  const row = table?.rows[problem.row - table.firstRowNumber];
  const flaggedColumn = normalizeHeader(problem.column);
  return (
    <section ref={region} tabIndex={-1} className={styles.region} aria-label={`Row of ${problemPlace(problem)}`}>
      <Text weight="semibold">{problemPlace(problem)}</Text>
      {table && row ? (
        <Table size="extra-small" aria-label={`${table.name} row ${problem.row}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Column</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.headers.map((header, index) => {
              const flagged = normalizeHeader(header) === flaggedColumn;
              return (
                <TableRow key={header} className={flagged ? styles.flagged : undefined} aria-current={flagged ? "true" : undefined}>
                  <TableCell>{header}</TableCell>
                  <TableCell>{shown(row[index])}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Text>{problem.message}</Text>
      )}
    </section>
  );
}
