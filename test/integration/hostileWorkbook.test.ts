import { rmSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import type { ReviewJson } from "../../src/reports/reviewJson";
import { requireBuiltCli, runCli } from "./support/cli";
import { readWithExcelJs, sha256, temporaryFolder, writeTestWorkbook, type TestTable } from "./support/excelJsWorkbook";

/**
 * A workbook a spreadsheet attacker or a tired user could send: formula-looking names, text
 * prices, missing and impossible dates, absurd numbers. The review still finishes, lists every
 * broken row where Excel shows it, writes every such text back as text, and leaves the input alone.
 */

// Each test runs the built CLI or ExcelJS on real files: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"] as const;
const [HYPERLINK, DDE, ARITHMETIC, AT_SUM] = HOSTILE;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const SHIPMENT_HEADERS = ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate", "DeliveredQty"];
// The table starts at B3: its first body row is row 4 as Excel shows it.
const SHIPMENTS: TestTable = {
  name: "Shipments",
  at: "B3",
  headers: SHIPMENT_HEADERS,
  rows: [
    [HYPERLINK, "PO-1", AT_SUM, 100, day("2026-07-01"), day("2026-07-01"), null], // row 4
    [DDE, "=1+1", ARITHMETIC, 50, day("2026-07-02"), day("2026-07-05"), null], // row 5
    [ARITHMETIC, "PO-3", "X", "twelve", day("2026-07-03"), day("2026-07-03"), null], // row 6: text quantity
    [AT_SUM, "PO-4", "X", 10, null, null, null], // row 7: no promised date
    ["Plain Co", "PO-5", "X", 10, day("2026-07-01"), day("1999-12-31"), null], // row 8: delivered before 2000
    ["Plain Co", "PO-6", "X", 10, "2201-01-01", null, null], // row 9: promised after 2200
    ["Plain Co", "PO-7", "X", 1e15, day("2026-07-01"), day("2026-07-01"), null], // row 10: absurd quantity
    ["Nobody Ltd", "PO-8", "X", 10, day("2026-07-01"), day("2026-07-01"), null], // row 11: unknown supplier
    ["Plain Co", "PO-9", "X", 10, "2026-02-30", null, null], // row 12: no such day
  ],
};

const TABLES: TestTable[] = [
  { name: "Suppliers", headers: ["Supplier"], rows: [...HOSTILE.map((name) => [name]), ["Plain Co"]] },
  SHIPMENTS,
  {
    name: "Quotes",
    headers: ["Supplier", "SKU", "QuoteDate", "UnitPrice"],
    rows: [
      [HYPERLINK, AT_SUM, day("2026-06-01"), 5], // row 2
      [HYPERLINK, AT_SUM, day("2026-07-15"), 5.5], // row 3
      ["Plain Co", "X", day("2026-07-01"), "12 dollars"], // row 4: text price
    ],
  },
];

const BROKEN = [
  { table: "Shipments", row: 6, column: "Quantity" },
  { table: "Shipments", row: 7, column: "PromisedDate" },
  { table: "Shipments", row: 8, column: "DeliveredDate" },
  { table: "Shipments", row: 9, column: "PromisedDate" },
  { table: "Shipments", row: 10, column: "Quantity" },
  { table: "Shipments", row: 11, column: "Supplier" },
  { table: "Shipments", row: 12, column: "PromisedDate" },
  { table: "Quotes", row: 4, column: "UnitPrice" },
];

let folder: string;
let inputHash: string;
let run: ReturnType<typeof runCli>;
let review: ReviewJson;
let output: ExcelJS.Workbook;

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("hostile");
  await writeTestWorkbook(join(folder, "hostile.xlsx"), TABLES);
  inputHash = sha256(join(folder, "hostile.xlsx"));
  run = runCli(["review", "hostile.xlsx", "--period", "2026-Q3", "--as-of", "2026-09-30", "--out", "out.xlsx", "--json"], folder);
  review = JSON.parse(run.stdout) as ReviewJson;
  output = await readWithExcelJs(join(folder, "out.xlsx"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("the review finishes and lists every broken row by table, row as Excel shows it, and column", () => {
  expect(run.status).toBe(0);
  for (const broken of BROKEN) {
    expect(review.problems).toContainEqual(expect.objectContaining(broken));
  }
  for (const problem of review.problems) expect(problem.message.length).toBeGreaterThan(0);
});

test("the good rows of hostile-named suppliers are reviewed under their names, verbatim", () => {
  const names = review.suppliers.map((row) => row.supplier);
  expect(names).toEqual(expect.arrayContaining([HYPERLINK, DDE]));
  expect(review.priceReview).toContainEqual(expect.objectContaining({ sku: AT_SUM, supplier: HYPERLINK, oldPrice: 5, newPrice: 5.5 }));
});

test("every hostile text is written to the generated sheets as a string, and no generated cell is a formula", () => {
  const generated = ["Scorecard 2026-Q3", "Price Review 2026-Q3"].map((name) => output.getWorksheet(name));
  const strings = new Set<string>();
  for (const sheet of generated) {
    expect(sheet).toBeDefined();
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
        if (cell.type === ExcelJS.ValueType.String) strings.add(cell.value as string);
      }),
    );
  }
  for (const text of [HYPERLINK, DDE, AT_SUM]) expect(strings).toContain(text);
});

test("the input file is byte for byte unchanged when --out is given", () => {
  expect(sha256(join(folder, "hostile.xlsx"))).toBe(inputHash);
});

test("check lists the same problems and exits 1", () => {
  const check = runCli(["check", "hostile.xlsx"], folder);
  expect(check.status).toBe(1);
  expect(check.stdout).toContain("Shipments row 8, DeliveredDate");
  expect(check.stdout).toContain("Quotes row 4, UnitPrice");
  // The table listing comes first (its own test: tableCounts.test.ts), then one line per problem.
  expect(check.stdout.slice(check.stdout.indexOf(" data problems in ")).trim().split("\n")).toHaveLength(1 + BROKEN.length);
});
