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
  const inflate = createInflateRaw();
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
        parser.write(decoder.write(chunk));
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
