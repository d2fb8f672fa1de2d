import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES, TABLE_SPECS } from "../../../src/schema/tableSpecs";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { CellScalar, WorkbookPort } from "../../../src/workbook/port";
import { FakeExcel } from "./fakes/fakeExcel";

/** Excel reads an empty cell as "", memory holds null: the same blank. */
const blankAsNull = (rows: readonly (readonly CellScalar[])[]) => rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));

async function story(port: WorkbookPort) {
  await port.setUpTables(SAMPLE_ROWS);
  const quote = TABLE_SPECS.Quotes.map((column) => (column.name === "Supplier" ? "=NEW" : column.name === "UnitPrice" ? 9.5 : null));
  await port.appendRows("Quotes", [quote]);
  await port.writeSettings({ homecurrency: "EUR", "priceChange.weight": 5 });
  const tables = await port.readTables(TABLE_NAMES);
  return {
    listed: (await port.listTables()).map((table) => [table.name, table.rowCount]),
    rows: Object.fromEntries([...tables].map(([name, table]) => [name, blankAsNull(table.rows)])),
  };
}

describe("the memory and Excel adapters", () => {
  it("end the same story (set up with the sample, append a quote, change settings) with the same tables", async () => {
    const memory = await story(createMemoryWorkbook());
    const excel = await story(createExcelWorkbook(new FakeExcel().run));
    expect(excel).toEqual(memory);
    expect(memory.rows.Quotes).toHaveLength(SAMPLE_ROWS.Quotes.length + 1);
  });
});
