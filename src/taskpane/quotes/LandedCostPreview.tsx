import { makeStyles, Table, TableBody, TableCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type { DutyRow } from "../../core/duties";
import type { LandedCostBreakdown } from "../../core/landedCost";
import { quoteLandedCost, type QuoteLandedCost } from "../../core/quoteLandedCost";
import type { Settings } from "../../schema/settings";
import { formatCount, formatMoney, formatRate, moneyDecimals } from "../displayNumbers";
import { landedCostFields, type QuoteFormValues } from "./quoteForm";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  total: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const PARTS: readonly [keyof LandedCostBreakdown, string][] = [
  ["product", "Product"],
  ["freight", "Freight"],
  ["insurance", "Insurance"],
  ["duty", "Duty"],
];

type Preview = { readonly kind: "cost"; readonly breakdown: QuoteLandedCost; readonly quantity: number } | { readonly kind: "waiting"; readonly reason: string };

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
  return cost.ok ? { kind: "cost", breakdown: cost.value, quantity: terms.moq ?? 1 } : { kind: "waiting", reason: cost.message };
}

/** The total, the customs value and the parts, all in one precision so the parts line up with the total. */
function CostLines({ breakdown, quantity, settings }: { breakdown: QuoteLandedCost; quantity: number; settings: Settings }) {
  const styles = useStyles();
  const home = settings.homeCurrency;
  const decimals = moneyDecimals([breakdown.total, breakdown.customsValue, ...PARTS.map(([part]) => breakdown[part])]);
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
          {PARTS.map(([part, label]) => (
            <TableRow key={part}>
              <TableCell>{label}</TableCell>
              <TableCell>{formatMoney(breakdown[part], home, decimals)}</TableCell>
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
      {result.kind === "waiting" ? <Text>{result.reason}</Text> : <CostLines breakdown={result.breakdown} quantity={result.quantity} settings={settings} />}
    </div>
  );
}
