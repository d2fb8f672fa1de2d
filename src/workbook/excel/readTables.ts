import { isBlankCell } from "../../schema/cells";
import type { TableName } from "../../schema/tableSpecs";
import type { CellScalar, RawTable, TableInfo } from "../port";
import { selectTables } from "../tableSelection";
import { blocksWithinBudget, readBlocks, type PayloadBudget } from "./payloadBudget";

/**
 * Reading tables through Office.js: the names first (one round trip), then each requested table's
 * header and body dimensions (one round trip for all), then the bodies' values and number formats
 * (one round trip for all while they fit the budget; larger bodies in row blocks).
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

interface BodyRead {
  readonly spec: TableName;
  readonly range: Excel.Range;
  readonly bytes: number;
}

export async function readTables(context: Excel.RequestContext, requested: readonly string[], budget: PayloadBudget): Promise<Map<TableName, RawTable>> {
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

  const reads: BodyRead[] = sized.flatMap(({ spec, table, body }) => {
    const blocks = readBlocks(body.rowCount, body.columnCount, budget);
    return blocks.map((block) => ({
      spec,
      range: blocks.length === 1 ? body : table.worksheet.getRangeByIndexes(body.rowIndex + block.start, body.columnIndex, block.count, body.columnCount),
      bytes: block.count * body.columnCount * budget.readBytesPerCell,
    }));
  });
  const batches = blocksWithinBudget(
    reads.map((read) => read.bytes),
    budget.bytes,
  );
  for (const batch of batches) {
    for (const read of reads.slice(batch.start, batch.start + batch.count)) read.range.load("values, numberFormat");
    await context.sync();
  }

  const result = new Map<TableName, RawTable>();
  for (const { spec, table, header, body } of sized) {
    const parts = reads.filter((read) => read.spec === spec);
    result.set(spec, {
      name: table.name,
      sheet: table.worksheet.name,
      headers: (header.values[0] ?? []).map(String),
      rows: parts.flatMap((part) => part.range.values as CellScalar[][]),
      numberFormats: parts.flatMap((part) => part.range.numberFormat as string[][]),
      firstRowNumber: body.rowIndex + 1,
    });
  }
  return result;
}
