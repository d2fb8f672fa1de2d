/**
 * Bench only (bench/webpack.withoutBridge.config.js): src/reports/deliveredUnits.ts swapped out, so
 * spend's pass over the period's delivered lines tallies nothing for the price bridge (`add` is
 * still called per line: an empty call, the least a build without the bridge could do) and every
 * row's units are 0.
 */
export class DeliveredUnits {
  add(): void {}

  of(): number {
    return 0;
  }
}
