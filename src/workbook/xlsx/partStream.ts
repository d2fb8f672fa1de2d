import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import type { Readable } from "node:stream";

/** What JSZip keeps of a part it read from a zip and nothing changed since: its bytes as stored. */
interface StoredPart {
  readonly compressedContent: Uint8Array;
  readonly compression: { readonly magic: string };
}

const DEFLATE = "\x08\x00";
/** zlib's default 16 KB chunks make a 30 MB sheet three times slower to inflate than 256 KB ones. */
const INFLATE_CHUNK = 256 * 1024;
/**
 * The text handed to the parser at a time. V8 allocates a string above about 128 KB straight in the
 * old generation, where only a full collection frees it, and a 250 MB sheet fed as 256 KB strings
 * left a thousand dead chunks there between full collections. Strings of 64 KB die young: the
 * row-limit review's peak RSS went from 570–584 MB to 522–528 MB (docs/PERFORMANCE.md).
 */
const PARSE_CHUNK = 64 * 1024;

function storedPart(file: JSZip.JSZipObject): StoredPart | undefined {
  const data = (file as unknown as { _data?: Partial<StoredPart> })._data;
  return data?.compressedContent instanceof Uint8Array && data.compression?.magic === DEFLATE ? (data as StoredPart) : undefined;
}

/**
 * The part's bytes as they inflate. A deflated part read from the file goes through Node's zlib,
 * about twice as fast as the JavaScript inflater JSZip streams through (a fifth of a big review's
 * read); a part added since (or stored uncompressed) goes through JSZip.
 */
function inflatedBytes(file: JSZip.JSZipObject): Readable | NodeJS.ReadableStream {
  const stored = storedPart(file);
  if (stored === undefined) return file.nodeStream("nodebuffer");
  const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  inflate.end(stored.compressedContent);
  return inflate;
}

/**
 * Feeds one XML part of the package to a saxes parser as it is inflated, chunk by chunk, so a
 * worksheet of a million rows is never held as one string. Resolves once the part is parsed;
 * rejects with the parser's error when the XML is damaged (what was parsed before stays handled).
 */
export function streamPart(zip: JSZip, path: string, parser: SaxesParser): Promise<void> {
  const file = zip.file(path);
  if (file === null) return Promise.reject(new Error(`the part ${path} is missing`));
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder("utf8");
    const stream = inflatedBytes(file);
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream.on("data", (chunk: Buffer) => {
      if (failed) return;
      try {
        for (let at = 0; at < chunk.length; at += PARSE_CHUNK) parser.write(decoder.write(chunk.subarray(at, at + PARSE_CHUNK)));
      } catch (error) {
        fail(error);
      }
    });
    stream.on("error", fail);
    stream.on("end", () => {
      if (failed) return;
      try {
        parser.write(decoder.end());
        parser.close();
        resolve();
      } catch (error) {
        fail(error);
      }
    });
  });
}

/** A parser for package parts: no position tracking (it costs a third of the parse), no namespaces. */
export function partParser(): SaxesParser {
  return new SaxesParser({ position: false });
}

/** `x:c` and `c` alike: some writers prefix SpreadsheetML's elements. */
export function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(":");
  return colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
}
