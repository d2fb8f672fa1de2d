import { indexPrice } from "../../../src/core/indexPrice";

describe("INDEXPRICE: base price × (fixed share + Σ shareᵢ × newᵢ / baseᵢ)", () => {
  it("moves each share with its index and keeps the fixed share: 10 × (0.4 + 0.5 × 1.1 + 0.1 × 0.9) = 10.4", () => {
    const result = indexPrice(10, [0.5, 0.1], [100, 100], [110, 90]);
    expect(result.ok && result.value).toBeCloseTo(10.4, 12);
  });

  it("returns the base price when no index moved, or when there are no shares", () => {
    expect(indexPrice(7.25, [0.35, 0.25], [212, 98.5], [212, 98.5])).toEqual({ ok: true, value: 7.25 });
    expect(indexPrice(7.25, [], [], [])).toEqual({ ok: true, value: 7.25 });
  });

  it("indexes the whole price when the shares sum to 1 (sums like 0.7 + 0.2 + 0.1 allowed)", () => {
    const result = indexPrice(10, [0.7, 0.2, 0.1], [100, 100, 100], [120, 120, 120]);
    expect(result.ok && result.value).toBeCloseTo(12, 12);
  });

  it("rejects shares above 1 in all or negative, a base index of 0, and mismatched sizes", () => {
    expect(indexPrice(10, [0.7, 0.4], [100, 100], [100, 100])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("more than 1") });
    // 0.7 + 0.4 + 0.1 is 1.2000000000000002 in binary; the message shows what the user typed adds up to.
    expect(indexPrice(10, [0.7, 0.4, 0.1], [100, 100, 100], [100, 100, 100])).toMatchObject({ ok: false, message: "shares add up to 1.2, more than 1 (the whole price)" });
    expect(indexPrice(10, [-0.1], [100], [100])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("shares item 1") });
    expect(indexPrice(10, [0.5], [0], [100])).toMatchObject({ ok: false, code: "div0", message: expect.stringContaining("base_indices item 1") });
    expect(indexPrice(10, [0.5, 0.2], [100], [100])).toMatchObject({ ok: false, code: "value" });
    expect(indexPrice(-10, [0.5], [100], [100])).toMatchObject({ ok: false, code: "num", message: expect.stringContaining("base_price") });
  });
});
