import { DUTY_COLUMNS, REQUIRED_DUTY_COLUMNS } from "../../../src/core/dutiesTable";
import { serialFromYmd } from "../../../src/core/excelDate";
import { dutyRowsOf } from "../../../src/functions/dutiesRange";
import { dutyCells, parseWorkbook } from "../../../src/schema/tables";
import { TABLE_SPECS } from "../../../src/schema/tableSpecs";
import { rawTable, workbook } from "./rawTable";

/**
 * One Duties rule (core/dutiesTable.ts) for the table's zod schema and for DUTYRATE's range, which
 * reads the same rows without zod to keep the functions bundle small: each row below is accepted by
 * both or refused by both, so a rule changed in one place changes both.
 */

const FROM = serialFromYmd(2024, 1, 1);

describe("the Duties rule is the same for the table and for DUTYRATE's range", () => {
  it("the same columns, and the same ones required, as the table spec and the zod schema", () => {
    expect(TABLE_SPECS.Duties.map((column) => column.name)).toEqual([...DUTY_COLUMNS]);
    expect(TABLE_SPECS.Duties.filter((column) => column.required).map((column) => column.name)).toEqual([...REQUIRED_DUTY_COLUMNS]);
    expect(Object.keys(dutyCells.shape)).toEqual([...DUTY_COLUMNS]);
  });

  const suppliers = rawTable("Suppliers", ["Supplier"], [["Acme"]]);
  const shipments = rawTable("Shipments", ["Supplier", "PO", "Quantity", "PromisedDate"], []);
  const base = { Origin: "CN", HtsCode: "4202", Measure: "MFN", Rate: 0.1, PerUnit: null, From: FROM, To: null, Source: "USITC" } as const;

  it.each([
    ["a plain row", {}, true],
    ["* for any origin and every code", { Origin: "*", HtsCode: "*" }, true],
    ["an origin as an English name", { Origin: "China" }, true],
    ["an unknown origin", { Origin: "Atlantis" }, false],
    ["a code with dots and spaces", { HtsCode: "4202.21 60" }, true],
    ["a code that is not digits", { HtsCode: "42a2" }, false],
    ["a rate of 300%", { Rate: 3 }, true],
    ["a rate above 300% (a percentage typed as a number)", { Rate: 3.01 }, false],
    ["a negative rate", { Rate: -0.1 }, false],
    ["a negative per-unit amount", { PerUnit: -1 }, false],
    ["a measure ending the day it starts", { To: FROM }, true],
    ["a measure ending the day before it starts", { To: FROM - 1 }, false],
    ["no Measure", { Measure: null }, false],
    ["no From", { From: null }, false],
  ] as const)("%s: accepted by both or refused by both", (_, change, accepted) => {
    const cells = { ...base, ...change };
    const row = DUTY_COLUMNS.map((column) => cells[column]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments, Duties: rawTable("Duties", [...DUTY_COLUMNS], [row]) }));
    expect(data.duties.length === 1 && problems.length === 0).toBe(accepted);
    expect(dutyRowsOf([[...DUTY_COLUMNS], row]).ok).toBe(accepted);
  });
});
