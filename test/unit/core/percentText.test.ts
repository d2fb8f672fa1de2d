import fc from "fast-check";
import { fractionOfPercentText } from "../../../src/core/percentText";

describe("percentage text as its fraction (PRODUCT.md: text 12% reads as 0.12)", () => {
  it("reads the percentages people type, with or without a space before %, without binary noise", () => {
    expect(["12%", "12.5 %", " 1.1% ", "-3%", "0%", "150%", ".5%"].map(fractionOfPercentText)).toEqual([0.12, 0.125, 0.011, -0.03, 0, 1.5, 0.005]);
  });

  it("is null for anything that is not a plain number followed by %", () => {
    expect(["12", "0.12", "%", "12%%", "1,000%", "12 percent", "x%", ""].map(fractionOfPercentText)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("a percentage with two decimals is a hundredth of its number, and prints as that fraction (no 0.07000000000000001)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (hundredths) => {
        const percent = hundredths / 100;
        const fraction = fractionOfPercentText(`${percent}%`)!;
        return Math.abs(fraction * 100 - percent) < 1e-9 && String(fraction).length <= String(percent).length + 3;
      }),
    );
  });
});
