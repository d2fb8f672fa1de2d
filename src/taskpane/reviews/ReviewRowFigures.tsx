import { makeStyles, Table, TableBody, TableCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { unitAmountDecimals } from "../../core/currencyPrecision";
import { NOT_AVAILABLE } from "../../reports/sheetLayout";
import { formatMoney, formatPercentChange } from "../displayNumbers";
import type { ReviewedPrice } from "./generateReview";

const useStyles = makeStyles({
  figure: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  label: { color: tokens.colorNeutralForeground2 },
});

/** A signed amount at the precision it shares with the prices beside it ("+13,000 VND"). */
function signedMoney(value: number, currency: string, decimals: number): string {
  return `${value > 0 ? "+" : ""}${formatMoney(value, currency, decimals)}`;
}

export interface ReviewRowFiguresProps {
  readonly row: ReviewedPrice;
  readonly homeCurrency: string;
}

/**
 * The meeting's view of a row of the price review (PRODUCT.md, "Generated sheets"): old and new
 * price, change, landed cost and flag, as the sheet shows them, beside the decision being recorded,
 * so what is decided is what is seen. Prices in the quote's currency at one precision for the three,
 * landed cost in the home currency.
 */
export function ReviewRowFigures({ row, homeCurrency }: ReviewRowFiguresProps) {
  const styles = useStyles();
  const decimals = unitAmountDecimals([row.oldPrice, row.newPrice, row.change].filter((value): value is number => value !== null), row.currency);
  const money = (value: number | null) => (value === null ? NOT_AVAILABLE : formatMoney(value, row.currency, decimals));
  const change = row.change === null ? NOT_AVAILABLE : `${signedMoney(row.change, row.currency, decimals)}${row.changePct === null ? "" : ` (${formatPercentChange(row.changePct)})`}`;
  const figures: readonly [string, string][] = [
    ["Old price", money(row.oldPrice)],
    ["New price", money(row.newPrice)],
    ["Change", change],
    [`Landed cost (${homeCurrency})`, row.landedCost === null ? NOT_AVAILABLE : formatMoney(row.landedCost, homeCurrency, unitAmountDecimals([row.landedCost], homeCurrency))],
    ["Flag", row.flag],
  ];
  return (
    <Table size="extra-small" aria-label={`${row.sku} from ${row.supplier} as the price review shows it`}>
      <TableBody>
        {figures.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell>
              <Text size={200} className={styles.label}>
                {label}
              </Text>
            </TableCell>
            <TableCell className={styles.figure}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
