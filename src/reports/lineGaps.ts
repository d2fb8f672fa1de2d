import type { ShipmentRecord } from "../schema/tables";
import type { ProblemJson } from "../model/problem";

/**
 * Shipment lines a supplier's figure (spend, open deposits) had to leave out, listed once per reason
 * (an SKU without a quote, a currency without a rate) at its first line, with the number of lines it
 * holds out, so a thousand lines of one unquoted SKU make one problem, not a thousand.
 */
export class LineGaps {
  private readonly gaps = new Map<string, { row: number; column: string; reason: string; lines: number }>();

  /** `key` tells reasons apart; the first line of a key gives the row and column. */
  add(line: ShipmentRecord, column: string, key: string, reason: string): void {
    const known = this.gaps.get(key);
    if (known === undefined) this.gaps.set(key, { row: line.row, column, reason, lines: 1 });
    else known.lines += 1;
  }

  /** Lists each gap as a Shipments problem ending "left out of <figure>". */
  report(figure: string, problems: ProblemJson[] | null): void {
    for (const { row, column, reason, lines } of this.gaps.values()) {
      problems?.push({ table: "Shipments", row, column, message: `${reason}: ${lines === 1 ? "the line is" : `${lines} lines are`} left out of ${figure}` });
    }
  }
}
