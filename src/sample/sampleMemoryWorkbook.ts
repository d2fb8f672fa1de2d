import { SAMPLE_ROWS } from "./sampleWorkbook";
import { TABLE_NAMES, TABLE_SPECS } from "../schema/tableSpecs";
import { createMemoryWorkbook, type MemoryWorkbook } from "../workbook/memory/memoryWorkbook";

/** Every Costcard table filled with the sample brand's 2026: what the task pane shows outside Office. */
export function createSampleMemoryWorkbook(): MemoryWorkbook {
  return createMemoryWorkbook({
    tables: TABLE_NAMES.map((table) => ({
      name: table,
      headers: TABLE_SPECS[table].map((column) => column.name),
      rows: SAMPLE_ROWS[table],
    })),
  });
}
