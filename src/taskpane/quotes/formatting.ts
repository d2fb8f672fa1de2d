/** Money as the pane shows it: two decimals at least, four when a unit cost needs them. */
export function formatMoney(value: number, currency: string): string {
  return `${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;
}
