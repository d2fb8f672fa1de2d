import { buildReview } from "../../../src/reports/buildReview";
import type { SheetModel } from "../../../src/model/sheetModel";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES } from "../../../src/schema/tableSpecs";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { FakeExcel } from "./fakes/fakeExcel";

/**
 * A workbook in the 1904 date system inside Excel: the strict fake answers DATE(1904, 1, 1) with 0
 * there, and its cells hold 1904 serials. The sample's tables, copied into such a workbook with their
 * dates as that system counts them, give the same review as the sample; a decision typed into the
 * Price Review with an Effective from is recorded in PriceDecisions as that day, DecidedAt as now.
 */

const DAYS_1900_TO_1904 = 1462;
const options = { period: "2026-Q3", asOf: Date.UTC(2026, 11, 31) / 86_400_000 + 25569 };
/** A 1900-system serial computed without the code under test. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
const isDateFormat = (format: string) => /[dy]/.test(format.replace(/"[^"]*"/g, ""));

async function sample1900(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await createExcelWorkbook(excel.run).setUpTables(SAMPLE_ROWS);
  return excel;
}

/** The sample's tables as a user's 1904 workbook holds them: each date cell's serial 1462 less. */
function copiedTo1904(source: FakeExcel): FakeExcel {
  const excel = new FakeExcel();
  excel.dateSystem = "1904";
  for (const table of source.tables) {
    const headers = source.grid(table.sheet, table.headerRow, table.column, 1, table.columnCount)[0]!.map(String);
    const formats = headers.map((_, c) => source.cell(table.sheet, table.headerRow + 1, table.column + c)?.numberFormat ?? "General");
    const rows = source.tableRows(table.name).map((row) => row.map((value, c) => (typeof value === "number" && isDateFormat(formats[c]!) ? value - DAYS_1900_TO_1904 : value)));
    excel.addTable(table.sheet.name, table.name, headers, rows, { row: table.headerRow, column: table.column }, formats);
  }
  return excel;
}

const HEADER_ROW = 3;
const columnOf = (model: SheetModel, header: string) => model.cells[HEADER_ROW]!.indexOf(header);

describe("a 1904 workbook through the Excel adapter", () => {
  it("the fake's DATE answers in its date system", async () => {
    for (const [system, expected] of [["1900", 1462], ["1904", 0]] as const) {
      const excel = new FakeExcel();
      excel.dateSystem = system;
      const answer = await excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        return result.value;
      });
      expect(answer).toBe(expected);
    }
  });

  it("gives the same review as the sample, writes the sheets' dates as 1904 serials, and keeps a typed decision's dates", async () => {
    const excel1900 = await sample1900();
    const expected = buildReview(await createExcelWorkbook(excel1900.run).readTables(TABLE_NAMES), options);
    const excel = copiedTo1904(excel1900);
    const port = createExcelWorkbook(excel.run);
    const review = buildReview(await port.readTables(TABLE_NAMES), options);
    if (!review.ok || !expected.ok) throw new Error("the sample review failed");
    expect(review.value.json).toEqual(expected.value.json);

    const model = review.value.sheets.find((sheet) => sheet.kind === "priceReview")!;
    excel.syncs.length = 0;
    await port.writeGeneratedSheet(model);
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    const sheet = excel.sheet(model.name)!;
    const quoteDate = columnOf(model, "New quote date");
    const dated = model.cells.findIndex((row, index) => index > HEADER_ROW && typeof row[quoteDate] === "number");
    expect(excel.cell(sheet, dated, quoteDate)!.value).toBe((model.cells[dated]![quoteDate] as number) - DAYS_1900_TO_1904);

    const row = review.value.json.priceReview.findIndex((candidate) => candidate.flag === "Negotiate");
    const at = HEADER_ROW + 1 + Math.max(row, 0);
    const { sku, supplier } = review.value.json.priceReview[Math.max(row, 0)]!;
    expect(model.cells[at]!.slice(0, 2)).toEqual([sku, supplier]);
    excel.setCells(sheet, at, columnOf(model, "Decision"), [["Counter"]]);
    excel.setCells(sheet, at, columnOf(model, "Agreed price"), [[9.5]]);
    excel.setCells(sheet, at, columnOf(model, "Effective from"), [[serial("2026-11-15") - DAYS_1900_TO_1904]], "yyyy-mm-dd");

    const before = Date.now() / 86_400_000 + 25569;
    const again = buildReview(await port.readTables(TABLE_NAMES), options);
    if (!again.ok) throw new Error(again.message);
    await port.writeGeneratedSheet(again.value.sheets.find((candidate) => candidate.kind === "priceReview")!);

    const stored = excel.tableRows("PriceDecisions").filter((cells) => cells[1] === sku && cells[2] === supplier);
    expect(stored).toHaveLength(1);
    expect(stored[0]![5]).toBe(serial("2026-11-15") - DAYS_1900_TO_1904);
    expect(Math.abs((stored[0]![7] as number) + DAYS_1900_TO_1904 - before)).toBeLessThan(1 / 24);

    const read = (await port.readTables(["PriceDecisions"])).get("PriceDecisions")!;
    const decided = read.rows.find((cells) => cells?.[1] === sku && cells[2] === supplier)!;
    expect(decided[5]).toBe(serial("2026-11-15"));
    const third = buildReview(await port.readTables(TABLE_NAMES), options);
    if (!third.ok) throw new Error(third.message);
    expect(third.value.json.priceReview.find((candidate) => candidate.sku === sku && candidate.supplier === supplier)).toMatchObject({ decision: "Counter", agreedPrice: 9.5, effectiveFrom: "2026-11-15" });
  });
});
