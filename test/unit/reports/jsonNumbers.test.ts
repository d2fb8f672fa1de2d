import fc from "fast-check";
import { jsonWithoutBinaryNoise, withoutBinaryNoise } from "../../../src/reports/jsonNumbers";

describe("the review's JSON numbers", () => {
  test("money and fractions without binary noise", () => {
    expect(jsonWithoutBinaryNoise({ spend: 147232.80000000002, otd: 0.8571428571428571, change: 0.030000000000000072, lines: 12, score: null })).toBe(
      JSON.stringify({ spend: 147232.8, otd: 0.857142857143, change: 0.03, lines: 12, score: null }, null, 2),
    );
    expect(jsonWithoutBinaryNoise({ price: 0.1 + 0.2 })).toContain('"price": 0.3');
  });

  test("no cent of a large spend is dropped", () => {
    expect(withoutBinaryNoise(1234567890.12)).toBe(1234567890.12);
    expect(withoutBinaryNoise(98765432.1 + 0.2)).toBe(98765432.3);
  });

  test("every number reads back within a part in 10^11 of itself", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        const written = (JSON.parse(jsonWithoutBinaryNoise({ value })) as { value: number }).value;
        expect(Math.abs(written - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-11 + 5e-7);
      }),
    );
  });

  test("an amount typed with up to 4 decimals, and the noise of adding such amounts, comes out as typed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 5 }), (tenThousandths) => {
        const amounts = tenThousandths.map((units) => units / 10_000);
        const sum = amounts.reduce((total, amount) => total + amount, 0);
        const exact = tenThousandths.reduce((total, units) => total + units, 0) / 10_000;
        expect(jsonWithoutBinaryNoise(sum)).toBe(String(exact));
      }),
    );
  });
});
