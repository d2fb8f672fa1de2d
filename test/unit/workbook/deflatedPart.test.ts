import JSZip from "jszip";
import CompressedObject from "jszip/lib/compressedObject";
import { crc32 } from "node:zlib";
import { partBytes } from "../../../src/workbook/xlsx/partBytes";
import { putPartText } from "../../../src/workbook/xlsx/workbookLayout";

/** Parts Costcard writes are deflated by zlib and handed to JSZip as they will stand in the file (deflatedPart.ts). */

const TEXTS = {
  "xl/worksheets/sheet1.xml": `<worksheet>${"<row><c><v>1</v></c></row>".repeat(20_000)}</worksheet>`,
  "xl/notes.xml": `<t>${"🙂".repeat(40_000)} déjà</t>`,
  "xl/empty.xml": "",
};

test("a part put as text is written deflated as zlib made it, and reads back whole, its checksum and size checked", async () => {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(TEXTS)) putPartText(zip, path, text);
  for (const path of ["xl/worksheets/sheet1.xml", "xl/notes.xml"]) expect((zip.file(path) as unknown as { _data: unknown })._data).toBeInstanceOf(CompressedObject);
  const written = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  const read = await JSZip.loadAsync(written);
  for (const [path, text] of Object.entries(TEXTS)) {
    const bytes = Buffer.from(text, "utf8");
    expect((await partBytes(read, path)).equals(bytes)).toBe(true);
    if (bytes.length === 0) continue;
    const stored = (read.file(path) as unknown as { _data: { crc32: number; uncompressedSize: number; compressedSize: number } })._data;
    expect([stored.crc32 >>> 0, stored.uncompressedSize]).toEqual([crc32(bytes), bytes.length]);
    expect(stored.compressedSize).toBeLessThan(bytes.length / 4);
  }
});
