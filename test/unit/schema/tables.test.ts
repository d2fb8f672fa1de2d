import fc from "fast-check";
import { serialFromYmd } from "../../../src/core/excelDate";
import { actionCells, dutyCells, forecastCells, fxRateCells, indexCells, inspectionCells, parseWorkbook, paymentCells, priceDecisionCells, quoteCells, responseCells, shipmentCells, supplierCells } from "../../../src/schema/tables";
import { TABLE_SPECS, type TableName } from "../../../src/schema/tableSpecs";
import { rawTable, workbook } from "./rawTable";

const suppliers = rawTable("Suppliers", ["Supplier"], [["Acme"], ["Bolt"]]);
const SHIPMENT_HEADERS = ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate", "DeliveredQty"];

describe("the zod row schemas follow PRODUCT.md's columns", () => {
  const cells: Partial<Record<TableName, { shape: Record<string, { safeParse(value: unknown): { success: boolean } }> }>> = {
    Suppliers: supplierCells,
    Quotes: quoteCells,
    Shipments: shipmentCells,
    Inspections: inspectionCells,
    Responses: responseCells,
    FxRates: fxRateCells,
    Indices: indexCells,
    Duties: dutyCells,
    PriceDecisions: priceDecisionCells,
    Actions: actionCells,
    Payments: paymentCells,
    Forecasts: forecastCells,
  };
  it.each(Object.entries(cells))("%s: same columns, required exactly where PRODUCT.md marks them", (table, schema) => {
    const spec = TABLE_SPECS[table as TableName];
    expect(Object.keys(schema!.shape)).toEqual(spec.map((column) => column.name));
    for (const column of spec) {
      const cell = schema!.shape[column.name]!;
      const acceptsBlank = cell.safeParse(undefined).success;
      expect([cell.safeParse(null).success, cell.safeParse("  ").success]).toEqual([acceptsBlank, acceptsBlank]);
      expect({ column: column.name, required: !acceptsBlank }).toEqual({ column: column.name, required: column.required });
    }
  });
});

describe("headers", () => {
  it("match ignoring case, spaces, underscores and hyphens, in any order, with extra columns ignored", () => {
    const shipments = rawTable("Shipments", ["promised-date", "Notes", "  supplier ", "p_o", "QUANTITY"], [["2026-07-15", "rush", "Acme", "PO-1", 100]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments }));
    expect(problems).toEqual([]);
    expect(data.shipments).toEqual([
      { supplier: "Acme", po: "PO-1", sku: null, quantity: 100, orderDate: null, promisedDate: serialFromYmd(2026, 7, 15), deliveredDate: null, deliveredQty: null, excused: false, row: 2 },
    ]);
  });

  it("a missing required column is one problem for the table (row 0), and the table is not used", () => {
    const shipments = rawTable("Shipments", ["Supplier", "SKU", "Quantity"], [["Acme", "X", 1], ["Bolt", "Y", 2]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments }));
    expect(data.shipments).toEqual([]);
    expect(problems).toEqual([{ table: "Shipments", row: 0, column: "PO, PromisedDate", message: expect.stringContaining("PO, PromisedDate columns") }]);
  });

  it("a duplicate header is a problem and the first of the two columns is used", () => {
    const shipments = rawTable("Shipments", ["Supplier", "PO", "Quantity", "quantity", "PromisedDate"], [["Acme", "P1", 5, 7, "2026-07-01"]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments }));
    expect(problems).toEqual([{ table: "Shipments", row: 0, column: "quantity", message: expect.stringContaining("appears twice") }]);
    expect(data.shipments[0]?.quantity).toBe(5);
  });

  it("a missing Suppliers or Shipments table is a problem; optional tables are not", () => {
    const { problems } = parseWorkbook(workbook({ Suppliers: suppliers }));
    expect(problems).toEqual([{ table: "Shipments", row: 0, column: "", message: expect.stringContaining("no Shipments table") }]);
  });
});

describe("bad rows are left out and listed with the row number Excel shows", () => {
  // Body starts at row 5 (a title above the table): the n-th body row (0-based) is row 5 + n.
  const shipments = rawTable(
    "Shipments",
    SHIPMENT_HEADERS,
    [
      ["Acme", "P1", "S1", 100, "2026-07-01", "2026-07-03", null], // row 5: good, DeliveredQty defaults to 100
      [null, "", "  ", null, null, null, null], // row 6: blank, skipped silently
      ["Acme", "P2", "S1", "twelve", "2026-07-01", null, null], // row 7: text quantity
      ["Acme", "P3", "S1", -5, "2026-07-01", null, null], // row 8: negative quantity
      ["Acme", "", "S1", 5, "2026-07-01", null, null], // row 9: PO missing
      ["Acme", "P5", "S1", 5, "2201-01-01", null, null], // row 10: promised after 2200
      ["Acme", "P6", "S1", 5, "2026-07-01", serialFromYmd(1999, 12, 31), null], // row 11: delivered before 2000
      ["Zed", "P7", "S1", 5, "2026-07-01", null, null], // row 12: unknown supplier
      ["Acme", "P8", "S1", 5, "15/07/2026", null, null], // row 13: not a date
      ["Acme", "P9", "S1", 5e12, "2026-07-01", null, null], // row 14: absurd quantity
      ["bolt", 4711, 880, "12.5", "2026-07-02T00:00", null, 3], // row 15: good; spelled as Suppliers spells it, numbers as text
    ],
    5,
  );
  const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments }));

  it("keeps the good rows with PRODUCT.md's defaults", () => {
    expect(data.shipments).toEqual([
      { supplier: "Acme", po: "P1", sku: "S1", quantity: 100, orderDate: null, promisedDate: serialFromYmd(2026, 7, 1), deliveredDate: serialFromYmd(2026, 7, 3), deliveredQty: 100, excused: false, row: 5 },
      { supplier: "Bolt", po: "4711", sku: "880", quantity: 12.5, orderDate: null, promisedDate: serialFromYmd(2026, 7, 2), deliveredDate: null, deliveredQty: null, excused: false, row: 15 },
    ]);
  });

  it("lists each bad cell with table, row and column", () => {
    expect(problems.map(({ row, column }) => [row, column])).toEqual([
      [7, "Quantity"],
      [8, "Quantity"],
      [9, "PO"],
      [10, "PromisedDate"],
      [11, "DeliveredDate"],
      [12, "Supplier"],
      [13, "PromisedDate"],
      [14, "Quantity"],
    ]);
    expect(problems.every((problem) => problem.table === "Shipments")).toBe(true);
    expect(problems.map((problem) => problem.message)).toEqual([
      '"twelve" is not a number',
      "-5 is negative",
      "missing value",
      "2201-01-01 is not a plausible date (2000-01-01 to 2200-12-31)",
      "1999-12-31 is not a plausible date (2000-01-01 to 2200-12-31)",
      '"Zed" is not in the Suppliers table',
      '"15/07/2026" is not a date (an Excel date or ISO text such as 2026-07-15)',
      "5000000000000 is implausibly large (above 1,000,000,000)",
    ]);
  });
});

describe("quotes", () => {
  const headers = ["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "Incoterm", "Quantity", "DutyRate", "Material"];
  it("take the defaults of PRODUCT.md: home currency, FOB, tier 1", () => {
    const quotes = rawTable("Quotes", headers.slice(0, 4), [["Acme", "S1", "2026-07-01", 10]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Quotes: quotes }));
    expect(problems).toEqual([]);
    expect(data.quotes[0]).toMatchObject({ currency: null, incoterm: "FOB", quantity: 1, dutyRate: null, tooling: 0, freightPerUnit: 0, components: { material: null } });
  });

  it("read words case-insensitively and list unknown ones", () => {
    const quotes = rawTable("Quotes", headers, [
      ["Acme", "S1", "2026-07-01", 10, "cny", "cif", 500, 0.12, 4],
      ["Acme", "S1", "2026-07-01", "10 USD", "Yuan", "FOBB", 2.5, 12, -1],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Quotes: quotes }));
    expect(data.quotes).toHaveLength(1);
    expect(data.quotes[0]).toMatchObject({ currency: "CNY", incoterm: "CIF", quantity: 500, dutyRate: 0.12, components: { material: 4 } });
    expect(problems).toEqual([
      { table: "Quotes", row: 3, column: "UnitPrice", message: '"10 USD" is not a number' },
      { table: "Quotes", row: 3, column: "Currency", message: '"Yuan" is not a three-letter currency code such as USD' },
      { table: "Quotes", row: 3, column: "Incoterm", message: expect.stringContaining('"FOBB" is not one of EXW') },
      { table: "Quotes", row: 3, column: "Quantity", message: "2.5 is not a whole number" },
      { table: "Quotes", row: 3, column: "Material", message: "-1 is negative" },
      { table: "Quotes", row: 3, column: "DutyRate", message: "12 is implausibly large (above 3)" },
    ]);
  });
});

describe("inspections", () => {
  const headers = ["Supplier", "InspectionDate", "LotSize", "Level", "AQLMajor", "Critical", "Major", "SampleSize", "Result"];
  const parse = (rows: (string | number | null)[][]) =>
    parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Inspections: rawTable("Inspections", headers, rows) }));

  it("take Level II, AQL 2.5 / 4.0, blank Critical as 0, keep blank Major and Minor blank (null), and read Accepted/Rejected as Pass/Fail", () => {
    const { data, problems } = parse([
      ["Acme", "2026-07-01", 5000, null, null, null, 3, null, "Accepted"],
      ["Acme", "2026-07-02", 5000, "s-4", 1.5, 1, null, 200, "rejected"],
      ["Acme", "2026-07-03", 5000, null, null, null, null, null, null],
    ]);
    expect(problems).toEqual([]);
    expect(data.inspections.map(({ level, aqlMajor, aqlMinor, critical, major, minor, sampleSize, result }) => ({ level, aqlMajor, aqlMinor, critical, major, minor, sampleSize, result }))).toEqual([
      { level: "II", aqlMajor: 2.5, aqlMinor: 4, critical: 0, major: 3, minor: null, sampleSize: null, result: "Pass" },
      { level: "S-4", aqlMajor: 1.5, aqlMinor: 4, critical: 1, major: null, minor: null, sampleSize: 200, result: "Fail" },
      { level: "II", aqlMajor: 2.5, aqlMinor: 4, critical: 0, major: null, minor: null, sampleSize: null, result: null },
    ]);
  });

  it("list a non-standard AQL, an unknown level or result, and a sample larger than the lot", () => {
    const { data, problems } = parse([
      ["Acme", "2026-07-01", 5000, "IV", 2, null, null, null, "Maybe"],
      ["Acme", "2026-07-01", 50, null, null, null, null, 80, null],
    ]);
    expect(data.inspections).toEqual([]);
    expect(problems.map(({ row, column }) => `${row} ${column}`)).toEqual(["2 Level", "2 AQLMajor", "2 Result", "3 SampleSize"]);
    expect(problems[1]?.message).toContain("2 is not a standard AQL");
  });
});

describe("responses", () => {
  it("keep the time of day and list an answer dated before the issue", () => {
    const responses = rawTable("Responses", ["Supplier", "RaisedAt", "RespondedAt"], [
      ["Acme", "2026-07-01T08:00", "2026-07-02 20:00"],
      ["Acme", "2026-07-05T08:00", "2026-07-04T08:00"],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Responses: responses }));
    // 08:00 is a third of a day; 20:00 five sixths.
    expect(data.responses).toEqual([{ supplier: "Acme", raisedAt: serialFromYmd(2026, 7, 1) + 1 / 3, respondedAt: serialFromYmd(2026, 7, 2) + 5 / 6, row: 2 }]);
    expect(problems).toEqual([{ table: "Responses", row: 3, column: "RespondedAt", message: "The response is dated before the issue was raised" }]);
  });
});

describe("suppliers", () => {
  it("when Suppliers has no rows, every supplier is taken as named", () => {
    const shipments = rawTable("Shipments", SHIPMENT_HEADERS, [["Anyone", "P1", null, 1, "2026-07-01", null, null]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: rawTable("Suppliers", ["Supplier"], []), Shipments: shipments }));
    expect(problems).toEqual([]);
    expect(data.shipments[0]?.supplier).toBe("Anyone");
  });

  it("a supplier listed twice is a problem, and its first row counts", () => {
    const { data, problems } = parseWorkbook(workbook({ Suppliers: rawTable("Suppliers", ["Supplier", "Status"], [["Acme", "preferred"], ["ACME", "Probation"]]), Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []) }));
    expect(data.suppliers).toEqual([expect.objectContaining({ supplier: "Acme", status: "Preferred", row: 2 })]);
    expect(problems).toEqual([{ table: "Suppliers", row: 3, column: "Supplier", message: '"ACME" is listed twice; the first row is used' }]);
  });

  it("hostile text stays the same string, never read as anything else", () => {
    const hostile = ['=HYPERLINK("x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"];
    const { data, problems } = parseWorkbook(workbook({ Suppliers: rawTable("Suppliers", ["Supplier"], hostile.map((name) => [name])), Shipments: rawTable("Shipments", SHIPMENT_HEADERS, hostile.map((name) => [name, name, name, 1, "2026-07-01", null, null])) }));
    expect(problems).toEqual([]);
    expect(data.suppliers.map((record) => record.supplier)).toEqual(hostile);
    expect(data.shipments.map((record) => [record.supplier, record.po, record.sku])).toEqual(hostile.map((name) => [name, name, name]));
  });
});

describe("any cells at all", () => {
  const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("2026-07-15", "", "  ", "-1", "1e3"));
  it("never throw: each non-blank row becomes a record or at least one problem on its own row number", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 20 }), fc.integer({ min: 2, max: 1000 }), (rows, first) => {
        const { data, problems } = parseWorkbook(workbook({ Suppliers: rawTable("Suppliers", ["Supplier"], []), Shipments: rawTable("Shipments", SHIPMENT_HEADERS, rows, first) }));
        const badRows = new Set(problems.map((problem) => problem.row));
        rows.forEach((cells, index) => {
          const row = first + index;
          const blank = cells.every((value) => value === null || (typeof value === "string" && value.trim() === ""));
          const kept = data.shipments.some((record) => record.row === row);
          expect(blank ? !kept && !badRows.has(row) : kept !== badRows.has(row)).toBe(true);
        });
        for (const record of data.shipments) expect(record.quantity).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe("OrderDate, Duties and countries", () => {
  it("a line delivered before it was ordered is a problem", () => {
    const shipments = rawTable("Shipments", ["Supplier", "PO", "Quantity", "OrderDate", "PromisedDate", "DeliveredDate"], [["Acme", "P1", 5, "2026-07-10", "2026-07-20", "2026-07-09"]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments }));
    expect(data.shipments).toEqual([]);
    expect(problems).toEqual([{ table: "Shipments", row: 2, column: "OrderDate", message: "The line is delivered before it was ordered" }]);
  });
  it("countries read as their ISO code; a quote without Origin takes its supplier's Country", () => {
    const withCountries = rawTable("Suppliers", ["Supplier", "Country"], [["Acme", "Viet Nam"], ["Bolt", null]]);
    const quotes = rawTable("Quotes", ["Supplier", "SKU", "QuoteDate", "UnitPrice", "HtsCode", "Origin"], [
      ["Acme", "S1", "2026-07-01", 10, "6109.10.00", null],
      ["Acme", "S2", "2026-07-01", 10, 6109, "kh"],
      ["Bolt", "S1", "2026-07-01", 10, "6109.10.00", null],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: withCountries, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Quotes: quotes }));
    expect(problems).toEqual([]);
    expect(data.suppliers.map((supplier) => supplier.country)).toEqual(["VN", null]);
    expect(data.quotes.map((quote) => [quote.htsCode, quote.origin])).toEqual([["6109.10.00", "VN"], ["6109", "KH"], ["6109.10.00", null]]);
  });
  it("Duties rows: * for any origin or code, blank Rate and PerUnit are 0, To before From is a problem", () => {
    const duties = rawTable("Duties", ["Origin", "HtsCode", "Measure", "Rate", "PerUnit", "From", "To"], [
      ["*", "*", "Section 122", 0.1, null, "2026-02-24", "2026-07-23"],
      ["China", "4202.92", "Section 301", 0.25, null, "2019-05-10", null],
      ["CN", "4202", "MFN", null, null, "2026-02-24", "2026-02-23"],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Duties: duties }));
    expect(data.duties).toEqual([
      { origin: "*", htsCode: "*", measure: "Section 122", rate: 0.1, perUnit: 0, from: serialFromYmd(2026, 2, 24), to: serialFromYmd(2026, 7, 23), source: "", row: 2 },
      { origin: "CN", htsCode: "4202.92", measure: "Section 301", rate: 0.25, perUnit: 0, from: serialFromYmd(2019, 5, 10), to: null, source: "", row: 3 },
    ]);
    expect(problems).toEqual([{ table: "Duties", row: 4, column: "To", message: "The measure ends before it starts (To before From)" }]);
  });
  it("rates given as percentage text read as their fraction (PRODUCT.md: text 12% reads as 0.12), bounds applying to the fraction", () => {
    const quotes = rawTable("Quotes", ["Supplier", "SKU", "QuoteDate", "UnitPrice", "DutyRate", "DepositPct"], [
      ["Acme", "S1", "2026-07-01", 10, "12%", "30 %"],
      ["Acme", "S2", "2026-07-01", 10, "150%", 0.3],
      ["Acme", "S3", "2026-07-01", 10, 0.12, "130%"],
    ]);
    const duties = rawTable("Duties", ["Origin", "HtsCode", "Measure", "Rate", "From"], [["CN", "4202", "Section 301", "25%", "2019-05-10"]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Quotes: quotes, Duties: duties }));
    expect(data.quotes.map((quote) => [quote.sku, quote.dutyRate, quote.depositPct])).toEqual([
      ["S1", 0.12, 0.3],
      ["S2", 1.5, 0.3],
    ]);
    expect(data.duties.map((duty) => duty.rate)).toEqual([0.25]);
    expect(problems).toEqual([{ table: "Quotes", row: 4, column: "DepositPct", message: expect.stringContaining("1.3") }]);
  });
  it("an HtsCode typed as a fractional number is refused in Duties and Quotes, as DUTYRATE refuses it: 4202.1 has lost 4202.10's zero", () => {
    const textColumn = `4202.1 is a number, which drops a code's trailing zeros (4202.10 becomes 4202.1): format the HtsCode column as Text and type the code again ("4202.21.6000")`;
    const duties = rawTable("Duties", ["Origin", "HtsCode", "Measure", "Rate", "From"], [
      ["CN", 4202.1, "MFN", 0.1, "2019-05-10"],
      ["CN", 4202, "Section 301", 0.25, "2019-05-10"],
    ]);
    const quotes = rawTable("Quotes", ["Supplier", "SKU", "QuoteDate", "UnitPrice", "HtsCode"], [
      ["Acme", "S1", "2026-07-01", 10, 4202.1],
      ["Acme", "S2", "2026-07-01", 10, 6109],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Duties: duties, Quotes: quotes }));
    expect(data.duties.map((duty) => duty.htsCode)).toEqual(["4202"]);
    expect(data.quotes.map((quote) => quote.htsCode)).toEqual(["6109"]);
    expect(problems).toEqual([
      { table: "Quotes", row: 2, column: "HtsCode", message: textColumn },
      { table: "Duties", row: 2, column: "HtsCode", message: textColumn },
    ]);
  });
});

describe("PriceDecisions", () => {
  const HEADERS = ["Period", "SKU", "Supplier", "Decision", "AgreedPrice", "EffectiveFrom", "DecidedBy", "DecidedAt", "Note"];
  const read = (rows: (string | number | null)[][]) =>
    parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), PriceDecisions: rawTable("PriceDecisions", HEADERS, rows) }));

  it("reads a decision: the period as Costcard spells it, EffectiveFrom by default the day after the period ends, DecidedAt with its time", () => {
    const { data, problems } = read([["2026-q3", "TEE-1", "acme", "counter", 10.5, null, "Ana", "2026-10-02T14:30", "meet halfway"]]);
    expect(problems).toEqual([]);
    expect(data.priceDecisions).toEqual([
      {
        period: "2026-Q3",
        sku: "TEE-1",
        supplier: "Acme",
        decision: "Counter",
        agreedPrice: 10.5,
        effectiveFrom: serialFromYmd(2026, 10, 1),
        decidedBy: "Ana",
        decidedAt: serialFromYmd(2026, 10, 2) + 14.5 / 24,
        note: "meet halfway",
        row: 2,
      },
    ]);
  });

  it("a month or a year is a period too; a typed EffectiveFrom is kept", () => {
    const { data } = read([
      ["2026-07", "A", "Acme", "Accept", 9, "2026-08-15", null, null, null],
      [2026, "B", "Bolt", "Hold", null, null, null, null, null],
    ]);
    expect(data.priceDecisions.map((record) => [record.period, record.effectiveFrom, record.decidedAt])).toEqual([
      ["2026-07", serialFromYmd(2026, 8, 15), null],
      ["2026", serialFromYmd(2027, 1, 1), null],
    ]);
  });

  it("a Counter without AgreedPrice, an unknown decision or period, a price of 0 and an unknown supplier are data problems", () => {
    const { data, problems } = read([
      ["2026-Q3", "A", "Acme", "Counter", null, null, null, null, null],
      ["2026-Q3", "A", "Acme", "Maybe", 10, null, null, null, null],
      ["Q3 2026", "A", "Acme", "Accept", 10, null, null, null, null],
      ["2026-Q3", "A", "Acme", "Accept", 0, null, null, null, null],
      ["2026-Q3", "A", "Zed", "Accept", 10, null, null, null, null],
    ]);
    expect(data.priceDecisions).toEqual([]);
    expect(problems.map(({ table, row, column }) => [table, row, column])).toEqual([
      ["PriceDecisions", 2, "AgreedPrice"],
      ["PriceDecisions", 3, "Decision"],
      ["PriceDecisions", 4, "Period"],
      ["PriceDecisions", 5, "AgreedPrice"],
      ["PriceDecisions", 6, "Supplier"],
    ]);
    expect(problems[0]!.message).toBe("A Counter needs the AgreedPrice it counters at");
    expect(problems[1]!.message).toBe('"Maybe" is not one of Accept, Counter, Reject, Re-source, Hold');
  });
});

describe("the story's columns: contract terms, Excused, Actions", () => {
  it("Suppliers' contract terms take their defaults (grace 0, cap 10%); a penalty typed as a percentage number is a problem", () => {
    const raw = rawTable("Suppliers", ["Supplier", "LatePenaltyPerWeek", "PenaltyGraceDays", "PenaltyCap"], [["Acme", "2%", 3, 0.08], ["Bolt", null, null, null], ["Cord", 5, null, null]]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: raw, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []) }));
    expect(data.suppliers.map(({ supplier, latePenaltyPerWeek, penaltyGraceDays, penaltyCap }) => [supplier, latePenaltyPerWeek, penaltyGraceDays, penaltyCap])).toEqual([
      ["Acme", 0.02, 3, 0.08],
      ["Bolt", null, 0, 0.1],
    ]);
    expect(problems.map(({ table, row, column }) => [table, row, column])).toEqual([["Suppliers", 4, "LatePenaltyPerWeek"]]);
  });

  it("Excused reads yes/true/1 and their opposites; anything else is a problem", () => {
    const rows = [true, "yes", 1, "No", null, "maybe"].map((excused, index) => ["Acme", `P${index}`, null, 10, "2026-07-01", null, null, excused]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", [...SHIPMENT_HEADERS, "Excused"], rows) }));
    expect(data.shipments.map((line) => line.excused)).toEqual([true, true, true, false, false]);
    expect(problems).toEqual([{ table: "Shipments", row: 7, column: "Excused", message: expect.stringContaining('"maybe" is not yes or no') }]);
  });

  it("an Actions row: Due defaults to Opened + 14 days, KPI matched case-insensitively; bad rows are problems", () => {
    const headers = TABLE_SPECS.Actions.map((column) => column.name);
    const raw = rawTable("Actions", headers, [
      ["Acme", "OTD", "2026-07-01", "Ana", null, null, "Add a shift", null, null, null],
      ["Bolt", null, "2026-07-01", null, "2026-07-10", null, null, "2026-07-05", null, null],
      ["Acme", "speed", "2026-07-01", null, null, null, null, null, null, null],
      ["Acme", null, "2026-07-10", null, null, null, null, "2026-07-01", null, null],
      ["Acme", null, null, null, null, null, null, null, null, null],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Actions: raw }));
    expect(data.actions.map(({ supplier, kpi, opened, due, closed }) => [supplier, kpi, opened, due, closed])).toEqual([
      ["Acme", "otd", serialFromYmd(2026, 7, 1), serialFromYmd(2026, 7, 15), null],
      ["Bolt", null, serialFromYmd(2026, 7, 1), serialFromYmd(2026, 7, 10), serialFromYmd(2026, 7, 5)],
    ]);
    expect(problems.map(({ table, row, column }) => [table, row, column])).toEqual([
      ["Actions", 4, "KPI"],
      ["Actions", 5, "Closed"],
      ["Actions", 6, "Opened"],
    ]);
  });
});

describe("Payments and Forecasts", () => {
  it("read an invoice (blank PaidDate: unpaid) and a forecast's Month as 2026-07 text or any date in the month", () => {
    const payments = rawTable("Payments", ["Supplier", "Invoice", "Amount", "Currency", "DueDate", "PaidDate"], [
      ["acme", "INV-1", 1200, "usd", "2026-07-15", null],
      ["Bolt", 10023, null, null, serialFromYmd(2026, 8, 1), "2026-08-03"],
    ]);
    const forecasts = rawTable("Forecasts", ["Supplier", "SKU", "Month", "Quantity", "MadeAt"], [
      ["Acme", "S1", "2026-07", 500, "2026-03-20"],
      ["Acme", null, serialFromYmd(2026, 8, 17), 900, null],
      ["Bolt", "S2", " 2026-09-30 ", "40", null],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Payments: payments, Forecasts: forecasts }));
    expect(problems).toEqual([]);
    expect(data.payments).toEqual([
      { supplier: "Acme", invoice: "INV-1", amount: 1200, currency: "USD", dueDate: serialFromYmd(2026, 7, 15), paidDate: null, row: 2 },
      { supplier: "Bolt", invoice: "10023", amount: null, currency: null, dueDate: serialFromYmd(2026, 8, 1), paidDate: serialFromYmd(2026, 8, 3), row: 3 },
    ]);
    expect(data.forecasts).toEqual([
      { supplier: "Acme", sku: "S1", month: serialFromYmd(2026, 7, 1), quantity: 500, madeAt: serialFromYmd(2026, 3, 20), row: 2 },
      { supplier: "Acme", sku: null, month: serialFromYmd(2026, 8, 1), quantity: 900, madeAt: null, row: 3 },
      { supplier: "Bolt", sku: "S2", month: serialFromYmd(2026, 9, 1), quantity: 40, madeAt: null, row: 4 },
    ]);
  });

  it("a missing DueDate or Month, a month that is no month, a negative quantity and an unknown supplier are data problems", () => {
    const payments = rawTable("Payments", ["Supplier", "DueDate", "PaidDate"], [
      ["Acme", null, "2026-07-01"],
      ["Zed", "2026-07-01", null],
    ]);
    const forecasts = rawTable("Forecasts", ["Supplier", "SKU", "Month", "Quantity"], [
      ["Acme", "S1", "July", 5],
      ["Acme", "S1", "2026-13", 5],
      ["Acme", "S1", "2026-07", -5],
      ["Acme", "S1", null, 5],
    ]);
    const { data, problems } = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: rawTable("Shipments", SHIPMENT_HEADERS, []), Payments: payments, Forecasts: forecasts }));
    expect(data.payments).toEqual([]);
    expect(data.forecasts).toEqual([]);
    expect(problems).toEqual([
      { table: "Payments", row: 2, column: "DueDate", message: "missing value" },
      { table: "Payments", row: 3, column: "Supplier", message: '"Zed" is not in the Suppliers table' },
      { table: "Forecasts", row: 2, column: "Month", message: '"July" is not a month (2026-07, or any date in the month)' },
      { table: "Forecasts", row: 3, column: "Month", message: '"2026-13" is not a month (2026-07, or any date in the month)' },
      { table: "Forecasts", row: 4, column: "Quantity", message: "-5 is negative" },
      { table: "Forecasts", row: 5, column: "Month", message: "missing value" },
    ]);
  });

  it("PaymentToleranceDays and ForecastLagMonths default to 0 and 3, and are read from Settings", () => {
    const settingsTable = (rows: (string | number)[][]) => rawTable("Settings", ["Key", "Value"], rows);
    const shipments = rawTable("Shipments", SHIPMENT_HEADERS, []);
    expect(parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments })).settings).toMatchObject({ paymentToleranceDays: 0, forecastLagMonths: 3 });
    const read = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments, Settings: settingsTable([["paymenttolerancedays", 5], ["ForecastLagMonths", 2]]) }));
    expect(read.settings).toMatchObject({ paymentToleranceDays: 5, forecastLagMonths: 2 });
    const bad = parseWorkbook(workbook({ Suppliers: suppliers, Shipments: shipments, Settings: settingsTable([["ForecastLagMonths", 1.5]]) }));
    expect(bad.settings.forecastLagMonths).toBe(3);
    expect(bad.problems).toEqual([{ table: "Settings", row: 2, column: "Value", message: "ForecastLagMonths: 1.5 is not a whole number; the default is used" }]);
  });
});
