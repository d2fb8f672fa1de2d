import fc from "fast-check";
import { valueWidth } from "../../../src/model/columnWidths";

/**
 * valueWidth makes each money format's formatter once and keeps it: widths must be those of the
 * format asked for, whatever formats were asked for before.
 */
describe("valueWidth", () => {
  it("measures a number as its money format shows it, a space kept for the next column included", () => {
    expect(valueWidth(1234.5, "#,##0.00##")).toBe("1,234.50".length + 1);
    expect(valueWidth(1234.5, "#,##0")).toBe("1,235".length + 1);
    expect(valueWidth(1234.56789, "#,##0.00##")).toBe("1,234.5679".length + 1);
    expect(valueWidth(1234.5, "#,##0.000_)")).toBe("1,234.500".length + 1 + 1);
    expect(valueWidth(1234.5, "0.000E+00")).toBe("1234.5".length + 1);
  });

  it("gives every money format its own decimals in any order of calls", () => {
    const format = fc.tuple(fc.nat({ max: 4 }), fc.nat({ max: 4 }), fc.boolean()).map(([zeros, hashes, space]) => `#,##0${zeros + hashes > 0 ? `.${"0".repeat(zeros)}${"#".repeat(hashes)}` : ""}${space ? "_)" : ""}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(format, fc.double({ min: -1e9, max: 1e9, noNaN: true })), { minLength: 1, maxLength: 20 }), (calls) => {
        for (const [shape, value] of calls) {
          const [, zeros = "", hashes = ""] = /^#,##0(?:\.(0*)(#*))?/.exec(shape) ?? [];
          const shown = new Intl.NumberFormat("en-US", { minimumFractionDigits: zeros.length, maximumFractionDigits: zeros.length + hashes.length }).format(value);
          expect(valueWidth(value, shape)).toBe(shown.length + (shape.endsWith("_)") ? 1 : 0) + 1);
        }
      }),
    );
  });
});
