import { serialFromIso } from "../../../src/core/excelDate";
import { isFarAhead, quoteChecks, type QuoteTerms } from "../../../src/taskpane/quotes/quoteChecks";

const today = serialFromIso("2026-11-30")!;
const terms = (change: Partial<QuoteTerms> = {}): QuoteTerms => ({
  unitPrice: 18.4,
  currency: "USD",
  quoteDate: today,
  moq: 1000,
  tooling: undefined,
  depositPct: undefined,
  components: [],
  priceBreaks: [],
  ...change,
});
const check = (change: Partial<QuoteTerms>, confirmed: number | null = null) => quoteChecks(terms(change), today, confirmed);

describe("the cost breakdown against the unit price (the price review's Check breakdown)", () => {
  test("a breakdown of 25 on an 18.40 price warns, in the price review's words", () => {
    expect(check({ components: [25] }).warnings.components).toBe('The parts add up to 25.00 USD, not the unit price of 18.40 USD: the price review will flag this quote "Check breakdown".');
  });

  test("within 0.5% of the price it sums (the factory rounds each part); beyond, it does not", () => {
    expect(check({ unitPrice: 10, components: [6, 3.95] }).warnings.components).toBeUndefined();
    expect(check({ unitPrice: 10, components: [6, 3.94] }).warnings.components).toMatch(/^The parts add up to 9.94 USD/);
    expect(check({ unitPrice: 10, components: [6, 4.05] }).warnings.components).toBeUndefined();
  });

  test("no breakdown, no warning; a warning is never an error", () => {
    expect(check({ components: [undefined, undefined] })).toEqual({ errors: {}, warnings: {} });
    expect(check({ components: [25] }).errors).toEqual({});
  });
});

describe("price breaks", () => {
  test("a tier below the MOQ says so", () => {
    expect(check({ priceBreaks: [{ quantity: 800, unitPrice: 9 }] }).errors).toEqual({ "priceBreaks.0.quantity": "Below the MOQ of 1,000: a price break is for a larger order." });
  });

  test("a tier at the base quantity or below the tier before it must increase", () => {
    expect(check({ priceBreaks: [{ quantity: 1000, unitPrice: 18 }] }).errors["priceBreaks.0.quantity"]).toBe("Tier quantities must increase: this one must be above 1,000.");
    const errors = check({ priceBreaks: [{ quantity: 6000, unitPrice: 18 }, { quantity: 5000, unitPrice: 17 }] }).errors;
    expect(errors["priceBreaks.1.quantity"]).toBe("Tier quantities must increase: this one must be above 6,000.");
  });

  test("without an MOQ the base tier is 1 unit", () => {
    expect(check({ moq: undefined, priceBreaks: [{ quantity: 1, unitPrice: 18 }] }).errors["priceBreaks.0.quantity"]).toBe("Tier quantities must increase: this one must be above 1.");
  });

  test("a tier priced above a smaller tier (the base price included) is refused, naming that tier", () => {
    expect(check({ priceBreaks: [{ quantity: 5000, unitPrice: 19 }] }).errors).toEqual({
      "priceBreaks.0.unitPrice": "Above the price for 1,000 units (18.40 USD): a larger order should not cost more per unit.",
    });
    const errors = check({ priceBreaks: [{ quantity: 5000, unitPrice: 17 }, { quantity: 10000, unitPrice: 17.5 }] }).errors;
    expect(errors).toEqual({ "priceBreaks.1.unitPrice": "Above the price for 5,000 units (17.00 USD): a larger order should not cost more per unit." });
  });

  test("equal prices across tiers and falling prices pass", () => {
    expect(check({ priceBreaks: [{ quantity: 5000, unitPrice: 18.4 }, { quantity: 10000, unitPrice: 17 }] }).errors).toEqual({});
  });
});

describe("tooling, deposit and the quote date", () => {
  test("tooling without an MOQ is refused: it would land on a single unit", () => {
    expect(check({ moq: undefined, tooling: 4000 }).errors.tooling).toBe("Tooling is spread over the MOQ's units: enter the MOQ too (without one, all of it would land on a single unit).");
    expect(check({ moq: 1000, tooling: 4000 }).errors).toEqual({});
    expect(check({ moq: undefined, tooling: 0 }).errors).toEqual({});
  });

  test("a deposit above 100% is refused in a deposit's words", () => {
    expect(check({ depositPct: 1.5 }).errors.depositPct).toBe("150% is above 100%: a deposit is a share of the order's value.");
    expect(check({ depositPct: 1 }).errors).toEqual({});
  });

  test("a quote date more than a year ahead needs the buyer's confirmation of that very date", () => {
    const farAhead = serialFromIso("2027-12-01")!;
    expect(isFarAhead(today + 365, today)).toBe(false);
    expect(isFarAhead(today + 366, today)).toBe(true);
    expect(check({ quoteDate: farAhead }).errors.quoteDate).toBe("2027-12-01 is more than a year ahead: confirm the date below, or correct it.");
    expect(check({ quoteDate: farAhead }, farAhead).errors).toEqual({});
    expect(check({ quoteDate: farAhead }, farAhead - 1).errors.quoteDate).toBeDefined();
  });
});
