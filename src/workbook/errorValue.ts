/** How a body cell holding an Excel error (`#N/A`, `#DIV/0!`) is listed, whichever host read it. */
export function errorValueMessage(value: unknown): string {
  return `${String(value)} is an Excel error value (a formula that failed), not a value`;
}
