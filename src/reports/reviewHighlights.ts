import { currencyDecimals } from "../core/currencyPrecision";
import { BRIDGE_EFFECTS } from "../core/priceBridge";
import { roundTo } from "../core/rounding";
import { BRIDGE_LABELS } from "./bridgeBlock";
import type { CustomerScoreJson, PriceBridgeJson, PriceReviewRowJson, SupplierScoreJson } from "./reviewJson";

/**
 * What a buyer reads first after a review, beside the grades: a period not started yet, suppliers
 * off normal inspection, the price flags, the deposit cash suppliers hold and who delivers later
 * than quoted. The CLI summary and the task pane's Reviews page print the same lines, so both
 * surfaces say the same thing.
 */

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${count} ${name}`).join(", ");
}

function amount(value: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

const days = (value: number) => `${value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${value === 1 ? "day" : "days"}`;

/** "Next inspection not normal: Tiruppur Cotton Mills (tightened)", or null when every supplier is on normal. */
export function inspectionLine(suppliers: readonly SupplierScoreJson[]): string | null {
  const offNormal = suppliers.filter((supplier) => supplier.nextInspection !== "normal");
  return offNormal.length === 0 ? null : `Next inspection not normal: ${offNormal.map((supplier) => `${supplier.supplier} (${supplier.nextInspection})`).join(", ")}`;
}

/** "11 prices reviewed: 6 Accept, 3 Negotiate, 1 Check breakdown, 1 New". */
export function priceFlagsLine(priceReview: readonly PriceReviewRowJson[]): string {
  return priceReview.length === 0 ? "No price in effect at the period's end." : `${priceReview.length} ${priceReview.length === 1 ? "price" : "prices"} reviewed: ${countBy(priceReview, (row) => row.flag)}`;
}

/**
 * What the workbook records that open deposits are worked out from (docs/kpis.md): a deposit needs a
 * quote's DepositPct and a line's OrderDate, so without either "none" would be a guess.
 */
export interface DepositRecords {
  /** Some Quotes row the review read has a DepositPct (0 included: a quote with no deposit says so). */
  readonly depositPct: boolean;
  /** Some Shipments row the review read has an OrderDate. */
  readonly orderDate: boolean;
}

/** What the review's tables record of deposits: the flags `depositsLine` reads. */
export function depositRecords(data: { readonly quotes: readonly { readonly depositPct: number | null }[]; readonly shipments: readonly { readonly orderDate: number | null }[] }): DepositRecords {
  return { depositPct: data.quotes.some((quote) => quote.depositPct !== null), orderDate: data.shipments.some((line) => line.orderDate !== null) };
}

/**
 * "Open deposits: 16,365.00 USD, held by Saigon Stitch Co. 9,345.00, Dhaka Knitwear Ltd 7,020.00"
 * (largest first), or "Open deposits: none" when deposits are recorded and none is held. Every line
 * with a deposit counts, of any period (docs/kpis.md). A workbook that records no DepositPct, or no
 * OrderDate, is told as such: its 0 means "not recorded", not "none held".
 */
export function depositsLine(suppliers: readonly SupplierScoreJson[], homeCurrency: string, records: DepositRecords): string {
  const holders = suppliers.filter((supplier) => supplier.openDeposits > 0).sort((a, b) => b.openDeposits - a.openDeposits);
  if (holders.length === 0) {
    if (!records.depositPct) return `Open deposits: no deposits recorded (Quotes has no DepositPct${records.orderDate ? "" : ", Shipments no OrderDate"})`;
    if (!records.orderDate) return "Open deposits: not known (Shipments has no OrderDate)";
    return "Open deposits: none";
  }
  const total = holders.reduce((sum, supplier) => sum + supplier.openDeposits, 0);
  return `Open deposits: ${amount(total, homeCurrency)} ${homeCurrency}, held by ${holders.map((supplier) => `${supplier.supplier} ${amount(supplier.openDeposits, homeCurrency)}`).join(", ")}`;
}

/**
 * "Later than the quoted lead time: Dhaka Knitwear Ltd by 4.7 days, …" (the supplier's mean
 * leadTimeSlip, largest first), "Within the quoted lead times" when every supplier with a slip is
 * on time or early, null when no supplier has one (no OrderDate or LeadTimeDays to measure from).
 */
export function leadTimeLine(suppliers: readonly SupplierScoreJson[]): string | null {
  const measured = suppliers.filter((supplier): supplier is SupplierScoreJson & { leadTimeSlip: number } => supplier.leadTimeSlip !== null);
  if (measured.length === 0) return null;
  const late = measured.filter((supplier) => supplier.leadTimeSlip > 0).sort((a, b) => b.leadTimeSlip - a.leadTimeSlip);
  if (late.length === 0) return "Within the quoted lead times";
  return `Later than the quoted lead time: ${late.map((supplier) => `${supplier.supplier} by ${days(supplier.leadTimeSlip)}`).join(", ")}`;
}

/** An amount at its currency's precision with its sign: "+532.00", "−685.00", "0.00" (what rounds to zero has none). */
function signedAmount(value: number, currency: string): string {
  const rounded = roundTo(value, currencyDecimals(currency));
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${amount(Math.abs(rounded), currency)}`;
}

/**
 * "Landed cost of the period's deliveries: 31,709.00 → 32,207.60 USD (+498.60): Indices +532.00,
 * Beyond indices +466.80, FX +184.80, Freight & terms 0.00, Tariff −685.00" — the review's bridge in
 * money, by cause (docs/price-review.md); null when no delivered row has a bridge.
 */
export function priceBridgeLine(bridge: PriceBridgeJson, homeCurrency: string): string | null {
  if (bridge.landedThen === 0 && bridge.landedNow === 0) return null;
  const causes = BRIDGE_EFFECTS.map((effect) => `${BRIDGE_LABELS[effect]} ${signedAmount(bridge[effect], homeCurrency)}`).join(", ");
  return `Landed cost of the period's deliveries: ${amount(bridge.landedThen, homeCurrency)} → ${amount(bridge.landedNow, homeCurrency)} ${homeCurrency} (${signedAmount(bridge.landedNow - bridge.landedThen, homeCurrency)}): ${causes}`;
}

/** A long list of suppliers is cut to its first few: the sheet lists them all. */
const LISTED = 5;
const firstFew = (items: readonly string[]): string => (items.length <= LISTED ? items.join(", ") : `${items.slice(0, LISTED).join(", ")} and ${items.length - LISTED} more`);

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
const signedPercent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });

/**
 * How we scored as a customer (docs/kpis.md, "Our scorecard"): "As a customer we paid 6 of 9
 * invoices on time; late to Dhaka Knitwear Ltd (2, 11.7 days on average)" (the five latest of
 * more), or null when no invoice is due.
 */
export function paymentsLine(customer: readonly CustomerScoreJson[]): string | null {
  const due = customer.reduce((sum, row) => sum + row.invoicesDue, 0);
  if (due === 0) return null;
  const onTime = customer.reduce((sum, row) => sum + Math.round((row.paidOnTime ?? 0) * row.invoicesDue), 0);
  const late = customer
    .filter((row): row is CustomerScoreJson & { paymentDaysLate: number } => row.paymentDaysLate !== null)
    .sort((a, b) => b.paymentDaysLate - a.paymentDaysLate)
    .map((row) => `${row.supplier} (${row.invoicesDue - Math.round((row.paidOnTime ?? 0) * row.invoicesDue)}, ${days(row.paymentDaysLate)} on average)`);
  return `As a customer we paid ${onTime} of ${due} ${due === 1 ? "invoice" : "invoices"} on time${late.length === 0 ? "" : `; late to ${firstFew(late)}`}`;
}

/**
 * "Our forecasts: Dhaka Knitwear Ltd 54.5% accurate (bias +27.3%), Saigon Stitch Co. 91.2% (bias
 * -3%)", least accurate first (the first five of more), or null when no forecast could be measured.
 */
export function forecastsLine(customer: readonly CustomerScoreJson[]): string | null {
  const measured = customer
    .filter((row): row is CustomerScoreJson & { forecastAccuracy: number; forecastBias: number } => row.forecastAccuracy !== null && row.forecastBias !== null)
    .sort((a, b) => a.forecastAccuracy - b.forecastAccuracy);
  if (measured.length === 0) return null;
  const shown = measured.map((row, index) => `${row.supplier} ${percent.format(row.forecastAccuracy)}${index === 0 ? " accurate" : ""} (bias ${signedPercent.format(row.forecastBias)})`);
  return `Our forecasts: ${firstFew(shown)}`;
}

/** The highlights in the order both surfaces show them: the review's warnings (a period not started yet) first, how we scored as a customer last. */
export function reviewHighlights(
  review: {
    readonly warnings: readonly string[];
    readonly suppliers: readonly SupplierScoreJson[];
    readonly priceReview: readonly PriceReviewRowJson[];
    readonly priceBridge: PriceBridgeJson;
    readonly customer?: readonly CustomerScoreJson[];
  },
  homeCurrency: string,
  records: DepositRecords,
): string[] {
  const lines = [...review.warnings, inspectionLine(review.suppliers), priceFlagsLine(review.priceReview), priceBridgeLine(review.priceBridge, homeCurrency)];
  if (review.suppliers.length > 0) lines.push(depositsLine(review.suppliers, homeCurrency, records), leadTimeLine(review.suppliers));
  lines.push(paymentsLine(review.customer ?? []), forecastsLine(review.customer ?? []));
  return lines.filter((line): line is string => line !== null);
}
