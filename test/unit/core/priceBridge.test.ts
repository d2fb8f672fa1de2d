import fc from "fast-check";
import { INCOTERMS } from "../../../src/core/incoterms";
import { VALUATIONS } from "../../../src/core/landedCost";
import { BRIDGE_EFFECTS, priceBridge, type BridgeEnd, type BridgeInput, type PriceBridge } from "../../../src/core/priceBridge";
import { quoteLandedCost } from "../../../src/core/quoteLandedCost";

const bridgeOf = (input: BridgeInput): PriceBridge => {
  const result = priceBridge(input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

const usd = (unitPrice: number, rest: Partial<BridgeEnd["terms"]> = {}, adValorem = 0.12, perUnit = 0): BridgeEnd => ({
  terms: { unitPrice, incoterm: "FOB", freightPerUnit: 1.2, moq: 1000, ...rest },
  currency: "USD",
  fxRate: 1,
  duty: { adValorem, perUnit },
});

const effectSum = (bridge: PriceBridge): number => BRIDGE_EFFECTS.reduce((sum, effect) => sum + (bridge[effect] ?? 0), 0);

describe("the price bridge (PRODUCT.md, Price review: why the landed cost moved)", () => {
  it("steps the price to the expected price, then to the new price, then the duty: 12.40 → 13.275", () => {
    const bridge = bridgeOf({ then: usd(10), now: usd(10.5, {}, 0.15), valuation: "FOB", expectedPrice: 10.3 });
    // 10.30 + 1.20 + 12% of 10.30 = 12.736; 10.50 + 1.20 + 1.26 = 12.96; 10.50 + 1.20 + 1.575 = 13.275.
    expect(bridge).toEqual({
      landedThen: expect.closeTo(12.4, 12),
      indices: expect.closeTo(0.336, 12),
      beyondIndices: expect.closeTo(0.224, 12),
      fx: 0,
      freightAndTerms: 0,
      tariff: expect.closeTo(0.315, 12),
      landedNow: expect.closeTo(13.275, 12),
    });
  });

  it("without an expected price the indices step is null and beyondIndices is the whole price move", () => {
    const bridge = bridgeOf({ then: usd(10), now: usd(10.5), valuation: "FOB", expectedPrice: null });
    expect(bridge.indices).toBeNull();
    expect(bridge.beyondIndices).toBeCloseTo(0.5 * 1.12, 12);
  });

  it("a change of currency takes price and FX as one step: indices and fx are null", () => {
    const then: BridgeEnd = { ...usd(70), currency: "CNY", fxRate: 0.14 };
    const now: BridgeEnd = { ...usd(9), currency: "EUR", fxRate: 1.1 };
    const bridge = bridgeOf({ then, now, valuation: "FOB", expectedPrice: 72 });
    expect([bridge.indices, bridge.fx]).toEqual([null, null]);
    // 70 × 0.14 = 9.80 → 9 × 1.10 = 9.90, with 12% duty on each.
    expect(bridge.beyondIndices).toBeCloseTo(0.1 * 1.12, 12);
  });

  it("holds a per-unit duty fixed through the price steps and moves it in the tariff step only", () => {
    const bridge = bridgeOf({ then: usd(10, {}, 0, 0.5), now: usd(12, {}, 0, 0.8), valuation: "FOB", expectedPrice: null });
    expect(bridge.beyondIndices).toBeCloseTo(2, 12);
    expect(bridge.tariff).toBeCloseTo(0.3, 12);
    expect(bridge.landedThen).toBeCloseTo(10 + 1.2 + 0.5, 12);
  });

  it("under DDP now the tariff is 0: the seller pays the duty", () => {
    const bridge = bridgeOf({ then: usd(14, { incoterm: "DDP" }, 0.1), now: usd(14, { incoterm: "DDP" }, 0.3, 0.4), valuation: "FOB", expectedPrice: null });
    expect(bridge.tariff).toBe(0);
    expect(bridge.landedThen).toBe(14);
  });

  it("a state the incoterm cannot hold fails with LANDEDCOST's message, never a throw", () => {
    // A CIF price of 2.00 holding 1.50 of freight, then an FOB price of 0.40: 0.40 under CIF terms cannot hold the freight.
    const result = priceBridge({ then: usd(2, { incoterm: "CIF", freightPerUnit: 1.5 }), now: usd(0.4, { freightPerUnit: 1.5 }), valuation: "FOB", expectedPrice: null });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("is less than the freight") });
  });

  const money = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 10_000);
  const end = (currency: fc.Arbitrary<string>) =>
    fc.record({
      terms: fc.record({
        unitPrice: money,
        moq: fc.option(fc.integer({ min: 0, max: 100_000 })),
        tooling: fc.option(money),
        freightPerUnit: fc.option(fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 10_000)),
        insurancePerUnit: fc.option(fc.integer({ min: 0, max: 5_000 }).map((cents) => cents / 10_000)),
        incoterm: fc.constantFrom(...INCOTERMS),
      }),
      currency,
      fxRate: fc.integer({ min: 1, max: 100_000_000 }).map((rate) => rate / 10_000),
      duty: fc.record({ adValorem: fc.integer({ min: 0, max: 3000 }).map((rate) => rate / 1000), perUnit: fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 10_000) }),
    });
  const inputs = fc.record({
    then: end(fc.constantFrom("USD", "EUR")),
    now: end(fc.constantFrom("USD", "EUR")),
    valuation: fc.constantFrom(...VALUATIONS),
    expectedPrice: fc.option(money),
  });

  it("adds up: the five effects sum to landedNow − landedThen within 4 × EPSILON × Σ|effect|, for every input", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceBridge(input);
        if (!result.ok) return;
        const bridge = result.value;
        const size = BRIDGE_EFFECTS.reduce((sum, effect) => sum + Math.abs(bridge[effect] ?? 0), 0);
        expect(Math.abs(effectSum(bridge) - (bridge.landedNow - bridge.landedThen))).toBeLessThanOrEqual(4 * Number.EPSILON * size);
      }),
      { numRuns: 2000 },
    );
  });

  it("starts and ends at each quote's own landed cost, and nulls exactly the steps that do not apply", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceBridge(input);
        if (!result.ok) return;
        const bridge = result.value;
        for (const [end, landed] of [[input.then, bridge.landedThen], [input.now, bridge.landedNow]] as const) {
          // Without a per-unit duty, each end is the quote's landed cost at its own duty rate.
          const own = quoteLandedCost({ ...end.terms, dutyRate: end.duty.adValorem }, input.valuation, end.fxRate);
          if (own.ok && end.duty.perUnit === 0) expect(landed).toBe(own.value.total);
        }
        const sameCurrency = input.then.currency === input.now.currency;
        expect(bridge.indices === null).toBe(!sameCurrency || input.expectedPrice === null);
        expect(bridge.fx === null).toBe(!sameCurrency);
        if (input.now.terms.incoterm === "DDP") expect(bridge.tariff).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});
