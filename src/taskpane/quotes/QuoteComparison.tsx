import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { ComparedQuote } from "./quoteComparison";
import { formatCount, formatMoney, moneyDecimals } from "../displayNumbers";

/** The quotes for one SKU, cheapest landed cost first; the best is marked, so a buyer sees who to call. */
export function QuoteComparison({ sku, rows, homeCurrency }: { sku: string; rows: readonly ComparedQuote[]; homeCurrency: string }) {
  if (rows.length === 0) return <Text>No quote for {sku} is in effect today.</Text>;
  const landedDecimals = moneyDecimals(rows.flatMap((row) => (row.landedCost === null ? [] : [row.landedCost])));
  return (
    <Table size="small" aria-label={`Quotes for ${sku} by landed cost`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Supplier</TableHeaderCell>
          <TableHeaderCell>Quoted</TableHeaderCell>
          <TableHeaderCell>Landed / unit</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={row.supplier}>
            <TableCell>
              {row.supplier} {index === 0 && row.landedCost !== null && rows.length > 1 && <Badge appearance="tint" color="success">best</Badge>}
            </TableCell>
            <TableCell>
              {formatMoney(row.unitPrice, row.currency)} {row.incoterm}
              <br />
              <Text size={200}>
                {row.quoteDate}
                {row.moq !== null ? `, MOQ ${formatCount(row.moq)}` : ""}
              </Text>
            </TableCell>
            <TableCell>{row.landedCost !== null ? formatMoney(row.landedCost, homeCurrency, landedDecimals) : (row.note ?? "—")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
