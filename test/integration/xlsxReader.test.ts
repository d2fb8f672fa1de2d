import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/reports/buildReview";
import type { TableName } from "../../src/schema/tableSpecs";
import type { RawTable } from "../../src/model/rawTable";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { cell, handWrittenXlsx, row, type HandWorkbook } from "../support/spreadsheetMl";
import { requireBuiltCli, runCli } from "./support/cli";
import { serial, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * The .xlsx reader on every valid way a producer writes a workbook (PRODUCT.md, "Reading a
 * workbook"), each case in a package written by hand so the test says exactly what is in the file.
 * ExcelJS's streaming reader, which read these before, got each of them wrong (docs/xlsx-reader.md).
 */

// Some tests run the built CLI: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const SUPPLIER_HEADERS = ["Supplier", "Country"];
const SHIPMENT_HEADERS = ["Supplier", "PO", "Quantity", "PromisedDate", "DeliveredDate"];

async function read(book: HandWorkbook): Promise<ReadonlyMap<TableName, RawTable>> {
  const workbook = await XlsxWorkbook.fromBytes(await handWrittenXlsx(book));
  return workbook.readTables(["Suppliers", "Shipments"]);
}

const inline = (reference: string, text: string) => cell(reference, "inlineStr", `<is><t>${text}</t></is>`);
const number = (reference: string, value: number, style?: number) => cell(reference, undefined, `<v>${value}</v>`, style);

/** A Suppliers sheet with one row, as a plain sheet of the hand-written workbook. */
function suppliersSheet(extra: Partial<HandWorkbook["sheets"][number]> = {}) {
  return {
    name: "Suppliers",
    rows: row(1, [inline("A1", "Supplier"), inline("B1", "Country")]) + row(2, [inline("A2", "Alpha"), inline("B2", "VN")]),
    tables: [{ name: "Suppliers", ref: "A1:B2", columns: SUPPLIER_HEADERS }],
    ...extra,
  };
}

describe("sheets are found through the workbook's relationships", () => {
  test("absolute targets (as openpyxl writes them), any part name, a sheet stored as sheet7.xml shown first", async () => {
    const tables = await read({
      sheets: [
        suppliersSheet({ part: "xl/worksheets/sheet7.xml", target: "/xl/worksheets/sheet7.xml" }),
        {
          name: "Deliveries",
          part: "xl/data/deliveries.xml",
          target: "data/deliveries.xml",
          rows: row(1, SHIPMENT_HEADERS.map((header, index) => inline(`${"ABCDE"[index]}1`, header))) + row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)]),
          tables: [{ name: "Shipments", ref: "A1:E2", columns: SHIPMENT_HEADERS }],
        },
      ],
    });
    expect(tables.get("Suppliers")?.rows).toEqual([["Alpha", "VN"]]);
    expect(tables.get("Shipments")).toMatchObject({ sheet: "Deliveries", rows: [["Alpha", "P1", 10, 46204, null]] });
  });
});

test("tables anywhere on a sheet, several on one sheet, totals rows left out", async () => {
  const headers = (first: string, names: readonly string[]) => names.map((name, index) => inline(`${String.fromCharCode(first.charCodeAt(0) + index)}4`, name));
  const tables = await read({
    sheets: [
      {
        name: "Everything",
        rows:
          row(3, [inline("A3", "notes")]) +
          row(4, [...headers("C", SUPPLIER_HEADERS), ...headers("G", SHIPMENT_HEADERS)]) +
          row(5, [inline("C5", "Alpha"), inline("D5", "VN"), inline("G5", "Alpha"), inline("H5", "P1"), number("I5", 5), number("J5", 46204)]) +
          row(6, [inline("C6", "Total"), inline("G6", "Alpha"), inline("H6", "P2"), number("I6", 7), number("J6", 46205)]) +
          row(7, [inline("G7", "Total"), number("I7", 12)]),
        tables: [
          { name: "Suppliers", ref: "C4:D6", columns: SUPPLIER_HEADERS, totalsRowCount: 1 },
          { name: "Shipments", ref: "G4:K7", columns: SHIPMENT_HEADERS, totalsRowCount: 1 },
        ],
      },
    ],
  });
  expect(tables.get("Suppliers")).toMatchObject({ firstRowNumber: 5, rows: [["Alpha", "VN"]] });
  expect(tables.get("Shipments")).toMatchObject({
    firstRowNumber: 5,
    rows: [
      ["Alpha", "P1", 5, 46204, null],
      ["Alpha", "P2", 7, 46205, null],
    ],
  });
});

describe("strings", () => {
  const sharedRich = '<si><r><t>Al</t></r><r><rPr><b/></rPr><t>pha</t></r><rPh sb="0" eb="2"><t>アルファ</t></rPh><phoneticPr fontId="1"/></si>';
  test("shared strings: plain, rich text runs joined, phonetic guides left out, _xHHHH_ escapes decoded", async () => {
    const tables = await read({
      sharedStrings: ["<si><t>Supplier</t></si>", "<si><t>Country</t></si>", sharedRich, "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>", "<si><t>Line_x000D_Two</t></si>"],
      sheets: [
        {
          name: "Suppliers",
          rows:
            row(1, [cell("A1", "s", "<v>0</v>"), cell("B1", "s", "<v>1</v>")]) +
            row(2, [cell("A2", "s", "<v>2</v>"), cell("B2", "s", "<v>3</v>")]) +
            row(3, [cell("A3", "s", "<v>4</v>")]),
          tables: [{ name: "Suppliers", ref: "A1:B3", columns: SUPPLIER_HEADERS }],
        },
      ],
    });
    expect(tables.get("Suppliers")?.rows).toEqual([
      ["Alpha", "東京"],
      ["Line\rTwo", null],
    ]);
  });

  test("inline strings: rich text runs joined (not only the last), phonetic guides left out", async () => {
    const tables = await read({
      sheets: [
        suppliersSheet({
          rows:
            row(1, [inline("A1", "Supplier"), inline("B1", "Country")]) +
            row(2, [cell("A2", "inlineStr", "<is><r><t>Al</t></r><r><rPr><i/></rPr><t>pha</t></r></is>"), cell("B2", "inlineStr", "<is><t>大阪</t><rPh sb=\"0\" eb=\"2\"><t>オオサカ</t></rPh></is>")]),
        }),
      ],
    });
    expect(tables.get("Suppliers")?.rows).toEqual([["Alpha", "大阪"]]);
  });
});

/** The Suppliers sheet and a Shipments table of the given body rows, ending at `lastRow` (default: one row per `<row>`). */
function shipmentsBook(cells: string, extra: Partial<HandWorkbook> = {}, lastRow = 1 + (cells.match(/<row/g)?.length ?? 0)): HandWorkbook {
  return {
    ...extra,
    sheets: [
      suppliersSheet(),
      {
        name: "Shipments",
        rows: row(1, SHIPMENT_HEADERS.map((header, index) => inline(`${"ABCDE"[index]}1`, header))) + cells,
        tables: [{ name: "Shipments", ref: `A1:E${lastRow}`, columns: SHIPMENT_HEADERS }],
      },
    ],
  };
}

test("formulas read as their cached values: 0, FALSE and an empty text included", async () => {
  const tables = await read(
    shipmentsBook(
      row(2, [
        cell("A2", "str", "<f>\"Al\"&amp;\"pha\"</f><v>Alpha</v>"),
        cell("B2", "str", '<f>""</f><v></v>'),
        cell("C2", undefined, "<f>5-5</f><v>0</v>"),
        cell("D2", "b", "<f>1&gt;2</f><v>0</v>"),
        cell("E2", undefined, "<f>D2</f>"),
      ]),
    ),
  );
  expect(tables.get("Shipments")?.rows).toEqual([["Alpha", "", 0, false, null]]);
});

test("error values (typed or cached by a formula) are read as errors and listed as data problems, whatever the column", async () => {
  const tables = await read(
    shipmentsBook(
      row(2, [cell("A2", "e", "<f>VLOOKUP(1,X,2,0)</f><v>#N/A</v>"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)]) +
        row(3, [inline("A3", "Alpha"), inline("B3", "P2"), cell("C3", "e", "<v>#DIV/0!</v>"), number("D3", 46204)]) +
        row(4, [inline("A4", "Alpha"), inline("B4", "P3"), number("C4", 10), number("D4", 46204)]),
    ),
  );
  const shipments = tables.get("Shipments");
  expect(shipments?.rows[0]?.[0]).toBe("#N/A");
  expect(checkWorkbook(tables)).toEqual([
    { table: "Shipments", row: 2, column: "Supplier", message: "#N/A is an Excel error value (a formula that failed), not a value" },
    { table: "Shipments", row: 3, column: "Quantity", message: "#DIV/0! is an Excel error value (a formula that failed), not a value" },
  ]);
});

test('cell types t="d" (ISO 8601 dates), t="b", t="e", t="str"', async () => {
  const tables = await read(
    shipmentsBook(
      row(2, [cell("A2", "str", "<v>Alpha</v>"), cell("B2", "b", "<v>1</v>"), number("C2", 10), cell("D2", "d", "<v>2026-07-01T00:00:00Z</v>"), cell("E2", "d", "<v>2026-07-03T12:00:00.000</v>")]) +
        row(3, [inline("A3", "Alpha"), inline("B3", "P2"), number("C3", 1), cell("D3", "d", "<v>2026-07-02</v>"), cell("E3", "e", "<v>#VALUE!</v>")]),
    ),
  );
  expect(tables.get("Shipments")?.rows).toEqual([
    ["Alpha", true, 10, serial("2026-07-01"), serial("2026-07-03") + 0.5],
    ["Alpha", "P2", 1, serial("2026-07-02"), "#VALUE!"],
  ]);
});

describe("the 1904 date system", () => {
  // Serial 44742 counted from 1904 is 2026-07-01; a quantity under a General format is no date.
  const DATE_FORMATTED = 1;
  const cellXfs = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
  const cells = row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 44742), number("D2", 44742, DATE_FORMATTED), cell("E2", undefined, "<f>D2+2</f><v>44744</v>", DATE_FORMATTED)]) + row(3, [inline("A3", "Alpha"), inline("B3", "P2"), number("C3", 5), number("D3", 44743)]);
  test.each(["1", "true"])('date1904="%s": literal and computed dates, formatted or in a date column, read as 1900-system serials; other numbers unchanged', async (flag) => {
    const tables = await read(shipmentsBook(cells, { date1904: flag, cellXfs }));
    expect(tables.get("Shipments")?.rows).toEqual([
      ["Alpha", "P1", 44742, serial("2026-07-01"), serial("2026-07-03")],
      ["Alpha", "P2", 5, serial("2026-07-02"), null],
    ]);
  });
});

test("rows and cells without r references take their positions from their order", async () => {
  const tables = await read(
    shipmentsBook(
      row(0, [inline("", "Alpha"), inline("", "P1"), number("", 10), number("", 46204)]) +
        row(4, [inline("", "Alpha"), inline("", "P4"), number("", 3), number("", 46205)]) +
        row(0, [inline("", "Alpha"), cell("", "str", "<v>P5</v>"), number("D5", 46206), number("", 46207)]),
      {},
      5,
    ),
  );
  expect(tables.get("Shipments")?.rows).toEqual([
    ["Alpha", "P1", 10, 46204, null],
    [null, null, null, null, null],
    ["Alpha", "P4", 3, 46205, null],
    ["Alpha", "P5", null, 46206, 46207],
  ]);
});

test("elements written with a namespace prefix (<x:row>, <x:c>) read the same", async () => {
  const tables = await read({ ...shipmentsBook(row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)])), prefix: "x" });
  expect(tables.get("Shipments")?.rows).toEqual([["Alpha", "P1", 10, 46204, null]]);
});

describe("a damaged package is refused in one line naming the part, never read in part or as empty", () => {
  const oneShipment = () => shipmentsBook(row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)]));

  test("a sheet part whose XML breaks off", async () => {
    const zip = await JSZip.loadAsync(await handWrittenXlsx(shipmentsBook(row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)]) + row(3, [inline("A3", "Alpha")]))));
    const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    zip.file("xl/worksheets/sheet2.xml", sheet.slice(0, sheet.indexOf('<row r="3">') + 20));
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "nodebuffer" }));
    await expect(workbook.readTables(["Suppliers", "Shipments"])).rejects.toThrow(/^is damaged: its part xl\/worksheets\/sheet2\.xml is not well-formed XML \(/);
  });

  test("a relationship to a sheet part missing from the package (setup would otherwise add a second Suppliers table)", async () => {
    const zip = await JSZip.loadAsync(await handWrittenXlsx(oneShipment()));
    zip.remove("xl/worksheets/sheet2.xml");
    await expect(XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow("is damaged: its part xl/_rels/workbook.xml.rels points at worksheets/sheet2.xml, which is not in the package");
  });

  test("a byte changed in a part, even one the reader does not need: its checksum fails", async () => {
    const zip = await JSZip.loadAsync(await handWrittenXlsx(oneShipment()));
    zip.file("docProps/notes.xml", "<notes>Alpha</notes>");
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const at = bytes.indexOf("<notes>Alpha");
    bytes[at + 8] = "b".charCodeAt(0);
    await expect(XlsxWorkbook.fromBytes(bytes)).rejects.toThrow(/^is damaged: its part docProps\/notes\.xml is corrupt: its bytes do not match the checksum/);
  });

  test("a table whose range is narrower than its columns, or not a range of a sheet", async () => {
    for (const ref of ["A1:D2", "A1:E1048577", "E2:A1", "A0:E2"]) {
      const zip = await JSZip.loadAsync(await handWrittenXlsx(oneShipment()));
      const table = Object.keys(zip.files).find((path) => /tables\/table\d+\.xml$/.test(path) && path !== "xl/tables/table1.xml")!;
      zip.file(table, ((await zip.file(table)?.async("string")) ?? "").replace(/ ref="[^"]*"/g, ` ref="${ref}"`));
      await expect(XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(`is damaged: its part ${table} gives its table`);
    }
  });
});

test("a table over the whole sheet (A1:XFD1048576) holding one row reads as that row, as wide as its columns: memory follows the cells, not the range", async () => {
  const zip = await JSZip.loadAsync(await handWrittenXlsx(shipmentsBook(row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 10), number("D2", 46204), number("F2", 7)]))));
  const table = "xl/tables/table2.xml";
  zip.file(table, ((await zip.file(table)?.async("string")) ?? "").replace(/ ref="[^"]*"/g, ' ref="A1:XFD1048576"'));
  const tables = await (await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "nodebuffer" }))).readTables(["Suppliers", "Shipments"]);
  expect(tables.get("Shipments")?.rows).toEqual([["Alpha", "P1", 10, 46204, null]]);
});

test("XML parts with a byte-order mark (UTF-8 or UTF-16) read as without one", async () => {
  const book = shipmentsBook(row(2, [cell("A2", "s", "<v>0</v>"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)]), { sharedStrings: ["<si><t>Alpha</t></si>"] });
  const zip = await JSZip.loadAsync(await handWrittenXlsx(book));
  for (const path of Object.keys(zip.files).filter((name) => !zip.files[name]!.dir)) {
    const text = (await zip.file(path)?.async("string")) ?? "";
    zip.file(path, path === "xl/workbook.xml" ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]) : `\ufeff${text}`);
  }
  const tables = await (await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }))).readTables(["Suppliers", "Shipments"]);
  expect(tables.get("Shipments")?.rows).toEqual([["Alpha", "P1", 10, 46204, null]]);
  expect(tables.get("Suppliers")?.rows).toEqual([["Alpha", "VN"]]);
});

test("a shared string or cell format the workbook does not have is a data problem for that cell, never another value", async () => {
  const tables = await read(
    shipmentsBook(
      row(2, [cell("A2", "s", "<v>1</v>"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)]) +
        row(3, [cell("A3", "s", "<v></v>"), inline("B3", "P2"), number("C3", 10), number("D3", 46204)]) +
        row(4, [cell("A4", "s", "<v>0.5</v>"), inline("B4", "P3"), number("C4", 10), number("D4", 46204)]) +
        row(5, [cell("A5", "s", "<v>0</v>"), inline("B5", "P4"), number("C5", 10, 7), number("D5", 46204)]),
      { sharedStrings: ["<si><t>Alpha</t></si>"] },
    ),
  );
  expect(checkWorkbook(tables).map(({ row: at, column, message }) => [at, column, message])).toEqual([
    [2, "Supplier", "the cell refers to shared string 1, which the workbook does not have"],
    [3, "Supplier", "the cell refers to shared string , which the workbook does not have"],
    [4, "Supplier", "the cell refers to shared string 0.5, which the workbook does not have"],
    [5, "Quantity", "the cell refers to cell format 7, which the workbook does not have"],
  ]);
});

describe("files that are not an .xlsx Costcard reads: exit 2, one line naming what the file is", () => {
  let folder: string;
  beforeAll(async () => {
    requireBuiltCli();
    folder = temporaryFolder("kinds");
    const good = await handWrittenXlsx(shipmentsBook(row(2, [inline("A2", "Alpha"), inline("B2", "P1"), number("C2", 10), number("D2", 46204)])));
    writeFileSync(join(folder, "damaged.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptedInfo\u0000EncryptedPackage", "utf16le").copy(ole, 1024);
    writeFileSync(join(folder, "encrypted.xlsx"), ole);
    writeFileSync(join(folder, "legacy.xlsx"), Buffer.concat([ole.subarray(0, 1024), Buffer.alloc(3072)]));
    writeFileSync(join(folder, "strict.xlsx"), await handWrittenXlsx({ ...shipmentsBook(row(2, [inline("A2", "Alpha")])), strict: true }));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test.each([
    ["damaged.xlsx", "damaged.xlsx is damaged or not an .xlsx workbook: it is not a zip package, as every .xlsx file is"],
    ["encrypted.xlsx", "encrypted.xlsx is a password-protected (encrypted) workbook, which Costcard cannot read"],
    ["legacy.xlsx", "legacy.xlsx is an Excel 97-2003 (.xls) or other legacy Office file, not an .xlsx workbook"],
    ["strict.xlsx", "strict.xlsx is a Strict Open XML spreadsheet, which Costcard does not read"],
  ])("%s", (file, message) => {
    for (const args of [["check", file], ["review", file, "--period", "2026-Q3", "--out", "out.xlsx"]]) {
      const run = runCli(args, folder);
      expect(run).toMatchObject({ status: 2, stdout: "" });
      expect(run.stderr).toMatch(/^costcard: [^\n]+\n$/);
      expect(run.stderr).toContain(message);
    }
  });
});
