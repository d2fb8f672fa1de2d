import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { unitAmountDecimals } from "../../core/currencyPrecision";
import { BRIDGE_EFFECTS } from "../../core/priceBridge";
import { BRIDGE_LABELS, BRIDGE_STEPS } from "../../reports/bridgeBlock";
import type { PriceReviewRowJson } from "../../reports/reviewJson";
import { formatCount, formatMoney } from "../displayNumbers";
import { useNumberCellStyles } from "../numberCellStyles";

const EFFECTS: ReadonlySet<string> = new Set(BRIDGE_EFFECTS);

/** A step's figure: the ends as amounts, the effects signed ("+0.28 USD", "−1.00 USD"); a step that does not apply as "—". */
function stepText(value: number | null, signed: boolean, currency: string, decimals: number): string {
  if (value === null) return "—";
  if (!signed) return formatMoney(value, currency, decimals);
  // Signed as shown: an effect that rounds to nothing has no sign.
  const rounded = Number(value.toFixed(decimals));
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${formatMoney(Math.abs(rounded), currency, decimals)}`;
}

export interface PriceBridgeViewProps {
  readonly row: PriceReviewRowJson;
  readonly homeCurrency: string;
}

/**
 * Why the row's landed cost moved (docs/price-review.md, the price bridge), per unit in home
 * currency at its precision, shown while the buyer decides: "the indices justify +1.06, the currency
 * gave back 0.20, we counter at …".
 */
export function PriceBridgeView({ row, homeCurrency }: PriceBridgeViewProps) {
  const numbers = useNumberCellStyles();
  if (row.landedThen === null || row.landedNow === null) {
    return <Text size={200}>{row.oldPrice === null ? "No price bridge: there was no old price to start from." : "No price bridge for this row: the data problems say why."}</Text>;
  }
  const values = BRIDGE_STEPS.map((step) => row[step]).filter((value): value is number => value !== null);
  const decimals = unitAmountDecimals(values, homeCurrency);
  return (
    <>
      <Table size="small" aria-label={`Why the landed cost of ${row.sku} from ${row.supplier} moved`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Landed cost per unit</TableHeaderCell>
            <TableHeaderCell className={numbers.numberHeader}>{homeCurrency}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {BRIDGE_STEPS.map((step) => (
            <TableRow key={step}>
              <TableCell>{BRIDGE_LABELS[step]}</TableCell>
              <TableCell className={numbers.number}>{stepText(row[step], EFFECTS.has(step), homeCurrency, decimals)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text size={200}>
        {formatCount(row.units)} {row.units === 1 ? "unit" : "units"} delivered in the period
      </Text>
    </>
  );
}
