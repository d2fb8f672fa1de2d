/**
 * Excel on the web refuses a request or a response above about 5 MB (and a read above 5,000,000
 * cells). Costcard keeps each round trip under a budget with a margin for the JSON envelope, and
 * splits larger reads and writes into row blocks, one round trip each.
 */
export interface PayloadBudget {
  /** Most bytes of cell data sent or fetched in one round trip. */
  readonly bytes: number;
  /**
   * Bytes a read is assumed to fetch per cell (its value and number format, as JSON), since the
   * size of a read is known only after it. Generous: a date with its format is about 24 bytes.
   */
  readonly readBytesPerCell: number;
}

/**
 * Excel on the web refuses a range read above 5,000,000 cells ("Resource limits and performance
 * optimization for Office Add-ins"); a read block never asks for more, whatever the byte estimate.
 */
export const EXCEL_WEB_READ_CELLS = 5_000_000;

/** 4 MB of the 5 MB limit: the rest covers the request envelope and multi-byte text. */
export const EXCEL_WEB_BUDGET: PayloadBudget = { bytes: 4_000_000, readBytesPerCell: 48 };

export interface RowBlock {
  readonly start: number;
  readonly count: number;
}

/**
 * Consecutive blocks of items (rows, or reads) whose sizes add up to at most `budgetBytes` each; an
 * item larger than the budget goes alone, as it cannot be split further here.
 */
export function blocksWithinBudget(itemBytes: readonly number[], budgetBytes: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  itemBytes.forEach((size, index) => {
    if (index > start && bytes + size > budgetBytes) {
      blocks.push({ start, count: index - start });
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  if (itemBytes.length > start) blocks.push({ start, count: itemBytes.length - start });
  return blocks;
}

/** Row blocks for reading `rowCount` rows of `columnCount` cells, sized by the assumed bytes per cell. */
export function readBlocks(rowCount: number, columnCount: number, budget: PayloadBudget): RowBlock[] {
  const columns = Math.max(1, columnCount);
  const rowsPerBlock = Math.max(1, Math.min(Math.floor(budget.bytes / (columns * budget.readBytesPerCell)), Math.floor(EXCEL_WEB_READ_CELLS / columns)));
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rowCount; start += rowsPerBlock) blocks.push({ start, count: Math.min(rowsPerBlock, rowCount - start) });
  return blocks;
}

/** The UTF-8 size of a value's JSON, as it travels to and from Excel. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let index = 0; index < json.length; index++) {
    const code = json.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : code >= 0xdc00 && code < 0xe000 ? 0 : 3;
  }
  return bytes;
}
