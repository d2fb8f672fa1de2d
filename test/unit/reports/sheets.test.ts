import { serialFromIso } from "../../../src/core/excelDate";
import { buildReview, checkWorkbook, type Review } from "../../../src/reports/buildReview";
import { NOTE_WIDTH } from "../../../src/reports/priceReviewSheet";
import { headerWidth, valueWidth } from "../../../src/model/columnWidths";
import { tableSheet } from "../../../src/reports/sheetLayout";
import type { IconSetFormat, SheetModel } from "../../../src/model/sheetModel";
import { reviewWorkbook } from "./reviewWorkbook";

const HOSTILE = ['=HYPERLINK("x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"];
const SHIPMENTS = ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate"];

function reviewOf(tables: Parameters<typeof buildReview>[0]): Review {
  const result = buildReview(tables, { period: "2026-Q3", asOf: serialFromIso("2026-10-15")! });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const tables = reviewWorkbook({
  Suppliers: [["Supplier"], ["Acme"], ...HOSTILE.map((name) => [name])],
  Shipments: [
    SHIPMENTS,
    ["Acme", "P1", "S1", 10, "2026-07-01", "2026-07-01"],
    ...HOSTILE.map((name) => [name, name, name, 10, "2026-07-02", "2026-07-05"]),
    ["Acme", "P2", "S1", "ten", "2026-07-01", null], // row 7: text quantity
    ["Acme", "P3", "S1", 10, null, null], // row 8: no promised date
    ["Acme", "P4", "S1", 10, "1999-12-31", null], // row 9: impossible date
    ["Acme", "P5", "S1", 1e15, "2026-07-01", null], // row 10: absurd quantity
  ],
  Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice"], ["Acme", "S1", "2026-06-01", "12,50"], ...HOSTILE.map((name) => [name, name, "2026-06-01", 2])],
});
const review = reviewOf(tables);
const [scorecard, priceReview] = review.sheets as [SheetModel, SheetModel];

describe("hostile text from the workbook", () => {
  it("stays the same string in the JSON", () => {
    expect(review.json.suppliers.map((row) => row.supplier)).toEqual(expect.arrayContaining(HOSTILE));
    expect(review.json.priceReview.map((row) => [row.sku, row.supplier, row.bestSupplier])).toEqual(HOSTILE.map((name) => [name, name, name]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  });
  it("stays the same string in both sheet models", () => {
    const strings = (sheet: SheetModel) => sheet.cells.flat().filter((cell): cell is string => typeof cell === "string");
    for (const name of HOSTILE) {
      expect(strings(scorecard)).toContain(name);
      expect(strings(priceReview)).toContain(name);
    }
  });
});

describe("bad rows", () => {
  it("are listed with table, row and column, and the review still finishes", () => {
    expect(review.json.problems.map(({ table, row, column }) => `${table} ${row} ${column}`)).toEqual([
      "Quotes 2 UnitPrice",
      "Shipments 2 SKU", // Acme's S1 has no price left to value its delivery at
      "Shipments 7 Quantity",
      "Shipments 8 PromisedDate",
      "Shipments 9 PromisedDate",
      "Shipments 10 Quantity",
    ]);
    expect(review.json.suppliers.find((row) => row.supplier === "Acme")).toMatchObject({ lines: 1, otd: 1 });
  });
  it("are what checkWorkbook lists, less what only a period's review finds (spend without a price)", () => {
    expect(checkWorkbook(tables)).toEqual(review.json.problems.filter((problem) => !(problem.table === "Shipments" && problem.column === "SKU")));
  });
});

describe("the scorecard sheet", () => {
  const header = scorecard.cells[3]!;
  const column = (name: string) => header.indexOf(name);

  it("is a title, an as-of line, a header row and one row per supplier, every row as wide as the widths", () => {
    expect(scorecard.name).toBe("Scorecard 2026-Q3");
    expect(scorecard.cells[0]![0]).toBe("Supplier scorecard 2026-Q3");
    expect(scorecard.cells[1]![0]).toContain("As of 2026-09-30");
    expect(header.slice(0, 3)).toEqual(["Supplier", "Score", "Grade"]);
    for (const cells of scorecard.cells) expect(cells).toHaveLength(scorecard.columnWidths.length);
    for (const formats of scorecard.numberFormats) expect(formats).toHaveLength(scorecard.columnWidths.length);
    expect(scorecard.numberFormats).toHaveLength(scorecard.cells.length);
  });

  it("holds numbers as numbers, with percent, score and money formats", () => {
    const acme = scorecard.cells.findIndex((cells) => cells[0] === "Acme");
    expect(scorecard.cells[acme]![column("OTD")]).toBe(1);
    expect(scorecard.numberFormats[acme]![column("OTD")]).toBe("0.0%");
    expect(scorecard.numberFormats[acme]![column("Score")]).toBe("0.0_)"); // a character kept before the grade
    expect(scorecard.numberFormats[acme]![column("Previous score")]).toBe("0.0");
    expect(scorecard.numberFormats[acme]![column("Spend")]).toBe("#,##0.00");
    expect(scorecard.cells[acme]![column("Defect rate")]).toBe("n/a");
  });

  it("freezes below the header and right of the supplier column", () => {
    expect(scorecard.freeze).toEqual({ rows: 4, columns: 1 });
  });

  it("has a colour scale on score and traffic lights on each scored KPI against Settings", () => {
    const body = { row: 4, rowCount: review.json.suppliers.length, columnCount: 1 };
    expect(scorecard.conditionalFormats[0]).toMatchObject({ type: "colorScale", range: { ...body, column: column("Score") } });
    const icons = scorecard.conditionalFormats.filter((format): format is IconSetFormat => format.type === "iconSet");
    expect(icons.map(({ range, target, floor, lowerIsBetter }) => [header[range.column], target, floor, lowerIsBetter])).toEqual([
      ["OTD", 0.95, 0.8, false],
      ["Defect rate", 0.01, 0.05, true],
      ["Lot acceptance", 1, 0.8, false],
      ["Response hours", 24, 72, true],
      ["Price change", 0, 0.1, true],
      ["Lead-time slip (days)", 0, 14, true],
    ]);
  });

  it("charts the scores by supplier, and each supplier's history by period as lines", () => {
    const suppliers = review.json.suppliers.map((row) => row.supplier);
    expect(scorecard.charts).toMatchObject([
      {
        type: "bar",
        categories: { row: 4, column: column("Supplier"), rowCount: 5, columnCount: 1 },
        series: [{ name: "Score", values: { row: 4, column: column("Score"), rowCount: 5, columnCount: 1 } }],
      },
      {
        type: "line",
        categories: { row: 3, column: column("2025-Q4"), rowCount: 1, columnCount: 4 },
        series: suppliers.map((name, index) => ({ name, values: { row: 4 + index, column: column("2025-Q4"), rowCount: 1, columnCount: 4 } })),
      },
    ]);
  });

  it("puts the meeting's columns first: supplier, score, grade, the history (blank without activity), red flags", () => {
    expect(header.slice(0, 8)).toEqual(["Supplier", "Score", "Grade", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "Red flags"]);
    const acme = scorecard.cells.findIndex((cells) => cells[0] === "Acme");
    expect(scorecard.cells[acme]!.slice(3, 8)).toEqual([null, null, null, 100, null]);
    expect(header.slice(-6)).toEqual(["Missed KPIs", "Escalations", "Open actions", "Overdue actions", "Late penalties", "Audit due"]);
    expect(scorecard.cells[acme]!.slice(-6)).toEqual([null, null, 0, 0, "n/a", "yes"]);
  });

  it("lists every data problem below the table", () => {
    const title = scorecard.cells.findIndex((cells) => cells[0] === "Data problems");
    expect(title).toBeGreaterThan(4 + review.json.suppliers.length);
    expect(scorecard.cells[title + 1]!.slice(0, 4)).toEqual(["Table", "Row", "Column", "Message"]);
    expect(scorecard.cells.slice(title + 2).map((cells) => cells.slice(0, 3))).toEqual(review.json.problems.map(({ table, row, column: name }) => [table, row, name]));
  });
});

describe("the price review sheet", () => {
  it("freezes the SKU and supplier columns, formats money and dates, and lights change % against the threshold", () => {
    expect(priceReview.name).toBe("Price Review 2026-Q3");
    expect(priceReview.freeze).toEqual({ rows: 4, columns: 2 });
    const header = priceReview.cells[3]!;
    // A unit price shows 2 decimals, up to 4 where it carries them.
    expect(priceReview.numberFormats[4]![header.indexOf("New price")]).toBe("#,##0.00##");
    expect(priceReview.numberFormats[4]![header.indexOf("New quote date")]).toBe("yyyy-mm-dd");
    // Quoted 2026-06-01, in effect at both ends of the quarter: the same quote, so no new quote.
    expect(priceReview.cells[4]![header.indexOf("Old quote date")]).toBe(serialFromIso("2026-06-01"));
    expect(priceReview.cells[4]![header.indexOf("New quote date")]).toBe("no new quote");
    expect(priceReview.conditionalFormats).toEqual([
      { type: "iconSet", range: { row: 4, column: header.indexOf("Change %"), rowCount: 4, columnCount: 1 }, target: 0, floor: 0.03, lowerIsBetter: true },
    ]);
    // The one chart is the bridge's, under the rows (test/unit/reports/bridgeBlock.test.ts).
    expect(priceReview.charts.map((chart) => chart.type)).toEqual(["stackedColumn"]);
  });
});

describe("the price review's subtitle", () => {
  it("shows the change threshold as the percentage typed, without binary noise", () => {
    // 0.07 × 100 is 7.000000000000001 in binary floating point; the subtitle must read 7%.
    const sevenPercent = reviewOf(reviewWorkbook({ Settings: [["Key", "Value"], ["PriceChangeThreshold", 0.07]] })).sheets[1]!;
    expect(sevenPercent.cells[1]![0]).toContain("change threshold 7%");
    const halfPercent = reviewOf(reviewWorkbook({ Settings: [["Key", "Value"], ["PriceChangeThreshold", 0.035]] })).sheets[1]!;
    expect(halfPercent.cells[1]![0]).toContain("change threshold 3.5%");
  });
});

describe("a review of a period that starts after the as-of date", () => {
  const future = buildReview(tables, { period: "2027-Q2", asOf: serialFromIso("2026-12-01")! });
  if (!future.ok) throw new Error(future.message);
  const sheets = future.value.sheets;
  const WARNING = "2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet";

  it("shows the review's warning on both sheets, as text on the row under the subtitle, styled as a warning", () => {
    expect(future.value.json.warnings).toEqual([WARNING]);
    for (const sheet of sheets) {
      expect(sheet.cells[2]).toEqual([WARNING, ...new Array<null>(sheet.columnWidths.length - 1).fill(null)]);
      expect(sheet.numberFormats[2]!.every((format) => format === null)).toBe(true);
      expect(sheet.styles).toContainEqual({ range: { row: 2, column: 0, rowCount: 1, columnCount: sheet.columnWidths.length }, style: "warning" });
    }
  });

  it("moves nothing: the header row, the frozen rows and the print titles stay on row 4, the decision cells below it", () => {
    const [futureScorecard, futurePriceReview] = sheets as [SheetModel, SheetModel];
    expect(futureScorecard.cells[3]![0]).toBe("Supplier");
    expect(futurePriceReview.cells[3]!.slice(0, 2)).toEqual(["SKU", "Supplier"]);
    for (const sheet of sheets) {
      expect(sheet.freeze.rows).toBe(4);
      expect(sheet.print?.titleRows).toEqual({ first: 3, last: 3 });
    }
    expect(futurePriceReview.inputCells!.every((range) => range.row === 4)).toBe(true);
    expect(futurePriceReview.inputCells).toEqual(priceReview.inputCells);
  });

  it("a period under way shows none: the row under the subtitle stays empty and unstyled", () => {
    for (const sheet of [scorecard, priceReview]) {
      expect(sheet.cells[2]!.every((cell) => cell === null)).toBe(true);
      expect(sheet.styles.some((style) => style.style === "warning")).toBe(false);
    }
  });

  it("several warnings share the one row, so rows below it never move", () => {
    const sheet = (warnings: readonly string[]) =>
      tableSheet({
        ...{ name: "T", kind: "scorecard", period: "2027-Q2", title: "T", subtitle: "As of", warnings, records: [{ name: "=A1" }], freezeColumns: 1, problems: [], meetingColumns: ["Name"] },
        ...{ columns: [{ header: "Name", format: null, value: (record: { name: string }) => record.name }], conditionalFormats: () => [], charts: () => [] },
      });
    const two = sheet(["first", "second"]);
    expect(two.cells[2]![0]).toBe("first · second");
    expect(two.cells).toHaveLength(sheet([]).cells.length);
    expect(two.cells[4]![0]).toBe("=A1");
  });
});

describe("print set-up and currency precision", () => {
  it("both sheets print landscape, one page wide, the header row repeated on every page", () => {
    for (const sheet of [scorecard, priceReview]) {
      expect(sheet.print).toEqual({ orientation: "landscape", fitToPagesWide: 1, titleRows: { first: 3, last: 3 } });
      expect(sheet.cells[3]![0]).toBe(sheet.name.startsWith("Scorecard") ? "Supplier" : "SKU");
    }
  });

  it("a traffic light never touches the number before it: that column's numbers end a character short of the edge", () => {
    const header = scorecard.cells[3]!;
    const formatBefore = (kpi: string) => scorecard.numberFormats[4]![header.indexOf(kpi) - 1];
    expect(formatBefore("OTD")).toBe("#,##0_)");
    expect(formatBefore("Lot acceptance")).toBe("0.0%_)");
    expect(formatBefore("Price change")).toBe("0.0_)");
    expect(scorecard.numberFormats[4]![header.indexOf("Lines") - 1]).toBe("0.0");
    expect(valueWidth(0.081, "0.0%_)")).toBe(valueWidth(0.081, "0.0%") + 1);
    const changePct = priceReview.cells[3]!.indexOf("Change %");
    expect(priceReview.numberFormats[4]![changePct - 1]).toBe("#,##0.00##_)");
  });

  /**
   * A number or date whose next cell draws at its left edge (text, or a traffic light) but whose
   * format keeps no space before it: as rendered, "1.5D", "66.7%n/a", "10.0668Ningbo Bags".
   */
  const touching = (sheet: SheetModel) => {
    const lights = sheet.conditionalFormats.filter((format) => format.type === "iconSet").map((format) => format.range.column);
    return sheet.cells.flatMap((cells, row) =>
      cells.flatMap((value, column) => {
        const next = cells[column + 1];
        const drawsAtLeft = typeof next === "string" || (lights.includes(column + 1) && row >= 4 && row < 4 + sheet.conditionalFormats[0]!.range.rowCount);
        return typeof value === "number" && drawsAtLeft && !sheet.numberFormats[row]![column]?.endsWith("_)") ? [`row ${row}: ${value} | ${String(next)}`] : [];
      }),
    );
  };

  it("a number or date never touches the text after it: its column's formats keep a character before the next column, its width allows for it", () => {
    expect(touching(scorecard)).toEqual([]);
    expect(touching(priceReview)).toEqual([]);
    const header = scorecard.cells[3]!;
    const acme = scorecard.cells.findIndex((cells) => cells[0] === "Acme");
    expect(scorecard.cells[acme]![header.indexOf("Grade")]).toMatch(/^[A-D]$/);
    expect(scorecard.numberFormats[acme]![header.indexOf("Score")]).toBe("0.0_)");
    expect(scorecard.numberFormats[acme]![header.indexOf("Spend share")]).toBe("0.0%_)"); // Next inspection follows
    expect(scorecard.numberFormats[acme]![header.indexOf("Avg days late")]).toBe("0.0"); // Inspections, a count, follows
    // Data problems: the row number, then the column's name.
    const problemsHeader = scorecard.cells.findIndex((cells) => cells[0] === "Table" && cells[1] === "Row");
    expect(problemsHeader).toBeGreaterThan(3);
    const problemRows = scorecard.cells.slice(problemsHeader + 1);
    expect(problemRows.length).toBe(review.json.problems.length);
    for (const formats of scorecard.numberFormats.slice(problemsHeader + 1)) expect(formats.slice(0, 3)).toEqual([null, "#,##0_)", null]);
    for (const cells of problemRows) expect(scorecard.columnWidths[1]).toBeGreaterThanOrEqual(valueWidth(cells[1]!, "#,##0_)"));
    const prices = priceReview.cells[3]!;
    const formatOf = (name: string) => priceReview.numberFormats[4]![prices.indexOf(name)];
    expect(formatOf("Best landed cost (USD)")).toMatch(/_\)$/); // Best supplier follows
    expect(formatOf("Old quote date")).toBe("yyyy-mm-dd_)"); // New quote date may say "no new quote"
    expect(formatOf("Effective from")).toBe("yyyy-mm-dd_)"); // the Note typed beside it
    expect(formatOf("Expected price")).not.toMatch(/_\)$/);
    expect(valueWidth(serialFromIso("2026-10-01")!, "yyyy-mm-dd_)")).toBe("2026-10-01".length + 2);
  });

  const sheetsIn = (homeCurrency: string, quoteCurrency: string) => {
    const built = reviewOf(
      reviewWorkbook({
        Suppliers: [["Supplier"], ["Acme"]],
        Shipments: [SHIPMENTS, ["Acme", "P1", "S1", 10, "2026-07-01", "2026-07-01"]],
        Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency", "MOQ"], ["Acme", "S1", "2026-06-01", 1480, quoteCurrency, 300], ["Acme", "S1", "2026-08-01", 1520.5, quoteCurrency, 300]],
        FxRates: [["Currency", "Date", "Rate"], ["USD", "2026-01-01", 150], ["JPY", "2026-01-01", 0.0067]],
        Settings: [["Key", "Value"], ["HomeCurrency", homeCurrency]],
      }),
    );
    const [card, prices] = built.sheets as [SheetModel, SheetModel];
    const formatOf = (sheet: SheetModel, header: string) => sheet.numberFormats[4]![sheet.cells[3]!.indexOf(header)];
    return { card, prices, formatOf };
  };

  it("money in a zero-decimal currency (JPY, KRW, VND, ...) shows no decimals; in others 2, and a unit price up to 4", () => {
    const yen = sheetsIn("JPY", "JPY");
    expect(yen.formatOf(yen.prices, "New price")).toBe("#,##0");
    expect(yen.formatOf(yen.prices, "Landed cost (JPY)")).toBe("#,##0");
    expect(yen.formatOf(yen.card, "Spend")).toBe("#,##0");
    const dollars = sheetsIn("USD", "JPY");
    expect(dollars.formatOf(dollars.prices, "New price")).toBe("#,##0");
    expect(dollars.formatOf(dollars.prices, "Landed cost (USD)")).toBe("#,##0.00##");
    expect(dollars.formatOf(dollars.card, "Spend")).toBe("#,##0.00");
  });

  it("a row whose old and new quote are the same quote says no new quote", () => {
    const sameQuote = reviewOf(
      reviewWorkbook({
        Suppliers: [["Supplier"], ["Acme"]],
        Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice"], ["Acme", "S1", "2026-03-01", 10]],
      }),
    ).sheets[1]!;
    const header = sameQuote.cells[3]!;
    expect(sameQuote.cells[4]![header.indexOf("New quote date")]).toBe("no new quote");
    expect(sameQuote.cells[4]![header.indexOf("Flag")]).toBe("Accept");
  });
});

describe("column widths", () => {
  /** Room for text in a column: a character is kept for the cell's margins, and bold text runs a tenth wider. */
  const boldRoom = (width: number) => (width - 1) / 1.1;
  /** Whether the words fit on two lines of `room` characters, no word broken. */
  const fitsOnTwoLines = (header: string, room: number) => {
    const words = header.split(" ");
    return words.some((_, split) => words.slice(0, split).join(" ").length <= room && words.slice(split).join(" ").length <= room);
  };
  const headerRows = (sheet: SheetModel) => [3, sheet.cells.findIndex((cells) => cells[0] === "Data problems") + 1];

  it.each([
    ["scorecard", scorecard],
    ["price review", priceReview],
  ])("let every header of the %s sheet wrap between words onto its two lines, in bold", (_, sheet) => {
    for (const row of headerRows(sheet)) {
      sheet.cells[row]!.forEach((header, column) => {
        if (typeof header !== "string") return;
        expect({ header, fits: fitsOnTwoLines(header, boldRoom(sheet.columnWidths[column]!)) }).toEqual({ header, fits: true });
      });
    }
  });

  it("fit the headers that wrapped mid-word: Lot acceptance, and Column of the data problems", () => {
    const widthOf = (sheet: SheetModel, row: number, header: string) => sheet.columnWidths[sheet.cells[row]!.indexOf(header)]!;
    expect(boldRoom(widthOf(scorecard, 3, "Lot acceptance"))).toBeGreaterThanOrEqual("acceptance".length);
    expect(boldRoom(widthOf(scorecard, headerRows(scorecard)[1]!, "Column"))).toBeGreaterThanOrEqual("Column".length);
    expect(headerWidth("Lot acceptance")).toBe(12);
    expect(headerWidth("Best landed cost (USD)")).toBe(14);
  });

  it("hold each value as its number format shows it, with a character to spare", () => {
    expect(valueWidth(1234567.891, "#,##0.00")).toBe("1,234,567.89".length + 1);
    expect(valueWidth(-0.125, "0.0%")).toBe("-12.5%".length + 1);
    expect(valueWidth(1234567, "#,##0")).toBe("1,234,567".length + 1);
    expect(valueWidth(98.25, "0.0")).toBe("98.3".length + 1);
    expect(valueWidth(0.0125, "#,##0.00##")).toBe("0.0125".length + 1);
    expect(valueWidth(4.5, "#,##0.00##")).toBe("4.50".length + 1);
    expect(valueWidth(285000.4, "#,##0")).toBe("285,000".length + 1);
    expect(valueWidth(serialFromIso("2026-07-15")!, "yyyy-mm-dd")).toBe("2026-07-15".length + 1);
    // Capitals count 1.3 digits wide: "Acme" = 1.3 + 3 = 4.3 → 5, "HOOD-210" = 4 × 1.3 + 4 = 9.2 → 10.
    expect(valueWidth("Acme", null)).toBe(6);
    expect(valueWidth("HOOD-210", null)).toBe(11);
    expect(valueWidth("x".repeat(100), null)).toBe(41);
    expect(valueWidth(null, "0.0%")).toBe(0);
  });

  it("give the price review's Note, empty when generated and typed into during the meeting, room for a sentence", () => {
    const header = priceReview.cells[3]!;
    const note = header.indexOf("Note");
    expect(priceReview.cells.slice(4, 8).every((cells) => cells[note] === null)).toBe(true);
    expect(NOTE_WIDTH).toBeGreaterThanOrEqual(40);
    expect(priceReview.columnWidths[note]).toBe(NOTE_WIDTH);
    // Only the Note: the hidden copy of what Costcard wrote into it stays as narrow as its header needs.
    expect(priceReview.columnWidths[header.indexOf("Costcard wrote: Note")]).toBe(headerWidth("Costcard wrote: Note"));
  });

  it("leave room for the traffic light beside a KPI's value", () => {
    const otd = scorecard.cells[3]!.indexOf("OTD");
    expect(scorecard.columnWidths[otd]).toBeGreaterThanOrEqual(valueWidth(1, "0.0%") + 3);
  });

  it("are not stretched by the data problems' messages, which run into the empty cells to their right", () => {
    const message = scorecard.cells[headerRows(scorecard)[1]!]!.indexOf("Message");
    const longest = Math.max(...review.json.problems.map((problem) => problem.message.length));
    expect(longest).toBeGreaterThan(40);
    expect(scorecard.columnWidths[message]).toBeLessThan(20);
  });
});
