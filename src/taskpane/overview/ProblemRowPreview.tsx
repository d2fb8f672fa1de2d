import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ProblemJson } from "../../model/problem";
import { isoFromSerial } from "../../core/excelDate";
import { normalizeHeader, TABLE_SPECS, type ColumnKind, type TableName } from "../../schema/tableSpecs";
import type { RawTable } from "../../model/rawTable";
import { specTableName } from "../../workbook/tableLayout";
import { problemPlace } from "./ProblemList";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, outline: "none" },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

/** Excel's last date, 9999-12-31: a larger serial is no date, and is shown as the number it is. */
const LAST_DATE_SERIAL = 2_958_465;

/** A cell as Excel shows it: a date column's serial as its date (46348 is 2026-11-22), anything else as it is. */
function shown(value: unknown, kind: ColumnKind | undefined): string {
  if (value === null || value === undefined) return "";
  const isDate = kind === "date" || kind === "datetime";
  if (isDate && typeof value === "number" && value >= 1 && value < LAST_DATE_SERIAL + 1) return isoFromSerial(value);
  return String(value);
}

function columnKinds(tableName: string): Map<string, ColumnKind> {
  const spec = specTableName(tableName);
  return new Map(spec === undefined ? [] : TABLE_SPECS[spec].map((column) => [normalizeHeader(column.name), column.kind]));
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
  const kinds = columnKinds(table?.name ?? problem.table);
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
                  <TableCell>{shown(row[index], kinds.get(normalizeHeader(header)))}</TableCell>
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
