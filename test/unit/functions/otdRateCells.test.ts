import fc from "fast-check";
import { errorOf } from "./customFunctionsRuntime";
import { otdRateByColumns, otdRateInOneWalk } from "../../../src/functions/otdRateCells";
import { numberCell } from "../../../src/functions/cellResult";

// OTDRATE's one walk over its three ranges must never answer differently from the general way
// (each range read into a column): where it cannot be sure, it must leave the answer to it.
describe("OTDRATE's one walk agrees with the general way", () => {
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 45900, max: 46400 }) },
    { weight: 2, arbitrary: fc.constantFrom(null, "", 0) },
    { weight: 1, arbitrary: fc.constantFrom("2026-01-15", "12", "x", -3, 46100.75, true, Number.MAX_VALUE, 1e308, Number.MIN_VALUE) },
  );
  const quantity = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }) }, { weight: 1, arbitrary: fc.constantFrom(null, "", -1, "7", 1e308, Number.MAX_VALUE, 2.5) });
  const range = <T>(arbitrary: fc.Arbitrary<T>, rows: number, width: number) => fc.array(fc.array(arbitrary, { minLength: width, maxLength: width }), { minLength: rows, maxLength: rows });
  const shaped = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 3 })).chain(([rows, width]) =>
    fc.tuple(
      range(cell, rows, width),
      fc.oneof(range(cell, rows, width), range(cell, rows + 1, width), range(cell, rows, width + 1)),
      fc.option(fc.oneof(range(quantity, rows, width), range(quantity, rows, width + 1)), { nil: undefined }),
    ),
  );
  const tolerance = fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, "2", "x")), { nil: undefined });
  const asOf = fc.option(fc.oneof(fc.integer({ min: 45900, max: 46500 }), fc.constantFrom("2026-03-01", "soon", 0)), { nil: undefined });

  it("answers as the general way whenever it answers", () => {
    fc.assert(
      fc.property(shaped, tolerance, asOf, ([promised, delivered, quantities], days, at) => {
        const walked = otdRateInOneWalk(promised, delivered, days, quantities, at);
        if (walked === null) return;
        const general = otdRateByColumns(promised, delivered, days, quantities, at);
        expect(walked).toEqual(general);
      }),
      { numRuns: 3000 },
    );
  });

  it("answers itself for ranges of numbers and empty cells, the shape Excel sends", () => {
    const plain = fc.oneof(fc.integer({ min: 45900, max: 46400 }), fc.constantFrom(null, "", 0));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 5 }), (rows, days) => {
        const promised = Array.from({ length: rows }, (_, i) => [45900 + i]);
        const delivered = fc.sample(range(plain, rows, 1), 1)[0]!;
        const quantities = Array.from({ length: rows }, (_, i) => [i % 4]);
        const walked = otdRateInOneWalk(promised, delivered, days, quantities, 46000);
        expect(walked).not.toBeNull();
        expect(walked).toEqual(otdRateByColumns(promised, delivered, days, quantities, 46000));
      }),
    );
  });

  it("leaves a bad cell, a negative quantity or ranges of different shapes to the general way, which names the argument", () => {
    expect(otdRateInOneWalk([[46204], ["soon"]], [[46204], [46205]], 0, undefined, undefined)).toBeNull();
    expect(otdRateInOneWalk([[46204]], [[46204]], 0, [[-1]], undefined)).toBeNull();
    expect(otdRateInOneWalk([[46204], [46205]], [[46204]], 0, undefined, undefined)).toBeNull();
    expect(errorOf(numberCell(otdRateByColumns([[46204]], [[46204]], 0, [[-1]], undefined)))?.message).toMatch(/^quantities item 1 is negative/);
  });

  it("leaves sums beyond 1.8e308 to the general way, which rescales them", () => {
    const huge = [[Number.MAX_VALUE], [Number.MAX_VALUE]];
    expect(otdRateInOneWalk([[46204], [46204]], [[46204], [46300]], 0, [[1e308], [1e308]], undefined)).toBeNull();
    expect(otdRateByColumns([[46204], [46204]], [[46204], [46300]], 0, huge, undefined)).toEqual({ ok: true, value: 0.5 });
  });
});
