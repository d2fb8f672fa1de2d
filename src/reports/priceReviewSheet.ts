import { unitAmountNumberFormat } from "../core/currencyPrecision";
import { isoFromSerial } from "../core/excelDate";
import { roundTo } from "../core/rounding";
import { COST_COMPONENT_COLUMNS, COST_COMPONENTS } from "../schema/costComponents";
import { DECISION_CHOICES } from "../schema/tableSpecs";
import { DECISION_FIELDS, DECISION_HEADERS, KEY_HEADERS, OPEN_DECISION, WRITTEN_HEADERS } from "../model/decisionCells";
import { BRIDGE_LABELS, BRIDGE_STEPS, bridgeBlock } from "./bridgeBlock";
import type { PriceReviewRow } from "./priceReview";
import type { PriceBridgeJson } from "./reviewJson";
import { columnRange, NUMBER_FORMATS, tableSheet, type ReviewSheetBasis, type SheetColumn } from "./sheetLayout";
import type { SheetModel } from "../model/sheetModel";

const CHANGE_PCT = "Change %";
/** PRODUCT.md, "Price review": a row whose old and new quote are the same quote says so. */
export const NO_NEW_QUOTE = "no new quote";

/** A price or price change per unit, at its quote currency's precision (4 decimals where it has them). */
const unitPrice = (row: PriceReviewRow) => unitAmountNumberFormat(row.currency);

const DECISION_FORMATS = { decision: null, agreedPrice: NUMBER_FORMATS.money, effectiveFrom: NUMBER_FORMATS.date, note: null, decidedBy: null } as const;
/**
 * The Note cell is empty when the sheet is generated and is where a buyer types during the meeting
 * ("MOQ 5,000 from Q1, freight on us"): wide enough for a sentence, not only for its header.
 */
export const NOTE_WIDTH = 40;

const landedCostHeader = (homeCurrency: string) => `Landed cost (${homeCurrency})`;

/**
 * What the pricing meeting looks at (PRODUCT.md, "Generated sheets"), printed on the first page; the
 * rest (quote dates, the cost breakdown's moves, duties, the best offer, and the Effective from,
 * Note and Decided by cells) sit in collapsed column groups beside them.
 */
const meetingColumns = (homeCurrency: string) => [KEY_HEADERS.sku, KEY_HEADERS.supplier, "Old price", "New price", "Change", CHANGE_PCT, landedCostHeader(homeCurrency), "Flag", DECISION_HEADERS.decision, DECISION_HEADERS.agreedPrice];

function columns(homeCurrency: string): SheetColumn<PriceReviewRow>[] {
  const homeUnit = unitAmountNumberFormat(homeCurrency);
  return [
    { header: KEY_HEADERS.sku, format: null, value: (row) => row.sku },
    { header: KEY_HEADERS.supplier, format: null, value: (row) => row.supplier },
    { header: "Currency", format: null, value: (row) => row.currency },
    { header: "Old quote date", format: NUMBER_FORMATS.date, value: (row) => row.oldQuoteDate },
    // The price in effect at both ends is the same quote: nothing new was quoted in the period.
    { header: "New quote date", format: NUMBER_FORMATS.date, value: (row) => (row.oldQuoteDate === row.newQuoteDate ? NO_NEW_QUOTE : row.newQuoteDate) },
    { header: "Old price", format: unitPrice, value: (row) => row.oldPrice },
    { header: "New price", format: unitPrice, value: (row) => row.newPrice },
    { header: "Change", format: unitPrice, value: (row) => row.change },
    { header: CHANGE_PCT, format: NUMBER_FORMATS.fraction, value: (row) => row.changePct },
    ...COST_COMPONENTS.map(
      (component): SheetColumn<PriceReviewRow> => ({
        header: `Δ ${COST_COMPONENT_COLUMNS[component]}`,
        format: unitPrice,
        value: (row) => row.componentChanges[component],
      }),
    ),
    { header: "Expected price", format: unitPrice, value: (row) => row.expectedPrice },
    { header: "Excess", format: unitPrice, value: (row) => row.excess },
    { header: landedCostHeader(homeCurrency), format: homeUnit, value: (row) => row.landedCost },
    { header: "Old duty rate", format: NUMBER_FORMATS.fraction, value: (row) => row.oldDutyRate },
    { header: "New duty rate", format: NUMBER_FORMATS.fraction, value: (row) => row.newDutyRate },
    { header: `Tariff effect (${homeCurrency})`, format: homeUnit, value: (row) => row.tariffEffect },
    ...bridgeColumns(homeCurrency),
    { header: `Best landed cost (${homeCurrency})`, format: homeUnit, value: (row) => row.bestLandedCost },
    { header: "Best supplier", format: null, value: (row) => row.bestSupplier },
    { header: "Single source", format: null, value: (row) => (row.singleSource ? "Yes" : "No") },
    { header: "Flag", format: null, value: (row) => row.flag },
    ...decisionColumns,
  ];
}

/** The row's price bridge (docs/price-review.md), detail columns: home currency per unit, then the period's units. */
function bridgeColumns(homeCurrency: string): SheetColumn<PriceReviewRow>[] {
  const homeUnit = unitAmountNumberFormat(homeCurrency);
  return [
    ...BRIDGE_STEPS.map(
      (step): SheetColumn<PriceReviewRow> => ({
        header: step === "landedThen" || step === "landedNow" ? `${BRIDGE_LABELS[step]} (${homeCurrency})` : `Δ ${BRIDGE_LABELS[step]}`,
        format: homeUnit,
        value: (row) => row[step],
      }),
    ),
    { header: "Units delivered", format: NUMBER_FORMATS.count, value: (row) => row.units },
  ];
}

/** The decision cells, then the hidden copy of what Costcard wrote into them (decisionCells.ts). */
const decisionColumns: SheetColumn<PriceReviewRow>[] = [
  ...DECISION_FIELDS.map(
    (field): SheetColumn<PriceReviewRow> => ({
      header: DECISION_HEADERS[field],
      format: DECISION_FORMATS[field],
      value: (row) => row.shownDecision[field],
      ...(field === "note" && { minWidth: NOTE_WIDTH }),
    }),
  ),
  { header: WRITTEN_HEADERS.sku, format: null, value: (row) => row.sku },
  { header: WRITTEN_HEADERS.supplier, format: null, value: (row) => row.supplier },
  ...DECISION_FIELDS.map((field): SheetColumn<PriceReviewRow> => ({ header: WRITTEN_HEADERS[field], format: DECISION_FORMATS[field], value: (row) => row.shownDecision[field] })),
];

/** What Excel shows beside a selected Decision cell. */
export const DECISION_PROMPT = "Type the meeting's decision in the orange cells of this row; Costcard records them before it regenerates the sheet.";

function decisionCounts(rows: readonly PriceReviewRow[]): { decided: number; open: number } {
  const open = rows.filter((row) => row.shownDecision.decision === OPEN_DECISION).length;
  const decided = rows.filter((row) => row.shownDecision.decision !== null).length - open;
  return { decided, open };
}

export interface PriceReviewSheetInput extends ReviewSheetBasis {
  readonly previousPeriod: string;
  readonly rows: readonly PriceReviewRow[];
  /** The review's bridge in money, shown under the rows with its chart. */
  readonly bridge: PriceBridgeJson;
}

/** "Price Review <period>": one row per (SKU, Supplier), prices in the quote's currency, landed costs in home currency, traffic lights on change %. */
export function priceReviewSheet(input: PriceReviewSheetInput): SheetModel {
  const threshold = input.settings.priceChangeThreshold;
  const { decided, open } = decisionCounts(input.rows);
  return tableSheet({
    name: `Price Review ${input.period}`,
    kind: "priceReview",
    period: input.period,
    title: `Price review ${input.period} against ${input.previousPeriod}`,
    subtitle: `As of ${isoFromSerial(input.asOf)} · prices in the quote's currency, landed cost in ${input.settings.homeCurrency} (${input.settings.valuation} valuation) · change threshold ${roundTo(threshold * 100, 6)}% · ${decided} decided, ${open} open`,
    warnings: input.warnings,
    columns: columns(input.settings.homeCurrency),
    records: input.rows,
    freezeColumns: 2,
    problems: input.problems,
    // Green for a price that held or fell, amber for a rise within the threshold, red beyond it.
    conditionalFormats: (table) => (threshold > 0 ? [{ type: "iconSet", range: columnRange(table, CHANGE_PCT), target: 0, floor: threshold, lowerIsBetter: true }] : []),
    charts: () => [],
    // How to decide in the sheet is said where the decision is typed, so the subtitle stays within the printed page.
    inputColumns: DECISION_FIELDS.map((field) => ({ header: DECISION_HEADERS[field], ...(field === "decision" && { choices: DECISION_CHOICES, prompt: DECISION_PROMPT }) })),
    hiddenColumns: Object.values(WRITTEN_HEADERS),
    meetingColumns: meetingColumns(input.settings.homeCurrency),
    blocks: [bridgeBlock(input.bridge, input.settings.homeCurrency, input.period)],
  });
}
