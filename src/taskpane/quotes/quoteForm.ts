import { z } from "zod";
import { choiceCell, currencyCell, numberCell, optionalCell } from "../../schema/cells";
import { COST_COMPONENT_COLUMNS, COST_COMPONENTS, type CostComponent } from "../../schema/costComponents";
import { quoteCells } from "../../schema/tables";
import { INCOTERM_CHOICES, TABLE_SPECS } from "../../schema/tableSpecs";
import type { CellScalar } from "../../model/rawTable";
import { typedNumberField } from "../form/typedNumber";
import { quoteChecks, type QuoteTerms } from "./quoteChecks";

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
  /** The Incoterm's place: Guangzhou in FOB Guangzhou. */
  readonly namedPlace: string;
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
    namedPlace: "",
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

const price = typedNumberField("amount", numberCell({ min: 0, minExclusive: true }));
const tierQuantity = typedNumberField("whole", numberCell({ min: 1, integer: true }));
const cells = quoteCells.shape;
const amount = <T extends z.ZodType<unknown, unknown>>(cell: T) => typedNumberField("amount", cell);

// The Quotes table's own cell schemas, so a value the form accepts is one the reports accept; the
// form is stricter only where a new quote must be complete (price above 0, currency, incoterm, tiers).
const quoteFields = z.object({
  supplier: cells.Supplier,
  sku: cells.SKU,
  quoteDate: cells.QuoteDate,
  unitPrice: price,
  currency: currencyCell,
  incoterm: choiceCell(INCOTERM_CHOICES),
  namedPlace: cells.NamedPlace,
  moq: typedNumberField("whole", optionalCell(numberCell({ min: 1, integer: true }))),
  components: z.record(z.enum(COST_COMPONENTS), amount(cells.Material)),
  freightPerUnit: amount(cells.FreightPerUnit),
  insurancePerUnit: amount(cells.InsurancePerUnit),
  dutyRate: typedNumberField("rate", cells.DutyRate),
  htsCode: cells.HtsCode,
  origin: cells.Origin,
  tooling: amount(cells.Tooling),
  leadTimeDays: typedNumberField("whole", optionalCell(numberCell({ max: MAX_LEAD_TIME_DAYS, integer: true }))),
  // Above 100% is refused by the cross-field checks, in a deposit's own words.
  depositPct: typedNumberField("rate", optionalCell(numberCell())),
  materialIndex: cells.MaterialIndex,
  laborIndex: cells.LaborIndex,
  priceBreaks: z.array(z.object({ quantity: tierQuantity, unitPrice: price })),
});

const quoteFormSchema = quoteFields;

/** A field's value when it passes its own check, else undefined: the cross-field checks run on what is valid so far. */
function validPart<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function quoteTerms(values: QuoteFormValues): QuoteTerms {
  const shape = quoteFields.shape;
  return {
    unitPrice: validPart(shape.unitPrice, values.unitPrice),
    currency: validPart(shape.currency, values.currency),
    quoteDate: validPart(shape.quoteDate, values.quoteDate),
    moq: validPart(shape.moq, values.moq),
    tooling: validPart(shape.tooling, values.tooling),
    depositPct: validPart(shape.depositPct, values.depositPct),
    components: COST_COMPONENTS.map((component) => validPart(shape.components.valueType, values.components[component])),
    priceBreaks: values.priceBreaks.map((tier) => ({ quantity: validPart(tierQuantity, tier.quantity), unitPrice: validPart(price, tier.unitPrice) })),
  };
}

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
  namedPlace: "Named place",
  moq: "MOQ",
  leadTimeDays: "Lead time",
  freightPerUnit: "Freight per unit",
  insurancePerUnit: "Insurance per unit",
  dutyRate: "Duty rate",
  tooling: "Tooling",
  depositPct: "Deposit",
  materialIndex: "Material index",
  laborIndex: "Labor index",
};

/** The label a field shows, by its path: the form's fields, the error summary and the messages agree. */
export function quoteFieldLabel(path: string): string {
  const [field = "", index, part] = path.split(".");
  if (field === "components") return COST_COMPONENT_COLUMNS[index as CostComponent] ?? index ?? "";
  if (field === "priceBreaks") return `Tier ${Number(index) + 1} ${part === "quantity" ? "quantity" : "unit price"}`;
  return FIELD_LABELS[field] ?? field;
}

/** What a sourcing manager needs to fix a value the cell schema's own words leave unclear. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  leadTimeDays: "lead time is in days",
};

// The cell schemas say "missing value" for a blank required cell; under a form field the field's name reads better.
const MISSING = "missing value";

function fieldMessage(path: readonly PropertyKey[], message: string): string {
  const field = String(path[path.length - 1] ?? "");
  if (message === MISSING) return `${quoteFieldLabel(path.join("."))} is required.`;
  const hint = FIELD_HINTS[field];
  return hint ? `${message} — ${hint}.` : `${message}.`;
}

export interface QuoteValidation {
  readonly quote: Quote | null;
  readonly errors: QuoteFormErrors;
  /** What the reports will make of a valid quote ("components": the breakdown misses the price). */
  readonly warnings: QuoteFormErrors;
}

/**
 * Every field by its own schema, then the checks across fields. `today` and `confirmedDate` (the
 * quote date the buyer confirmed, a serial) decide whether a date far ahead still needs confirming.
 */
export function validateQuoteForm(values: QuoteFormValues, today: number, confirmedDate: number | null = null): QuoteValidation {
  const parsed = quoteFormSchema.safeParse(values);
  const errors: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    errors[issue.path.join(".")] ??= fieldMessage(issue.path, issue.message);
  }
  const checked = quoteChecks(quoteTerms(values), today, confirmedDate);
  for (const [path, message] of Object.entries(checked.errors)) errors[path] ??= message;
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { quote: valid ? parsed.data : null, errors, warnings: checked.warnings };
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
      NamedPlace: quote.namedPlace,
    };
    return TABLE_SPECS.Quotes.map((column) => cells[column.name] ?? null);
  });
}
