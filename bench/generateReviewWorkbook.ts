import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { serialFromYmd } from "../src/core/excelDate";
import { writeWorkbookFile } from "../src/cli/workbookFile";
import type { TableName } from "../src/schema/tableSpecs";
import type { CellScalar } from "../src/model/rawTable";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsxWorkbook";

/**
 * A big brand's 2026 for the review benchmark: `lines` shipment lines from 50 factories over the
 * year, with quotes (two per SKU and supplier, so every price moves), inspections, responses and
 * FX rates. Seeded, so every run benchmarks the same workbook.
 */

export const BENCH_FILE = ".bench-data/review-100k.xlsx";

export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function benchTables(lines: number): Partial<Record<TableName, CellScalar[][]>> {
  const random = seededRandom(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const currencies = ["USD", "EUR", "CNY", "VND", "INR"];
  const suppliers = Array.from({ length: 50 }, (_, index) => `Factory ${String(index + 1).padStart(2, "0")}`);
  const skus = Array.from({ length: 200 }, (_, index) => `SKU-${String(index + 1).padStart(4, "0")}`);
  const jan1 = serialFromYmd(2026, 1, 1);
  const skusOf = new Map(suppliers.map((supplier) => [supplier, Array.from({ length: 8 }, () => pick(skus))]));
  const currencyOf = new Map(suppliers.map((supplier) => [supplier, pick(currencies)]));

  const quotes: CellScalar[][] = [];
  for (const supplier of suppliers) {
    for (const sku of new Set(skusOf.get(supplier))) {
      const price = 2 + random() * 30;
      for (const [date, factor] of [[jan1 + 20, 1], [jan1 + 200, 1 + (random() - 0.3) * 0.2]] as const) {
        quotes.push([supplier, sku, date, Math.round(price * factor * 100) / 100, currencyOf.get(supplier) ?? "USD", "FOB", 1, 500, null, null, null, null, null, null, 0.3, 0.02, 0.12, null, null, null, 60, 0.3, null, null]);
      }
    }
  }
  const shipments: CellScalar[][] = [];
  for (let line = 0; line < lines; line++) {
    const supplier = pick(suppliers);
    const promised = jan1 + Math.floor(random() * 365);
    const open = random() < 0.05;
    const delivered = open ? null : promised + Math.floor(random() * 12) - 4;
    const quantity = 100 * (1 + Math.floor(random() * 50));
    shipments.push([supplier, `PO-${100_000 + Math.floor(line / 4)}`, pick(skusOf.get(supplier) ?? skus), quantity, promised - 60, promised, delivered, random() < 0.1 ? quantity * 0.9 : null]);
  }
  const inspections: CellScalar[][] = Array.from({ length: 2000 }, () => {
    const major = Math.floor(random() * 8);
    return [pick(suppliers), jan1 + Math.floor(random() * 365), 500 + Math.floor(random() * 9500), null, null, "II", 2.5, 4, 0, major, Math.floor(random() * 10), null, null];
  });
  const responses: CellScalar[][] = Array.from({ length: 1000 }, () => {
    const raised = jan1 + random() * 365;
    return [pick(suppliers), raised, random() < 0.1 ? null : raised + random() * 4];
  });
  const fxRates: CellScalar[][] = currencies.filter((currency) => currency !== "USD").flatMap((currency, index) =>
    Array.from({ length: 12 }, (_, month) => [currency, serialFromYmd(2026, month + 1, 1), [1.1, 0.14, 0.00004, 0.012][index] ?? 1]),
  );
  return {
    Suppliers: suppliers.map((supplier) => [supplier, null, null, "Approved", null, null]),
    Quotes: quotes,
    Shipments: shipments,
    Inspections: inspections,
    Responses: responses,
    FxRates: fxRates,
    Settings: [["OtdToleranceDays", 1]],
  };
}

export async function generateReviewWorkbook(path: string, lines: number): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const workbook = await XlsxWorkbook.create();
  await workbook.setUpTables(benchTables(lines));
  await writeWorkbookFile(path, await workbook.toBytes());
}

if (require.main === module) {
  const lines = Number(process.argv[2] ?? 100_000);
  const started = Date.now();
  void generateReviewWorkbook(BENCH_FILE, lines).then(() => process.stdout.write(`${BENCH_FILE}: ${lines} lines in ${((Date.now() - started) / 1000).toFixed(1)} s\n`));
}
