import { isBlankCell } from "../../model/rawTable";
import type { TableName } from "../../schema/tableSpecs";
import { errorValueMessage, isExcelErrorValue } from "../errorValue";
import type { CellProblem, CellScalar, RawTable } from "../../model/rawTable";
import type { ReadTablesOptions, TableInfo } from "../port";
import { rowsFromDateSystem, specDateColumns } from "../dateCells";
import { selectTables } from "../tableSelection";
import type { DateSystemAnswer } from "./dateSystem";
import { blocksWithinBudget, jsonBytes, readBlocks, type PayloadBudget } from "./payloadBudget";

/**
 * Reading tables through Office.js: the names first (one round trip), then each requested table's
 * header and body dimensions (one round trip for all), then the bodies' values and number formats
 * (one round trip for all while they fit the budget; larger bodies in row blocks, each block under
 * Excel on the web's byte and cell caps). A round trip Excel refuses for its size is read again in
 * smaller blocks.
 */

function loadTableNames(context: Excel.RequestContext): Excel.TableCollection {
  return context.workbook.tables.load("items/name, items/worksheet/name");
}

/** An Excel table keeps one body row even when empty: that row alone and blank counts as no row. */
function bodyRowCount(rowCount: number, lastRow: readonly (readonly CellScalar[])[]): number {
  return rowCount === 1 && (lastRow[0] ?? []).every(isBlankCell) ? 0 : rowCount;
}

export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = loadTableNames(context);
  await context.sync();
  const sized = tables.items.map((table) => {
    const body = table.getDataBodyRange().load("rowCount");
    return { table, body, lastRow: body.getLastRow().load("values") };
  });
  await context.sync();
  return sized.map(({ table, body, lastRow }) => ({ name: table.name, sheet: table.worksheet.name, rowCount: bodyRowCount(body.rowCount, lastRow.values) }));
}

interface SizedTable {
  readonly spec: TableName;
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/** Rows `start` to `start + count` of a table's body, read in one range. */
interface BodyBlock {
  readonly table: SizedTable;
  readonly start: number;
  readonly count: number;
}

interface BlockRead {
  readonly block: BodyBlock;
  readonly range: Excel.Range;
}

/** Excel refused a round trip for its size: a read whose cells held more text than the estimate allowed for. */
function isPayloadRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * The rows left to read, in blocks sized by each table's bytes per cell: contiguous blocks of a table
 * are joined, then split again, so a better estimate changes every block still to come.
 */
function reblock(queue: readonly BodyBlock[], budget: PayloadBudget, bytesPerCell: ReadonlyMap<SizedTable, number>): BodyBlock[] {
  const spans: BodyBlock[] = [];
  for (const block of queue) {
    const last = spans.at(-1);
    if (last !== undefined && last.table === block.table && last.start + last.count === block.start) spans[spans.length - 1] = { ...last, count: last.count + block.count };
    else spans.push(block);
  }
  return spans.flatMap(({ table, start, count }) =>
    readBlocks(count, table.body.columnCount, { ...budget, readBytesPerCell: bytesPerCell.get(table) ?? budget.readBytesPerCell }).map((block) => ({ table, start: start + block.start, count: block.count })),
  );
}

/** The measured bytes per cell of a read are taken a quarter larger for the blocks still to come, whose text may run longer. */
const MEASURED_MARGIN = 1.25;

/**
 * The bodies' date cells come back as 1900-system serials whatever the workbook's date system
 * (`dates`, learned with the first round trip): those of the spec's date columns and those under a
 * date format (workbook/dateCells.ts), as the xlsx reader reads them.
 */
export async function readTables(context: Excel.RequestContext, requested: readonly string[], budget: PayloadBudget, options: ReadTablesOptions, dates: DateSystemAnswer): Promise<Map<TableName, RawTable>> {
  const tables = loadTableNames(context);
  await context.sync();
  const byName = new Map(tables.items.map((table) => [table.name, table]));
  const sized: SizedTable[] = [];
  for (const [spec, name] of selectTables([...byName.keys()], requested)) {
    const table = byName.get(name);
    if (table === undefined) continue;
    sized.push({
      spec,
      table,
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    });
  }
  if (sized.length === 0) return new Map();
  await context.sync();

  const rowCount = sized.reduce((sum, { body }) => sum + body.rowCount, 0);
  // A table's first blocks are sized by the budget's guess per cell; each round trip's measured
  // size then sizes the table's other blocks, and a round trip Excel refuses for its size doubles the guess.
  const bytesPerCell = new Map(sized.map((table) => [table, budget.readBytesPerCell]));
  const estimate = (block: BodyBlock) => block.count * block.table.body.columnCount * (bytesPerCell.get(block.table) ?? budget.readBytesPerCell);
  let queue = reblock(
    sized.map((table) => ({ table, start: 0, count: table.body.rowCount })),
    budget,
    bytesPerCell,
  );
  const done = new Map<SizedTable, BlockRead[]>(sized.map((table) => [table, []]));
  let rowsRead = 0;
  while (queue.length > 0) {
    const [batch] = blocksWithinBudget(queue.map(estimate), budget.bytes);
    const blocks = queue.splice(0, batch?.count ?? queue.length);
    const reads = blocks.map((block) => ({ block, range: blockRange(block).load("values, numberFormat") }));
    try {
      await context.sync();
    } catch (error) {
      // The cells held more text than the estimate allows for: the same rows again, in smaller blocks and batches.
      if (!isPayloadRefusal(error) || (blocks.length === 1 && blocks[0]!.count < 2)) throw error;
      for (const { table } of blocks) bytesPerCell.set(table, (bytesPerCell.get(table) ?? budget.readBytesPerCell) * 2);
      queue = reblock([...blocks, ...queue], budget, bytesPerCell);
      continue;
    }
    for (const read of reads) done.get(read.block.table)?.push(read);
    for (const { block, range } of reads) {
      const cells = block.count * block.table.body.columnCount;
      const bytes = jsonBytes(range.values) + jsonBytes(range.numberFormat);
      if (cells > 0 && bytes > 0) bytesPerCell.set(block.table, (bytes / cells) * MEASURED_MARGIN);
    }
    queue = reblock(queue, budget, bytesPerCell);
    rowsRead += blocks.reduce((sum, block) => sum + block.count, 0);
    options.onProgress?.({ rowsRead, rowCount });
  }

  const result = new Map<TableName, RawTable>();
  for (const sizedTable of sized) {
    const { spec, table, header, body } = sizedTable;
    const parts = done.get(sizedTable) ?? [];
    const numberFormats = parts.flatMap((part) => part.range.numberFormat as string[][]);
    const headers = (header.values[0] ?? []).map(String);
    const rows = rowsFromDateSystem(
      dates(),
      parts.flatMap((part) => part.range.values as CellScalar[][]),
      specDateColumns(spec, headers),
      numberFormats,
    );
    const cellProblems = errorCells(rows, numberFormats);
    result.set(spec, {
      name: table.name,
      sheet: table.worksheet.name,
      headers,
      rows,
      numberFormats,
      firstRowNumber: body.rowIndex + 1,
      ...(cellProblems.length > 0 ? { cellProblems } : {}),
    });
  }
  return result;
}

/**
 * The body cells holding an Excel error (`#N/A`, `#DIV/0!`: a formula that failed), which `values`
 * gives as their text, listed as the xlsx reader lists them: the row is a data problem, never read
 * as the text "#N/A".
 */
function errorCells(rows: readonly (readonly CellScalar[])[], numberFormats: readonly (readonly string[])[]): CellProblem[] {
  const problems: CellProblem[] = [];
  rows.forEach((cells, rowIndex) =>
    cells.forEach((value, columnIndex) => {
      if (isExcelErrorValue(value, numberFormats[rowIndex]?.[columnIndex])) problems.push({ rowIndex, columnIndex, message: errorValueMessage(value) });
    }),
  );
  return problems;
}

/** The whole body when the block is all of it; otherwise its rows, by index on the table's sheet. */
function blockRange({ table, start, count }: BodyBlock): Excel.Range {
  const { body } = table;
  if (start === 0 && count === body.rowCount) return body;
  return table.table.worksheet.getRangeByIndexes(body.rowIndex + start, body.columnIndex, count, body.columnCount);
}
