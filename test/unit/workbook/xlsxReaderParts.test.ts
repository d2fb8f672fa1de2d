import JSZip from "jszip";
import { isDateFormatCode } from "../../../src/workbook/xlsx/dateStyles";
import { decodeXstring, inlineStringXml } from "../../../src/workbook/xlsx/inlineString";
import { partParser, streamPart } from "../../../src/workbook/xlsx/partStream";

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

test("a deflated part of multi-byte text reads back whole, whatever the chunk a character falls across", async () => {
  // About 1.4 MB of UTF-8 in 1-, 2-, 3- and 4-byte characters: the parser is fed 64 KB at a time, so
  // characters fall across chunk edges, and 256 KB inflate chunks split it again.
  const text = Array.from({ length: 60_000 }, (_, index) => `a${index}é中😀`).join(" ");
  const zip = new JSZip();
  // As bytes: JSZip's own UTF-8 encoding of a string splits a surrogate pair at its 32 K-character seams.
  zip.file("xl/part.xml", Buffer.from(`<root><t>${text}</t></root>`, "utf8"));
  const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const parser = partParser();
  let read = "";
  parser.on("text", (characters) => (read += characters));
  await streamPart(loaded, "xl/part.xml", parser);
  // Where the two first differ (their length when they do not), so a failure prints a number, not 650,000 characters.
  let at = 0;
  while (at < text.length && read[at] === text[at]) at += 1;
  expect({ firstDifference: at, length: read.length }).toEqual({ firstDifference: text.length, length: text.length });
});
