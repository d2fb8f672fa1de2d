import fc from "fast-check";
import { AIR_CM3_PER_KG, CONTAINER_CAPACITY_M3, freightPerUnit, parseFreightBasis, type FreightInput } from "../../../src/core/freightPerUnit";

const carton: FreightInput = { cartonCm: [60, 40, 40], unitsPerCarton: 24, cost: 85, basis: "CBM", capacity: null, cartonKg: null };

describe("FREIGHTPERUNIT: freight per unit from the carton's size", () => {
  it("per CBM: 0.096 m³ × 85 per m³ ÷ 24 units = 0.34", () => {
    const result = freightPerUnit(carton);
    expect(result).toMatchObject({ ok: true, value: { cartonM3: 0.096, cartonsPerContainer: null, chargeableKg: null } });
    expect(result.ok && result.value.perUnit).toBeCloseTo(0.34, 12);
  });

  it("per container: cartons per container = ⌊usable load ÷ carton volume⌋ at 28, 58 and 68 m³", () => {
    expect(CONTAINER_CAPACITY_M3).toEqual({ "20GP": 28, "40GP": 58, "40HC": 68 });
    const cases: [FreightInput["basis"], number][] = [
      ["20GP", 291],
      ["40GP", 604],
      ["40HC", 708],
    ];
    for (const [basis, cartons] of cases) {
      const result = freightPerUnit({ ...carton, basis, cost: 4200 });
      expect(result).toMatchObject({ ok: true, value: { cartonsPerContainer: cartons } });
      expect(result.ok && result.value.perUnit).toBeCloseTo(4200 / (cartons * 24), 12);
    }
  });

  it("takes a capacity override, and counts exactly where the carton divides the load (no 499 for 500)", () => {
    expect(freightPerUnit({ ...carton, basis: "40HC", capacity: 65, cost: 4200 })).toMatchObject({ ok: true, value: { cartonsPerContainer: 677 } });
    // 40 × 35 × 40 cm = 0.056 m³, and 28 / 0.056 is 499.99999999999994 in binary floating point.
    expect(freightPerUnit({ ...carton, cartonCm: [40, 35, 40], basis: "20GP", cost: 2500 })).toMatchObject({ ok: true, value: { cartonsPerContainer: 500 } });
    expect(freightPerUnit({ ...carton, cartonCm: [40, 35, 40.0001], basis: "20GP", cost: 2500 })).toMatchObject({ ok: true, value: { cartonsPerContainer: 499 } });
  });

  it("refuses a carton that does not fit, naming carton_cm and capacity", () => {
    const result = freightPerUnit({ ...carton, basis: "20GP", capacity: 0.05, cost: 2400 });
    expect(result).toMatchObject({ ok: false, code: "num" });
    expect(!result.ok && result.message).toMatch(/carton_cm.*capacity/);
  });

  it("by air charges the greater of gross kg and volume ÷ 6000 cm³ (IATA)", () => {
    expect(AIR_CM3_PER_KG).toBe(6000);
    const light = freightPerUnit({ ...carton, basis: "AIR", cost: 5.2, cartonKg: 9 });
    expect(light).toMatchObject({ ok: true, value: { chargeableKg: 16 } });
    expect(light.ok && light.value.perUnit).toBeCloseTo((16 * 5.2) / 24, 12);
    const heavy = freightPerUnit({ ...carton, basis: "AIR", cost: 5.2, cartonKg: 20 });
    expect(heavy).toMatchObject({ ok: true, value: { chargeableKg: 20 } });
    expect(freightPerUnit({ ...carton, basis: "AIR", cost: 5.2, cartonKg: 16 })).toMatchObject({ ok: true, value: { chargeableKg: 16 } });
  });

  it("requires carton_kg by air, and ignores capacity and carton_kg where the basis does not use them", () => {
    const missing = freightPerUnit({ ...carton, basis: "AIR", cost: 5.2 });
    expect(missing).toMatchObject({ ok: false, code: "value", message: expect.stringMatching(/^carton_kg/) });
    expect(freightPerUnit({ ...carton, capacity: 1, cartonKg: 99 })).toEqual(freightPerUnit(carton));
  });

  it("names the argument at fault", () => {
    expect(freightPerUnit({ ...carton, cartonCm: [60, 40] })).toMatchObject({ ok: false, code: "value", message: expect.stringMatching(/^carton_cm/) });
    expect(freightPerUnit({ ...carton, cartonCm: [60, 0, 40] })).toMatchObject({ ok: false, code: "num", message: expect.stringMatching(/^carton_cm item 2/) });
    expect(freightPerUnit({ ...carton, unitsPerCarton: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/^units_per_carton/) });
    expect(freightPerUnit({ ...carton, unitsPerCarton: 2.5 })).toMatchObject({ ok: false, message: expect.stringMatching(/^units_per_carton/) });
    expect(freightPerUnit({ ...carton, cost: -1 })).toMatchObject({ ok: false, message: expect.stringMatching(/^cost/) });
    expect(freightPerUnit({ ...carton, basis: "40HC", capacity: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/^capacity/) });
    expect(freightPerUnit({ ...carton, cartonCm: [1e200, 1e200, 1e200] })).toMatchObject({ ok: false, code: "num", message: expect.stringMatching(/^carton_cm/) });
  });

  it("reads the basis in any case, with the spellings forwarders use", () => {
    expect(parseFreightBasis(" cbm ")).toBe("CBM");
    expect(parseFreightBasis("40' HC")).toBe("40HC");
    expect(parseFreightBasis("40-gp")).toBe("40GP");
    expect(parseFreightBasis("air")).toBe("AIR");
    expect(parseFreightBasis("LCL")).toBeNull();
  });

  it("per unit never rises when more units fit in a carton, on every basis", () => {
    const dimension = fc.integer({ min: 5, max: 150 });
    fc.assert(
      fc.property(fc.tuple(dimension, dimension, dimension), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50 }), fc.constantFrom("CBM", "20GP", "40GP", "40HC", "AIR" as const), (cm, units, more, basis) => {
        const input: FreightInput = { cartonCm: cm, unitsPerCarton: units, cost: 1000, basis, capacity: null, cartonKg: 12 };
        const fewer = freightPerUnit(input);
        const packed = freightPerUnit({ ...input, unitsPerCarton: units + more });
        if (fewer.ok && packed.ok) expect(packed.value.perUnit).toBeLessThanOrEqual(fewer.value.perUnit);
        else expect(packed.ok).toBe(fewer.ok);
      }),
    );
  });
});
