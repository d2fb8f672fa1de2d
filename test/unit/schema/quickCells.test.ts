import fc from "fast-check";
import { serialFromYmd } from "../../../src/core/excelDate";
import type { ProblemJson } from "../../../src/model/problem";
import { parseInspectionLevel } from "../../../src/core/aql/codeLetter";
import { parseAql } from "../../../src/core/aql/tables";
import { coreParsedCell, dateCell, dateTimeCell, flagCell, monthCell, numberCell, optionalCell, quickAmount, quickDate, quickDateTime, quickFlag, quickMonth, quickParsed, quickText, quickWhole, textCell, UNSURE, type Quick } from "../../../src/schema/cells";
import { parseTable, type QuickRow } from "../../../src/schema/tableParser";
import { forecastRow, inspectionRow, quickForecastRow, quickInspectionRow, quickResponseRow, quickShipmentRow, responseRow, shipmentRow } from "../../../src/schema/tables";
import { TABLE_SPECS } from "../../../src/schema/tableSpecs";
import type { CellScalar } from "../../../src/model/rawTable";
import { rawTable } from "./rawTable";

/**
 * The quick readers (the fast paths of Shipments, Inspections, Forecasts and Responses) against the zod schemas they spare: wherever
 * a quick reader answers, the schema accepts the cell with the very same value, and a quick row is
 * the schema's record. Anything else must be left to the schema (UNSURE).
 */

const EARLIEST = serialFromYmd(2000, 1, 1);
const LATEST = serialFromYmd(2200, 12, 31);

const cell: fc.Arbitrary<CellScalar> = fc.oneof(
  fc.constantFrom<CellScalar>(null, "", "   ", " Acme ", "acme", "PO-1", "12.5", "-3", "1e3", "2026-07-15", "2026-07-15T10:30", " 2026-07-15 ", "ten", "TRUE", true, false),
  fc.constantFrom<CellScalar>("2026-07", " 2026-07 ", "1999-12", "2000-01", "2200-12", "2201-01", "2026-13", "2026-00", "2026-7", "0000-01"),
  fc.constantFrom<CellScalar>("II", "ii", " II ", "S-3", "s3", "IV", 2, 2.5, 4, 0.65, "2.5", " 1.0 ", 3, 1000, 1001, 0.5, 1.5),
  fc.constantFrom<CellScalar>(0, -0, -1, 1e9, 1e9 + 1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, EARLIEST, EARLIEST - 0.5, EARLIEST - 1, LATEST, LATEST + 0.99, LATEST + 1),
  fc.double(),
  fc.integer({ min: -10, max: 2_000_000 }),
  fc.double({ min: EARLIEST - 2, max: LATEST + 2, noNaN: true }),
  fc.string(),
  fc.string().map((text) => ` ${text}\t`),
);

function agrees<T>(quick: Quick<T>, schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, value: CellScalar): void {
  if (quick === UNSURE) return;
  const parsed = schema.safeParse(value);
  expect({ value, success: parsed.success }).toEqual({ value, success: true });
  expect(Object.is(parsed.data, quick)).toBe(true);
}

describe("quick cell readers give the schema's value wherever they answer", () => {
  it("text", () => fc.assert(fc.property(cell, (value) => agrees(quickText(value), optionalCell(textCell), value)), { numRuns: 2000 }));
  it("amount (0 to 1e9)", () => fc.assert(fc.property(cell, (value) => agrees(quickAmount(value), optionalCell(numberCell()), value)), { numRuns: 2000 }));
  it("date (whole days, 2000 to 2200)", () => fc.assert(fc.property(cell, (value) => agrees(quickDate(value), optionalCell(dateCell), value)), { numRuns: 2000 }));
  it("date-time (2000 to 2200, the time kept)", () => fc.assert(fc.property(cell, (value) => agrees(quickDateTime(value), optionalCell(dateTimeCell), value)), { numRuns: 2000 }));
  it("month (2026-07 or a date serial, as its month's first day)", () => fc.assert(fc.property(cell, (value) => agrees(quickMonth(value), optionalCell(monthCell), value)), { numRuns: 2000 }));
  it("whole numbers (from 0, and from 1)", () =>
    fc.assert(
      fc.property(cell, (value) => {
        agrees(quickWhole(value, 0), optionalCell(numberCell({ integer: true })), value);
        agrees(quickWhole(value, 1), optionalCell(numberCell({ integer: true, min: 1 })), value);
      }),
      { numRuns: 2000 },
    ));
  it("the core's parsers (an inspection level, an AQL)", () =>
    fc.assert(
      fc.property(cell, (value) => {
        agrees(quickParsed(value, parseInspectionLevel), optionalCell(coreParsedCell(parseInspectionLevel)), value);
        agrees(quickParsed(value, parseAql), optionalCell(coreParsedCell(parseAql)), value);
      }),
      { numRuns: 2000 },
    ));
  it("flag (Excel's booleans)", () => fc.assert(fc.property(cell, (value) => agrees(quickFlag(value), optionalCell(flagCell), value)), { numRuns: 2000 }));

  it("answer for the cells a reader hands over: text, amounts, date serials, blanks", () => {
    expect([quickText(" Acme "), quickText(null), quickText("  ")]).toEqual(["Acme", undefined, undefined]);
    expect([quickAmount(12.5), quickAmount(0), quickAmount(null)]).toEqual([12.5, 0, undefined]);
    expect([quickDate(46218.75), quickDate(null), quickDate("")]).toEqual([46218, undefined, undefined]);
    expect([quickText(12345), quickAmount("12"), quickAmount(-1), quickDate("2026-07-15"), quickDate(EARLIEST - 1)]).toEqual([UNSURE, UNSURE, UNSURE, UNSURE, UNSURE]);
  });
});

/**
 * Rows of `table` (cells by the table's columns in PRODUCT.md's order) parsed with and without its
 * quick path, with the columns in any order and one now and then left out: same records, same
 * problems; and the quick path took at least `least` rows over the run, or the comparison says little.
 */
function quickPathAgrees<R>(table: "Shipments" | "Forecasts" | "Responses" | "Inspections", schema: Parameters<typeof parseTable>[2], quick: QuickRow<R>, line: fc.Arbitrary<CellScalar[]>, least: number): void {
  const headers = TABLE_SPECS[table].map((column) => column.name);
  let quickRows = 0;
  const counted: QuickRow<R> = (cells, columns, row) => {
    const record = quick(cells, columns, row);
    if (record !== undefined) quickRows += 1;
    return record;
  };
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), fc.shuffledSubarray(headers.map((_, index) => index), { minLength: headers.length - 1 }), (rows, order) => {
      const raw = rawTable(table, order.map((index) => headers[index] as string), rows.map((cells) => order.map((index) => cells[index] as CellScalar)));
      const slow: ProblemJson[] = [];
      const fast: ProblemJson[] = [];
      expect(parseTable(table, raw, schema, fast, counted as QuickRow<unknown>)).toEqual(parseTable(table, raw, schema, slow));
      expect(fast).toEqual(slow);
    }),
    { numRuns: 500 },
  );
  expect(quickRows).toBeGreaterThan(least);
}

const plausibleDate = fc.oneof(fc.integer({ min: EARLIEST, max: EARLIEST + 400 }), fc.double({ min: EARLIEST, max: EARLIEST + 400, noNaN: true }));
const someText = fc.constantFrom<CellScalar>("Acme", " PO-7 ", "SKU-1");
const someAmount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 5000, noNaN: true }));
/** Mostly the value the column expects, blank now and then, and any cell at all one time in ten. */
const column = (good: fc.Arbitrary<CellScalar>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: cell });

describe("an Inspections row read the quick way is the schema's record", () => {
  const whole = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 5000 }));
  const level = fc.constantFrom<CellScalar>("II", "I", "III", "S-1", "S-4", " ii ", "V");
  const aql = fc.constantFrom<CellScalar>(0.65, 1, 1.5, 2.5, 4, "2.5", 3);
  const result = fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom<CellScalar>("Pass", "fail", "accepted", "maybe") });
  it("Inspections (a recorded Result, or a sample larger than its lot, left to the schema)", () =>
    quickPathAgrees(
      "Inspections",
      inspectionRow,
      quickInspectionRow,
      fc.tuple(column(someText), column(plausibleDate), column(whole), column(someText), column(someText), column(level), column(aql), column(aql), column(whole), column(whole), column(whole), column(whole), result),
      50,
    ));
});

describe("a Forecasts or Responses row read the quick way is the schema's record", () => {
  const month = fc.oneof(plausibleDate, fc.constantFrom<CellScalar>("2026-07", " 2000-01 ", "2200-12", "1999-12", "2201-01", "2026-13", "2026-7", "2026-07-15"));
  it("Forecasts (months typed as 2026-07, as Costcard's sheets keep them, or as dates)", () => quickPathAgrees("Forecasts", forecastRow, quickForecastRow, fc.tuple(column(someText), column(someText), column(month), column(someAmount), column(plausibleDate)), 100));
  it("Responses (a response dated before its issue left to the schema)", () => quickPathAgrees("Responses", responseRow, quickResponseRow, fc.tuple(column(someText), column(plausibleDate), column(plausibleDate)), 100));
});

describe("a Shipments line read the quick way is the schema's record", () => {
  const flag = fc.constantFrom<CellScalar>(true, false, "yes", "No", 1, 0);
  it("same records and same problems with and without the quick path", () =>
    quickPathAgrees("Shipments", shipmentRow, quickShipmentRow, fc.tuple(column(someText), column(someText), column(someText), column(someAmount), column(plausibleDate), column(plausibleDate), column(plausibleDate), column(someAmount), column(flag)), 100));
});
