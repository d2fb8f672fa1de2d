import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TABLE_NAMES } from "../../src/schema/tableSpecs";
import { cell, handWrittenXlsx, row } from "../support/spreadsheetMl";
import { requireBuiltCli, runCli } from "./support/cli";
import { temporaryFolder } from "./support/excelJsWorkbook";

/**
 * Never silent (issue 7): `costcard check` lists each Costcard table with its rows before the
 * problems, and the review summary says how many rows of each table it used, so a table read as
 * empty or mostly left out shows at once.
 */

// Each test runs the built CLI: seconds, more on a loaded CI machine.
jest.setTimeout(60_000);

const text = (reference: string, value: string) => cell(reference, "inlineStr", `<is><t>${value}</t></is>`);
const num = (reference: string, value: number) => cell(reference, undefined, `<v>${value}</v>`);

let folder: string;

beforeAll(async () => {
  requireBuiltCli();
  folder = temporaryFolder("counts");
  writeFileSync(
    join(folder, "book.xlsx"),
    await handWrittenXlsx({
      sheets: [
        {
          name: "Vendors",
          rows: row(1, [text("A1", "Supplier")]) + row(2, [text("A2", "Alpha")]) + row(3, [text("A3", "Beta")]),
          tables: [{ name: "suppliers", ref: "A1:A3", columns: ["Supplier"] }],
        },
        {
          name: "Shipments",
          rows:
            row(1, ["Supplier", "PO", "Quantity", "PromisedDate"].map((header, index) => text(`${"ABCD"[index]}1`, header))) +
            row(2, [text("A2", "Alpha"), text("B2", "P1"), num("C2", 10), num("D2", 46204)]) +
            row(3, [text("A3", "Alpha"), text("B3", "P2"), text("C3", "ten"), num("D3", 46204)]) +
            row(4, [text("A4", "Beta"), text("B4", "P3"), num("C4", 5), num("D4", 46205)]),
          tables: [{ name: "Shipments", ref: "A1:D5", columns: ["Supplier", "PO", "Quantity", "PromisedDate"] }],
        },
      ],
    }),
  );
  writeFileSync(
    join(folder, "no-shipments.xlsx"),
    await handWrittenXlsx({ sheets: [{ name: "Suppliers", rows: row(1, [text("A1", "Supplier")]) + row(2, [text("A2", "Alpha")]), tables: [{ name: "Suppliers", ref: "A1:A2", columns: ["Supplier"] }] }] }),
  );
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("check lists each Costcard table with its rows before the problems, and the tables the workbook lacks", () => {
  const run = runCli(["check", "book.xlsx"], folder);
  expect(run.status).toBe(1);
  const expected = [
      "Costcard tables in book.xlsx:",
      "  Suppliers (table suppliers, sheet Vendors): 2 rows",
      "  Shipments: 3 rows, 1 left out for data problems",
      `  Not in the workbook: ${TABLE_NAMES.filter((table) => table !== "Suppliers" && table !== "Shipments").join(", ")} (costcard setup book.xlsx adds them)`,
      "1 data problem in book.xlsx:",
      '  Shipments row 3, Quantity: "ten" is not a number',
      "",
    ].join("\n");
  expect(run.stdout).toBe(expected);
  // docs/cli.md shows this run as its example of check.
  expect(readFileSync(join(__dirname, "../../docs/cli.md"), "utf8")).toContain(`\`\`\`\n${expected}\`\`\``);
});

test("a missing table's problem names the CLI command that creates it, not the task pane's button", () => {
  const run = runCli(["check", "no-shipments.xlsx"], folder);
  expect(run.stdout).toContain("Shipments table: The workbook has no Shipments table; costcard setup no-shipments.xlsx creates it");
  expect(run.stdout).not.toContain("Set up workbook");
});

test("the review summary says how many rows of each table it used", () => {
  const run = runCli(["review", "book.xlsx", "--period", "2026-Q3", "--as-of", "2026-10-01", "--out", "out.xlsx"], folder);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("\n  Rows used: Suppliers 2, Shipments 2 of 3\n");
});
