import * as functions from "../../../src/functions/functions";
import { forgetWorkbookDateSystem, learnWorkbookDateSystem, setWorkbookDateSystem } from "../../../src/functions/dateSystem";
import { FakeExcel } from "../workbook/fakes/fakeExcel";

/**
 * The functions in a 1904 workbook (docs/functions.md, "Dates in a 1904 workbook"): a date cell
 * arrives as a 1904 serial. Serials beside serials need nothing; ISO text and the calendar day
 * (USENTRYFEES' fiscal year) must follow the workbook's system.
 */

const DAYS_1900_TO_1904 = 1462;
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
const DUTIES = [
  ["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To", "Source"],
  ["*", "*", "Section 122", 0.1, "", "2026-02-24", "2026-07-23", "Proclamation of 2026-02-20"],
];

afterEach(forgetWorkbookDateSystem);

test.each([
  ["1900", 0],
  ["1904", DAYS_1900_TO_1904],
] as const)("in a %s workbook the same calendar day gives the same USENTRYFEES and DUTYRATE (ISO text beside a date cell)", (system, shift) => {
  setWorkbookDateSystem(system);
  // A large entry pays the maximum MPF of its fiscal year, which four years earlier was another.
  expect(functions.usEntryFees(1_000_000, serial("2025-10-01") - shift)).toBe(functions.usEntryFees(1_000_000, "2025-10-01"));
  expect(functions.dutyRate("4202.92.3131", "CN", serial("2026-03-02") - shift, DUTIES)).toBe(0.1);
  expect(functions.dutyRate("4202.92.3131", "CN", serial("2026-08-01") - shift, DUTIES)).toBe(0);
});

test("four years apart, the fiscal year's maximum differs (the case above can tell the systems apart)", () => {
  setWorkbookDateSystem("1900");
  expect(functions.usEntryFees(1_000_000, serial("2025-10-01"))).not.toBe(functions.usEntryFees(1_000_000, serial("2021-10-01")));
});

test("learned from Excel when the runtime starts; a full recalculation only when a 1904 workbook's cells were computed as 1900 before", async () => {
  const excel1900 = new FakeExcel();
  functions.usEntryFees(1_000_000, "2025-10-01");
  expect(await learnWorkbookDateSystem(excel1900.run)).toBe("1900");
  expect(excel1900.calculations).toEqual([]);

  forgetWorkbookDateSystem();
  const excel1904 = new FakeExcel();
  excel1904.dateSystem = "1904";
  expect(await learnWorkbookDateSystem(excel1904.run)).toBe("1904");
  expect(excel1904.calculations).toEqual([]);

  forgetWorkbookDateSystem();
  functions.usEntryFees(1_000_000, serial("2025-10-01") - DAYS_1900_TO_1904);
  expect(await learnWorkbookDateSystem(excel1904.run)).toBe("1904");
  expect(excel1904.calculations).toEqual(["Full"]);
  expect(excel1904.syncs).toHaveLength(3);
});
