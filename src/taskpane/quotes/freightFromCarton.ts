import { freightPerUnit, FREIGHT_BASES, type FreightBasis } from "../../core/freightPerUnit";
import { roundTo, shownNumber } from "../../core/rounding";

/**
 * The quote form's "from carton" calculator: the carton as typed (all text, as inputs hold it) into
 * FREIGHTPERUNIT's core function, so the pane and the worksheet function give the same freight.
 */
export interface CartonFreightValues {
  readonly length: string;
  readonly width: string;
  readonly height: string;
  readonly unitsPerCarton: string;
  readonly basis: FreightBasis;
  readonly cost: string;
  readonly capacity: string;
  readonly cartonKg: string;
}

export const emptyCartonFreight: CartonFreightValues = { length: "", width: "", height: "", unitsPerCarton: "", basis: "CBM", cost: "", capacity: "", cartonKg: "" };

export const FREIGHT_BASIS_LABELS: Readonly<Record<FreightBasis, string>> = {
  CBM: "per m³ (CBM)",
  "20GP": "per 20GP container",
  "40GP": "per 40GP container",
  "40HC": "per 40HC container",
  AIR: "per chargeable kg (air)",
};

export { FREIGHT_BASES };

/** Freight per unit written into the form: four decimals, as the pane shows unit costs. */
const FORM_DECIMALS = 4;

export type CartonFreight = { readonly ok: true; readonly perUnit: number; readonly formValue: string; readonly basis: string } | { readonly ok: false; readonly message: string };

function amount(label: string, text: string, optional: boolean): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return optional ? null : `${label} is required.`;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : `${label} must be a number above 0.`;
}

/** The freight per unit of the carton typed, or the first message to show (fields in form order). */
export function cartonFreight(values: CartonFreightValues): CartonFreight {
  const read = [
    amount("Length", values.length, false),
    amount("Width", values.width, false),
    amount("Height", values.height, false),
    amount("Units per carton", values.unitsPerCarton, false),
    amount("Cost", values.cost, false),
    amount("Capacity", values.capacity, true),
    amount("Carton kg", values.cartonKg, values.basis !== "AIR"),
  ];
  const message = read.find((value): value is string => typeof value === "string");
  if (message !== undefined) return { ok: false, message };
  const [length, width, height, unitsPerCarton, cost, capacity, cartonKg] = read as (number | null)[];
  const result = freightPerUnit({ cartonCm: [length!, width!, height!], unitsPerCarton: unitsPerCarton!, cost: cost!, basis: values.basis, capacity: capacity ?? null, cartonKg: cartonKg ?? null });
  if (!result.ok) return { ok: false, message: result.message };
  const { perUnit, cartonM3, cartonsPerContainer, chargeableKg } = result.value;
  const basis =
    cartonsPerContainer !== null
      ? `${cartonsPerContainer} cartons of ${shownNumber(roundTo(cartonM3, 4))} m³ a ${values.basis}`
      : chargeableKg !== null
        ? `${shownNumber(roundTo(chargeableKg, 2))} chargeable kg a carton`
        : `${shownNumber(roundTo(cartonM3, 4))} m³ a carton`;
  return { ok: true, perUnit, formValue: String(roundTo(perUnit, FORM_DECIMALS)), basis };
}
