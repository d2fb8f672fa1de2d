import { todaySerial } from "../../../src/core/excelDate";
import { buildReview } from "../../../src/reports/buildReview";
import type { SheetModel } from "../../../src/model/sheetModel";
import { SAMPLE_ROWS } from "../../../src/sample/sampleWorkbook";
import { TABLE_NAMES } from "../../../src/schema/tableSpecs";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { createSampleMemoryWorkbook } from "../../../src/sample/sampleMemoryWorkbook";
import type { WorkbookPort } from "../../../src/workbook/port";
import { FakeExcel } from "./fakes/fakeExcel";

const NOW = new Date(2026, 9, 2, 14, 30);
const HEADER_ROW = 3;

async function priceReviewSheet(port: WorkbookPort, period = "2026-Q3"): Promise<SheetModel> {
  const review = buildReview(await port.readTables(TABLE_NAMES), { period, asOf: todaySerial(new Date(2026, 11, 31)) });
  if (!review.ok) throw new Error(review.message);
  return review.value.sheets.find((sheet) => sheet.kind === "priceReview")!;
}

const columnOf = (model: SheetModel, header: string) => model.cells[HEADER_ROW]!.indexOf(header);

describe("memory adapter (the preview): typed decisions survive a regeneration", () => {
  it("appends the typed row to PriceDecisions before replacing the sheet, and the new sheet shows it", async () => {
    const port = createSampleMemoryWorkbook();
    const first = await priceReviewSheet(port);
    const { sheetName } = await port.writeGeneratedSheet(first);
    const [sku, supplier] = first.cells[HEADER_ROW + 1]! as string[];
    port.typeCell(sheetName, HEADER_ROW + 1, columnOf(first, "Decision"), "Counter");
    port.typeCell(sheetName, HEADER_ROW + 1, columnOf(first, "Agreed price"), 4.2);
    port.typeCell(sheetName, HEADER_ROW + 1, columnOf(first, "Decided by"), "Ana");

    expect(await port.harvestDecisions("2026-Q3", NOW)).toBe(1);
    expect(port.tableRows("PriceDecisions")).toEqual([["2026-Q3", sku, supplier, "Counter", 4.2, null, "Ana", expect.closeTo(todaySerial(NOW) + 14.5 / 24, 9), null]]);
    expect(await port.harvestDecisions("2026-Q3", NOW)).toBe(0);

    const second = await priceReviewSheet(port);
    expect(await port.writeGeneratedSheet(second)).toEqual({ sheetName, replaced: true });
    expect(port.tableRows("PriceDecisions")).toHaveLength(1);
    const row = port.sheet(sheetName)!.cells[HEADER_ROW + 1]!;
    expect(row.slice(columnOf(second, "Decision"), columnOf(second, "Decided by") + 1)).toEqual(["Counter", 4.2, todaySerial(new Date(2026, 9, 1)), null, "Ana"]);
  });

  it("the same for a period that starts after the as-of date, whose sheet shows the warning above the header row", async () => {
    const port = createSampleMemoryWorkbook();
    const first = await priceReviewSheet(port, "2027-Q2");
    expect(first.cells[2]![0]).toBe("2027-Q2 starts after the as-of date 2026-12-31: nothing in it is known yet");
    const { sheetName } = await port.writeGeneratedSheet(first);
    const [sku, supplier] = first.cells[HEADER_ROW + 1]! as string[];
    port.typeCell(sheetName, HEADER_ROW + 1, columnOf(first, "Decision"), "Hold");

    expect(await port.harvestDecisions("2027-Q2", NOW)).toBe(1);
    expect(port.tableRows("PriceDecisions")).toEqual([["2027-Q2", sku, supplier, "Hold", null, null, "typed in the sheet", expect.any(Number), null]]);
    const second = await priceReviewSheet(port, "2027-Q2");
    expect(await port.writeGeneratedSheet(second)).toEqual({ sheetName, replaced: true });
    expect(port.tableRows("PriceDecisions")).toHaveLength(1);
    expect(port.sheet(sheetName)!.cells[2]![0]).toBe(first.cells[2]![0]);
    expect(port.sheet(sheetName)!.cells[HEADER_ROW + 1]![columnOf(second, "Decision")]).toBe("Hold");
  });

  it("a regeneration whose sheet was restructured refuses and replaces nothing", async () => {
    const port = createSampleMemoryWorkbook();
    const model = await priceReviewSheet(port);
    const { sheetName } = await port.writeGeneratedSheet(model);
    port.typeCell(sheetName, HEADER_ROW, columnOf(model, "Costcard wrote: Decision"), null);
    port.typeCell(sheetName, HEADER_ROW + 1, columnOf(model, "Decision"), "Hold");
    await expect(port.writeGeneratedSheet(model)).rejects.toThrow(/no longer has its "Costcard wrote: Decision" column/);
    expect(port.sheet(sheetName)!.cells[HEADER_ROW + 1]![columnOf(model, "Decision")]).toBe("Hold");
    expect(port.tableRows("PriceDecisions")).toEqual([]);
  });
});

describe("Excel adapter: harvest then replace", () => {
  async function excelWithReview() {
    const excel = new FakeExcel();
    const port = createExcelWorkbook(excel.run);
    await port.setUpTables(SAMPLE_ROWS);
    const model = await priceReviewSheet(port);
    const { sheetName } = await port.writeGeneratedSheet(model);
    return { excel, port, model, sheet: excel.sheet(sheetName)! };
  }

  it("writes the decision cells unlocked, with the Decision drop-down, and hides the copies of what it wrote", async () => {
    const { model, sheet } = await excelWithReview();
    const decision = columnOf(model, "Decision");
    expect(sheet.formats).toEqual(expect.arrayContaining([{ property: "locked", value: false, range: expect.objectContaining({ row: HEADER_ROW + 1, column: decision, columnCount: 1 }) }]));
    expect(sheet.validations).toEqual([expect.objectContaining({ range: expect.objectContaining({ column: decision }), rule: { list: { inCellDropDown: true, source: "Accept,Counter,Reject,Re-source,Hold" } } })]);
    expect([...sheet.hiddenColumns]).toEqual(model.hiddenColumns);
  });

  it("appends typed decisions just below PriceDecisions and replaces the sheet, in four round trips at most", async () => {
    const { excel, port, model, sheet } = await excelWithReview();
    const [sku, supplier] = model.cells[HEADER_ROW + 1]! as string[];
    excel.setCells(sheet, HEADER_ROW + 1, columnOf(model, "Decision"), [["Reject"]]);
    excel.setCells(sheet, HEADER_ROW + 2, columnOf(model, "Decision"), [["Accept"]]);
    excel.setCells(sheet, HEADER_ROW + 2, columnOf(model, "Note"), [["within index"]]);
    excel.syncs.length = 0;
    expect(await port.writeGeneratedSheet(model)).toEqual({ sheetName: "Price Review 2026-Q3", replaced: true });
    expect(excel.syncs.length).toBeLessThanOrEqual(4);
    const rows = excel.tableRows("PriceDecisions");
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(0, 7)).toEqual(["2026-Q3", sku, supplier, "Reject", "", "", "typed in the sheet"]);
    expect(rows[1]![3]).toBe("Accept");
    expect(rows[1]![8]).toBe("within index");
    expect(typeof rows[0]![7]).toBe("number");
  });

  it("the same in two round trips when nothing was typed", async () => {
    const { excel, port, model } = await excelWithReview();
    excel.syncs.length = 0;
    await port.writeGeneratedSheet(model);
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    expect(excel.tableRows("PriceDecisions").flat().every((cell) => cell === "" || cell === null)).toBe(true);
  });

  it("a harvest of its own records the cells as written, so they are taken once", async () => {
    const { excel, port, model, sheet } = await excelWithReview();
    excel.setCells(sheet, HEADER_ROW + 1, columnOf(model, "Decision"), [["Hold"]]);
    expect(await port.harvestDecisions("2026-Q3", NOW)).toBe(1);
    expect(await port.harvestDecisions("2026-Q3", NOW)).toBe(0);
    await port.writeGeneratedSheet(model);
    expect(excel.tableRows("PriceDecisions")).toHaveLength(1);
  });

  it("refuses a sheet restructured beyond recognition and leaves it as it is", async () => {
    const { excel, port, model, sheet } = await excelWithReview();
    excel.setCells(sheet, HEADER_ROW, columnOf(model, "Costcard wrote: SKU"), [[""]]);
    excel.setCells(sheet, HEADER_ROW + 1, columnOf(model, "Decision"), [["Hold"]]);
    await expect(port.writeGeneratedSheet(model)).rejects.toThrow(/no longer has its "Costcard wrote: SKU" column/);
    expect(excel.sheet(sheet.name)).toBe(sheet);
    expect(excel.cell(sheet, HEADER_ROW + 1, columnOf(model, "Decision"))?.value).toBe("Hold");
  });

  it("names the refused row as Excel shows it when the sheet's used range does not start at row 1", async () => {
    const { excel, port, model, sheet } = await excelWithReview();
    // The title and subtitle cleared: the used range now starts at the header row, Excel's row 4.
    for (let row = 0; row < HEADER_ROW; row++) excel.setCells(sheet, row, 0, [model.cells[row]!.map(() => "")]);
    excel.setCells(sheet, HEADER_ROW + 2, columnOf(model, "Agreed price"), [[4.2]]);
    await expect(port.harvestDecisions("2026-Q3", NOW)).rejects.toThrow(`(row ${HEADER_ROW + 3} of the sheet) without a Decision`);
    expect(excel.tableRows("PriceDecisions").flat().every((cell) => cell === "" || cell === null)).toBe(true);
  });
});

describe("Excel adapter: a decision stays with the SKU and Supplier its row shows, after what people do to the sheet in the meeting", () => {
  async function meeting() {
    const excel = new FakeExcel();
    const port = createExcelWorkbook(excel.run);
    await port.setUpTables(SAMPLE_ROWS);
    const model = await priceReviewSheet(port);
    const { sheetName } = await port.writeGeneratedSheet(model);
    const sheet = excel.sheet(sheetName)!;
    const rows = model.cells.slice(HEADER_ROW + 1).findIndex((row) => row[0] === null);
    const bodyRows = rows < 0 ? model.cells.length - HEADER_ROW - 1 : rows;
    /** The sheet row (0-based) that shows a SKU and Supplier now. */
    const rowShowing = (sku: string, supplier: string) => {
      for (let row = HEADER_ROW + 1; row <= HEADER_ROW + bodyRows + 2; row++) {
        if (excel.cell(sheet, row, 0)?.value === sku && excel.cell(sheet, row, 1)?.value === supplier) return row;
      }
      throw new Error(`no row shows ${sku} / ${supplier}`);
    };
    const type = (row: number, header: string, value: string | number) => excel.setCells(sheet, row, columnOf(model, header), [[value]]);
    const recorded = () => excel.tableRows("PriceDecisions").filter((row) => row[0] !== "" && row[0] !== null).map((row) => row.slice(1, 5));
    return { excel, port, model, sheet, bodyRows, rowShowing, type, recorded };
  }

  it("visible-columns sort: Counter 7.77 typed on the row showing TEE-001 / Dhaka Knitwear Ltd is recorded for it, not for the SKU whose hidden copies sit beside it", async () => {
    const { excel, port, model, sheet, bodyRows, rowShowing, type, recorded } = await meeting();
    const before = rowShowing("TEE-001", "Dhaka Knitwear Ltd");
    // The user selects the visible columns of the body (the hidden copies lie to their right) and sorts by Change %, largest first.
    const visible = columnOf(model, "Costcard wrote: SKU");
    excel.sortSelection(sheet, { row: HEADER_ROW + 1, column: 0, rowCount: bodyRows, columnCount: visible }, columnOf(model, "Change %"), false);
    const row = rowShowing("TEE-001", "Dhaka Knitwear Ltd");
    expect(row).not.toBe(before);
    const besideIt = [excel.cell(sheet, row, visible)?.value, excel.cell(sheet, row, visible + 1)?.value];
    expect(besideIt).not.toEqual(["TEE-001", "Dhaka Knitwear Ltd"]);
    type(row, "Decision", "Counter");
    type(row, "Agreed price", 7.77);
    await port.writeGeneratedSheet(model);
    expect(recorded()).toEqual([["TEE-001", "Dhaka Knitwear Ltd", "Counter", 7.77]]);
  });

  it("visible-columns sort: a harvest of its own records the cells where that SKU's hidden copies are, so a second harvest takes nothing", async () => {
    const { excel, port, model, sheet, bodyRows, rowShowing, type, recorded } = await meeting();
    excel.sortSelection(sheet, { row: HEADER_ROW + 1, column: 0, rowCount: bodyRows, columnCount: columnOf(model, "Costcard wrote: SKU") }, columnOf(model, "Supplier"), false);
    type(rowShowing("HOOD-210", "Saigon Stitch Co."), "Decision", "Hold");
    expect(await port.harvestDecisions("2026-Q3", NOW)).toBe(1);
    expect(await port.harvestDecisions("2026-Q3", NOW)).toBe(0);
    expect(recorded()).toEqual([["HOOD-210", "Saigon Stitch Co.", "Hold", ""]]);
  });

  it("whole-row sort: a typed decision stays with its row", async () => {
    const { excel, port, model, sheet, bodyRows, rowShowing, type, recorded } = await meeting();
    excel.sortSelection(sheet, { row: HEADER_ROW + 1, column: 0, rowCount: bodyRows, columnCount: model.columnWidths.length }, columnOf(model, "Change %"), true);
    type(rowShowing("TEE-001", "Dhaka Knitwear Ltd"), "Decision", "Reject");
    await port.writeGeneratedSheet(model);
    expect(recorded()).toEqual([["TEE-001", "Dhaka Knitwear Ltd", "Reject", ""]]);
  });

  it("filtering: a decision typed on a row a filter then hides is recorded for that row", async () => {
    const { excel, port, model, sheet, bodyRows, rowShowing, type, recorded } = await meeting();
    type(rowShowing("TEE-001", "Dhaka Knitwear Ltd"), "Decision", "Accept");
    excel.filterRows(sheet, HEADER_ROW + 1, bodyRows, columnOf(model, "Supplier"), (supplier) => supplier === "Saigon Stitch Co.");
    expect(sheet.hiddenRows.has(rowShowing("TEE-001", "Dhaka Knitwear Ltd"))).toBe(true);
    type(rowShowing("HOOD-210", "Saigon Stitch Co."), "Decision", "Hold");
    await port.writeGeneratedSheet(model);
    expect(recorded()).toEqual(expect.arrayContaining([["TEE-001", "Dhaka Knitwear Ltd", "Accept", ""], ["HOOD-210", "Saigon Stitch Co.", "Hold", ""]]));
    expect(recorded()).toHaveLength(2);
  });

  it("inserted row: decisions below it stay with their rows; one typed on the inserted row, which shows no SKU, is refused with its row number", async () => {
    const { excel, port, model, sheet, rowShowing, type, recorded } = await meeting();
    excel.insertRows(sheet, HEADER_ROW + 2);
    type(rowShowing("TEE-001", "Dhaka Knitwear Ltd"), "Decision", "Counter");
    type(rowShowing("TEE-001", "Dhaka Knitwear Ltd"), "Agreed price", 4.1);
    type(HEADER_ROW + 2, "Decision", "Accept");
    await expect(port.writeGeneratedSheet(model)).rejects.toThrow(`has a decision on row ${HEADER_ROW + 3} of the sheet that shows no SKU and Supplier`);
    expect(recorded()).toEqual([]);
    excel.setCells(sheet, HEADER_ROW + 2, columnOf(model, "Decision"), [[""]]);
    await port.writeGeneratedSheet(model);
    expect(recorded()).toEqual([["TEE-001", "Dhaka Knitwear Ltd", "Counter", 4.1]]);
  });

  it("deleted row: decisions below it stay with their rows", async () => {
    const { excel, port, model, sheet, rowShowing, type, recorded } = await meeting();
    excel.deleteRows(sheet, HEADER_ROW + 1);
    type(rowShowing("TEE-001", "Dhaka Knitwear Ltd"), "Decision", "Re-source");
    await port.writeGeneratedSheet(model);
    expect(recorded()).toEqual([["TEE-001", "Dhaka Knitwear Ltd", "Re-source", ""]]);
  });

  it("an edited SKU: the decision typed beside it is refused with its row number, never recorded for the SKU Costcard wrote there", async () => {
    const { excel, port, model, sheet, rowShowing, type, recorded } = await meeting();
    const row = rowShowing("TEE-001", "Dhaka Knitwear Ltd");
    excel.setCells(sheet, row, 0, [["TEE-002"]]);
    type(row, "Decision", "Accept");
    await expect(port.writeGeneratedSheet(model)).rejects.toThrow(`has a decision on row ${row + 1} of the sheet that shows TEE-002 from Dhaka Knitwear Ltd, which Costcard did not write there`);
    expect(recorded()).toEqual([]);
  });
});
