import { z } from "zod";
import { choiceCell, currencyCell, numberCell, optionalCell } from "../../schema/cells";
import { COST_COMPONENTS, type CostComponent } from "../../schema/costComponents";
import { quoteCells } from "../../schema/tables";
import { INCOTERM_CHOICES, TABLE_SPECS } from "../../schema/tableSpecs";
import type { CellScalar } from "../../workbook/port";

/**
 * The quote form: what the user types (all text, as inputs hold it), the zod schema that turns it
 * into a typed quote with one message per field, and the Quotes rows a valid quote becomes.
 */

export interface PriceBreakInput {
  readonly quantity: string;
  readonly unitPrice: string;
}

export interface QuoteFormValues {
  readonly supplier: string;
  readonly sku: string;
  readonly quoteDate: string;
  readonly unitPrice: string;
  readonly currency: string;
  readonly incoterm: string;
  readonly moq: string;
  readonly components: Readonly<Record<CostComponent, string>>;
  readonly freightPerUnit: string;
  readonly insurancePerUnit: string;
  readonly dutyRate: string;
  readonly htsCode: string;
  readonly origin: string;
  readonly tooling: string;
  readonly leadTimeDays: string;
  readonly depositPct: string;
  readonly materialIndex: string;
  readonly laborIndex: string;
  /** Price breaks above the base tier (MOQ, or 1 without one). */
  readonly priceBreaks: readonly PriceBreakInput[];
}

export function emptyQuoteForm(homeCurrency: string, today: string): QuoteFormValues {
  return {
    supplier: "",
    sku: "",
    quoteDate: today,
    unitPrice: "",
    currency: homeCurrency,
    incoterm: "FOB",
    moq: "",
    components: { material: "", trims: "", labor: "", overhead: "", packaging: "", margin: "" },
    freightPerUnit: "",
    insurancePerUnit: "",
    dutyRate: "",
    htsCode: "",
    origin: "",
    tooling: "",
    leadTimeDays: "",
    depositPct: "",
    materialIndex: "",
    laborIndex: "",
    priceBreaks: [],
  };
}

/** A year: a longer lead time is a typing slip, though the Quotes table itself sets no bound. */
const MAX_LEAD_TIME_DAYS = 730;

const price = numberCell({ min: 0, minExclusive: true });
const tierQuantity = numberCell({ min: 1, integer: true });
const cells = quoteCells.shape;

// The Quotes table's own cell schemas, so a value the form accepts is one the reports accept; the
// form is stricter only where a new quote must be complete (price above 0, currency, incoterm, tiers).
const quoteFields = z.object({
  supplier: cells.Supplier,
  sku: cells.SKU,
  quoteDate: cells.QuoteDate,
  unitPrice: price,
  currency: currencyCell,
  incoterm: choiceCell(INCOTERM_CHOICES),
  moq: optionalCell(tierQuantity),
  components: z.record(z.enum(COST_COMPONENTS), cells.Material),
  freightPerUnit: cells.FreightPerUnit,
  insurancePerUnit: cells.InsurancePerUnit,
  dutyRate: cells.DutyRate,
  htsCode: cells.HtsCode,
  origin: cells.Origin,
  tooling: cells.Tooling,
  leadTimeDays: optionalCell(numberCell({ max: MAX_LEAD_TIME_DAYS, integer: true })),
  depositPct: cells.DepositPct,
  materialIndex: cells.MaterialIndex,
  laborIndex: cells.LaborIndex,
  priceBreaks: z.array(z.object({ quantity: tierQuantity, unitPrice: price })),
});

function checkTierOrder(quote: { moq?: number | undefined; priceBreaks: readonly { quantity: number }[] }, context: z.RefinementCtx): void {
  let previous = baseTierQuantity(quote.moq);
  quote.priceBreaks.forEach((tier, index) => {
    if (tier.quantity <= previous) {
      context.addIssue({
        code: "custom",
        path: ["priceBreaks", index, "quantity"],
        message: `Tier quantities must increase: this one must be above ${previous}`,
      });
    }
    previous = Math.max(previous, tier.quantity);
  });
}

const quoteFormSchema = quoteFields.superRefine(checkTierOrder);

/**
 * The tiers checked on their own: zod skips an object's refinement while any field of it is missing,
 * and the order of the tiers should show as soon as they are typed.
 */
const priceTiers = quoteFields.pick({ moq: true, priceBreaks: true }).superRefine(checkTierOrder);

/** The fields the landed-cost preview needs, parsed on their own so it updates while others are still wrong. */
export const landedCostFields = quoteFields.pick({
  unitPrice: true,
  moq: true,
  incoterm: true,
  currency: true,
  quoteDate: true,
  freightPerUnit: true,
  insurancePerUnit: true,
  dutyRate: true,
  htsCode: true,
  origin: true,
  tooling: true,
});

export type LandedCostFields = z.output<typeof landedCostFields>;

export type Quote = z.output<typeof quoteFormSchema>;

/** Messages by field path: "unitPrice", "components.material", "priceBreaks.0.quantity". */
export type QuoteFormErrors = Readonly<Record<string, string>>;

const FIELD_LABELS: Readonly<Record<string, string>> = {
  supplier: "Supplier",
  sku: "SKU",
  quoteDate: "Quote date",
  unitPrice: "Unit price",
  currency: "Currency",
  incoterm: "Incoterm",
  quantity: "Tier quantity",
};

/** What a sourcing manager needs to fix a value the cell schema's own words leave unclear. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  dutyRate: "write a rate as a fraction, 12% is 0.12",
  depositPct: "write a rate as a fraction, 30% is 0.3",
  leadTimeDays: "lead time is in days",
};

// The cell schemas say "missing value" for a blank required cell; under a form field the field's name reads better.
const MISSING = "missing value";

function fieldMessage(path: readonly PropertyKey[], message: string): string {
  const field = String(path[path.length - 1] ?? "");
  if (message === MISSING) return `${FIELD_LABELS[field] ?? "This field"} is required.`;
  const hint = FIELD_HINTS[field];
  return hint ? `${message} — ${hint}.` : `${message}.`;
}

export function validateQuoteForm(values: QuoteFormValues): { quote: Quote | null; errors: QuoteFormErrors } {
  const parsed = quoteFormSchema.safeParse(values);
  if (parsed.success) return { quote: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  const tierIssues = priceTiers.safeParse(values).error?.issues ?? [];
  for (const issue of [...parsed.error.issues, ...tierIssues]) {
    errors[issue.path.join(".")] ??= fieldMessage(issue.path, issue.message);
  }
  return { quote: null, errors };
}

/** The tier the quote's own unit price is for: the MOQ, or 1 when the factory states none. */
export function baseTierQuantity(moq: number | undefined): number {
  return moq ?? 1;
}

type QuoteColumn = (typeof TABLE_SPECS.Quotes)[number]["name"];

/**
 * One Quotes row per tier, in the spec's column order. The cost breakdown explains the base price,
 * so only the base row carries it: a break row with the base's components would not sum to its own
 * price and the price review would flag it "Check breakdown".
 */
export function quoteRows(quote: Quote): CellScalar[][] {
  const tiers = [{ quantity: baseTierQuantity(quote.moq), unitPrice: quote.unitPrice }, ...quote.priceBreaks];
  return tiers.map((tier, index) => {
    const breakdown: Partial<Quote["components"]> = index === 0 ? quote.components : {};
    const cells: Record<QuoteColumn, CellScalar | undefined> = {
      Supplier: quote.supplier,
      SKU: quote.sku,
      QuoteDate: quote.quoteDate,
      UnitPrice: tier.unitPrice,
      Currency: quote.currency,
      Incoterm: quote.incoterm,
      Quantity: tier.quantity,
      MOQ: quote.moq,
      Material: breakdown.material,
      Trims: breakdown.trims,
      Labor: breakdown.labor,
      Overhead: breakdown.overhead,
      Packaging: breakdown.packaging,
      Margin: breakdown.margin,
      FreightPerUnit: quote.freightPerUnit,
      InsurancePerUnit: quote.insurancePerUnit,
      DutyRate: quote.dutyRate,
      HtsCode: quote.htsCode,
      Origin: quote.origin,
      Tooling: quote.tooling,
      LeadTimeDays: quote.leadTimeDays,
      DepositPct: quote.depositPct,
      MaterialIndex: quote.materialIndex,
      LaborIndex: quote.laborIndex,
    };
    return TABLE_SPECS.Quotes.map((column) => cells[column.name] ?? null);
  });
}
