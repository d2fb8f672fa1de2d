import fc from "fast-check";
import { jsonWithoutBinaryNoise, withoutBinaryNoise } from "../../../src/reports/jsonNumbers";

const written = (json: unknown) => JSON.parse(jsonWithoutBinaryNoise(json)) as Record<string, number>;

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

  test("a small difference of prices is money: written to the millionth, without the noise of the prices it came from", () => {
    // 10.0667 − 10.0668 is −0.00009999999999976694 in binary; 12 significant digits would keep the noise.
    expect(written({ change: 10.0667 - 10.0668, changePct: (10.0667 - 10.0668) / 10.0668 })).toEqual({ change: -0.0001, changePct: -0.00000993364326298 });
    expect(written({ change: 285000.5 - 285000.4 }).change).toBe(0.1);
    expect(written({ spend: -67108476.3348 + 67118454.6234 }).spend).toBe(9978.2886);
  });

  test("every number reads back within a part in 10^11 of itself, money within half a millionth", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        const { value: number = NaN, spend: money = NaN } = written({ value, spend: value });
        expect(Math.abs(number - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-11 + 5e-7);
        expect(Math.abs(money - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-14 + 5e-7);
      }),
    );
  });

  // docs/cli.md's promise: up to five amounts typed with up to 4 decimals, each below 100 million in
  // size, and any sum or difference of them, whatever they cancel to.
  test("money typed with up to 4 decimals, and any sum of up to five such amounts below 100 million, comes out as typed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 5 }), (tenThousandths) => {
        const sum = tenThousandths.map((units) => units / 10_000).reduce((total, amount) => total + amount, 0);
        const exact = tenThousandths.reduce((total, units) => total + units, 0) / 10_000;
        expect(jsonWithoutBinaryNoise({ change: sum })).toBe(JSON.stringify({ change: exact }, null, 2));
      }),
      { numRuns: 2000 },
    );
  });
});
