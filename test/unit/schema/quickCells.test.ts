import fc from "fast-check";
import { serialFromYmd } from "../../../src/core/excelDate";
import type { ProblemJson } from "../../../src/model/problem";
import { dateCell, flagCell, numberCell, optionalCell, quickAmount, quickDate, quickFlag, quickText, textCell, UNSURE, type Quick } from "../../../src/schema/cells";
import { parseTable } from "../../../src/schema/tableParser";
import { quickShipmentRow, shipmentRow } from "../../../src/schema/tables";
import { TABLE_SPECS } from "../../../src/schema/tableSpecs";
import type { CellScalar } from "../../../src/model/rawTable";
import { rawTable } from "./rawTable";

/**
 * The quick readers (the Shipments table's fast path) against the zod schemas they spare: wherever
 * a quick reader answers, the schema accepts the cell with the very same value, and a quick row is
 * the schema's record. Anything else must be left to the schema (UNSURE).
 */

const EARLIEST = serialFromYmd(2000, 1, 1);
const LATEST = serialFromYmd(2200, 12, 31);

const cell: fc.Arbitrary<CellScalar> = fc.oneof(
  fc.constantFrom<CellScalar>(null, "", "   ", " Acme ", "acme", "PO-1", "12.5", "-3", "1e3", "2026-07-15", "2026-07-15T10:30", " 2026-07-15 ", "ten", "TRUE", true, false),
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
  it("flag (Excel's booleans)", () => fc.assert(fc.property(cell, (value) => agrees(quickFlag(value), optionalCell(flagCell), value)), { numRuns: 2000 }));

  it("answer for the cells a reader hands over: text, amounts, date serials, blanks", () => {
    expect([quickText(" Acme "), quickText(null), quickText("  ")]).toEqual(["Acme", undefined, undefined]);
    expect([quickAmount(12.5), quickAmount(0), quickAmount(null)]).toEqual([12.5, 0, undefined]);
    expect([quickDate(46218.75), quickDate(null), quickDate("")]).toEqual([46218, undefined, undefined]);
    expect([quickText(12345), quickAmount("12"), quickAmount(-1), quickDate("2026-07-15"), quickDate(EARLIEST - 1)]).toEqual([UNSURE, UNSURE, UNSURE, UNSURE, UNSURE]);
  });
});

describe("a Shipments line read the quick way is the schema's record", () => {
  const headers = TABLE_SPECS.Shipments.map((column) => column.name);
  const plausibleDate = fc.oneof(fc.integer({ min: EARLIEST, max: EARLIEST + 400 }), fc.double({ min: EARLIEST, max: EARLIEST + 400, noNaN: true }));
  const text = fc.constantFrom<CellScalar>("Acme", " PO-7 ", "SKU-1");
  const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 5000, noNaN: true }));
  // Mostly the value the column expects, blank now and then, and any cell at all one time in ten.
  const column = (good: fc.Arbitrary<CellScalar>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: cell });
  const flag = fc.constantFrom<CellScalar>(true, false, "yes", "No", 1, 0);
  const line = fc.tuple(column(text), column(text), column(text), column(amount), column(plausibleDate), column(plausibleDate), column(plausibleDate), column(amount), column(flag));

  it("same records and same problems with and without the quick path", () => {
    let quickRows = 0;
    fc.assert(
      // The table's columns in any order, an optional one now and then left out: the quick path reads each where it stands.
      fc.property(fc.array(line, { maxLength: 30 }), fc.shuffledSubarray(headers.map((_, index) => index), { minLength: headers.length - 1 }), (rows, order) => {
        const raw = rawTable("Shipments", order.map((index) => headers[index] as string), rows.map((cells) => order.map((index) => cells[index] as CellScalar)));
        const slow: ProblemJson[] = [];
        const fast: ProblemJson[] = [];
        const counted: typeof quickShipmentRow = (cells, columns, row) => {
          const record = quickShipmentRow(cells, columns, row);
          if (record !== undefined) quickRows += 1;
          return record;
        };
        expect(parseTable("Shipments", raw, shipmentRow, fast, counted)).toEqual(parseTable("Shipments", raw, shipmentRow, slow));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 500 },
    );
    // The comparison means something only if the quick path took rows.
    expect(quickRows).toBeGreaterThan(100);
  });
});
