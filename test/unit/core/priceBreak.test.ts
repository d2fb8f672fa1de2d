import { priceBreak } from "../../../src/core/priceBreak";

describe("PRICEBREAK: the price of the largest tier not above the quantity", () => {
  const tiers = [100, 500, 1000];
  const prices = [4.2, 3.9, 3.6];

  it.each([
    [100, 4.2],
    [499, 4.2],
    [500, 3.9],
    [750, 3.9],
    [1000, 3.6],
    [25000, 3.6],
  ])("quantity %d → %d", (quantity, price) => {
    expect(priceBreak(quantity, tiers, prices)).toEqual({ ok: true, value: price });
  });

  it("reads tiers in any order", () => {
    expect(priceBreak(750, [1000, 100, 500], [3.6, 4.2, 3.9])).toEqual({ ok: true, value: 3.9 });
  });

  it("has no price below the smallest tier: #N/A with a message", () => {
    const result = priceBreak(50, tiers, prices);
    expect(result).toMatchObject({ ok: false, code: "na" });
    if (!result.ok) expect(result.message).toMatch(/below the smallest tier \(100\)/);
  });

  it("rejects mismatched, empty, ambiguous or negative tiers", () => {
    expect(priceBreak(100, [100, 500], [4.2])).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("same size") });
    expect(priceBreak(100, [], [])).toMatchObject({ ok: false, code: "value" });
    expect(priceBreak(600, [100, 500, 500], [4.2, 3.9, 3.8])).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("500 more than once") });
    expect(priceBreak(600, [100, -500], [4.2, 3.9])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("tier_quantities item 2") });
    expect(priceBreak(600, [100], [-4.2])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("tier_prices item 1") });
    expect(priceBreak(-1, [100], [4.2])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("quantity") });
  });
});
