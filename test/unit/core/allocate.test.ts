import fc from "fast-check";
import { allocate } from "../../../src/core/allocate";
import { roundTo, toMinorUnits } from "../../../src/core/rounding";
import { finishesWithin } from "./finishesWithin";

const parts = (amount: number, weights: number[], decimals = 2): number[] => {
  const result = allocate(amount, weights, decimals);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("ALLOCATE: largest-remainder split that sums exactly to the amount", () => {
  const decimalsArbitrary = fc.integer({ min: 0, max: 6 });
  it("gives the leftover cent to the earliest of equal remainders: 100 over three → 33.34, 33.33, 33.33", () => {
    expect(parts(100, [1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
  });

  it("splits in proportion to the weights: 1,200 freight over line values 500, 300, 200", () => {
    expect(parts(1200, [500, 300, 200])).toEqual([600, 360, 240]);
  });

  it("gives leftover units to the largest remainders: 10 over 3, 3, 1 → 4.29, 4.28, 1.43", () => {
    // exact shares 428.57, 428.57 and 142.86 cents: floors 428 + 428 + 142 = 998, and the 2 cents
    // left go to the largest remainder (0.86, the third line) and the first of the two 0.57s
    expect(parts(10, [3, 3, 1])).toEqual([4.29, 4.28, 1.43]);
  });

  it("rounds to the given decimals: 10 over three at 0 decimals → 4, 3, 3", () => {
    expect(parts(10, [1, 1, 1], 0)).toEqual([4, 3, 3]);
  });

  it("first rounds the amount to the decimals (half away from zero): 10.005 → 10.01 → 5.01, 5.00", () => {
    expect(parts(10.005, [1, 1])).toEqual([5.01, 5]);
  });

  it("splits a negative amount (a credit) as the mirror image", () => {
    expect(parts(-100, [1, 1, 1])).toEqual([-33.34, -33.33, -33.33]);
  });

  it("gives nothing to a line of weight 0", () => {
    expect(parts(0.01, [0, 1, 0])).toEqual([0, 0.01, 0]);
    expect(parts(5, [2, 0, 2])).toEqual([2.5, 0, 2.5]);
  });

  it("rejects all-zero, negative or missing weights and bad decimals", () => {
    expect(allocate(100, [0, 0])).toMatchObject({ ok: false, code: "div0" });
    expect(allocate(100, [1, -1])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("weights item 2") });
    expect(allocate(100, [])).toMatchObject({ ok: false, code: "value" });
    expect(allocate(100, [1], 7)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("decimals") });
    expect(allocate(100, [1], 1.5)).toMatchObject({ ok: false, code: "num" });
    expect(allocate(100, [1], -1)).toMatchObject({ ok: false, code: "num" });
    expect(allocate(Number.NaN, [1])).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("amount") });
    expect(allocate(1e300, [1])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("too large") });
  });

  it("splits weights as large as Excel holds (up to 1.8e308) by their proportions, and does so at once", () => {
    // The old split looped forever here: amount × weight overflowed to Infinity.
    expect(finishesWithin(5000, "allocate.ts", "[core.allocate(100, [1e308, 1]), core.allocate(-0.07, [1.7e308, 5e-324, 1e308], 4)]")).toEqual([
      { ok: true, value: [100, 0] },
      { ok: true, value: [-0.0441, 0, -0.0259] },
    ]);
    expect(parts(100, [1e308, 1e308])).toEqual([50, 50]);
    expect(parts(100, [Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([33.34, 33.33, 33.33]);
    expect(parts(1200, [5e307, 3e307, 2e307])).toEqual([600, 360, 240]);
    expect(parts(1, [Number.MIN_VALUE, 0])).toEqual([1, 0]);
  });

  it("splits an amount of 15 significant digits over huge weights, and names amount beyond the minor units' range", () => {
    const split = parts(9_999_999_999_999.99, [1e308, 1e308, 1]);
    expect(split.reduce((sum, part) => sum + toMinorUnits(part, 2), 0)).toBe(999_999_999_999_999);
    expect(split[2]).toBe(0);
    expect(allocate(Number.MAX_VALUE, [1e308, 1e308])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("amount") });
    expect(allocate(-Number.MAX_VALUE, [1, 2], 0)).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("amount") });
  });

  it("never hangs and keeps its sum on any finite amount and weights Excel can pass", () => {
    const anyWeight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), fc.constantFrom(Number.MAX_VALUE, 1e308, Number.MIN_VALUE));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.array(anyWeight, { minLength: 1, maxLength: 30 }), decimalsArbitrary, (a, w, d) => {
        const result = allocate(a, w, d);
        if (!result.ok) {
          expect(result.code === "div0" ? w.every((x) => x === 0) : result.message.includes("amount")).toBe(true);
          return;
        }
        expect(result.value.every(Number.isFinite)).toBe(true);
        expect(result.value.reduce((s, part) => s + toMinorUnits(part, d), 0)).toBe(toMinorUnits(a, d));
      }),
    );
  });

  const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 30 });

  it("always sums exactly (in minor units) to the amount rounded to the decimals", () => {
    fc.assert(
      fc.property(amount, weights, decimalsArbitrary, (a, w, d) => {
        fc.pre(w.some((x) => x > 0));
        const result = allocate(a, w, d);
        if (!result.ok) return;
        const sum = result.value.reduce((s, part) => s + toMinorUnits(part, d), 0);
        expect(sum).toBe(toMinorUnits(a, d));
      }),
    );
  });

  it("keeps every part within one minor unit of its exact share, and zero weights at zero", () => {
    fc.assert(
      fc.property(amount, weights, decimalsArbitrary, (a, w, d) => {
        const total = w.reduce((s, x) => s + x, 0);
        fc.pre(total > 0);
        const result = allocate(a, w, d);
        if (!result.ok) return;
        const rounded = roundTo(a, d);
        result.value.forEach((part, i) => {
          // The weight's share first: rounded × a denormal weight would underflow to 0 (found with weights [5e-324, 0]).
          const exact = rounded * (w[i]! / total);
          expect(Math.abs(part - exact)).toBeLessThanOrEqual(10 ** -d * (1 + 1e-6) + Math.abs(rounded) * 1e-12);
          if (w[i] === 0) expect(part).toBe(0);
        });
      }),
    );
  });

  it("splits −a as the negation of a", () => {
    fc.assert(
      fc.property(amount, weights, decimalsArbitrary, (a, w, d) => {
        fc.pre(w.some((x) => x > 0));
        const positive = allocate(a, w, d);
        const negative = allocate(-a, w, d);
        if (positive.ok && negative.ok) expect(negative.value).toEqual(positive.value.map((p) => -p || 0));
      }),
    );
  });
});

describe("rounding half away from zero, in one place", () => {
  it("rounds amounts typed with a trailing 5 up in magnitude despite binary fractions", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(toMinorUnits(-0.001, 2)).toBe(0);
    expect(Object.is(toMinorUnits(-0.001, 2), -0)).toBe(false);
  });
});
