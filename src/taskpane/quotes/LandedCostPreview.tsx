import { makeStyles, Table, TableBody, TableCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type { DutyRow } from "../../core/duties";
import { quoteLandedCost, type QuoteLandedCost } from "../../core/quoteLandedCost";
import type { Settings } from "../../schema/settings";
import { unitAmountDecimals } from "../../core/currencyPrecision";
import { formatCount, formatMoney, formatRate } from "../displayNumbers";
import { useNumberCellStyles } from "../numberCellStyles";
import { landedCostFields, type QuoteFormValues } from "./quoteForm";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  total: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

type Preview =
  | { readonly kind: "cost"; readonly breakdown: QuoteLandedCost; readonly quantity: number; readonly toolingPerUnit: number }
  | { readonly kind: "waiting"; readonly reason: string };

/** Home currency per unit of a currency at a date (the review's FX lookup); undefined when FxRates has none. */
export type FxRateAt = (currency: string, date: number) => number | undefined;

/** What the preview reads from the workbook besides the form: FX rates, the Duties rows and each supplier's Country (ISO code). */
export interface PreviewFacts {
  readonly fxRateAt: FxRateAt;
  readonly duties: readonly DutyRow[];
  readonly countryOf: (supplier: string) => string | null;
}

function preview(values: QuoteFormValues, settings: Settings, { fxRateAt, duties, countryOf }: PreviewFacts): Preview {
  const parsed = landedCostFields.safeParse(values);
  if (!parsed.success) return { kind: "waiting", reason: "Enter a valid unit price, currency, quote date and terms to see the landed cost." };
  const terms = parsed.data;
  const fxRate = fxRateAt(terms.currency, terms.quoteDate);
  if (fxRate === undefined) return { kind: "waiting", reason: `FxRates has no ${terms.currency} rate on or before the quote date: add one to see the landed cost in ${settings.homeCurrency}.` };
  // The duty in force when the factory quoted: a blank Origin is the supplier's Country, as in the Quotes table.
  const origin = terms.origin ?? countryOf(values.supplier.trim());
  const cost = quoteLandedCost({ ...terms, origin }, settings.valuation, fxRate, { rows: duties, date: terms.quoteDate });
  const quantity = terms.moq ?? 1;
  // The core folds tooling into the (dutiable) price; the preview shows it on its own line, in home currency per unit.
  const toolingPerUnit = ((terms.tooling ?? 0) / quantity) * fxRate;
  return cost.ok ? { kind: "cost", breakdown: cost.value, quantity, toolingPerUnit } : { kind: "waiting", reason: cost.message };
}

/** Every part of the landed cost per unit, tooling on its own line; the parts and the total share one precision so they line up. */
function CostLines({ breakdown, quantity, toolingPerUnit, settings }: { breakdown: QuoteLandedCost; quantity: number; toolingPerUnit: number; settings: Settings }) {
  const styles = useStyles();
  const numbers = useNumberCellStyles();
  const home = settings.homeCurrency;
  const parts: readonly [string, number][] = [
    ["Price", breakdown.product - toolingPerUnit],
    ["Tooling per unit", toolingPerUnit],
    ["Freight", breakdown.freight],
    ["Insurance", breakdown.insurance],
    ["Duty", breakdown.duty],
  ];
  const decimals = unitAmountDecimals([breakdown.total, breakdown.customsValue, ...parts.map(([, amount]) => amount)], home);
  return (
    <>
      <Text className={styles.total} data-testid="landed-cost-total">
        {formatMoney(breakdown.total, home, decimals)} per unit
      </Text>
      <Text size={200}>
        For {formatCount(quantity)} units, {settings.valuation} customs value {formatMoney(breakdown.customsValue, home, decimals)}.
      </Text>
      {breakdown.dutyInForce !== null && (
        <Text size={200} data-testid="duty-from-duties">
          Duty {formatRate(breakdown.dutyRate)} from the Duties table on the quote date
          {breakdown.dutyInForce.measures.length === 0 ? ": no row is in force for this HTS code and origin." : `: ${breakdown.dutyInForce.measures.map((measure) => measure.measure).join(" + ")}.`}
        </Text>
      )}
      <Table size="extra-small" aria-label="Landed cost per unit, part by part">
        <TableBody>
          {parts.map(([label, amount]) => (
            <TableRow key={label}>
              <TableCell>{label}</TableCell>
              <TableCell className={numbers.number}>{formatMoney(amount, home, decimals)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** The landed cost per unit of the quote being typed, recomputed by the core on every keystroke. */
export function LandedCostPreview({ values, settings, facts }: { values: QuoteFormValues; settings: Settings; facts: PreviewFacts }) {
  const styles = useStyles();
  const result = preview(values, settings, facts);
  return (
    <div className={styles.preview} role="status" aria-live="polite" aria-label="Landed cost preview">
      {result.kind === "waiting" ? <Text>{result.reason}</Text> : <CostLines breakdown={result.breakdown} quantity={result.quantity} toolingPerUnit={result.toolingPerUnit} settings={settings} />}
    </div>
  );
}
