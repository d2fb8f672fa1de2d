import type { ProblemJson } from "../model/problem";

/**
 * The JSON of `costcard review --json` (PRODUCT.md, "CLI"): a contract other tools read.
 * Fractions stay fractions; a KPI without data is null.
 */
export type Severity = "normal" | "tightened" | "reduced" | "discontinued";

export type PriceFlag = "New" | "Check breakdown" | "Negotiate" | "Accept";

export interface SupplierScoreJson {
  supplier: string;
  lines: number;
  otd: number | null;
  otdQty: number | null;
  otif: number | null;
  avgDaysLate: number | null;
  inspections: number;
  defectRate: number | null;
  lotAcceptance: number | null;
  responseHours: number | null;
  priceChange: number | null;
  spend: number;
  spendShare: number | null;
  score: number | null;
  grade: "A" | "B" | "C" | "D" | null;
  previousScore: number | null;
  nextInspection: Severity;
  /** Days: mean of DeliveredDate − OrderDate − quoted LeadTimeDays over the period's delivered lines with both; early is negative. */
  leadTimeSlip: number | null;
  /** Home currency: deposits paid on lines ordered by the as-of date and not delivered by it. */
  openDeposits: number;
  /** The score of each of the last HistoryPeriods periods, oldest first, this one last; null where the supplier had no activity. */
  history: HistoryPointJson[];
  /** The scored KPIs worse than target this period, with the playbook's action. */
  missedKpis: MissedKpiJson[];
  /** The KPIs missed in each of the last RedFlagPeriods periods, with the escalation and whether an action for it is open. */
  redFlags: RedFlagJson[];
  /** Actions rows open at the run's as-of date, and those of them past their Due. */
  openActions: number;
  overdueActions: number;
  /** Home currency: what the contract lets the buyer claim for the period's late deliveries; null without a LatePenaltyPerWeek. */
  latePenalties: number | null;
  /** LastAuditDate blank or older than AuditEveryMonths months before the run's as-of date. */
  auditDue: boolean;
}

export interface HistoryPointJson {
  period: string;
  score: number | null;
}

export interface MissedKpiJson {
  kpi: string;
  action: string;
}

export interface RedFlagJson {
  kpi: string;
  escalation: string;
  actionOpen: boolean;
}

export interface PriceReviewRowJson {
  sku: string;
  supplier: string;
  oldPrice: number | null;
  newPrice: number;
  change: number | null;
  changePct: number | null;
  expectedPrice: number | null;
  excess: number | null;
  landedCost: number | null;
  bestLandedCost: number | null;
  bestSupplier: string | null;
  singleSource: boolean;
  flag: PriceFlag;
  /** Where the new quote's duty comes from Duties: the rate in force at the previous period's as-of date, for the new quote's customs value; else null. */
  oldDutyRate: number | null;
  /** The same at this period's as-of date. */
  newDutyRate: number | null;
  /** (newDutyRate − oldDutyRate) × the customs value per unit, home currency; null without Duties rates or under DDP. */
  tariffEffect: number | null;
  /** The period's decision (PriceDecisions' latest row), "Open" for a Negotiate or Check breakdown row without one, else null. */
  decision: string | null;
  /** The decision's AgreedPrice, in the quote's currency; null when none. */
  agreedPrice: number | null;
  /** ISO date the agreed price takes effect (EffectiveFrom, by default the day after the period ends); null without a decision or for one that sets no price (Reject, Re-source, Hold, an Accept without AgreedPrice). */
  effectiveFrom: string | null;
  /** The price bridge (docs/price-review.md), home currency per unit; all seven null for a row without an old price or whose bridge cannot be drawn. */
  landedThen: number | null;
  landedNow: number | null;
  indices: number | null;
  beyondIndices: number | null;
  fx: number | null;
  freightAndTerms: number | null;
  tariff: number | null;
  /** The period's delivered quantity of the SKU from the supplier (the lines spend counts); 0 when none. */
  units: number;
}

/** The review's bridge in money, home currency: each effect × units summed over the rows with a bridge, landedThen and landedNow as Σ landed × units. */
export interface PriceBridgeJson {
  landedThen: number;
  indices: number;
  beyondIndices: number;
  fx: number;
  freightAndTerms: number;
  tariff: number;
  landedNow: number;
}

/** Our scorecard's row (PRODUCT.md, "Our scorecard"): how the brand scored as this supplier's customer. */
export interface CustomerScoreJson {
  supplier: string;
  /** The period's invoices paid by the run's as-of date or past their deadline (DueDate + PaymentToleranceDays) at it. */
  invoicesDue: number;
  paidOnTime: number | null;
  /** Mean days from DueDate to payment (or to the as-of while unpaid) over the late invoices; null when none is late. */
  paymentDaysLate: number | null;
  forecastAccuracy: number | null;
  forecastBias: number | null;
}

export interface ReviewJson {
  period: string;
  /** ISO date, e.g. "2026-09-30". */
  asOf: string;
  /** What the figures cannot say, before them: e.g. "2027-Q2 starts after the as-of date 2026-12-01: nothing in it is known yet". Empty when none. */
  warnings: string[];
  suppliers: SupplierScoreJson[];
  priceReview: PriceReviewRowJson[];
  priceBridge: PriceBridgeJson;
  customer: CustomerScoreJson[];
  problems: ProblemJson[];
}

/**
 * The JSON's money: amounts in a currency (prices, their changes, spend, landed costs, deposits,
 * the tariff effect). The JSON writes them to a millionth (docs/cli.md, "Numbers in the JSON"), every
 * other number (fractions, days, hours, scores) to 12 significant digits.
 */
export const MONEY_KEYS: ReadonlySet<string> = new Set<keyof SupplierScoreJson | keyof PriceReviewRowJson | keyof PriceBridgeJson>([
  "spend",
  "openDeposits",
  "latePenalties",
  "oldPrice",
  "newPrice",
  "change",
  "expectedPrice",
  "excess",
  "landedCost",
  "bestLandedCost",
  "tariffEffect",
  "agreedPrice",
  // The price bridge, per unit on each row and in money in the review's priceBridge.
  "landedThen",
  "indices",
  "beyondIndices",
  "fx",
  "freightAndTerms",
  "tariff",
  "landedNow",
]);
