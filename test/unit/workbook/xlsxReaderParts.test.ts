import { isDateFormatCode } from "../../../src/workbook/xlsx/dateStyles";
import { decodeXstring, inlineStringXml } from "../../../src/workbook/xlsx/inlineString";

/** The small rules of the .xlsx reader (docs/xlsx-reader.md): which formats show dates, and ST_Xstring escapes. */

test.each([
  ["yyyy-mm-dd", true],
  ["d/m/yy h:mm", true],
  ["[h]:mm:ss", true],
  ["[$-409]mmmm d, yyyy", true],
  ['[Red]#,##0.00;"days"', false],
  ["General", false],
  ["0.0%", false],
  ['#,##0 "pcs"', false],
  ["\\d0", false],
  ["_(* #,##0_);_(* (#,##0)", false],
  ["@", false],
])("format %s shows a date or time: %s", (code, isDate) => {
  expect(isDateFormatCode(code)).toBe(isDate);
});

test.each([
  ["plain", "plain"],
  ["Line_x000D_Two", "Line\rTwo"],
  ["_x005F_x0041_", "_x0041_"],
  ["a_x00e9_b", "aéb"],
  ["_x12_ and _xZZZZ_ stay", "_x12_ and _xZZZZ_ stay"],
])("decodeXstring(%j) is %j", (text, decoded) => {
  expect(decodeXstring(text)).toBe(decoded);
});

test("decoding undoes what the writer escapes", () => {
  for (const text of ["_x0041_", "a\u0001b", "_x005F_", "x_y_", "\u001F_x0000_"]) {
    const xml = inlineStringXml(text);
    const written = /<t xml:space="preserve">(.*)<\/t>/s.exec(xml)?.[1] ?? "";
    expect(decodeXstring(written.replace(/&amp;/g, "&"))).toBe(text);
  }
});
