import fc from "fast-check";
import { numberCell, optionalCell } from "../../../src/schema/cells";
import { parseTypedNumber, percentText, typedNumberField, type NumberKind } from "../../../src/taskpane/form/typedNumber";

const read = (text: string, kind: NumberKind) => parseTypedNumber(text, kind);
const value = (text: string, kind: NumberKind) => {
  const parsed = read(text, kind);
  if (!parsed.ok) throw new Error(`refused: ${parsed.message}`);
  return parsed.value;
};
const message = (text: string, kind: NumberKind) => {
  const parsed = read(text, kind);
  if (parsed.ok) throw new Error(`accepted as ${parsed.value}`);
  return parsed.message;
};

describe("amounts", () => {
  test.each([
    ["12.40", 12.4],
    [" 12.4 ", 12.4],
    ["-3", -3],
    [".5", 0.5],
    ["1e3", 1000],
    ["1,000", 1000],
    ["12,345.67", 12345.67],
    ["1,234,567", 1234567],
    ["+1,000.5", 1000.5],
  ])("%p reads as %p", (text, expected) => {
    expect(value(text, "amount")).toBe(expected);
  });

  test("blank reads as undefined, so an optional field takes its default", () => {
    expect(value("", "amount")).toBeUndefined();
    expect(value("   ", "rate")).toBeUndefined();
    expect(value("", "whole")).toBeUndefined();
  });

  test.each([
    ["1,2", '"1,2" is not a number: group thousands with a comma (1,000) and write decimals with a point (1.5)'],
    ["1,00", '"1,00" is not a number: group thousands with a comma (1,000) and write decimals with a point (1.5)'],
    ["10,00,000", '"10,00,000" is not a number: group thousands with a comma (1,000) and write decimals with a point (1.5)'],
    ["12,40.5", '"12,40.5" is not a number: group thousands with a comma (1,000) and write decimals with a point (1.5)'],
    ["many", '"many" is not a number'],
    ["12 USD", '"12 USD" is not a number'],
    ["5%", '"5%" is a percentage: this field takes a number'],
  ])("%p is refused: %s", (text, expected) => {
    expect(message(text, "amount")).toBe(expected);
  });
});

describe("whole numbers (days, quantities, tiers)", () => {
  test.each([
    ["1000", 1000],
    ["1,000", 1000],
    ["10,000", 10000],
    ["0", 0],
  ])("%p reads as %p", (text, expected) => {
    expect(value(text, "whole")).toBe(expected);
  });

  test.each([
    ["2.5", "2.5 is not a whole number"],
    ["1,000.5", "1,000.5 is not a whole number"],
    ["30%", '"30%" is a percentage: this field takes a whole number'],
  ])("%p is refused: %s", (text, expected) => {
    expect(message(text, "whole")).toBe(expected);
  });
});

describe("rates", () => {
  test.each([
    ["5%", 0.05],
    ["5 %", 0.05],
    ["17%", 0.17],
    ["0.05", 0.05],
    ["0.165", 0.165],
    ["12.5%", 0.125],
    ["1.1%", 0.011],
    ["0.7%", 0.007],
    ["100%", 1],
    ["150%", 1.5],
    ["1,000%", 10],
    ["0", 0],
    ["0%", 0],
    ["-0.1", -0.1],
    ["0.999", 0.999],
  ])("%p reads as %p", (text, expected) => {
    expect(value(text, "rate")).toBe(expected);
  });

  test.each([
    ["5", "5 is 500%: type 5% or 0.05"],
    ["12", "12 is 1,200%: type 12% or 0.12"],
    ["1", "1 is 100%: type 1% or 0.01"],
    ["1.5", "1.5 is 150%: type 1.5% or 0.015"],
    ["3", "3 is 300%: type 3% or 0.03"],
    ["150", "150 is 15,000%: type 150%"],
    ["-5", "-5 is -500%: type -5% or -0.05"],
    ["abc%", '"abc%" is not a percentage'],
    ["%", '"%" is not a percentage'],
  ])("%p is refused: %s", (text, expected) => {
    expect(message(text, "rate")).toBe(expected);
  });

  test("PRODUCT.md's example: a bare 5 in a rate field says what it would mean", () => {
    expect(message("5", "rate")).toBe("5 is 500%: type 5% or 0.05");
  });
});

describe("properties", () => {
  const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 20 });

  test("any amount written with thousands separators reads as the number it spells", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const amount = Number(`${whole}.${String(cents).padStart(2, "0")}`);
        expect(value(grouped(amount), "amount")).toBe(amount);
      }),
    );
  });

  test("a percentage typed with % reads as its fraction, as text 12% reads in a cell", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 }), (units, decimals) => {
        const percent = units / 10 ** decimals;
        const fraction = value(`${percent}%`, "rate")!;
        expect(fraction).toBe(Number((percent / 100).toPrecision(15)));
        expect(percentText(fraction)).toBe(`${grouped(percent)}%`);
      }),
    );
  });

  test("a rate field never reads a bare number of 1 or more: it is refused with what it would mean", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), (number) => {
        const text = String(number);
        const refused = message(text, "rate");
        expect(refused).toMatch(new RegExp(`^${text.replace(/[.+]/g, "\\$&")} is [\\d,.]+%: type ${text.replace(/[.+]/g, "\\$&")}%`));
      }),
    );
  });

  test("a rate below 1 reads as typed, with or without its %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (basisPoints) => {
        const fraction = basisPoints / 10_000;
        expect(value(String(fraction), "rate")).toBe(fraction);
        expect(value(`${basisPoints / 100}%`, "rate")).toBe(fraction);
      }),
    );
  });

  test("a whole-number field takes exactly the integers", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (number) => {
        const parsed = read(String(number), "whole");
        expect(parsed.ok).toBe(Number.isInteger(number));
      }),
    );
  });

  test("no text makes the reader throw, and whatever it accepts is a finite number or blank", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<NumberKind>("amount", "whole", "rate"), (text, kind) => {
        const parsed = read(text, kind);
        if (parsed.ok && parsed.value !== undefined) expect(Number.isFinite(parsed.value)).toBe(true);
        if (parsed.ok && parsed.value === undefined) expect(text.trim()).toBe("");
      }),
    );
  });
});

describe("typedNumberField: the reader, then the workbook column's own schema", () => {
  const deposit = typedNumberField("rate", optionalCell(numberCell({ max: 1 })));

  test("the number, never the text, comes out", () => {
    expect(deposit.parse("30%")).toBe(0.3);
    expect(deposit.parse("0.3")).toBe(0.3);
    expect(deposit.parse("")).toBeUndefined();
  });

  test("the reader's message, then the column's bounds", () => {
    expect(deposit.safeParse("30").error?.issues[0]?.message).toBe("30 is 3,000%: type 30% or 0.3");
    expect(deposit.safeParse("-5%").error?.issues[0]?.message).toBe("-0.05 is negative");
  });
});
