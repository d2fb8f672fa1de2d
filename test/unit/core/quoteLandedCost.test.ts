import fc from "fast-check";
import { INCOTERMS } from "../../../src/core/incoterms";
import { VALUATIONS } from "../../../src/core/landedCost";
import { quoteLandedCost, type QuoteCostTerms } from "../../../src/core/quoteLandedCost";

const total = (terms: QuoteCostTerms, valuation: "FOB" | "CIF" = "FOB", fxRate = 1): number => {
  const result = quoteLandedCost(terms, valuation, fxRate);
  if (!result.ok) throw new Error(result.message);
  return result.value.total;
};

describe("landed cost of a quote (PRODUCT.md, Price review)", () => {
  it("tooling over the MOQ is part of the dutiable price: 9.5 + 500 / 1000 lands as LANDEDCOST(10, 1000, 1200, 0.12) = 12.4", () => {
    expect(total({ unitPrice: 9.5, moq: 1000, tooling: 500, freightPerUnit: 1.2, dutyRate: 0.12, incoterm: "FOB" })).toBeCloseTo(12.4, 12);
  });

  it("freight and insurance per unit on a CIF valuation: duty on 10 + 1.2 + 0.3 = 11.5, so 10 + 1.5 + 1.38", () => {
    expect(total({ unitPrice: 10, moq: 500, freightPerUnit: 1.2, insurancePerUnit: 0.3, dutyRate: 0.12, incoterm: "FOB" }, "CIF")).toBeCloseTo(12.88, 12);
  });

  it("without an MOQ the order is one unit, and blank terms are 0: 70 CNY at 0.14 with 1.20 freight and 12% duty is 12.176", () => {
    expect(total({ unitPrice: 70, moq: null, freightPerUnit: 1.2, dutyRate: 0.12, incoterm: "FOB", tooling: null, insurancePerUnit: null }, "FOB", 0.14)).toBeCloseTo(12.176, 12);
    expect(total({ unitPrice: 7, incoterm: "EXW" })).toBe(7);
  });

  it("a bad term comes back as a failure naming the Quotes column, not a throw", () => {
    expect(quoteLandedCost({ unitPrice: -1, incoterm: "FOB" }, "FOB", 1)).toMatchObject({ ok: false, code: "num", message: expect.stringMatching(/^UnitPrice \(with Tooling \/ MOQ\) must not be negative/) });
    expect(quoteLandedCost({ unitPrice: 10, moq: -5, incoterm: "FOB" }, "FOB", 1)).toMatchObject({ ok: false, code: "num", message: expect.stringMatching(/^MOQ must be greater than 0/) });
    // A CIF price of 1.00 cannot hold 2.00 of freight per unit: the message names the columns to check.
    expect(quoteLandedCost({ unitPrice: 1, freightPerUnit: 2, incoterm: "CIF" }, "FOB", 1)).toMatchObject({
      ok: false,
      message: "the CIF price (1 per unit in home currency) is less than the freight and insurance it holds (2 per unit): check UnitPrice (with Tooling / MOQ), FreightPerUnit, InsurancePerUnit and the FX rate of the quote's Currency",
    });
  });

  it("an MOQ of 0 is no minimum, as a blank one: one unit bears the tooling", () => {
    // 10 + 200 / 1 = 210; it failed as 'beyond Excel's number range' (200 / 0).
    expect(total({ unitPrice: 10, moq: 0, tooling: 200, incoterm: "FOB" })).toBe(210);
    expect(total({ unitPrice: 10, moq: 0, incoterm: "FOB" })).toBe(total({ unitPrice: 10, moq: null, incoterm: "FOB" }));
  });

  it("without tooling, the MOQ does not change the landed cost per unit (freight and insurance are per unit)", () => {
    fc.assert(
      fc.property(
        fc.record({
          unitPrice: fc.double({ min: 0.01, max: 1000, noNaN: true }),
          freightPerUnit: fc.double({ min: 0, max: 50, noNaN: true }),
          insurancePerUnit: fc.double({ min: 0, max: 5, noNaN: true }),
          dutyRate: fc.double({ min: 0, max: 3, noNaN: true }),
          incoterm: fc.constantFrom(...INCOTERMS),
        }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(...VALUATIONS),
        (terms, moqA, moqB, valuation) => {
          const a = quoteLandedCost({ ...terms, moq: moqA }, valuation, 1);
          const b = quoteLandedCost({ ...terms, moq: moqB }, valuation, 1);
          // A price below the carriage its incoterm holds fails whatever the MOQ.
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) expect(Math.abs(a.value.total - b.value.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, a.value.total));
        },
      ),
    );
  });

  it("tooling adds exactly what the same money added to the unit price would", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (unitPrice, tooling, moq, dutyRate) => {
          const withTooling = total({ unitPrice, tooling, moq, dutyRate, incoterm: "FOB" });
          const raised = total({ unitPrice: unitPrice + tooling / moq, moq, dutyRate, incoterm: "FOB" });
          expect(withTooling).toBeCloseTo(raised, 9);
        },
      ),
    );
  });
});

describe("a quote's duty from the Duties table (blank DutyRate, an HtsCode)", () => {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569;
  const row = (origin: string, htsCode: string, measure: string, rate: number, perUnit: number, from: string, to: string | null = null) => ({
    origin,
    htsCode,
    measure,
    rate,
    perUnit,
    from: day(from),
    to: to === null ? null : day(to),
    source: "",
  });
  const rows = [
    row("*", "6404.19", "MFN", 0.2, 0.9, "2025-01-01"), // footwear "90¢/pair + 20%"
    row("CN", "*", "Section 122", 0.1, 0, "2026-02-24", "2026-07-23"),
  ];
  const shoe = { unitPrice: 10, moq: 100, freightPerUnit: 1, incoterm: "FOB" as const, htsCode: "6404.19.3960", origin: "China" };

  it("stacks the measures in force at the date, per-unit parts against the customs value: 20% + 0.90 / 10 + 10% = 39%", () => {
    const result = quoteLandedCost(shoe, "FOB", 1, { rows, date: day("2026-07-23") });
    expect(result).toMatchObject({ ok: true, value: { dutyRate: expect.closeTo(0.39, 12), total: expect.closeTo(10 + 1 + 3.9, 12) } });
    if (result.ok) expect(result.value.dutyInForce?.measures.map((measure) => measure.measure)).toEqual(["MFN", "Section 122"]);
  });
  it("the day after a measure ends it is gone: 29%", () => {
    expect(quoteLandedCost(shoe, "FOB", 1, { rows, date: day("2026-07-24") })).toMatchObject({ ok: true, value: { dutyRate: expect.closeTo(0.29, 12) } });
  });
  it("a typed DutyRate wins over the table, and without the table a blank DutyRate is no duty", () => {
    expect(quoteLandedCost({ ...shoe, dutyRate: 0.12 }, "FOB", 1, { rows, date: day("2026-07-01") })).toMatchObject({ ok: true, value: { dutyRate: 0.12, dutyInForce: null, total: expect.closeTo(12.2, 12) } });
    expect(quoteLandedCost(shoe, "FOB", 1)).toMatchObject({ ok: true, value: { dutyRate: 0, total: 11 } });
  });
  it("under DDP the seller pays the duty: the table is not read", () => {
    expect(quoteLandedCost({ ...shoe, incoterm: "DDP", origin: null }, "FOB", 1, { rows, date: day("2026-07-01") })).toMatchObject({ ok: true, value: { duty: 0, dutyInForce: null } });
  });
  it("an HtsCode without an Origin is a failure that says so, not a duty of 0", () => {
    expect(quoteLandedCost({ ...shoe, origin: null }, "FOB", 1, { rows, date: day("2026-07-01") })).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("no Origin") });
  });
  it("per-unit measures on a price of 0 have nothing to be a rate of", () => {
    expect(quoteLandedCost({ ...shoe, unitPrice: 0, freightPerUnit: 0 }, "FOB", 1, { rows, date: day("2026-07-01") })).toMatchObject({ ok: false, code: "div0" });
  });
});
