import { checkNumber, checkNumbers } from "./argumentChecks";
import { beyondNumberRange, finiteResult } from "./finiteResult";
import { fail, ok, type Result } from "./result";
import { shownNumber } from "./rounding";

/**
 * FREIGHTPERUNIT (PRODUCT.md): freight per unit from a carton's size. Sources of the defaults are
 * in docs/functions.md: the usable loads of the containers are what forwarders plan loose cartons
 * at (about 85–89% of the internal volume of 33, 67 and 76 m³), and 6000 cm³ per kg is IATA's
 * volumetric ratio for air cargo.
 */
export const FREIGHT_BASES = ["CBM", "20GP", "40GP", "40HC", "AIR"] as const;
export type FreightBasis = (typeof FREIGHT_BASES)[number];

/** Usable load of a container of loose cartons, m³. */
export const CONTAINER_CAPACITY_M3: Readonly<Record<Exclude<FreightBasis, "CBM" | "AIR">, number>> = { "20GP": 28, "40GP": 58, "40HC": 68 };

/** IATA's volumetric ratio: 6000 cm³ of cargo are charged as 1 kg. */
export const AIR_CM3_PER_KG = 6000;

const CM3_PER_M3 = 1_000_000;
/** Cartons per container are counted in cm³, where whole-centimetre cartons divide exactly; the slack absorbs binary noise for fractional ones. */
const FIT_SLACK = 1e-9;

export interface FreightInput {
  /** Carton length, width and height in cm. */
  readonly cartonCm: readonly number[];
  readonly unitsPerCarton: number;
  /** Per m³ (CBM), per container (20GP, 40GP, 40HC) or per chargeable kg (AIR), home currency. */
  readonly cost: number;
  readonly basis: FreightBasis;
  /** A container's usable load in m³; null takes the basis's default. Not used for CBM and AIR. */
  readonly capacity: number | null;
  /** Gross kg of a carton; required for AIR only. */
  readonly cartonKg: number | null;
}

export interface FreightPerUnit {
  readonly perUnit: number;
  readonly cartonM3: number;
  /** Cartons per container (container bases), null otherwise. */
  readonly cartonsPerContainer: number | null;
  /** Chargeable kg per carton (AIR), null otherwise. */
  readonly chargeableKg: number | null;
}

export function parseFreightBasis(text: string): FreightBasis | null {
  const code = text.trim().toUpperCase().replace(/[\s'’-]+/g, "");
  return (FREIGHT_BASES as readonly string[]).includes(code) ? (code as FreightBasis) : null;
}

/**
 * @example freightPerUnit({ cartonCm: [60, 40, 40], unitsPerCarton: 24, cost: 85, basis: "CBM", capacity: null, cartonKg: null })
 *   // 0.096 m³ per carton × 85 per m³ ÷ 24 units = 0.34 per unit
 */
export function freightPerUnit(input: FreightInput): Result<FreightPerUnit> {
  if (input.cartonCm.length !== 3) return fail("value", `carton_cm must hold three dimensions in cm (length, width, height), got ${input.cartonCm.length}`);
  const invalid =
    checkNumbers("carton_cm", input.cartonCm, "aboveZero") ??
    checkNumber("units_per_carton", input.unitsPerCarton, "aboveZero") ??
    (Number.isInteger(input.unitsPerCarton) ? null : fail("num", `units_per_carton must be a whole number (got ${input.unitsPerCarton})`)) ??
    checkNumber("cost", input.cost, "atLeastZero");
  if (invalid !== null) return invalid;
  const [length, width, height] = input.cartonCm as [number, number, number];
  const cartonCm3 = length * width * height;
  if (!(cartonCm3 > 0 && Number.isFinite(cartonCm3))) return fail("num", `carton_cm ${input.cartonCm.join(" × ")} gives a volume beyond what a number holds`);
  const cartonM3 = cartonCm3 / CM3_PER_M3;
  const names = "carton_cm, units_per_carton and cost";
  if (input.basis === "CBM") {
    const perUnit = finiteResult((input.cost * cartonM3) / input.unitsPerCarton, names);
    return perUnit.ok ? ok({ perUnit: perUnit.value, cartonM3, cartonsPerContainer: null, chargeableKg: null }) : perUnit;
  }
  if (input.basis === "AIR") {
    if (input.cartonKg === null) return fail("value", "carton_kg is required for AIR: the carton's gross weight in kg, charged when above its volume weight");
    const badKg = checkNumber("carton_kg", input.cartonKg, "aboveZero");
    if (badKg !== null) return badKg;
    const chargeableKg = Math.max(input.cartonKg, cartonCm3 / AIR_CM3_PER_KG);
    const perUnit = finiteResult((input.cost * chargeableKg) / input.unitsPerCarton, `${names} and carton_kg`);
    return perUnit.ok ? ok({ perUnit: perUnit.value, cartonM3, cartonsPerContainer: null, chargeableKg }) : perUnit;
  }
  const capacity = input.capacity ?? CONTAINER_CAPACITY_M3[input.basis];
  const badCapacity = checkNumber("capacity", capacity, "aboveZero");
  if (badCapacity !== null) return badCapacity;
  const cartonsPerContainer = Math.floor((capacity * CM3_PER_M3) / cartonCm3 + FIT_SLACK);
  if (!Number.isFinite(cartonsPerContainer)) return beyondNumberRange("carton_cm and capacity");
  if (cartonsPerContainer < 1) {
    return fail("num", `a carton of ${shownNumber(cartonM3)} m³ (carton_cm) does not fit in a ${input.basis} of ${shownNumber(capacity)} m³ (capacity)`);
  }
  const perUnit = finiteResult(input.cost / (cartonsPerContainer * input.unitsPerCarton), `${names} and capacity`);
  return perUnit.ok ? ok({ perUnit: perUnit.value, cartonM3, cartonsPerContainer, chargeableKg: null }) : perUnit;
}
