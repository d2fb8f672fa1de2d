import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { TABLE_NAMES } from "../../schema/tableSpecs";
import { formatCount } from "../displayNumbers";
import { useNumberCellStyles } from "../numberCellStyles";
import type { TableInfo } from "../../workbook/port";
import { specTableName } from "../../workbook/tableLayout";

/** Costcard's tables in PRODUCT.md's order: where each is and how many rows it holds, or that it is missing. */
export function TablesSummary({ tables }: { tables: readonly TableInfo[] }) {
  const numbers = useNumberCellStyles();
  const found = new Map(
    tables.flatMap((table) => {
      const name = specTableName(table.name);
      return name ? [[name, table] as const] : [];
    }),
  );
  return (
    <Table size="small" aria-label="Costcard tables">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Table</TableHeaderCell>
          <TableHeaderCell>Sheet</TableHeaderCell>
          <TableHeaderCell className={numbers.numberHeader}>Rows</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {TABLE_NAMES.map((name) => {
          const table = found.get(name);
          return (
            <TableRow key={name}>
              <TableCell>{name}</TableCell>
              <TableCell>{table ? table.sheet : <Badge appearance="tint" color="warning">missing</Badge>}</TableCell>
              <TableCell className={numbers.number}>{table ? formatCount(table.rowCount) : "—"}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
