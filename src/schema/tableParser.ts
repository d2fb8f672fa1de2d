import type { z } from "zod";
import type { ProblemJson } from "../model/problem";
import type { CellProblem, CellScalar, RawTable, RowIntake, UnreadRows } from "../model/rawTable";
import { isBlankCell } from "../model/rawTable";
import { normalizeHeader, TABLE_SPECS, type TableName } from "./tableSpecs";

/**
 * The generic half of reading a workbook table: find each column of PRODUCT.md among the table's
 * headers, then run every non-blank row through the table's zod schema, keeping the good rows as
 * records and listing every bad cell as a problem with its row number as Excel shows it.
 */

/** A record parsed from a row, with the row number Excel shows, for problems found later. */
export type WithRow<R> = R & { readonly row: number };

/** Where each of a table's columns stands in its rows' cells, by PRODUCT.md's name; a column the table lacks is absent. */
export type ColumnIndex = Readonly<Partial<Record<string, number>>>;

/** A row's cell in the column at `index`; undefined when the table lacks that column. */
export function cellAt(cells: readonly CellScalar[], index: number | undefined): CellScalar | undefined {
  return index === undefined ? undefined : cells[index];
}

/**
 * A table's fast path beside its schema: the record the schema gives for a row whose cells it is
 * sure of, else undefined (the row then goes through the schema). It reads the row's cells where
 * `columns` places them, so no object of the row's values is made for the million rows it takes.
 * `cells` may be reused for the next row once it returns (QuickIntake): only its values are kept.
 */
export type QuickRow<R> = (cells: readonly CellScalar[], columns: ColumnIndex, row: number) => WithRow<R> | undefined;

interface ColumnPlacement {
  readonly name: string;
  readonly index: number;
  readonly header: string;
}

function placeColumns(table: TableName, headers: RawTable["headers"], problems: ProblemJson[]): ColumnPlacement[] | null {
  const firstIndex = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(String(header ?? ""));
    if (key === "") return;
    if (firstIndex.has(key)) {
      problems.push({ table, row: 0, column: String(header), message: `The column "${String(header)}" appears twice; the first one is used` });
      return;
    }
    firstIndex.set(key, index);
  });
  const placements: ColumnPlacement[] = [];
  const missingRequired: string[] = [];
  for (const column of TABLE_SPECS[table]) {
    const index = firstIndex.get(normalizeHeader(column.name));
    if (index !== undefined) placements.push({ name: column.name, index, header: String(headers[index]) });
    else if (column.required) missingRequired.push(column.name);
  }
  if (missingRequired.length === 0) return placements;
  const plural = missingRequired.length > 1;
  problems.push({
    table,
    row: 0,
    column: missingRequired.join(", "),
    message: `The table has no ${missingRequired.join(", ")} column${plural ? "s" : ""}, which ${plural ? "are" : "is"} required; its rows are not used`,
  });
  return null;
}

/** The cells without a usable value (Excel errors…) in the columns Costcard reads, by row index; those in ignored columns do not matter. */
function unusableCellsByRow(raw: RawTable, placements: readonly ColumnPlacement[]): Map<number, CellProblem[]> {
  const placed = new Set(placements.map((placement) => placement.index));
  const byRow = new Map<number, CellProblem[]>();
  for (const problem of raw.cellProblems ?? []) {
    if (!placed.has(problem.columnIndex)) continue;
    byRow.set(problem.rowIndex, [...(byRow.get(problem.rowIndex) ?? []), problem]);
  }
  return byRow;
}

function unreadRowsProblem(table: TableName, raw: RawTable, unread: UnreadRows): ProblemJson {
  const first = raw.firstRowNumber + unread.fromIndex;
  const last = raw.firstRowNumber + raw.rows.length - 1;
  const span = first === last ? `row ${first}` : `rows ${first} to ${last}`;
  const message =
    unread.fromIndex === 0
      ? `None of the table's ${raw.rows.length} rows (${span}) could be read: ${unread.reason}`
      : `${last - first + 1} of the table's ${raw.rows.length} rows (${span}) could not be read: ${unread.reason}; they are not used`;
  return { table, row: first, column: "", message };
}

function columnIndex(placements: readonly ColumnPlacement[]): ColumnIndex {
  return Object.fromEntries(placements.map((placement) => [placement.name, placement.index]));
}

/**
 * A table's quick path run as the host reads its rows: a row it is sure of becomes its record at
 * once and the host keeps nothing of it; parseTable puts the records back where their rows stood.
 * Without a required column it takes nothing, and parseTable says what is missing.
 */
export class QuickIntake<R> implements RowIntake {
  readonly records: WithRow<R>[] = [];
  private readonly columns: ColumnIndex | null;

  constructor(
    table: TableName,
    headers: readonly string[],
    private readonly firstRowNumber: number,
    private readonly quick: QuickRow<R>,
  ) {
    const placements = placeColumns(table, headers, []);
    this.columns = placements === null ? null : columnIndex(placements);
  }

  take(cells: readonly CellScalar[], rowIndex: number): boolean {
    if (this.columns === null) return false;
    const record = this.quick(cells, this.columns, this.firstRowNumber + rowIndex);
    if (record === undefined) return false;
    this.records.push(record);
    return true;
  }

  restart(): void {
    this.records.length = 0;
  }
}

/** The records of the rows `raw.intake` took, in the order of their rows. */
function takenRecords<R>(table: TableName, raw: RawTable): readonly WithRow<R>[] {
  if (raw.intake === undefined) return [];
  if (!(raw.intake instanceof QuickIntake)) throw new Error(`the ${table} table's rows were taken by an intake parseTable does not know`);
  return (raw.intake as QuickIntake<R>).records;
}

function isBlankRow(cells: readonly CellScalar[]): boolean {
  return cells.every(isBlankCell);
}

/**
 * Reads a raw table with its row schema; every bad row is left out and each of its bad cells
 * listed. A table without one of its required columns yields no records.
 */
export function parseTable<T extends TableName, R>(table: T, raw: RawTable | undefined, schema: z.ZodType<R>, problems: ProblemJson[], quick?: QuickRow<R>): WithRow<R>[] {
  if (raw === undefined) return [];
  if (raw.unreadRows !== undefined) problems.push(unreadRowsProblem(table, raw, raw.unreadRows));
  const placements = placeColumns(table, raw.headers, problems);
  if (placements === null) return [];
  const headerOf = new Map(placements.map((placement) => [placement.name, placement.header]));
  const unusable = unusableCellsByRow(raw, placements);
  const columns = columnIndex(placements);
  const taken = takenRecords<R>(table, raw);
  let nextTaken = 0;
  const records: WithRow<R>[] = [];
  raw.rows.forEach((cells, index) => {
    if (cells === null) {
      const record = taken[nextTaken++];
      if (record === undefined) throw new Error(`the ${table} table has more rows taken than records of them`);
      records.push(record);
      return;
    }
    const row = raw.firstRowNumber + index;
    const cellProblems = unusable.size === 0 ? undefined : unusable.get(index);
    if (cellProblems !== undefined) {
      for (const problem of cellProblems) problems.push({ table, row, column: String(raw.headers[problem.columnIndex] ?? ""), message: problem.message });
      return;
    }
    // A quick record holds its required cells, so its row is not blank.
    const quickRecord = quick?.(cells, columns, row);
    if (quickRecord !== undefined) {
      records.push(quickRecord);
      return;
    }
    if (isBlankRow(cells)) return;
    const input: Record<string, CellScalar | undefined> = {};
    for (const placement of placements) input[placement.name] = cells[placement.index];
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      records.push({ ...parsed.data, row });
      return;
    }
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      problems.push({ table, row, column: headerOf.get(name) ?? name, message: issue.message });
    }
  });
  if (nextTaken !== taken.length) throw new Error(`the ${table} table has records of rows it does not hold as taken`);
  return records;
}
