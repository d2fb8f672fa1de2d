/**
 * The period's delivered quantity of each SKU from each supplier: the lines spend counts (delivered
 * by the run's as-of date, with a price and an FX rate), tallied in spend's own pass over them, so
 * the price bridge weighs its per-unit effects without walking the shipment lines again.
 */
export class DeliveredUnits {
  private readonly units = new Map<string, number>();

  add(sku: string, supplier: string, quantity: number): void {
    const key = DeliveredUnits.key(sku, supplier);
    this.units.set(key, (this.units.get(key) ?? 0) + quantity);
  }

  /** 0 when none of the period's counted lines is of the SKU from the supplier. */
  of(sku: string, supplier: string): number {
    return this.units.get(DeliveredUnits.key(sku, supplier)) ?? 0;
  }

  private static key(sku: string, supplier: string): string {
    return `${sku}\u0000${supplier}`;
  }
}
