import { todaySerial } from "../../../src/core/excelDate";
import { buildReview } from "../../../src/reports/buildReview";
import type { SheetModel } from "../../../src/model/sheetModel";
import { createSampleMemoryWorkbook } from "../../../src/sample/sampleMemoryWorkbook";
import { TABLE_NAMES } from "../../../src/schema/tableSpecs";
import { tableSheet } from "../../../src/reports/sheetLayout";
import { columnPoints, EXCEL_CALIBRI, LIBREOFFICE_HERE, PAPER_WIDTH_POINTS, printedPage, SIDE_MARGIN_POINTS, type Paper } from "../../support/printedPage";

/**
 * PRODUCT.md, "Generated sheets": both sheets print for the meeting — the meeting's columns on the
 * first page, the body text at no less than 70% of its size on screen, with the default Settings.
 * The meeting's columns are PRODUCT.md's list, written here rather than taken from the code, so a
 * column the code stops counting as the meeting's fails here. A column added to a sheet that
 * pushes the printed scale under 70% fails here too (it belongs in a collapsed detail group).
 */

const MEETING_COLUMNS: Record<SheetModel["kind"], readonly { readonly name: string; readonly header: RegExp; readonly pending?: string }[]> = {
  priceReview: [
    { name: "SKU", header: /^SKU$/ },
    { name: "Supplier", header: /^Supplier$/ },
    { name: "old price", header: /^Old price$/ },
    { name: "new price", header: /^New price$/ },
    { name: "change", header: /^Change( %)?$/ },
    { name: "landed cost", header: /^Landed cost \(/ },
    { name: "flag", header: /^Flag$/ },
    { name: "decision", header: /^Decision$/ },
    { name: "agreed price", header: /^Agreed price$/ },
  ],
  scorecard: [
    { name: "supplier", header: /^Supplier$/ },
    { name: "score", header: /^Score$/ },
    { name: "grade", header: /^Grade$/ },
    // The history is a column per period, headed by its label.
    { name: "history", header: /^\d{4}(-Q[1-4]|-\d{2})?$/ },
    { name: "red flags", header: /^Red flags$/ },
  ],
  // PRODUCT.md names no meeting columns for our scorecard: all six are what the meeting reads.
  ourScorecard: [
    { name: "supplier", header: /^Supplier$/ },
    { name: "paid on time", header: /^Paid on time$/ },
    { name: "days late", header: /^Days late$/ },
    { name: "forecast accuracy", header: /^Forecast accuracy$/ },
    { name: "forecast bias", header: /^Forecast bias$/ },
  ],
};
const PAPERS: readonly Paper[] = ["A4", "Letter"];
const HEADER_ROW = 3;
const LEAST_SCALE = 0.7;

async function sampleSheets(): Promise<readonly SheetModel[]> {
  const port = createSampleMemoryWorkbook();
  const review = buildReview(await port.readTables(TABLE_NAMES), { period: "2026-Q3", asOf: todaySerial(new Date(2026, 8, 30)) });
  if (!review.ok) throw new Error(review.message);
  return review.value.sheets;
}

describe("the sample's generated sheets print for the meeting (default Settings)", () => {
  let sheets: readonly SheetModel[];
  beforeAll(async () => {
    sheets = await sampleSheets();
  });

  for (const kind of ["priceReview", "scorecard", "ourScorecard"] as const) {
    for (const paper of PAPERS) {
      it(`${kind} on ${paper} landscape: the meeting's columns on page 1, the body text at no less than 70% of its size on screen (in Excel and in LibreOffice here)`, () => {
        const model = sheets.find((sheet) => sheet.kind === kind)!;
        const page = printedPage(model, paper);
        expect(page.scale).toBeGreaterThanOrEqual(LEAST_SCALE);
        expect(printedPage(model, paper, LIBREOFFICE_HERE).scale).toBeGreaterThanOrEqual(LEAST_SCALE);
        const headers = model.cells[HEADER_ROW]!;
        for (const column of MEETING_COLUMNS[kind]) {
          const at = headers.flatMap((header, index) => (typeof header === "string" && column.header.test(header) ? [index] : []));
          if (at.length === 0 && column.pending !== undefined) continue;
          expect({ column: column.name, found: at.length > 0 }).toEqual({ column: column.name, found: true });
          for (const index of at) expect({ column: headers[index], onPage1: page.firstPageColumns.includes(index) }).toEqual({ column: headers[index], onPage1: true });
        }
      });
    }

    it(`${kind}: landscape, one page wide, the header row repeated on every page; the details stay in the sheet, in collapsed groups`, () => {
      const model = sheets.find((sheet) => sheet.kind === kind)!;
      expect(model.print).toEqual({ orientation: "landscape", fitToPagesWide: 1, titleRows: { first: HEADER_ROW, last: HEADER_ROW } });
      const grouped = (model.columnGroups ?? []).flatMap((group) => Array.from({ length: group.count }, (_, index) => group.first + index));
      // Our scorecard has no details: its six columns are all the meeting's.
      expect(grouped.length > 0).toBe(kind !== "ourScorecard");
      expect(grouped.filter((column) => model.hiddenColumns?.includes(column))).toEqual([]);
      // Every column of the table is on page 1, in a collapsed group or hidden: none is lost.
      const page = printedPage(model, "A4");
      const tableColumns = model.cells[HEADER_ROW]!.flatMap((header, index) => (header === null ? [] : [index]));
      expect(tableColumns.filter((column) => !page.firstPageColumns.includes(column) && !grouped.includes(column) && !model.hiddenColumns?.includes(column))).toEqual([]);
    });
  }
});

describe("the printed scale, from the sheet model", () => {
  let sheets: readonly SheetModel[];
  beforeAll(async () => {
    sheets = await sampleSheets();
  });

  it("is close to what LibreOffice printed (A4, measured from word heights, docs/cli.md): the scorecard at 75%, the price review at 83%, the estimate at most 5 points above", () => {
    // Measured 2026-12-07 on the sample's review (2026-Q3 as of 2026-09-30), once every column of 9 characters had its <col> in the file:
    // a body word 10.67 pt and 11.84 pt high against 14.3 pt at 100% (the price review's once its bridge block showed Step and Amount only).
    const measured = { scorecard: 10.67 / 14.3, priceReview: 11.84 / 14.3 };
    for (const kind of ["scorecard", "priceReview"] as const) {
      const estimate = printedPage(sheets.find((sheet) => sheet.kind === kind)!, "A4", LIBREOFFICE_HERE).scale;
      expect(estimate).toBeGreaterThanOrEqual(Math.floor(measured[kind] * 100) / 100);
      expect(estimate - measured[kind]).toBeLessThanOrEqual(0.05);
    }
  });

  it("falls below 70% when columns wider than the page's room are added outside the groups, and the guard above would fail", () => {
    const model = sheets.find((sheet) => sheet.kind === "priceReview")!;
    const room = (PAPER_WIDTH_POINTS.Letter - 2 * SIDE_MARGIN_POINTS) / LEAST_SCALE;
    const page = printedPage(model, "Letter");
    const extra = Math.ceil((room - page.widthPoints) / columnPoints(12)) + 1;
    const wider: SheetModel = { ...model, columnWidths: [...model.columnWidths, ...new Array<number>(extra).fill(12)] };
    expect(printedPage(wider, "Letter").scale).toBeLessThan(LEAST_SCALE);
  });

  it("in LibreOffice, text running past the printed columns widens the page: the price review's old subtitle (216 characters) printed at 56%", () => {
    const model = sheets.find((sheet) => sheet.kind === "priceReview")!;
    const subtitle = `${model.cells[1]![0]} (type decisions in the orange cells; Costcard records them before it regenerates the sheet)`;
    const longer: SheetModel = { ...model, cells: model.cells.map((row, index) => (index === 1 ? [subtitle, ...row.slice(1)] : row)) };
    // Measured 56%; the estimate ends the text where it ends, LibreOffice at the end of the cell it ends in.
    expect(printedPage(longer, "A4", LIBREOFFICE_HERE).scale).toBeCloseTo(0.56, 1);
    expect(printedPage(longer, "A4", EXCEL_CALIBRI).scale).toBe(printedPage(model, "A4", EXCEL_CALIBRI).scale);
  });

  it("the price review's bridge title reads in full: no chart lies over its row, and it ends within the printed columns", () => {
    const model = sheets.find((sheet) => sheet.kind === "priceReview")!;
    const titleRow = model.cells.findIndex((cells) => typeof cells[0] === "string" && cells[0].startsWith("Why the landed cost moved"));
    const title = model.cells[titleRow]![0] as string;
    expect(model.charts.filter((chart) => chart.anchor.row <= titleRow && titleRow < chart.anchor.row + chart.anchor.rowCount)).toEqual([]);
    // Measured in LibreOffice's PDF (docs/cli.md): the section title, 12 pt bold, 6.93 pt a character at 100% (DejaVu Serif, wider than Calibri).
    expect(title.length * 6.93).toBeLessThanOrEqual(printedPage(model, "A4", LIBREOFFICE_HERE).widthPoints);
  });

  it("never enlarges a page that fits, and leaves hidden and grouped columns off the page", () => {
    const model = sheets.find((sheet) => sheet.kind === "scorecard")!;
    const narrow: SheetModel = { ...model, columnWidths: [10, 10, 10], charts: [], hiddenColumns: [1], columnGroups: [{ first: 2, count: 1 }] };
    expect(printedPage(narrow, "A4")).toEqual({ scale: 1, firstPageColumns: [0], widthPoints: columnPoints(10) });
  });
});

describe("the data problems stay in sight", () => {
  it("their Table, Row, Column and Message take the first columns neither grouped nor hidden, past the table if it shows fewer", () => {
    const model = tableSheet({
      ...{ name: "T", kind: "priceReview", period: "2026-Q3", title: "T", subtitle: "As of", warnings: [], records: [{ name: "S1" }], freezeColumns: 1 },
      columns: ["Name", "Detail 1", "Detail 2", "Shown", "Hidden"].map((header) => ({ header, format: null, value: (record: { name: string }) => record.name })),
      meetingColumns: ["Name", "Shown"],
      hiddenColumns: ["Hidden"],
      problems: [{ table: "Quotes", row: 7, column: "UnitPrice", message: "not a number" }],
      conditionalFormats: () => [],
      charts: () => [],
    });
    expect(model.columnGroups).toEqual([{ first: 1, count: 2 }]);
    expect(model.hiddenColumns).toEqual([4]);
    const problemRow = model.cells.at(-1)!;
    expect(problemRow).toEqual(["Quotes", null, null, 7, null, "UnitPrice", "not a number"]);
    expect(model.cells.at(-2)).toEqual(["Table", null, null, "Row", null, "Column", "Message"]);
  });
});
