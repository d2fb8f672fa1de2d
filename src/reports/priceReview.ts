import { above, breakdownMiss } from "../core/breakdownSum";
import { isoFromSerial } from "../core/excelDate";
import { shownNumber } from "../core/rounding";
import { indexPrice } from "../core/indexPrice";
import { priceIncludes } from "../core/incoterms";
import { setsPrice } from "../core/priceDecision";
import { quoteDutyFromDuties, quoteLandedCost, type QuoteLandedCost } from "../core/quoteLandedCost";
import { COST_COMPONENTS, type CostComponent } from "../schema/costComponents";
import type { Settings } from "../schema/settings";
import type { QuoteRecord } from "../schema/tables";
import { OPEN_DECISION, type ShownDecision } from "../model/decisionCells";
import type { DeliveredUnits } from "./deliveredUnits";
import type { ReviewLookups } from "./lookups";
import type { PriceMove } from "./priceMoves";
import { rowBridge } from "./reviewBridge";
import type { PriceFlag, PriceReviewRowJson } from "./reviewJson";
import type { ProblemJson } from "../model/problem";

/**
 * The price review (PRODUCT.md, "Price review"): per (SKU, Supplier) what the price did, what the
 * material and labour indices say it should have done, what it lands at, and what to do about it.
 */

export interface PriceReviewRow extends Omit<PriceReviewRowJson, "decision" | "agreedPrice" | "effectiveFrom"> {
  /** The new quote's currency: old, new, change, expected and excess are in it. */
  readonly currency: string;
  readonly newQuoteDate: number;
  readonly oldQuoteDate: number | null;
  /** New − old of each cost component given by both quotes (same currency), else null. */
  readonly componentChanges: Readonly<Record<CostComponent, number | null>>;
  /** The period's decision for the row as the sheet shows it ("Open" where one is needed and none was taken). */
  readonly shownDecision: ShownDecision;
}

function breakdownDoesNotSum(quote: QuoteRecord): boolean {
  return breakdownMiss(quote.unitPrice, COST_COMPONENTS.map((component) => quote.components[component])) !== null;
}

function componentChanges(move: PriceMove, sameCurrency: boolean): Record<CostComponent, number | null> {
  const changes = {} as Record<CostComponent, number | null>;
  for (const component of COST_COMPONENTS) {
    const now = move.newQuote.components[component];
    const then = move.oldQuote?.components[component] ?? null;
    changes[component] = sameCurrency && now !== null && then !== null ? now - then : null;
  }
  return changes;
}

interface IndexTerm {
  readonly column: "MaterialIndex" | "LaborIndex";
  readonly index: string | null;
  readonly component: number | null;
}

/**
 * INDEXPRICE of the old price with the old quote's Material and Labor shares, moved by its
 * MaterialIndex and LaborIndex from the old to the new QuoteDate. Null when neither index is named;
 * a named index without a component to weigh it or without values at both dates is a problem.
 */
function expectedPrice(lookups: ReviewLookups, move: PriceMove, problems: ProblemJson[]): number | null {
  const { oldQuote, oldPrice, newQuote } = move;
  if (oldQuote === null || oldPrice === null) return null;
  const terms: IndexTerm[] = [
    { column: "MaterialIndex", index: oldQuote.materialIndex, component: oldQuote.components.material },
    { column: "LaborIndex", index: oldQuote.laborIndex, component: oldQuote.components.labor },
  ];
  const named = terms.filter((term): term is IndexTerm & { index: string } => term.index !== null);
  if (named.length === 0) return null;
  const shares: number[] = [];
  const base: number[] = [];
  const now: number[] = [];
  for (const term of named) {
    const then = lookups.indexValue(term.index, oldQuote.quoteDate);
    const later = lookups.indexValue(term.index, newQuote.quoteDate);
    const problem = (message: string): null => {
      problems.push({ table: "Quotes", row: oldQuote.row, column: term.column, message: `${message}: no expected price for ${move.sku}` });
      return null;
    };
    if (term.component === null) return problem(`${term.column} ${term.index} is named but the quote gives no ${term.column === "MaterialIndex" ? "Material" : "Labor"} cost to weigh it`);
    if (then === undefined) return problem(`Indices has no ${term.index} value on or before ${isoFromSerial(oldQuote.quoteDate)}`);
    if (later === undefined) return problem(`Indices has no ${term.index} value on or before ${isoFromSerial(newQuote.quoteDate)}`);
    shares.push(oldQuote.unitPrice === 0 ? 0 : term.component / oldQuote.unitPrice);
    base.push(then);
    now.push(later);
  }
  const indexedCost = named.reduce((sum, term) => sum + (term.component ?? 0), 0);
  if (above(indexedCost, oldQuote.unitPrice)) {
    const components = named.map((term) => (term.column === "MaterialIndex" ? "Material" : "Labor"));
    problems.push({
      table: "Quotes",
      row: oldQuote.row,
      column: components[0]!,
      message: `${components.join(" and ")} (${shownNumber(indexedCost)}) come to more than the UnitPrice (${oldQuote.unitPrice}): no expected price for ${move.sku}`,
    });
    return null;
  }
  const expected = indexPrice(oldPrice, shares, base, now);
  if (expected.ok) return expected.value;
  problems.push({ table: "Quotes", row: oldQuote.row, column: "Material", message: `No expected price for ${move.sku}: ${expected.message}` });
  return null;
}

/**
 * The quote's landed cost at the FX rate of its QuoteDate, with the duty in force at `asOf` where it
 * comes from Duties; a missing rate or a failed calculation is a problem, not a row left out.
 */
function reviewedLandedCost(lookups: ReviewLookups, quote: QuoteRecord, currency: string, settings: Settings, asOf: number, problems: ProblemJson[]): QuoteLandedCost | null {
  const fxRate = lookups.fxRate(currency, quote.quoteDate);
  if (fxRate === undefined) {
    problems.push({ table: "Quotes", row: quote.row, column: "Currency", message: `FxRates has no ${currency} rate on or before ${isoFromSerial(quote.quoteDate)}: no landed cost for ${quote.sku}` });
    return null;
  }
  const landed = quoteLandedCost(quote, settings.valuation, fxRate, { rows: lookups.duties, date: asOf });
  if (landed.ok) return landed.value;
  // Costed without Duties the quote lands: the duty lookup (HtsCode, Origin, a per-unit measure) is what failed.
  const column = quoteLandedCost(quote, settings.valuation, fxRate).ok ? "HtsCode" : "UnitPrice";
  problems.push({ table: "Quotes", row: quote.row, column, message: `No landed cost for ${quote.sku}: ${landed.message}` });
  return null;
}

interface TariffColumns {
  readonly oldDutyRate: number | null;
  readonly newDutyRate: number | null;
  readonly tariffEffect: number | null;
}

const NO_TARIFF_COLUMNS: TariffColumns = { oldDutyRate: null, newDutyRate: null, tariffEffect: null };

/**
 * Where the new quote's duty comes from Duties (blank DutyRate, an HtsCode): the rates in force at
 * the previous and this period's as-of dates, both for the new quote's customs value, and their
 * difference per unit, so a tariff change shows even when the quote did not change. Under DDP the
 * seller pays the duty: the rates show, the effect is null. Nothing in force at the as-of date reads
 * as no duty and is listed, since a forgotten Duties row would otherwise look like a duty-free line.
 */
function tariffColumns(lookups: ReviewLookups, move: PriceMove, landed: QuoteLandedCost | null, problems: ProblemJson[]): TariffColumns {
  const quote = move.newQuote;
  if (landed === null) return NO_TARIFF_COLUMNS;
  const at = (date: number) => quoteDutyFromDuties(quote, { rows: lookups.duties, date }, landed.customsValue);
  const now = at(move.at);
  const then = at(move.before);
  if (now === null || then === null) return NO_TARIFF_COLUMNS;
  if (!now.ok || !then.ok) {
    const failed = !now.ok ? now : then;
    if (!failed.ok) problems.push({ table: "Quotes", row: quote.row, column: "HtsCode", message: `No duty rates for ${quote.sku}: ${failed.message}` });
    return NO_TARIFF_COLUMNS;
  }
  if (now.value.measures.length === 0) {
    problems.push({
      table: "Quotes",
      row: quote.row,
      column: "HtsCode",
      message: `Duties has no row in force on ${isoFromSerial(move.at)} for HtsCode ${quote.htsCode} from ${quote.origin}: ${quote.sku} lands with no duty`,
    });
  }
  const ddp = priceIncludes(quote.incoterm).duty;
  return {
    oldDutyRate: then.value.rate,
    newDutyRate: now.value.rate,
    tariffEffect: ddp ? null : (now.value.rate - then.value.rate) * landed.customsValue,
  };
}

/** An old quote whose price cannot be restated (a currency change without FX rates) is not New: its change is unknown, and listed as a problem. */
function flagOf(row: Pick<PriceReviewRow, "changePct" | "newPrice" | "expectedPrice">, move: PriceMove, threshold: number): PriceFlag {
  if (move.oldQuote === null) return "New";
  if (breakdownDoesNotSum(move.newQuote)) return "Check breakdown";
  // The same quote at both ends is no new price to negotiate (PRODUCT.md): a change there is restatement, not the factory's.
  const sameQuote = move.oldQuote.quoteDate === move.newQuote.quoteDate;
  const rose = !sameQuote && row.changePct !== null && above(row.changePct, threshold);
  if (rose && (row.expectedPrice === null || above(row.newPrice, row.expectedPrice))) return "Negotiate";
  return "Accept";
}

const NEEDS_DECISION: ReadonlySet<PriceFlag> = new Set(["Negotiate", "Check breakdown"]);

/**
 * Effective from is shown only where the decision is a price event (an Accept or Counter with an
 * AgreedPrice): a Hold, Reject or Re-source changes no price, so a date would say it takes effect.
 */
function shownDecision(lookups: ReviewLookups, period: string, sku: string, supplier: string, flag: PriceFlag): ShownDecision {
  const decision = lookups.decisionFor(period, sku, supplier);
  if (decision === undefined) return { decision: NEEDS_DECISION.has(flag) ? OPEN_DECISION : null, agreedPrice: null, effectiveFrom: null, note: null, decidedBy: null };
  const effectiveFrom = setsPrice(decision) ? decision.effectiveFrom : null;
  return { decision: decision.decision, agreedPrice: decision.agreedPrice, effectiveFrom, note: decision.note, decidedBy: decision.decidedBy };
}

/** The review rows of `period` in the moves' order (SKU, then supplier), with the best landed cost and single source worked out per SKU, and each row's decision. */
export function priceReview(lookups: ReviewLookups, moves: readonly PriceMove[], settings: Settings, problems: ProblemJson[], period: string, deliveredUnits: DeliveredUnits): PriceReviewRow[] {
  const rows = moves.map((move) => {
    const currency = lookups.currencyOf(move.newQuote);
    const sameCurrency = move.oldQuote !== null && lookups.currencyOf(move.oldQuote) === currency;
    const expected = expectedPrice(lookups, move, problems);
    const landed = reviewedLandedCost(lookups, move.newQuote, currency, settings, move.at, problems);
    const partial = {
      sku: move.sku,
      supplier: move.supplier,
      currency,
      newQuoteDate: move.newQuote.quoteDate,
      oldQuoteDate: move.oldQuote?.quoteDate ?? null,
      oldPrice: move.oldPrice,
      newPrice: move.newQuote.unitPrice,
      change: move.change,
      changePct: move.changePct,
      componentChanges: componentChanges(move, sameCurrency),
      expectedPrice: expected,
      excess: expected === null ? null : move.newQuote.unitPrice - expected,
      landedCost: landed?.total ?? null,
      ...tariffColumns(lookups, move, landed, problems),
      ...rowBridge(lookups, move, expected, landed !== null, settings, problems),
      units: deliveredUnits.of(move.sku, move.supplier),
    };
    const flag = flagOf(partial, move, settings.priceChangeThreshold);
    return { ...partial, flag, shownDecision: shownDecision(lookups, period, move.sku, move.supplier, flag) };
  });
  const bySku = new Map<string, { best: (typeof rows)[number] | null; suppliers: number }>();
  for (const row of rows) {
    const entry = bySku.get(row.sku) ?? { best: null, suppliers: 0 };
    entry.suppliers += 1;
    if (row.landedCost !== null && (entry.best === null || row.landedCost < entry.best.landedCost!)) entry.best = row;
    bySku.set(row.sku, entry);
  }
  return rows.map((row) => {
    const { best, suppliers } = bySku.get(row.sku)!;
    return { ...row, bestLandedCost: best?.landedCost ?? null, bestSupplier: best?.supplier ?? null, singleSource: suppliers === 1 };
  });
}
