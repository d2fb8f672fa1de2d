import ExcelJS from "exceljs";
import type { CellStyle, SheetModel } from "../../../src/model/sheetModel";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES, TABLE_SPECS } from "../../../src/schema/tableSpecs";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { RawTable } from "../../../src/model/rawTable";
import type { WorkbookPort } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { FakeExcel } from "./fakes/fakeExcel";

/**
 * Excel reads an empty cell as "", memory holds null: the same blank. An Excel table always has a
 * body row, so an empty one (PriceDecisions of the sample) holds one blank row where memory holds none.
 */
const blankAsNull = (rows: RawTable["rows"]) =>
  rows.map((row) => (row ?? []).map((cell) => (cell === "" ? null : cell))).filter((row) => row.some((cell) => cell !== null));

async function story(port: WorkbookPort) {
  await port.setUpTables(SAMPLE_ROWS);
  const quote = TABLE_SPECS.Quotes.map((column) => (column.name === "Supplier" ? "=NEW" : column.name === "UnitPrice" ? 9.5 : null));
  await port.appendRows("Quotes", [quote]);
  await port.writeSettings({ homecurrency: "EUR", "priceChange.weight": 5 });
  const tables = await port.readTables(TABLE_NAMES);
  return {
    listed: (await port.listTables()).map((table) => [table.name, table.name === "PriceDecisions" ? "empty" : table.rowCount]),
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

const STYLED_ROWS: readonly CellStyle[] = ["title", "subtitle", "warning", "header", "sectionTitle", "note"];
const styled: SheetModel = {
  name: "Scorecard 2026-Q3",
  kind: "scorecard",
  period: "2026-Q3",
  cells: STYLED_ROWS.map((style) => [style, null]),
  numberFormats: STYLED_ROWS.map(() => [null, null]),
  styles: STYLED_ROWS.map((style, row) => ({ range: { row, column: 0, rowCount: 1, columnCount: 2 }, style })),
  columnWidths: [20, 10],
  freeze: { rows: 0, columns: 0 },
  conditionalFormats: [],
  charts: [],
};

/** A look as the fake Excel recorded it on a row's range: property → value. */
async function excelLooks(): Promise<Record<string, unknown>[]> {
  const excel = new FakeExcel();
  await createExcelWorkbook(excel.run).writeGeneratedSheet(styled);
  const formats = excel.sheet(styled.name)!.formats;
  return STYLED_ROWS.map((_, row) => Object.fromEntries(formats.filter((format) => format.range.row === row && format.range.columnCount === 2).map((format) => [format.property, format.value])));
}

/** The same properties read back from the .xlsx file the xlsx adapter wrote. */
async function xlsxLooks(): Promise<Record<string, unknown>[]> {
  const user = new ExcelJS.Workbook();
  user.addWorksheet("Data");
  const workbook = await XlsxWorkbook.fromBytes(Buffer.from(await user.xlsx.writeBuffer()));
  await workbook.writeGeneratedSheet(styled);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const sheet = reopened.getWorksheet(styled.name)!;
  const hex = (argb: string | undefined) => (argb === undefined ? undefined : `#${argb.slice(2)}`);
  return STYLED_ROWS.map((_, row) => {
    const cell = sheet.getCell(row + 1, 2);
    const fill = cell.fill?.type === "pattern" ? hex(cell.fill.fgColor?.argb) : undefined;
    const look = { bold: cell.font?.bold, italic: cell.font?.italic, size: cell.font?.size, color: hex(cell.font?.color?.argb), fill, wrapText: cell.alignment?.wrapText };
    return Object.fromEntries(Object.entries(look).filter(([, value]) => value !== undefined && value !== false));
  });
}

/**
 * The looks docs/excel-adapter.md promises, written here rather than taken from the code's style
 * table (src/workbook/cellLooks.ts), so a changed look fails instead of passing on both sides.
 */
const DOCUMENTED_LOOKS: Record<string, unknown>[] = [
  { bold: true, size: 14 },
  { italic: true, color: "#595959" },
  { bold: true, color: "#9C0006" },
  { bold: true, color: "#FFFFFF", fill: "#1F4E78", wrapText: true },
  { bold: true, size: 12 },
  { italic: true, size: 9, color: "#595959" },
];

describe("the Excel and xlsx adapters", () => {
  it("give each style of a generated sheet the documented look: title, subtitle, warning, header, section title, note", async () => {
    expect(await excelLooks()).toEqual(DOCUMENTED_LOOKS);
    expect(await xlsxLooks()).toEqual(DOCUMENTED_LOOKS);
  });
});
