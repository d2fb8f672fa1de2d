import fc from "fast-check";
import { INCOTERMS, parseIncoterm, priceIncludes, type Incoterm } from "../../../src/core/incoterms";
import { landedCost, landedCostBreakdown, type LandedCostArguments, type LandedCostInput } from "../../../src/core/landedCost";

const total = (args: LandedCostArguments): number => {
  const result = landedCost(args);
  if (!result.ok) throw new Error(result.message);
  return result.value.total;
};

describe("LANDEDCOST reference cases (PRODUCT.md), to 1e-9", () => {
  it.each<[string, LandedCostArguments, number]>([
    ["FOB price, FOB valuation: 10 + 1.2 freight + 12% of 10", { unitPrice: 10, quantity: 1000, freight: 1200, dutyRate: 0.12 }, 12.4],
    ["FOB price, CIF valuation: duty on 11.2", { unitPrice: 10, quantity: 1000, freight: 1200, dutyRate: 0.12, incoterm: "FOB", valuation: "CIF" }, 12.544],
    ["CIF price, FOB valuation: duty on 11.5 − 1.5", { unitPrice: 11.5, quantity: 1000, freight: 1200, dutyRate: 0.12, incoterm: "CIF", valuation: "FOB", insurance: 300 }, 12.7],
    ["DDP price holds everything", { unitPrice: 14, quantity: 1000, freight: 0, dutyRate: 0.12, incoterm: "DDP" }, 14],
    ["other costs and a 5% contingency", { unitPrice: 10, quantity: 1000, freight: 1200, dutyRate: 0.12, incoterm: "FOB", valuation: "FOB", insurance: 0, fxRate: 1, otherCosts: 500, contingency: 0.05 }, 13.545],
    ["DAP price, FOB valuation: freight stripped, the buyer's insurance estimate not", { unitPrice: 12, quantity: 1000, freight: 1200, dutyRate: 0.12, incoterm: "DAP", valuation: "FOB", insurance: 300 }, 13.296],
  ])("%s", (_rule, args, expected) => {
    expect(Math.abs(total(args) - expected)).toBeLessThan(1e-9);
  });
});

describe("Incoterms 2020 groups: what the price already holds", () => {
  it("E and F terms hold neither carriage nor insurance; CFR/CPT the carriage; CIF/CIP both; D terms the carriage and no buyer's insurance; DDP also duty", () => {
    // I: insurance in the price; i: the buyer insures (its estimate is a cost); -: no buyer's insurance (D terms).
    const held = (code: Incoterm): string => {
      const inc = priceIncludes(code);
      return `${inc.freight ? "F" : "-"}${inc.insurance ? "I" : inc.buyerInsures ? "i" : "-"}${inc.duty ? "D" : "-"}`;
    };
    expect(INCOTERMS.map((code) => `${code}:${held(code)}`)).toEqual([
      "EXW:-i-", "FCA:-i-", "FAS:-i-", "FOB:-i-", "CFR:Fi-", "CPT:Fi-", "CIF:FI-", "CIP:FI-", "DAP:F--", "DPU:F--", "DDP:F-D",
    ]);
  });

  it("reads incoterms in any case and rejects unknown words (DAT is Incoterms 2010)", () => {
    expect(parseIncoterm(" cif ")).toBe("CIF");
    expect(parseIncoterm("DAT")).toBeNull();
    expect(parseIncoterm("")).toBeNull();
  });

  // The same goods (FOB value 10 per unit, carriage 1.2 and insurance 0.3 per unit, duty 10%)
  // quoted under each group at the price that group implies, land at the same cost.
  const shipment = { quantity: 1000, freight: 1200, insurance: 300, dutyRate: 0.1 };
  const priceUnder: Record<string, number> = { EXW: 10, FCA: 10, FAS: 10, FOB: 10, CFR: 11.2, CPT: 11.2, CIF: 11.5, CIP: 11.5 };

  it.each(Object.entries(priceUnder))("%s: FOB valuation, duty 10%% of the FOB value 10 → 12.5", (incoterm, unitPrice) => {
    const result = landedCost({ ...shipment, unitPrice, incoterm, valuation: "FOB" });
    expect(result.ok && result.value.customsValue).toBeCloseTo(10, 12);
    expect(total({ ...shipment, unitPrice, incoterm, valuation: "FOB" })).toBeCloseTo(12.5, 12);
  });

  it.each(Object.entries(priceUnder))("%s: CIF valuation, duty 10%% of the CIF value 11.5 → 12.65", (incoterm, unitPrice) => {
    const result = landedCost({ ...shipment, unitPrice, incoterm, valuation: "CIF" });
    expect(result.ok && result.value.customsValue).toBeCloseTo(11.5, 12);
    expect(total({ ...shipment, unitPrice, incoterm, valuation: "CIF" })).toBeCloseTo(12.65, 12);
  });

  it("DDP at 12.65 adds nothing: no freight, insurance or duty on top, under either valuation", () => {
    for (const valuation of ["FOB", "CIF"]) {
      const result = landedCost({ ...shipment, unitPrice: 12.65, incoterm: "DDP", valuation });
      expect(result).toMatchObject({ ok: true, value: { freight: 0, insurance: 0, duty: 0 } });
      expect(result.ok && result.value.total).toBeCloseTo(12.65, 12);
    }
  });

  // Under D terms the seller carries the risk to destination and need not insure (Incoterms 2020,
  // A5/B5 of DAP, DPU, DDP): the buyer's estimate is no cost, so a DAP price of 11.2 (goods 10 +
  // carriage 1.2) lands at 10 + 1.2 + duty, whatever insurance estimate is typed.
  it.each(["DAP", "DPU"])("%s: freight stripped for the FOB value, insurance neither stripped, added nor valued", (incoterm) => {
    for (const insurance of [0, 300, 5000]) {
      const fob = landedCost({ ...shipment, insurance, unitPrice: 11.2, incoterm, valuation: "FOB" });
      expect(fob).toMatchObject({ ok: true, value: { freight: 0, insurance: 0 } });
      expect(fob.ok && fob.value.customsValue).toBeCloseTo(10, 12);
      expect(fob.ok && fob.value.total).toBeCloseTo(12.2, 12);
      const cif = landedCost({ ...shipment, insurance, unitPrice: 11.2, incoterm, valuation: "CIF" });
      expect(cif.ok && cif.value.customsValue).toBeCloseTo(11.2, 12);
      expect(cif.ok && cif.value.total).toBeCloseTo(12.32, 12);
    }
  });

  it("DDP keeps the insurance estimate out of its customs value too: CIF value = price − carriage + carriage", () => {
    const result = landedCost({ ...shipment, insurance: 5000, unitPrice: 12.32, incoterm: "DDP", valuation: "CIF" });
    expect(result.ok && result.value.customsValue).toBeCloseTo(12.32, 12);
    expect(result.ok && result.value.total).toBeCloseTo(12.32, 12);
  });

  it("CFR adds the insurance but not the freight it holds", () => {
    const result = landedCost({ ...shipment, unitPrice: 11.2, incoterm: "CFR" });
    expect(result.ok && result.value).toMatchObject({ product: 11.2, freight: 0 });
    expect(result.ok && result.value.insurance).toBeCloseTo(0.3, 12);
  });
});

describe("currency, other costs and contingency", () => {
  it("converts the quoted price with fx_rate; freight and insurance are already home currency", () => {
    // 80 CNY × 0.125 USD/CNY = 10 USD, then as the FOB case: 10 + 1.2 + 0.3 + 1.0
    expect(total({ ...{ quantity: 1000, freight: 1200, insurance: 300, dutyRate: 0.1 }, unitPrice: 80, fxRate: 0.125 })).toBeCloseTo(12.5, 12);
  });

  it("spreads other costs over the quantity and applies contingency to the whole sum", () => {
    const result = landedCost({ unitPrice: 10, quantity: 200, otherCosts: 100, contingency: 0.1 });
    expect(result.ok && result.value).toMatchObject({ product: 10, other: 0.5 });
    expect(result.ok && result.value.contingency).toBeCloseTo(1.05, 12);
    expect(result.ok && result.value.total).toBeCloseTo(11.55, 12);
  });

  it("takes blank incoterm and valuation text as omitted (FOB, FOB)", () => {
    expect(total({ unitPrice: 10, quantity: 1000, freight: 1200, dutyRate: 0.12, incoterm: " ", valuation: "" })).toBeCloseTo(12.4, 12);
  });

  it("accepts duty rates above 100%", () => {
    expect(total({ unitPrice: 10, quantity: 1, dutyRate: 1.45 })).toBeCloseTo(24.5, 12);
  });

  it("sums the parts to the total", () => {
    const result = landedCost({ unitPrice: 11.5, quantity: 1000, freight: 1200, insurance: 300, dutyRate: 0.12, incoterm: "CIF", otherCosts: 500, contingency: 0.05 });
    if (!result.ok) throw new Error(result.message);
    const { product, freight, insurance, duty, other, contingency } = result.value;
    expect(product + freight + insurance + duty + other + contingency).toBeCloseTo(result.value.total, 12);
  });
});

describe("bad arguments: a failure naming the argument", () => {
  it.each<[string, Partial<LandedCostArguments>, "value" | "num"]>([
    ["unit_price", { unitPrice: -1 }, "num"],
    ["unit_price", { unitPrice: Number.NaN }, "value"],
    ["quantity", { quantity: 0 }, "num"],
    ["quantity", { quantity: -5 }, "num"],
    ["freight", { freight: -1 }, "num"],
    ["duty_rate", { dutyRate: -0.1 }, "num"],
    ["insurance", { insurance: -1 }, "num"],
    ["fx_rate", { fxRate: 0 }, "num"],
    ["other_costs", { otherCosts: -1 }, "num"],
    ["contingency", { contingency: -0.05 }, "num"],
    ["contingency", { contingency: Number.POSITIVE_INFINITY }, "num"],
    ["incoterm", { incoterm: "FOBB" }, "value"],
    ["valuation", { valuation: "CFR" }, "value"],
  ])("%s (%j) → %s", (name, bad, code) => {
    const result = landedCost({ unitPrice: 10, quantity: 1000, ...bad });
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toContain(name);
  });

  it("rejects a CIF-type price smaller than the freight and insurance it holds (a negative FOB value)", () => {
    const result = landedCost({ unitPrice: 1, quantity: 1000, freight: 1200, incoterm: "CIF" });
    expect(result).toMatchObject({ ok: false, code: "num" });
    if (!result.ok) expect(result.message).toMatch(/less than the freight and insurance/);
  });

  it("shows the amounts of that message without binary noise", () => {
    // 0.10 at an FX rate of 3 is 0.30 per unit (0.30000000000000004 in binary) against 1.20 of freight per unit.
    const result = landedCost({ unitPrice: 0.1, quantity: 1000, freight: 1200, incoterm: "CFR", fxRate: 3 });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("the CFR price (0.3 per unit in home currency) is less than the freight it holds (1.2 per unit)") });
  });

  it("rejects an incoterm or valuation that is not one when called with parsed input", () => {
    const input = { unitPrice: 10, quantity: 1, freight: 0, dutyRate: 0, insurance: 0, fxRate: 1, otherCosts: 0, contingency: 0 };
    expect(landedCostBreakdown({ ...input, incoterm: "XYZ", valuation: "FOB" } as unknown as LandedCostInput)).toMatchObject({ ok: false, code: "value" });
    expect(landedCostBreakdown({ ...input, incoterm: "FOB", valuation: "DDP" } as unknown as LandedCostInput)).toMatchObject({ ok: false, code: "value" });
  });
});

describe("landed cost never falls when a cost rises", () => {
  const money = fc.double({ min: 0, max: 1e6, noNaN: true });
  const rate = fc.double({ min: 0, max: 3, noNaN: true });
  const base = fc.record({
    unitPrice: money,
    quantity: fc.integer({ min: 1, max: 100000 }),
    freight: money,
    insurance: money,
    dutyRate: rate,
    incoterm: fc.constantFrom(...INCOTERMS),
    valuation: fc.constantFrom("FOB" as const, "CIF" as const),
    fxRate: fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
    otherCosts: money,
    contingency: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const ordered = fc.tuple(money, money).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

  const bothLand = (a: LandedCostInput, b: LandedCostInput): [number, number] | null => {
    const ra = landedCostBreakdown(a);
    const rb = landedCostBreakdown(b);
    return ra.ok && rb.ok ? [ra.value.total, rb.value.total] : null;
  };

  it("in unit price", () => {
    fc.assert(
      fc.property(base, ordered, (input, [low, high]) => {
        const totals = bothLand({ ...input, unitPrice: low }, { ...input, unitPrice: high });
        if (totals) expect(totals[0]).toBeLessThanOrEqual(totals[1]);
      }),
    );
  });

  it("in duty rate", () => {
    fc.assert(
      fc.property(base, fc.tuple(rate, rate), (input, [a, b]) => {
        const totals = bothLand({ ...input, dutyRate: Math.min(a, b) }, { ...input, dutyRate: Math.max(a, b) });
        if (totals) expect(totals[0]).toBeLessThanOrEqual(totals[1]);
      }),
    );
  });

  // When the price already holds the freight and duty is on the FOB value, more freight inside the
  // same price means less dutiable value: the one case where landed cost may fall as freight rises.
  it("in freight, unless the price holds the freight and the valuation is FOB", () => {
    fc.assert(
      fc.property(base, ordered, (input, [low, high]) => {
        fc.pre(!(priceIncludes(input.incoterm).freight && input.valuation === "FOB"));
        const totals = bothLand({ ...input, freight: low }, { ...input, freight: high });
        if (totals) expect(totals[0]).toBeLessThanOrEqual(totals[1]);
      }),
    );
  });

  it("falls with freight held in a CIF price under FOB valuation, by the duty on it", () => {
    const args = { unitPrice: 11.5, quantity: 1000, insurance: 300, dutyRate: 0.12, incoterm: "CIF", valuation: "FOB" };
    expect(total({ ...args, freight: 1200 }) - total({ ...args, freight: 1700 })).toBeCloseTo(0.5 * 0.12, 12);
  });
});
