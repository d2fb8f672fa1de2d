/** A #RRGGBB colour as SpreadsheetML's opaque ARGB ("FFRRGGBB"). */
export function argbColor(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
