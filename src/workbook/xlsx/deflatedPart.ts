import type JSZip from "jszip";
import CompressedObject from "jszip/lib/compressedObject";
import { DEFLATE } from "jszip/lib/compressions";
import { crc32, deflateRawSync } from "node:zlib";

/**
 * Puts a part's bytes into the package deflated by Node's zlib, as the compressed object JSZip's
 * reader makes of a part it loads (its public types leave that input out; its `file` takes it):
 * JSZip then writes them as they stand (`_compressWorker`), where bytes it is given are deflated by
 * pako and checksummed in JavaScript at about a third of zlib's speed (0.4 s of a row-limit review
 * for its 2 MB of generated sheets: docs/PERFORMANCE.md). Level 6, as the package is written
 * (XlsxWorkbook.toBytes). Read back, the part is inflated and checked like any other (partBytes.ts).
 */
export function putDeflatedPart(zip: JSZip, path: string, bytes: Uint8Array): void {
  const deflated = deflateRawSync(bytes, { level: 6 });
  const part = new CompressedObject(deflated.length, bytes.length, crc32(bytes), DEFLATE, deflated);
  zip.file(path, part as unknown as Uint8Array, { binary: true });
}
