import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import JSZip from "jszip";
import { serialFromYmd } from "../src/core/excelDate";
import type { TableName } from "../src/schema/tableSpecs";
import type { CellScalar } from "../src/model/rawTable";
import { readWorkbookLayout } from "../src/workbook/xlsx/workbookLayout";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsxWorkbook";
import { seededRandom } from "./generateReviewWorkbook";

/**
 * The row-limit workbook of issue 11: a Shipments table of 1,048,000 lines (Excel's sheet holds
 * 1,048,576 rows) from 60 suppliers over 2025 and 2026, 2,400 quote rows, 20,000 inspections, 10,000
 * responses, FX rates, duties and the previous quarter's price decisions. Seeded.
 *
 * Building a million rows through XlsxWorkbook (ExcelJS in memory) takes about 4 GB, so the small
 * tables are set up as usual, with two placeholder Shipments rows, and then the Shipments sheet's
 * `<sheetData>` is streamed into the package row by row: shared strings (as Excel and openpyxl
 * write text), the draft's date and number styles, the table's `ref` widened to the real rows.
 * The file is a plain .xlsx with real tables (ListObjects) that Excel, ExcelJS and Costcard open.
 */

/** With Payments and Forecasts (a new name, so a workbook generated before issue 19 is not taken for one). */
export const ROW_LIMIT_FILE = ".bench-data/review-rowlimit-customer.xlsx";
export const ROW_LIMIT_FILE_WITHOUT_CUSTOMER = ".bench-data/review-rowlimit.xlsx";
export const ROW_LIMIT_LINES = 1_048_000;

const SUPPLIERS = Array.from({ length: 60 }, (_, index) => `Factory ${String(index + 1).padStart(2, "0")}`);
const CURRENCIES = ["USD", "EUR", "CNY", "VND", "INR"];
const SKUS_PER_SUPPLIER = 20;
const ROWS_PER_CHUNK = 2000;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

interface Plan {
  readonly random: () => number;
  readonly skusOf: ReadonlyMap<string, readonly string[]>;
  readonly tables: Partial<Record<TableName, CellScalar[][]>>;
}

/**
 * Our scorecard's tables (issue 19) at the same scale: a monthly invoice per supplier over 2025 and
 * 2026 (1,440 rows, a fifth paid late, some unpaid) and a forecast per SKU and month given four
 * months ahead, with a late revision for one in five (about 34,500 rows). Their own random stream,
 * so the Shipments lines are the same with them and without.
 */
function customerTables(skusOf: ReadonlyMap<string, readonly string[]>): Pick<Plan["tables"], "Payments" | "Forecasts"> {
  const random = seededRandom(19);
  const months = Array.from({ length: 24 }, (_, index) => serialFromYmd(2025 + Math.floor(index / 12), (index % 12) + 1, 1));
  const payments: CellScalar[][] = [];
  const forecasts: CellScalar[][] = [];
  for (const supplier of SUPPLIERS) {
    months.forEach((month, index) => {
      const due = month + 27;
      const paid = random() < 0.05 ? null : due + (random() < 0.2 ? 1 + Math.floor(random() * 30) : -Math.floor(random() * 5));
      payments.push([supplier, `INV-${supplier.slice(-2)}-${index}`, Math.round(random() * 100_000), "USD", due, paid]);
      for (const sku of skusOf.get(supplier) ?? []) {
        const quantity = 100 * (400 + Math.floor(random() * 1000));
        forecasts.push([supplier, sku, month, quantity, month - 120]);
        if (random() < 0.2) forecasts.push([supplier, sku, month, Math.round(quantity * 0.8), month - 20]);
      }
    });
  }
  return { Payments: payments, Forecasts: forecasts };
}

/** Every table but Shipments, at the sizes a brand with a million shipment lines has; `settings` rows follow OtdToleranceDays. */
function smallTables(withCustomerTables: boolean, settings: readonly CellScalar[][]): Plan {
  const random = seededRandom(1_048_000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const jan2025 = serialFromYmd(2025, 1, 1);
  const skus = Array.from({ length: 600 }, (_, index) => `SKU-${String(index + 1).padStart(4, "0")}`);
  const skusOf = new Map(SUPPLIERS.map((supplier, index) => [supplier, Array.from({ length: SKUS_PER_SUPPLIER }, (_, at) => skus[(index * 7 + at * 31) % skus.length] as string)]));
  const currencyOf = new Map(SUPPLIERS.map((supplier) => [supplier, pick(CURRENCIES)]));
  const quotes: CellScalar[][] = [];
  const decisions: CellScalar[][] = [];
  for (const supplier of SUPPLIERS) {
    for (const sku of skusOf.get(supplier) ?? []) {
      const price = 2 + random() * 30;
      const later = Math.round(price * (1 + (random() - 0.3) * 0.2) * 100) / 100;
      for (const [date, unitPrice] of [[serialFromYmd(2024, 10, 1), Math.round(price * 100) / 100], [serialFromYmd(2026, 5, 1) + Math.floor(random() * 60), later]] as const) {
        quotes.push([supplier, sku, date, unitPrice, currencyOf.get(supplier) ?? "USD", "FOB", 1000, 500, null, null, null, null, null, null, 0.3, 0.02, 0.12, null, null, null, 60, 0.3, null, null, null]);
      }
      if (random() < 0.3) decisions.push(["2026-Q2", sku, supplier, "Accept", later, serialFromYmd(2026, 7, 1), "Buyer", serialFromYmd(2026, 6, 28) + 0.5, null]);
    }
  }
  const inspections: CellScalar[][] = Array.from({ length: 20_000 }, () => {
    const major = Math.floor(random() * 8);
    return [pick(SUPPLIERS), jan2025 + Math.floor(random() * 730), 500 + Math.floor(random() * 9500), null, null, "II", 2.5, 4, 0, major, Math.floor(random() * 10), null, null];
  });
  const responses: CellScalar[][] = Array.from({ length: 10_000 }, () => {
    const raised = jan2025 + random() * 730;
    return [pick(SUPPLIERS), raised, random() < 0.1 ? null : raised + random() * 4];
  });
  const fxRates: CellScalar[][] = CURRENCIES.filter((currency) => currency !== "USD").flatMap((currency, index) =>
    Array.from({ length: 27 }, (_, month) => [currency, serialFromYmd(2024 + Math.floor((month + 9) / 12), ((month + 9) % 12) + 1, 1), ([1.1, 0.14, 0.00004, 0.012][index] ?? 1) * (1 + (random() - 0.5) * 0.02)]),
  );
  const placeholder: CellScalar[] = ["Factory 01", "PO-0", null, 1, null, jan2025, jan2025, null];
  return {
    random,
    skusOf,
    tables: {
      Suppliers: SUPPLIERS.map((supplier) => [supplier, pick(["CN", "VN", "IN", "BD"]), "Apparel", "Approved", null, null]),
      Quotes: quotes,
      Shipments: [placeholder, placeholder],
      Inspections: inspections,
      Responses: responses,
      FxRates: fxRates,
      Duties: [["CN", "6109.10.0012", "Section 301", 0.075, null, jan2025, null, "USTR"]],
      PriceDecisions: decisions,
      ...(withCustomerTables ? customerTables(skusOf) : {}),
      Settings: [["OtdToleranceDays", 1], ...settings],
    },
  };
}

/** Shared strings added for the Shipments sheet: index by text, starting after the draft's own. */
class StringTable {
  readonly added: string[] = [];
  private readonly indices = new Map<string, number>();
  constructor(private readonly offset: number) {}
  index(text: string): number {
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.offset + this.added.length;
      this.indices.set(text, index);
      this.added.push(text);
    }
    return index;
  }
}

/** The `s` (style) attribute of each column of the draft's first Shipments body row, by column letter. */
function bodyStyles(sheetXml: string): Map<string, string> {
  const row = /<row[^>]*\br="2"[^>]*>([\s\S]*?)<\/row>/.exec(sheetXml)?.[1] ?? "";
  const styles = new Map<string, string>();
  for (const [, attributes] of row.matchAll(/<c\b([^>]*)>/g)) {
    const letter = /\br="([A-Z]+)2"/.exec(attributes ?? "")?.[1];
    const style = /\bs="(\d+)"/.exec(attributes ?? "")?.[1];
    if (letter !== undefined && style !== undefined) styles.set(letter, style);
  }
  return styles;
}

function* shipmentRows(plan: Plan, lines: number, strings: StringTable, styles: ReadonlyMap<string, string>): Generator<Buffer> {
  const { random, skusOf } = plan;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const jan2025 = serialFromYmd(2025, 1, 1);
  const style = (letter: string) => (styles.has(letter) ? ` s="${styles.get(letter)}"` : "");
  const [sD, sE, sF, sG, sH] = ["D", "E", "F", "G", "H"].map(style);
  const text = (letter: string, row: number, value: string) => `<c r="${letter}${row}" t="s"${style(letter)}><v>${strings.index(value)}</v></c>`;
  let chunk = "";
  for (let line = 0; line < lines; line++) {
    const row = line + 2;
    const supplier = pick(SUPPLIERS);
    const promised = jan2025 + Math.floor(random() * 730);
    const open = random() < 0.05;
    const delivered = open ? null : promised + Math.floor(random() * 12) - 4;
    const quantity = 100 * (1 + Math.floor(random() * 50));
    const short = random() < 0.1;
    chunk +=
      `<row r="${row}" spans="1:8">` +
      text("A", row, supplier) +
      text("B", row, `PO-${100_000 + Math.floor(line / 4)}`) +
      text("C", row, pick(skusOf.get(supplier) ?? [])) +
      `<c r="D${row}"${sD}><v>${quantity}</v></c>` +
      `<c r="E${row}"${sE}><v>${promised - 60}</v></c>` +
      `<c r="F${row}"${sF}><v>${promised}</v></c>` +
      (delivered === null ? "" : `<c r="G${row}"${sG}><v>${delivered}</v></c>`) +
      (short ? `<c r="H${row}"${sH}><v>${quantity * 0.9}</v></c>` : "") +
      "</row>";
    if ((line + 1) % ROWS_PER_CHUNK === 0) {
      yield Buffer.from(chunk);
      chunk = "";
    }
  }
  if (chunk !== "") yield Buffer.from(chunk);
}

/**
 * The workbook without customer tables (issue 11's shape) whose Settings set HistoryPeriods and
 * RedFlagPeriods (the latter only when given: else its default), to measure what the supplier's
 * story costs (bench/featureCost.bench.ts). Settings draw nothing from the random stream, so the
 * Shipments lines are those of every other variant of the same size. Each variant and size has its
 * own file, so one generated for other Settings is never taken for it.
 */
export function historyVariant(historyPeriods: number, redFlagPeriods: number | null, lines = ROW_LIMIT_LINES): { file: string; settings: CellScalar[][] } {
  const settings: CellScalar[][] = [["HistoryPeriods", historyPeriods], ...(redFlagPeriods === null ? [] : [["RedFlagPeriods", redFlagPeriods]])];
  const name = `history${historyPeriods}${redFlagPeriods === null ? "" : `-redflag${redFlagPeriods}`}`;
  return { file: `.bench-data/review-rowlimit-${name}${lines === ROW_LIMIT_LINES ? "" : `-${lines}`}.xlsx`, settings };
}

/**
 * `withCustomerTables` false: the workbook as before issue 19, to measure what Payments and
 * Forecasts cost; `settings`: Settings rows besides OtdToleranceDays 1 (`historyVariant`).
 */
export async function generateRowLimitWorkbook(path: string, lines = ROW_LIMIT_LINES, withCustomerTables = true, settings: readonly CellScalar[][] = []): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const plan = smallTables(withCustomerTables, settings);
  const draft = await XlsxWorkbook.create();
  await draft.setUpTables(plan.tables);
  const zip = await JSZip.loadAsync(await draft.toBytes());
  const layout = await readWorkbookLayout(zip);
  const table = layout.tables.find((entry) => entry.name === "Shipments");
  const sheet = layout.sheets.find((entry) => entry.name === table?.sheet);
  if (table === undefined || sheet === undefined || layout.sharedStringsPath === undefined) throw new Error("the draft has no Shipments table or no shared strings");
  const sheetXml = (await zip.file(sheet.path)?.async("string")) ?? "";
  const sstXml = (await zip.file(layout.sharedStringsPath)?.async("string")) ?? "";
  const offset = Number(/uniqueCount="(\d+)"/.exec(sstXml)?.[1] ?? NaN);
  if (!Number.isInteger(offset)) throw new Error("the draft's shared strings have no uniqueCount");
  const strings = new StringTable(offset);
  const lastRow = lines + 1;
  const dataStart = sheetXml.indexOf("<sheetData>");
  const dataEnd = sheetXml.indexOf("</sheetData>");
  // The table's last column (Shipments grows: Excused made it I), so its range and filter are widened whatever it is.
  const tableXml = (await zip.file(table.path)?.async("string")) ?? "";
  const lastColumn = /\bref="A1:([A-Z]+)\d+"/.exec(tableXml)?.[1];
  if (lastColumn === undefined) throw new Error("the draft's Shipments table has no range starting at A1");
  const head = sheetXml.slice(0, dataStart).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${lastColumn}${lastRow}"/>`);
  const headerRow = /<row[^>]*\br="1"[^>]*>[\s\S]*?<\/row>/.exec(sheetXml)?.[0] ?? "";
  const styles = bodyStyles(sheetXml);
  const tail = sheetXml.slice(dataEnd);
  async function* sheetParts(): AsyncGenerator<Buffer> {
    yield Buffer.from(`${head}<sheetData>${headerRow}`);
    yield* shipmentRows(plan, lines, strings, styles);
    yield Buffer.from(tail);
  }
  const sheetStream = Readable.from(sheetParts(), { objectMode: false });
  zip.remove(sheet.path);
  zip.remove(layout.sharedStringsPath);
  zip.file(sheet.path, sheetStream as unknown as NodeJS.ReadableStream, { binary: true });
  const widened = tableXml.replace(/\bref="A1:[A-Z]+\d+"/g, `ref="A1:${lastColumn}${lastRow}"`);
  if (!widened.includes(`ref="A1:${lastColumn}${lastRow}"`)) throw new Error("the Shipments table's range was not widened");
  zip.file(table.path, widened);
  const sstStream = Readable.from(
    (async function* () {
      const items = strings.added.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join("");
      const total = offset + strings.added.length;
      yield Buffer.from(sstXml.replace(/uniqueCount="\d+"/, `uniqueCount="${total}"`).replace(/\bcount="\d+"/, `count="${total}"`).replace("</sst>", `${items}</sst>`));
    })(),
  );
  zip.file(layout.sharedStringsPath, sstStream as unknown as NodeJS.ReadableStream, { binary: true });
  // JSZip writes the parts in the order they were added: the shared strings, added last, are made
  // (lazily, by their stream) once the sheet is written.
  await pipeline(zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE", compressionOptions: { level: 6 } }), createWriteStream(path));
}

/**
 * Whether `path` is a workbook this generator made with `lines` shipment lines in its Shipments
 * table. Until 2026-12-07 the table's range was widened only when it ended in column H, so once
 * Shipments gained its ninth column (Excused, issue 18) the files held a million rows on the sheet
 * but a table of two lines: a bench must not take such a file for the real one.
 */
export async function holdsLines(path: string, lines: number): Promise<boolean> {
  if (!existsSync(path)) return false;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const table = (await readWorkbookLayout(zip)).tables.find((entry) => entry.name === "Shipments");
  const tableXml = table === undefined ? "" : ((await zip.file(table.path)?.async("string")) ?? "");
  return new RegExp(`\\bref="A1:[A-Z]+${lines + 1}"`).test(tableXml);
}

if (require.main === module) {
  const lines = Number(process.argv[2] ?? ROW_LIMIT_LINES);
  const started = Date.now();
  void generateRowLimitWorkbook(ROW_LIMIT_FILE, lines).then(() => process.stdout.write(`${ROW_LIMIT_FILE}: ${lines} lines in ${((Date.now() - started) / 1000).toFixed(1)} s\n`));
}
