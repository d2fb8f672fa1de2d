import fc from "fast-check";
import type { RawTable } from "../../src/model/rawTable";
import { tableRowCounts } from "../../src/reports/tableRowCounts";
import { parseWorkbook, quickIntakeFor } from "../../src/schema/tables";
import type { TableName } from "../../src/schema/tableSpecs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { cell, handWrittenXlsx, row, type HandWorkbook } from "../support/spreadsheetMl";

/**
 * The CLI reads a workbook's big tables through their quick paths as the rows come (RowIntake,
 * QuickIntake): a row taken is null in the raw table and its record is made at once. What it
 * promises: the tables parse to the same records, problems and row counts as when every row is
 * kept, for any cells; only the rows a quick path is sure of are taken.
 */

const TABLES: readonly TableName[] = ["Suppliers", "Shipments"];
const HEADERS = ["Supplier", "PO", "Quantity", "PromisedDate", "DeliveredDate"];
const COLUMNS = "ABCDE";

const inline = (reference: string, text: string) => cell(reference, "inlineStr", `<is><t>${text}</t></is>`);

function book(rows: string, lastRow: number, date1904 = false): HandWorkbook {
  return {
    ...(date1904 && { date1904: "1" }),
    sheets: [
      {
        name: "Suppliers",
        rows: row(1, [inline("A1", "Supplier"), inline("B1", "Country")]) + row(2, [inline("A2", "Alpha"), inline("B2", "VN")]),
        tables: [{ name: "Suppliers", ref: "A1:B2", columns: ["Supplier", "Country"] }],
      },
      {
        name: "Shipments",
        rows: row(1, HEADERS.map((header, index) => inline(`${COLUMNS[index]}1`, header))) + rows,
        tables: [{ name: "Shipments", ref: `A1:E${Math.max(2, lastRow)}`, columns: HEADERS }],
      },
    ],
  };
}

async function readBoth(bytes: Buffer): Promise<{ kept: ReadonlyMap<TableName, RawTable>; taken: ReadonlyMap<TableName, RawTable> }> {
  const kept = await (await XlsxWorkbook.fromBytes(bytes)).readTables(TABLES);
  const taken = await (await XlsxWorkbook.fromBytes(bytes)).readTables(TABLES, { intakeFor: quickIntakeFor });
  return { kept, taken };
}

function expectSameParse(kept: ReadonlyMap<TableName, RawTable>, taken: ReadonlyMap<TableName, RawTable>): void {
  const fromKept = parseWorkbook(kept);
  const fromTaken = parseWorkbook(taken);
  expect(fromTaken).toEqual(fromKept);
  expect(tableRowCounts(taken, fromTaken.problems)).toEqual(tableRowCounts(kept, fromKept.problems));
}

const takenRows = (table: RawTable | undefined) => table?.rows.filter((cells) => cells === null).length ?? 0;

const goodLine = (rowNumber: number, po: string) =>
  row(rowNumber, [inline(`A${rowNumber}`, "Alpha"), inline(`B${rowNumber}`, po), cell(`C${rowNumber}`, undefined, "<v>10</v>"), cell(`D${rowNumber}`, undefined, "<v>46204</v>")]);

test("lines a quick path is sure of are taken as they are read, and parse as the rows kept do", async () => {
  const { kept, taken } = await readBoth(await handWrittenXlsx(book(goodLine(2, "P1") + goodLine(4, "P2"), 4)));
  expect(taken.get("Shipments")?.rows).toEqual([null, [null, null, null, null, null], null]);
  expect(takenRows(kept.get("Shipments"))).toBe(0);
  expectSameParse(kept, taken);
});

test("a line with an error value is never taken: it stays a data problem, not a supplier named #N/A", async () => {
  const errorLine = row(3, [cell("A3", "e", "<v>#N/A</v>"), inline("B3", "P2"), cell("C3", undefined, "<v>10</v>"), cell("D3", undefined, "<v>46204</v>")]);
  const { kept, taken } = await readBoth(await handWrittenXlsx(book(goodLine(2, "P1") + errorLine, 3)));
  expect(taken.get("Shipments")?.rows[1]).toEqual(["#N/A", "P2", 10, 46204, null]);
  expectSameParse(kept, taken);
  expect(parseWorkbook(taken).problems).toContainEqual(expect.objectContaining({ table: "Shipments", row: 3, column: "Supplier" }));
});

test("rows out of order in the file are read again with every row kept: the same records, none taken", async () => {
  const { kept, taken } = await readBoth(await handWrittenXlsx(book(goodLine(3, "P2") + goodLine(2, "P1"), 3)));
  expect(takenRows(taken.get("Shipments"))).toBe(0);
  expectSameParse(kept, taken);
  expect(parseWorkbook(taken).data.shipments.map((line) => line.po)).toEqual(["P1", "P2"]);
});

test("a sheet the byte scanner gives up on after taking rows is read again by saxes: no line is taken twice", async () => {
  const lines = Array.from({ length: 30 }, (_, index) => goodLine(index + 2, `P${index}`)).join("");
  // A name outside ASCII in the last row: the scanner has taken thirty lines when it gives up.
  const { kept, taken } = await readBoth(await handWrittenXlsx(book(`${lines}<row r="32"><données/></row>`, 32)));
  expect(takenRows(taken.get("Shipments"))).toBe(30);
  expectSameParse(kept, taken);
  expect(parseWorkbook(taken).data.shipments).toHaveLength(30);
});

/** Any cell a Shipments line may hold: good values, values the quick readers refuse or are unsure of, blanks, errors. */
const anyCell = fc.oneof(
  fc.constant(null),
  fc.constantFrom("Alpha", "Beta", "P1", " ", "ten", "=1+1", "2026-07-01", "TRUE").map((text) => ({ type: "inlineStr", inner: `<is><t xml:space="preserve">${text}</t></is>` })),
  fc.constantFrom(0, 5, 10, -1, 2.5, 46204, 46204.5, 46300, 1e20).map((value) => ({ type: undefined, inner: `<v>${value}</v>` })),
  fc.constantFrom("0", "1").map((value) => ({ type: "b", inner: `<v>${value}</v>` })),
  fc.constantFrom("#N/A", "#VALUE!").map((value) => ({ type: "e", inner: `<v>${value}</v>` })),
);

const anyLines = fc.record({
  lines: fc.array(fc.record({ gap: fc.nat({ max: 2 }), cells: fc.array(anyCell, { minLength: 5, maxLength: 5 }) }), { maxLength: 12 }),
  swap: fc.option(fc.nat(), { nil: undefined }),
  date1904: fc.boolean(),
});

test("for any lines (blank, unsure, wrong, erroneous, gapped, out of order, 1904 dates), taking rows as read changes nothing parsed", async () => {
  await fc.assert(
    fc.asyncProperty(anyLines, async ({ lines, swap, date1904 }) => {
      let rowNumber = 1;
      const xml = lines.map(({ gap, cells }) => {
        rowNumber += 1 + gap;
        const at = rowNumber;
        return row(
          at,
          cells.flatMap((value, index) => (value === null ? [] : [cell(`${COLUMNS[index]}${at}`, value.type, value.inner)])),
        );
      });
      if (swap !== undefined && xml.length > 1) {
        const index = swap % (xml.length - 1);
        [xml[index], xml[index + 1]] = [xml[index + 1]!, xml[index]!];
      }
      const { kept, taken } = await readBoth(await handWrittenXlsx(book(xml.join(""), rowNumber, date1904)));
      expectSameParse(kept, taken);
    }),
    { numRuns: 60 },
  );
});
