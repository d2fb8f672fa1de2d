import type { TableName } from "../schema/tableSpecs";
import type { CellScalar } from "../model/rawTable";

/**
 * A small brand's 2026 in every Costcard table, rows in TABLE_SPECS column order: seven factories
 * in six countries quoting in five currencies. Built so that a 2026-Q3 review (previous period
 * 2026-Q2) shows every column of both generated sheets:
 * - price changes between Q2 and Q3 above 3% that the indices justify (Saigon's and Izmir's, Accept)
 *   and that they do not (Dhaka's tee, Porto's runner: Negotiate), one without indices (Hanoi's
 *   hoodie: Negotiate), one under the threshold (Tiruppur's tee), one unchanged (Saigon's hoodie),
 *   new quotes (Dhaka's socks: New), a breakdown that does not sum (Hanoi's polo: Check breakdown),
 *   price-break tiers (Saigon's tee, Ningbo's tote) and tooling (Ningbo, Porto);
 * - single-source SKUs (JEAN-501, SHOE-RUN, BAG-TOTE, POLO-220) and SKUs quoted by several
 *   suppliers (TEE-001 by three, HOOD-210 and SOCK-3PK by two);
 * - early, on-time, within-tolerance (OtdToleranceDays 2), late, partial and open shipments;
 * - two rejected lots among Tiruppur's last five, which moves it to tightened inspection;
 * - an unanswered response and lower-is-better KPIs on both sides of their targets;
 * - duties from the Duties table (real US lines with their sources): every quote's DutyRate is blank
 *   and its HtsCode set, so the review shows old and new duty rates and the tariff effect of
 *   Section 122's end in July 2026, and Ningbo's tote carries Section 301;
 * - order dates on every PO but Tiruppur's, so leadTimeSlip shows, and open ordered lines (Saigon's
 *   and Dhaka's) hold deposits;
 * - a supplier's story: lines in 2025-Q4 and 2026-Q1 for a score history (none for Porto), late
 *   penalty clauses (Saigon, Dhaka, Tiruppur), an Excused late line (Dhaka's PO-DHK-2603), an open
 *   action overdue (Dhaka), one open (Tiruppur) and one closed (Hanoi), audits out of date (Dhaka,
 *   Tiruppur, Guangzhou).
 *   and Dhaka's) hold deposits.
 * - payments and forecasts for "Our Scorecard 2026-Q3": Saigon paid on time and forecast well, Dhaka
 *   was paid late and was told of an August order that never came (a good July, a poor August).
 * Dates are Excel serials (1900 date system).
 */

/** Excel serial of 1 January (none of these years is a leap year). */
const JANUARY_FIRST = { 2018: 43101, 2019: 43466, 2025: 45658, 2026: 46023, 2027: 46388 } as const;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

function day(year: keyof typeof JANUARY_FIRST, month: number, dayOfMonth: number, hour = 0, minute = 0): number {
  return JANUARY_FIRST[year] + (DAYS_BEFORE_MONTH[month - 1] ?? 0) + dayOfMonth - 1 + (hour * 60 + minute) / 1440;
}

const SAIGON = "Saigon Stitch Co.";
const HANOI = "Hanoi Garment JSC";
const DHAKA = "Dhaka Knitwear Ltd";
const NINGBO = "Ningbo Bags Manufacturing";
const PORTO = "Porto Footwear Lda";
const IZMIR = "Izmir Denim A.S.";
const TIRUPPUR = "Tiruppur Cotton Mills";
const GUANGZHOU = "Guangzhou Trims Co.";

const COTTON = "Cotton A Index";

// Quotes: Supplier, SKU, QuoteDate, UnitPrice, Currency, Incoterm, Quantity, MOQ, Material, Trims,
// Labor, Overhead, Packaging, Margin, FreightPerUnit, InsurancePerUnit, DutyRate, HtsCode, Origin,
// Tooling, LeadTimeDays, DepositPct, MaterialIndex, LaborIndex. DutyRate is blank: the duty comes from
// Duties by HtsCode and Origin (blank: the supplier's Country; Ningbo's says CN).
const QUOTES: CellScalar[][] = [
  [SAIGON, "TEE-001", day(2026, 3, 10), 4.2, "USD", "FOB", 1, 3000, 1.9, 0.25, 1.05, 0.45, 0.15, 0.4, 0.18, 0.02, null, "6109.10.00", null, null, 60, 0.3, COTTON, "VN Garment Wage"],
  [SAIGON, "TEE-001", day(2026, 3, 10), 4.05, "USD", "FOB", 10000, 3000, null, null, null, null, null, null, 0.18, 0.02, null, "6109.10.00", null, null, 60, 0.3, COTTON, "VN Garment Wage"],
  [SAIGON, "TEE-001", day(2026, 7, 20), 4.45, "USD", "FOB", 1, 3000, 2.14, 0.25, 1.08, 0.45, 0.15, 0.38, 0.18, 0.02, null, "6109.10.00", null, null, 60, 0.3, COTTON, "VN Garment Wage"],
  [SAIGON, "TEE-001", day(2026, 7, 20), 4.3, "USD", "FOB", 10000, 3000, null, null, null, null, null, null, 0.18, 0.02, null, "6109.10.00", null, null, 60, 0.3, COTTON, "VN Garment Wage"],
  [SAIGON, "HOOD-210", day(2026, 2, 15), 11.8, "USD", "FOB", 1, 1500, 5.6, 0.9, 2.8, 1.1, 0.3, 1.1, 0.45, 0.05, null, "6110.20.20", null, null, 70, 0.3, COTTON, "VN Garment Wage"],
  [DHAKA, "TEE-001", day(2026, 3, 20), 3.9, "USD", "FOB", 1, 5000, 1.8, 0.2, 0.95, 0.4, 0.15, 0.4, 0.2, 0.02, null, "6109.10.00", null, null, 75, 0.2, COTTON, "BD Garment Wage"],
  [DHAKA, "TEE-001", day(2026, 8, 10), 4.25, "USD", "FOB", 1, 5000, 2.05, 0.2, 1.0, 0.45, 0.15, 0.4, 0.2, 0.02, null, "6109.10.00", null, null, 75, 0.2, COTTON, "BD Garment Wage"],
  [DHAKA, "SOCK-3PK", day(2026, 7, 15), 1.1, "USD", "FOB", 1, 10000, null, null, null, null, null, null, 0.06, 0.01, null, "6115.95.90", null, null, 60, 0.2, null, null],
  [TIRUPPUR, "TEE-001", day(2026, 1, 15), 330, "INR", "FOB", 1, 3000, 150, 20, 80, 35, 15, 30, 0.22, 0.02, null, "6109.10.00", null, null, 65, 0.25, COTTON, null],
  [TIRUPPUR, "TEE-001", day(2026, 7, 5), 335, "INR", "FOB", 1, 3000, 155, 20, 80, 35, 15, 30, 0.22, 0.02, null, "6109.10.00", null, null, 65, 0.25, COTTON, null],
  [TIRUPPUR, "SOCK-3PK", day(2026, 2, 1), 95, "INR", "FOB", 1, 10000, null, null, null, null, null, null, 0.07, 0.01, null, "6115.95.90", null, null, 55, 0.25, null, null],
  [HANOI, "HOOD-210", day(2026, 3, 1), 285000, "VND", "FOB", 1, 1500, 135000, 20000, 70000, 25000, 8000, 27000, 0.45, 0.05, null, "6110.20.20", null, null, 70, 0.3, null, null],
  [HANOI, "HOOD-210", day(2026, 7, 10), 298000, "VND", "FOB", 1, 1500, 140000, 20000, 76000, 25000, 8000, 29000, 0.45, 0.05, null, "6110.20.20", null, null, 70, 0.3, null, null],
  [HANOI, "POLO-220", day(2026, 2, 20), 190000, "VND", "FOB", 1, 2000, 90000, 12000, 48000, 18000, 6000, 16000, 0.25, 0.03, null, "6105.10.00", null, null, 60, 0.3, null, null],
  // The components sum to 184,000 VND, 6% short of the unit price: flagged "Check breakdown".
  [HANOI, "POLO-220", day(2026, 8, 5), 196000, "VND", "FOB", 1, 2000, 90000, 12000, 48000, 18000, 6000, 10000, 0.25, 0.03, null, "6105.10.00", null, null, 60, 0.3, null, null],
  [NINGBO, "BAG-TOTE", day(2026, 1, 10), 44, "CNY", "FOB", 1000, 1000, 24, 3, 7, 4, 2, 4, 0.35, 0.03, null, "4202.92.31", "CN", 4000, 45, 0.3, "Polyester Index", null],
  [NINGBO, "BAG-TOTE", day(2026, 1, 10), 42, "CNY", "FOB", 3000, 1000, null, null, null, null, null, null, 0.35, 0.03, null, "4202.92.31", "CN", 4000, 45, 0.3, "Polyester Index", null],
  [NINGBO, "BAG-TOTE", day(2026, 1, 10), 40.5, "CNY", "FOB", 5000, 1000, null, null, null, null, null, null, 0.35, 0.03, null, "4202.92.31", "CN", 4000, 45, 0.3, "Polyester Index", null],
  [NINGBO, "BAG-TOTE", day(2026, 7, 28), 44.8, "CNY", "FOB", 1000, 1000, 24.8, 3, 7, 4, 2, 4, 0.35, 0.03, null, "4202.92.31", "CN", 4000, 45, 0.3, "Polyester Index", null],
  [NINGBO, "BAG-TOTE", day(2026, 7, 28), 42.5, "CNY", "FOB", 3000, 1000, null, null, null, null, null, null, 0.35, 0.03, null, "4202.92.31", "CN", 4000, 45, 0.3, "Polyester Index", null],
  [NINGBO, "BAG-TOTE", day(2026, 7, 28), 41, "CNY", "FOB", 5000, 1000, null, null, null, null, null, null, 0.35, 0.03, null, "4202.92.31", "CN", 4000, 45, 0.3, "Polyester Index", null],
  [PORTO, "SHOE-RUN", day(2026, 2, 1), 38, "EUR", "FCA", 1, 600, 16, 2.5, 10, 4, 1.5, 4, 0.9, 0.1, null, "6404.11.90", null, 3000, 50, 0.25, "Leather Index", "PT Footwear Wage"],
  [PORTO, "SHOE-RUN", day(2026, 8, 15), 41.5, "EUR", "FCA", 1, 600, 17, 2.5, 11, 4.5, 1.5, 5, 0.9, 0.1, null, "6404.11.90", null, 3000, 50, 0.25, "Leather Index", "PT Footwear Wage"],
  [IZMIR, "JEAN-501", day(2026, 4, 1), 560, "TRY", "FOB", 1, 1000, 240, 30, 200, 40, 10, 40, 0.6, 0.05, null, "6203.42.40", null, null, 40, 0.3, COTTON, "TR Minimum Wage"],
  [IZMIR, "JEAN-501", day(2026, 8, 1), 640, "TRY", "FOB", 1, 1000, 265, 30, 260, 40, 10, 35, 0.6, 0.05, null, "6203.42.40", null, null, 40, 0.3, COTTON, "TR Minimum Wage"],
];

// Shipments: Supplier, PO, SKU, Quantity, OrderDate, PromisedDate, DeliveredDate, DeliveredQty. Each PO
// is ordered its quoted lead time before its promised date; Tiruppur records no order dates, so its
// lines have no lead-time slip and its open line no deposit (docs/kpis.md).
const SHIPMENTS: CellScalar[][] = [
  [SAIGON, "PO-SGS-2601", "TEE-001", 6000, day(2026, 4, 10) - 60, day(2026, 4, 10), day(2026, 4, 9), null],
  [SAIGON, "PO-SGS-2602", "HOOD-210", 2500, day(2026, 5, 15) - 70, day(2026, 5, 15), day(2026, 5, 15), null],
  [SAIGON, "PO-SGS-2603", "TEE-001", 8000, day(2026, 6, 20) - 60, day(2026, 6, 20), day(2026, 6, 24), null],
  [SAIGON, "PO-SGS-2604", "TEE-001", 7000, day(2026, 7, 8) - 60, day(2026, 7, 8), day(2026, 7, 7), null],
  [SAIGON, "PO-SGS-2605", "HOOD-210", 3000, day(2026, 7, 25) - 70, day(2026, 7, 25), day(2026, 7, 26), null],
  [SAIGON, "PO-SGS-2606", "TEE-001", 12000, day(2026, 8, 18) - 60, day(2026, 8, 18), day(2026, 8, 18), null],
  [SAIGON, "PO-SGS-2607", "HOOD-210", 2800, day(2026, 9, 12) - 70, day(2026, 9, 12), day(2026, 9, 10), null],
  [SAIGON, "PO-SGS-2608", "TEE-001", 6500, day(2026, 9, 26) - 60, day(2026, 9, 26), day(2026, 9, 28), null],
  [SAIGON, "PO-SGS-2609", "TEE-001", 7000, day(2026, 10, 20) - 60, day(2026, 10, 20), null, null],
  [DHAKA, "PO-DHK-2601", "TEE-001", 10000, day(2026, 4, 15) - 75, day(2026, 4, 15), day(2026, 4, 29), null],
  [DHAKA, "PO-DHK-2602", "TEE-001", 12000, day(2026, 6, 5) - 75, day(2026, 6, 5), day(2026, 6, 6), null],
  [DHAKA, "PO-DHK-2603", "TEE-001", 10000, day(2026, 7, 10) - 75, day(2026, 7, 10), day(2026, 7, 24), null, "Yes"],
  [DHAKA, "PO-DHK-2604", "TEE-001", 12000, day(2026, 8, 5) - 75, day(2026, 8, 5), day(2026, 8, 5), 11400],
  [DHAKA, "PO-DHK-2605", "SOCK-3PK", 20000, day(2026, 8, 28) - 60, day(2026, 8, 28), day(2026, 9, 9), null],
  [DHAKA, "PO-DHK-2606", "TEE-001", 9000, day(2026, 9, 20) - 75, day(2026, 9, 20), null, null],
  [DHAKA, "PO-DHK-2607", "TEE-001", 8000, day(2026, 9, 25) - 75, day(2026, 9, 25), day(2026, 9, 25), null],
  [HANOI, "PO-HNG-2601", "POLO-220", 4000, day(2026, 5, 5) - 60, day(2026, 5, 5), day(2026, 5, 6), null],
  [HANOI, "PO-HNG-2602", "HOOD-210", 2000, day(2026, 6, 12) - 70, day(2026, 6, 12), day(2026, 6, 10), null],
  [HANOI, "PO-HNG-2603", "POLO-220", 5000, day(2026, 7, 15) - 60, day(2026, 7, 15), day(2026, 7, 16), null],
  [HANOI, "PO-HNG-2604", "HOOD-210", 2500, day(2026, 8, 14) - 70, day(2026, 8, 14), day(2026, 8, 20), null],
  [HANOI, "PO-HNG-2605", "POLO-220", 4500, day(2026, 9, 18) - 60, day(2026, 9, 18), day(2026, 9, 17), null],
  [NINGBO, "PO-NBB-2601", "BAG-TOTE", 3000, day(2026, 4, 20) - 45, day(2026, 4, 20), day(2026, 4, 18), null],
  [NINGBO, "PO-NBB-2602", "BAG-TOTE", 5000, day(2026, 6, 15) - 45, day(2026, 6, 15), day(2026, 6, 15), null],
  [NINGBO, "PO-NBB-2603", "BAG-TOTE", 3000, day(2026, 7, 20) - 45, day(2026, 7, 20), day(2026, 7, 19), null],
  [NINGBO, "PO-NBB-2604", "BAG-TOTE", 6000, day(2026, 8, 25) - 45, day(2026, 8, 25), day(2026, 8, 25), 5800],
  [NINGBO, "PO-NBB-2605", "BAG-TOTE", 3500, day(2026, 9, 22) - 45, day(2026, 9, 22), day(2026, 9, 21), null],
  [PORTO, "PO-PTF-2601", "SHOE-RUN", 1200, day(2026, 5, 20) - 50, day(2026, 5, 20), day(2026, 5, 19), null],
  [PORTO, "PO-PTF-2602", "SHOE-RUN", 1500, day(2026, 7, 30) - 50, day(2026, 7, 30), day(2026, 7, 28), null],
  [PORTO, "PO-PTF-2603", "SHOE-RUN", 1800, day(2026, 9, 15) - 50, day(2026, 9, 15), day(2026, 9, 15), null],
  [IZMIR, "PO-IZD-2601", "JEAN-501", 3000, day(2026, 4, 25) - 40, day(2026, 4, 25), day(2026, 4, 30), null],
  [IZMIR, "PO-IZD-2602", "JEAN-501", 2500, day(2026, 6, 18) - 40, day(2026, 6, 18), day(2026, 6, 18), null],
  [IZMIR, "PO-IZD-2603", "JEAN-501", 3000, day(2026, 7, 22) - 40, day(2026, 7, 22), day(2026, 7, 25), null],
  [IZMIR, "PO-IZD-2604", "JEAN-501", 3500, day(2026, 8, 27) - 40, day(2026, 8, 27), day(2026, 8, 26), null],
  [IZMIR, "PO-IZD-2605", "JEAN-501", 2000, day(2026, 9, 24) - 40, day(2026, 9, 24), day(2026, 9, 29), 1900],
  [TIRUPPUR, "PO-TCM-2601", "TEE-001", 5000, null, day(2026, 4, 12), day(2026, 4, 26), null],
  [TIRUPPUR, "PO-TCM-2602", "SOCK-3PK", 15000, null, day(2026, 6, 1), day(2026, 6, 3), null],
  [TIRUPPUR, "PO-TCM-2603", "TEE-001", 6000, null, day(2026, 7, 5), day(2026, 7, 19), 5500],
  [TIRUPPUR, "PO-TCM-2604", "SOCK-3PK", 15000, null, day(2026, 8, 10), day(2026, 8, 12), null],
  [TIRUPPUR, "PO-TCM-2605", "TEE-001", 5000, null, day(2026, 9, 8), day(2026, 9, 23), null],
  [TIRUPPUR, "PO-TCM-2606", "SOCK-3PK", 12000, null, day(2026, 9, 28), null, null],
  // Earlier quarters, for the score history (docs/kpis.md): delivered lines without order dates, so
  // no deposit or lead time of 2026-Q2 or Q3 moves. Porto shipped nothing then: its history has gaps.
  [SAIGON, "PO-SGS-2511", "TEE-001", 5000, null, day(2025, 11, 10), day(2025, 11, 9), null],
  [SAIGON, "PO-SGS-2602A", "TEE-001", 6000, null, day(2026, 2, 16), day(2026, 2, 16), null],
  [DHAKA, "PO-DHK-2511", "TEE-001", 8000, null, day(2025, 11, 20), day(2025, 11, 21), null],
  [DHAKA, "PO-DHK-2602A", "TEE-001", 9000, null, day(2026, 2, 20), day(2026, 2, 27), null],
  [HANOI, "PO-HNG-2512", "POLO-220", 3000, null, day(2025, 12, 5), day(2025, 12, 5), null],
  [HANOI, "PO-HNG-2603A", "POLO-220", 3500, null, day(2026, 3, 5), day(2026, 3, 9), null],
  [NINGBO, "PO-NBB-2601A", "BAG-TOTE", 3000, null, day(2026, 1, 25), day(2026, 1, 24), null],
  [IZMIR, "PO-IZD-2602A", "JEAN-501", 2500, null, day(2026, 2, 10), day(2026, 2, 10), null],
  [TIRUPPUR, "PO-TCM-2510", "TEE-001", 4000, null, day(2025, 10, 15), day(2025, 10, 20), null],
  [TIRUPPUR, "PO-TCM-2603A", "SOCK-3PK", 10000, null, day(2026, 3, 10), day(2026, 3, 18), null],
];

// Inspections: Supplier, InspectionDate, LotSize, PO, SKU, Level, AQLMajor, AQLMinor, Critical,
// Major, Minor, SampleSize, Result (blank: computed from the defects).
const INSPECTIONS: CellScalar[][] = [
  [SAIGON, day(2026, 4, 5), 6000, "PO-SGS-2601", "TEE-001", "II", 2.5, 4, 0, 4, 6, null, "Pass"],
  [SAIGON, day(2026, 7, 3), 7000, "PO-SGS-2604", "TEE-001", "II", 2.5, 4, 0, 1, 1, null, "Pass"],
  [SAIGON, day(2026, 7, 22), 3000, "PO-SGS-2605", "HOOD-210", "II", 2.5, 4, 0, 1, 1, null, "Pass"],
  [SAIGON, day(2026, 8, 14), 12000, "PO-SGS-2606", "TEE-001", "II", 2.5, 4, 0, 2, 2, null, null],
  [SAIGON, day(2026, 9, 22), 6500, "PO-SGS-2608", "TEE-001", "II", 2.5, 4, 0, 1, 1, null, "Pass"],
  [DHAKA, day(2026, 4, 12), 10000, "PO-DHK-2601", "TEE-001", "II", 2.5, 4, 0, 8, 9, null, "Pass"],
  [DHAKA, day(2026, 7, 18), 10000, "PO-DHK-2603", "TEE-001", "II", 2.5, 4, 0, 12, 10, null, "Fail"],
  [DHAKA, day(2026, 8, 1), 12000, "PO-DHK-2604", "TEE-001", "II", 2.5, 4, 0, 9, 12, null, null],
  [DHAKA, day(2026, 9, 5), 20000, "PO-DHK-2605", "SOCK-3PK", "II", 2.5, 4, 0, 10, 14, null, "Pass"],
  [HANOI, day(2026, 7, 12), 5000, "PO-HNG-2603", "POLO-220", "II", 2.5, 4, 0, 1, 2, null, "Pass"],
  [HANOI, day(2026, 8, 12), 2500, "PO-HNG-2604", "HOOD-210", "II", 2.5, 4, 0, 2, 2, null, "Pass"],
  [HANOI, day(2026, 9, 14), 4500, "PO-HNG-2605", "POLO-220", "II", 2.5, 4, 0, 1, 1, null, "Pass"],
  [NINGBO, day(2026, 7, 16), 3000, "PO-NBB-2603", "BAG-TOTE", "II", 2.5, 4, 0, 0, 1, null, "Pass"],
  [NINGBO, day(2026, 8, 21), 6000, "PO-NBB-2604", "BAG-TOTE", "II", 2.5, 4, 0, 1, 2, null, "Pass"],
  [NINGBO, day(2026, 9, 18), 3500, "PO-NBB-2605", "BAG-TOTE", "II", 2.5, 4, 0, 0, 1, null, "Pass"],
  [PORTO, day(2026, 5, 16), 1200, "PO-PTF-2601", "SHOE-RUN", "II", 1.5, 4, 0, 0, 2, null, "Pass"],
  [PORTO, day(2026, 7, 25), 1500, "PO-PTF-2602", "SHOE-RUN", "II", 1.5, 4, 0, 0, 1, null, "Pass"],
  [PORTO, day(2026, 9, 11), 1800, "PO-PTF-2603", "SHOE-RUN", "II", 1.5, 4, 0, 1, 2, null, "Pass"],
  [IZMIR, day(2026, 7, 18), 3000, "PO-IZD-2603", "JEAN-501", "II", 2.5, 4, 0, 2, 3, null, "Pass"],
  [IZMIR, day(2026, 8, 22), 3500, "PO-IZD-2604", "JEAN-501", "II", 2.5, 4, 0, 3, 4, null, "Pass"],
  [IZMIR, day(2026, 9, 20), 2000, "PO-IZD-2605", "JEAN-501", "II", 2.5, 4, 0, 2, 3, 125, null],
  // Tiruppur: lots 2 and 4 of these five are rejected, so its next lot is inspected under tightened.
  [TIRUPPUR, day(2026, 4, 8), 5000, "PO-TCM-2601", "TEE-001", "II", 2.5, 4, 0, 6, 9, null, "Pass"],
  [TIRUPPUR, day(2026, 5, 27), 15000, "PO-TCM-2602", "SOCK-3PK", "II", 2.5, 4, 0, 16, 12, null, null],
  [TIRUPPUR, day(2026, 7, 1), 6000, "PO-TCM-2603", "TEE-001", "II", 2.5, 4, 0, 4, 8, null, "Pass"],
  [TIRUPPUR, day(2026, 8, 6), 15000, "PO-TCM-2604", "SOCK-3PK", "II", 2.5, 4, 1, 5, 9, null, "Reject"],
  [TIRUPPUR, day(2026, 9, 3), 5000, "PO-TCM-2605", "TEE-001", "II", 2.5, 4, 0, 3, 6, null, "Pass"],
];

// Responses: Supplier, RaisedAt, RespondedAt (blank: unanswered).
const RESPONSES: CellScalar[][] = [
  [SAIGON, day(2026, 5, 4, 9), day(2026, 5, 4, 17)],
  [SAIGON, day(2026, 7, 6, 9), day(2026, 7, 6, 15)],
  [SAIGON, day(2026, 8, 12, 10), day(2026, 8, 13, 8)],
  [SAIGON, day(2026, 9, 15, 14), day(2026, 9, 15, 18, 30)],
  [DHAKA, day(2026, 5, 11, 9), day(2026, 5, 13, 9)],
  [DHAKA, day(2026, 7, 14, 9), day(2026, 7, 17, 9)],
  [DHAKA, day(2026, 8, 20, 11), day(2026, 8, 22, 17)],
  [DHAKA, day(2026, 9, 22, 8), null],
  [HANOI, day(2026, 7, 20, 9, 30), day(2026, 7, 21, 10, 30)],
  [HANOI, day(2026, 9, 2, 9), day(2026, 9, 3, 9)],
  [NINGBO, day(2026, 6, 3, 2), day(2026, 6, 3, 10)],
  [NINGBO, day(2026, 7, 9, 2), day(2026, 7, 9, 8)],
  [NINGBO, day(2026, 8, 27, 3), day(2026, 8, 27, 5)],
  [PORTO, day(2026, 8, 3, 9), day(2026, 8, 3, 11)],
  [IZMIR, day(2026, 7, 23, 10), day(2026, 7, 24, 22)],
  [IZMIR, day(2026, 9, 25, 10), day(2026, 9, 26, 10)],
  [TIRUPPUR, day(2026, 6, 10, 10), day(2026, 6, 12, 10)],
  [TIRUPPUR, day(2026, 7, 20, 10), day(2026, 7, 23, 16)],
  [TIRUPPUR, day(2026, 8, 7, 9), day(2026, 8, 10, 9)],
  [TIRUPPUR, day(2026, 9, 24, 9), null],
];

// FxRates: USD per one unit of the currency, on the first of the month.
const FX_BY_DATE: readonly [number, Record<string, number>][] = [
  [day(2026, 1, 1), { EUR: 1.085, CNY: 0.138, VND: 0.0000395, TRY: 0.0285, INR: 0.012 }],
  [day(2026, 4, 1), { EUR: 1.092, CNY: 0.1385, VND: 0.0000394, TRY: 0.0276, INR: 0.01195 }],
  [day(2026, 7, 1), { EUR: 1.11, CNY: 0.1392, VND: 0.0000392, TRY: 0.0268, INR: 0.0119 }],
  [day(2026, 8, 1), { EUR: 1.118, CNY: 0.1398, VND: 0.0000391, TRY: 0.0264, INR: 0.01188 }],
  [day(2026, 9, 1), { EUR: 1.124, CNY: 0.1401, VND: 0.000039, TRY: 0.026, INR: 0.01185 }],
];
const FX_RATES: CellScalar[][] = FX_BY_DATE.flatMap(([date, rates]) => Object.entries(rates).map(([currency, rate]) => [currency, date, rate]));

// Indices: Index, Date, Value. Cotton rises from April; Turkey's minimum wage jumps 30% in July.
const INDICES: CellScalar[][] = [
  [COTTON, day(2025, 12, 1), 93],
  [COTTON, day(2026, 1, 1), 92],
  [COTTON, day(2026, 2, 1), 92],
  [COTTON, day(2026, 3, 1), 92],
  [COTTON, day(2026, 4, 1), 95],
  [COTTON, day(2026, 5, 1), 98],
  [COTTON, day(2026, 6, 1), 100],
  [COTTON, day(2026, 7, 1), 104],
  [COTTON, day(2026, 8, 1), 106],
  [COTTON, day(2026, 9, 1), 107],
  ["VN Garment Wage", day(2026, 1, 1), 100],
  ["VN Garment Wage", day(2026, 7, 1), 103],
  ["BD Garment Wage", day(2026, 1, 1), 100],
  ["BD Garment Wage", day(2026, 7, 1), 101],
  ["TR Minimum Wage", day(2026, 1, 1), 100],
  ["TR Minimum Wage", day(2026, 7, 1), 130],
  ["PT Footwear Wage", day(2026, 1, 1), 100],
  ["PT Footwear Wage", day(2026, 7, 1), 102],
  ["Leather Index", day(2026, 1, 1), 99],
  ["Leather Index", day(2026, 2, 1), 100],
  ["Leather Index", day(2026, 5, 1), 102],
  ["Leather Index", day(2026, 8, 1), 104],
  ["Polyester Index", day(2026, 1, 1), 100],
  ["Polyester Index", day(2026, 4, 1), 101],
  ["Polyester Index", day(2026, 7, 1), 103],
];

const HTSUS = "HTSUS (USITC, hts.usitc.gov)";
const IEEPA_END = "ended for entries from 2026-02-24 (EO 14389 after the Supreme Court's ruling in No. 24-1287; CBP CSMS #67834313)";
const ANNEX_I = "EO 14326 of 2025-07-31 (Further Modifying the Reciprocal Tariff Rates), Annex I, from 2025-08-07";

// Duties: Origin, HtsCode, Measure, Rate, PerUnit, From, To, Source. Real US lines for the sample's
// goods, read in late 2026: examples to keep current, not a tariff service (docs/price-review.md).
// MFN rows date from 2025-01-01, the HTSUS edition they were read from (the rates are older). The
// IEEPA measures of 2025 ended on 2026-02-23; Section 122's 10% ran from 2026-02-24 to 2026-07-23,
// so the sample's 2026-Q3 review shows duty falling by 10 points against Q2 with unchanged quotes.
const DUTIES: CellScalar[][] = [
  ["*", "6109.10.00", "MFN", 0.165, null, day(2025, 1, 1), null, `${HTSUS} ch. 61, 6109.10.00: T-shirts, knitted, of cotton, 16.5%`],
  ["*", "6110.20.20", "MFN", 0.165, null, day(2025, 1, 1), null, `${HTSUS} ch. 61, 6110.20.20: sweatshirts and pullovers, knitted, of cotton, 16.5%`],
  ["*", "6115.95.90", "MFN", 0.135, null, day(2025, 1, 1), null, `${HTSUS} ch. 61, 6115.95.90: hosiery, knitted, of cotton, other, 13.5%`],
  ["*", "6105.10.00", "MFN", 0.197, null, day(2025, 1, 1), null, `${HTSUS} ch. 61, 6105.10.00: men's shirts, knitted, of cotton, 19.7%`],
  ["*", "4202.92.31", "MFN", 0.176, null, day(2025, 1, 1), null, `${HTSUS} ch. 42, 4202.92.31: travel, sports and similar bags, outer surface of textile, of man-made fibres, 17.6%`],
  ["*", "6404.11.90", "MFN", 0.2, null, day(2025, 1, 1), null, `${HTSUS} ch. 64, 6404.11.90: sports footwear, outer soles of rubber or plastics, textile uppers, over $12/pair, 20%`],
  ["*", "6203.42.40", "MFN", 0.166, null, day(2025, 1, 1), null, `${HTSUS} ch. 62, 6203.42.40: men's trousers, of cotton, other, 16.6%`],
  ["CN", "4202.92", "Section 301", 0.1, null, day(2018, 9, 24), day(2019, 5, 9), "USTR Section 301, List 3 (9903.88.03), 10%: 83 FR 47974 (2018-09-21)"],
  ["CN", "4202.92", "Section 301", 0.25, null, day(2019, 5, 10), null, "USTR Section 301, List 3 (9903.88.03), raised to 25%: 84 FR 20459 (2019-05-09)"],
  ["CN", "*", "IEEPA fentanyl", 0.1, null, day(2025, 2, 4), day(2025, 3, 3), "EO 14195 of 2025-02-01 (9903.01.20), 10%"],
  ["CN", "*", "IEEPA fentanyl", 0.2, null, day(2025, 3, 4), day(2025, 11, 9), "EO 14228 of 2025-03-03 (9903.01.24), raised to 20%"],
  ["CN", "*", "IEEPA fentanyl", 0.1, null, day(2025, 11, 10), day(2026, 2, 23), `EO 14357 (9903.01.24), lowered to 10% from 2025-11-10; ${IEEPA_END}`],
  ["*", "*", "Reciprocal", 0.1, null, day(2025, 4, 5), day(2026, 2, 23), `EO 14257 of 2025-04-02 (9903.01.25), 10% on countries not listed otherwise; ${IEEPA_END}`],
  ["CN", "*", "Reciprocal", 1.25, null, day(2025, 4, 10), day(2025, 5, 13), "EO 14266 of 2025-04-09, 125% on goods of China"],
  ["CN", "*", "Reciprocal", 0.1, null, day(2025, 5, 14), day(2026, 2, 23), `EO 14298 of 2025-05-12, 10% on goods of China; ${IEEPA_END}`],
  ["VN", "*", "Reciprocal", 0.2, null, day(2025, 8, 7), day(2026, 2, 23), `${ANNEX_I}: Vietnam 20%; ${IEEPA_END}`],
  ["BD", "*", "Reciprocal", 0.2, null, day(2025, 8, 7), day(2026, 2, 23), `${ANNEX_I}: Bangladesh 20%; ${IEEPA_END}`],
  ["IN", "*", "Reciprocal", 0.25, null, day(2025, 8, 7), day(2026, 2, 23), `${ANNEX_I}: India 25%; ${IEEPA_END}`],
  ["TR", "*", "Reciprocal", 0.15, null, day(2025, 8, 7), day(2026, 2, 23), `${ANNEX_I}: Turkey 15%; ${IEEPA_END}`],
  ["PT", "6404.11.90", "Reciprocal", 0, null, day(2025, 8, 7), day(2026, 2, 23), `${ANNEX_I}: EU goods with a column 1 rate of 15% or more owe none; ${IEEPA_END}`],
  ["IN", "*", "IEEPA Russian oil", 0.25, null, day(2025, 8, 27), day(2026, 2, 6), "EO 14329 of 2025-08-06 (9903.01.84), 25% on goods of India; ended from 2026-02-07 (EO 14384; CBP CSMS #67702087)"],
  ["*", "*", "Section 122", 0.1, null, day(2026, 2, 24), day(2026, 7, 23), "Proclamation of 2026-02-20 under Section 122 of the Trade Act of 1974 (9903.03.01), 10% for 150 days to 12:01 a.m. 2026-07-24 (CBP CSMS #67844987)"],
];

// Payments: Supplier, Invoice, Amount, Currency, DueDate, PaidDate. Our scorecard for 2026-Q3 (reviewed
// from 2026-10-01): Saigon paid on or before every due date; Dhaka paid on time in July, then 14, 18
// and 8 days late; Ningbo's October invoice, unpaid, is Q4's. Every Q3 invoice is paid, so the
// figures are the same whatever the run's as-of date after September.
const PAYMENTS: CellScalar[][] = [
  [SAIGON, "SGS-26-061", 33600, "USD", day(2026, 6, 30), day(2026, 6, 30)],
  [SAIGON, "SGS-26-071", 27300, "USD", day(2026, 7, 31), day(2026, 7, 30)],
  [SAIGON, "SGS-26-081", 50400, "USD", day(2026, 8, 31), day(2026, 8, 31)],
  [SAIGON, "SGS-26-091", 27300, "USD", day(2026, 9, 30), day(2026, 9, 29)],
  [DHAKA, "DK-2607-14", 39000, "USD", day(2026, 7, 20), day(2026, 7, 20)],
  [DHAKA, "DK-2608-03", 46800, "USD", day(2026, 8, 15), day(2026, 8, 29)],
  [DHAKA, "DK-2608-19", 22000, "USD", day(2026, 8, 31), day(2026, 9, 18)],
  [DHAKA, "DK-2609-07", 42500, "USD", day(2026, 9, 20), day(2026, 9, 28)],
  [NINGBO, "NBB-0926", 21000, "USD", day(2026, 9, 5), day(2026, 9, 4)],
  [NINGBO, "NBB-1004", 24500, "USD", day(2026, 10, 5), null],
];

// Forecasts: Supplier, SKU, Month, Quantity, MadeAt. July is a good month (Saigon and Dhaka ordered
// about what they were told three months ahead), August a poor one: Dhaka was told of 15,000 tees
// and ordered none. Saigon's late revision for August (made in July) does not count, nor Dhaka's
// September total given at the end of June (ForecastLagMonths 3: by 1 June).
const FORECASTS: CellScalar[][] = [
  [SAIGON, "TEE-001", "2026-07", 6800, day(2026, 3, 25)],
  [SAIGON, "HOOD-210", "2026-07", 2800, day(2026, 3, 25)],
  [SAIGON, "TEE-001", "2026-08", 7500, day(2026, 4, 20)],
  [SAIGON, "TEE-001", "2026-08", 7000, day(2026, 7, 10)],
  [DHAKA, null, "2026-07", 16000, day(2026, 4, 1)],
  [DHAKA, null, "2026-08", 15000, day(2026, 5, 1)],
  [DHAKA, null, "2026-09", 9000, day(2026, 6, 30)],
  [NINGBO, "BAG-TOTE", "2026-07", 6000, null],
];

export const SAMPLE_ROWS: Record<TableName, CellScalar[][]> = {
  Suppliers: [
    // LatePenaltyPerWeek, PenaltyGraceDays, PenaltyCap: the contracts that have a late-delivery clause.
    [SAIGON, "Vietnam", "Knitwear", "Preferred", "BSCI; OEKO-TEX 100", day(2026, 2, 18), 0.01, 0, 0.05],
    [HANOI, "Vietnam", "Wovens", "Approved", "WRAP", day(2025, 11, 5)],
    [DHAKA, "Bangladesh", "Knitwear", "Approved", "BSCI; Accord", day(2025, 9, 22), 0.02, 3, 0.1],
    [NINGBO, "China", "Bags", "Preferred", "ISO 9001; SMETA", day(2026, 3, 3)],
    [PORTO, "Portugal", "Footwear", "Preferred", "ISO 9001", day(2026, 1, 27)],
    [IZMIR, "Turkey", "Denim", "Approved", "OEKO-TEX 100; GOTS", day(2025, 12, 9)],
    [TIRUPPUR, "India", "Knitwear", "Probation", "GOTS", day(2025, 6, 30), 0.015, 7, 0.08],
    [GUANGZHOU, "China", "Trims", "Inactive", null, day(2025, 3, 14)],
  ],
  Quotes: QUOTES,
  Shipments: SHIPMENTS,
  Inspections: INSPECTIONS,
  Responses: RESPONSES,
  FxRates: FX_RATES,
  Indices: INDICES,
  Duties: DUTIES,
  // Empty: the pricing meeting records its decisions here (the Reviews page, or the review sheet).
  PriceDecisions: [],
  // Actions: Supplier, KPI, Opened, Owner, Due (blank: Opened + 14 days), RootCause, Action, Closed, Verified, Note.
  Actions: [
    [DHAKA, "otd", day(2026, 8, 10), "Mai Nguyen", null, "Dyeing capacity booked by another brand", "Review production schedules", null, null, "Weekly WIP report promised"],
    [TIRUPPUR, "defectRate", day(2026, 10, 5), "Arjun Rao", day(2027, 3, 31), "Untrained new sewing line", "Strengthen QC processes", null, null, null],
    [HANOI, null, day(2026, 6, 1), "Mai Nguyen", day(2026, 7, 15), "Packing list errors", "Second check before sealing", day(2026, 7, 10), day(2026, 9, 1), null],
  ],
  Payments: PAYMENTS,
  Forecasts: FORECASTS,
  Settings: [
    ["HomeCurrency", "USD"],
    ["Valuation", "FOB"],
    ["OtdToleranceDays", 2],
    ["PriceChangeThreshold", 0.03],
    ["otd.weight", 30],
    ["otd.target", 0.95],
    ["otd.floor", 0.8],
    ["responseHours.target", 24],
    ["grade.A", 85],
  ],
};
