import fc from "fast-check";
import { serialFromYmd } from "../../../src/core/excelDate";
import { buildReview } from "../../../src/reports/buildReview";
import { reviewWorkbook } from "./reviewWorkbook";

const SUPPLIERS = ["Acme", "Bolt", "Cove"];
const Q2_START = serialFromYmd(2026, 4, 1);
const date = fc.integer({ min: Q2_START, max: Q2_START + 200 });
const cellNoise = fc.oneof(fc.constant(null), fc.constant(""), fc.constant("n/a"), fc.constant(-1), fc.double({ min: -1e3, max: 1e13, noNaN: true }));

const shipment = fc.tuple(fc.constantFrom(...SUPPLIERS, "Ghost"), fc.integer({ min: 0, max: 2000 }), date, fc.option(fc.integer({ min: -5, max: 40 })), fc.option(fc.integer({ min: 0, max: 2000 })), cellNoise, fc.boolean());
const inspection = fc.tuple(fc.constantFrom(...SUPPLIERS), date, fc.integer({ min: 1, max: 20000 }), fc.nat(30), fc.nat(30), fc.nat(2), fc.constantFrom(null, "Pass", "Fail", "Accepted", "maybe"));
const quote = fc.tuple(fc.constantFrom(...SUPPLIERS), fc.constantFrom("S1", "S2"), date, fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(null, "CNY"));

describe("whatever the rows, the review", () => {
  it("finishes, keeps fractions within 0..1, scores within 0..100 with the matching grade, and shares spend to 100%", () => {
    fc.assert(
      fc.property(fc.array(shipment, { maxLength: 30 }), fc.array(inspection, { maxLength: 10 }), fc.array(quote, { maxLength: 10 }), (shipments, inspections, quotes) => {
        const tables = reviewWorkbook({
          Suppliers: [["Supplier"], ...SUPPLIERS.map((name) => [name])],
          Shipments: [
            ["Supplier", "PO", "SKU", "Quantity", "PromisedDate", "DeliveredDate", "DeliveredQty"],
            ...shipments.map(([supplier, quantity, promised, lateBy, delivered, noise, noisy], index) => [
              supplier,
              `P${index}`,
              index % 2 === 0 ? "S1" : "S2",
              noisy ? noise : quantity,
              promised,
              lateBy === null ? null : promised + lateBy,
              delivered,
            ]),
          ],
          Inspections: [["Supplier", "InspectionDate", "LotSize", "Major", "Minor", "Critical", "Result"], ...inspections],
          Quotes: [["Supplier", "SKU", "QuoteDate", "UnitPrice", "Currency"], ...quotes],
          FxRates: [["Currency", "Date", "Rate"], ["CNY", Q2_START, 0.14]],
        });
        const result = buildReview(tables, { period: "2026-Q3", asOf: Q2_START + 150 });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { suppliers } = result.value.json;
        for (const row of suppliers) {
          for (const fraction of [row.otd, row.otdQty, row.otif, row.lotAcceptance, row.spendShare]) {
            if (fraction !== null) expect(fraction >= 0 && fraction <= 1).toBe(true);
          }
          expect(row.otif === null || row.otd === null || row.otif <= row.otd + 1e-12).toBe(true);
          if (row.score === null) expect(row.grade).toBeNull();
          else {
            expect(row.score >= 0 && row.score <= 100).toBe(true);
            expect(row.grade).toBe(row.score >= 85 ? "A" : row.score >= 70 ? "B" : row.score >= 55 ? "C" : "D");
          }
        }
        for (const row of suppliers) {
          // The story: the history ends with this period's score and the previous one's; red flags are misses too; penalties need terms.
          expect(row.history.map((point) => point.period)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
          expect([row.history[3]!.score, row.history[2]!.score]).toEqual([row.score, row.previousScore]);
          for (const flag of row.redFlags) expect(row.missedKpis.map((missed) => missed.kpi)).toContain(flag.kpi);
          expect(row.latePenalties).toBeNull();
          expect([row.openActions, row.overdueActions, row.auditDue]).toEqual([0, 0, true]);
        }
        const total = suppliers.reduce((sum, row) => sum + row.spend, 0);
        if (total > 0) expect(suppliers.reduce((sum, row) => sum + row.spendShare!, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 150 },
    );
  });
});
