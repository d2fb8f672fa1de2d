import { isBlankCell } from "../model/rawTable";
import { TABLE_NAMES, type TableName } from "../schema/tableSpecs";
import type { RawTable } from "../model/rawTable";
import type { ProblemJson } from "../model/problem";

/**
 * How many rows of each Costcard table were there and how many were used, so that a table read
 * as empty, or mostly left out, is seen at once (`costcard check` lists them first, the review
 * summary ends with them).
 */

export interface TableRowCount {
  readonly table: TableName;
  /** The table's name and sheet as the workbook spells them. */
  readonly name: string;
  readonly sheet: string;
  /** Body rows holding anything. */
  readonly rows: number;
  /** Of those, the rows no data problem of reading left out. */
  readonly used: number;
}

/** In PRODUCT.md's table order; tables the workbook lacks are left out. `problems` are those of reading the tables (parseWorkbook's). */
export function tableRowCounts(tables: ReadonlyMap<TableName, RawTable>, problems: readonly ProblemJson[]): TableRowCount[] {
  const counts: TableRowCount[] = [];
  for (const table of TABLE_NAMES) {
    const raw = tables.get(table);
    if (raw === undefined) continue;
    let rows = 0;
    // Indexed: a for…of run once over a million lines made an iterator result per line (docs/PERFORMANCE.md).
    for (let index = 0; index < raw.rows.length; index++) {
      const cells = raw.rows[index] as RawTable["rows"][number];
      // A row the intake took holds its record: it is not blank.
      if (cells === null || !cells.every(isBlankCell)) rows += 1;
    }
    // Unread rows are blank in `rows`: their one problem is no row of those counted.
    const firstUnread = raw.firstRowNumber + (raw.unreadRows?.fromIndex ?? raw.rows.length);
    const leftOut = new Set(problems.filter((problem) => problem.table === table && problem.row > 0 && problem.row < firstUnread).map((problem) => problem.row));
    counts.push({ table, name: raw.name, sheet: raw.sheet, rows, used: rows - leftOut.size });
  }
  return counts;
}
