import { inlineStringXml } from "../../../src/workbook/xlsx/inlineString";

const stored = (text: string) => inlineStringXml(text).replace(/^<is><t xml:space="preserve">|<\/t><\/is>$/g, "");

test("a literal _xHHHH_ is stored with its underscore escaped, as Excel stores a typed _x000D_ (ECMA-376 ST_Xstring)", () => {
  expect(stored("_x000D_")).toBe("_x005F_x000D_");
  expect(stored("_x0041_x0042_")).toBe("_x005F_x0041_x005F_x0042_");
  expect(stored("_xd_ and _x12_ and _x00G1_")).toBe("_xd_ and _x12_ and _x00G1_");
});

test("control characters XML 1.0 cannot hold become _xHHHH_, and an underscore they close is escaped", () => {
  expect(stored("a\u0001b\u001F\uFFFF")).toBe("a_x0001_b_x001F__xFFFF_");
  expect(stored("SKU_x0041\u0007")).toBe("SKU_x005F_x0041_x0007_");
});

test("line ends a parser would normalise go as character references; tab, line feed and markup as XML text", () => {
  expect(stored("a\r\nb\u0085\u2028\u2029")).toBe("a&#13;\nb&#133;&#8232;&#8233;");
  expect(stored(" \t<&> ")).toBe(" \t&lt;&amp;&gt; ");
});
