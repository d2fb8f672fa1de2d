/**
 * The period's delivered quantity of each SKU from each supplier: the lines spend counts (delivered
 * by the run's as-of date, with a price and an FX rate), tallied in spend's own pass over them, so
 * the price bridge weighs its per-unit effects without walking the shipment lines again. Kept by
 * supplier, then SKU: a line costs two map look-ups and builds no key.
 */
export class DeliveredUnits {
  private readonly bySupplier = new Map<string, Map<string, number>>();

  add(sku: string, supplier: string, quantity: number): void {
    let units = this.bySupplier.get(supplier);
    if (units === undefined) {
      units = new Map();
      this.bySupplier.set(supplier, units);
    }
    units.set(sku, (units.get(sku) ?? 0) + quantity);
  }

  /** 0 when none of the period's counted lines is of the SKU from the supplier. */
  of(sku: string, supplier: string): number {
    return this.bySupplier.get(supplier)?.get(sku) ?? 0;
  }
}
