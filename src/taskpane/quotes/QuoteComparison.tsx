import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { unitAmountDecimals } from "../../core/currencyPrecision";
import { bestQuote, type ComparedQuote } from "./quoteComparison";
import { formatCount, formatMoney } from "../displayNumbers";
import { useNumberCellStyles } from "../numberCellStyles";

/** The quotes for one SKU, cheapest landed cost first; the best is marked only among quotes that could be compared, so a buyer sees who to call. */
export function QuoteComparison({ sku, rows, homeCurrency }: { sku: string; rows: readonly ComparedQuote[]; homeCurrency: string }) {
  const styles = useNumberCellStyles();
  if (rows.length === 0) return <Text>No quote for {sku} is in effect today.</Text>;
  const landedDecimals = unitAmountDecimals(
    rows.flatMap((row) => (row.landedCost === null ? [] : [row.landedCost])),
    homeCurrency,
  );
  const best = bestQuote(rows);
  const left = rows.filter((row) => row.landedCost === null).length;
  return (
    <>
      <Table size="small" aria-label={`Quotes for ${sku} by landed cost`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Supplier</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Quoted</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Landed / unit</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.supplier}>
              <TableCell>
                {row.supplier}{" "}
                {best?.supplier === row.supplier && (
                  <Badge appearance="tint" color="success">
                    {best.all ? "best" : `best of ${best.of}`}
                  </Badge>
                )}
              </TableCell>
              <TableCell className={styles.number}>
                {formatMoney(row.unitPrice, row.currency)}
                <br />
                <Text size={200}>
                  {row.incoterm}
                  {row.namedPlace ? ` ${row.namedPlace}` : ""}, {row.quoteDate}
                  {row.moq !== null ? `, MOQ ${formatCount(row.moq)}` : ""}
                </Text>
              </TableCell>
              <TableCell className={styles.number}>{row.landedCost !== null ? formatMoney(row.landedCost, homeCurrency, landedDecimals) : (row.note ?? "—")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {left > 0 && (
        <Text size={200}>
          {left === 1 ? "1 quote is" : `${left} quotes are`} not ranked: {left === 1 ? "its" : "their"} landed cost cannot be worked out in {homeCurrency}.
        </Text>
      )}
    </>
  );
}
