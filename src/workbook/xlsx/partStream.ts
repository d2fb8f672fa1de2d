import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { DamagedPartError, partChunks } from "./partBytes";
import { XmlTextDecoder } from "./xmlText";

/**
 * The text handed to the parser at a time. V8 allocates a string above about 128 KB straight in the
 * old generation, where only a full collection frees it, and a 250 MB sheet fed as 256 KB strings
 * left a thousand dead chunks there between full collections. Strings of 64 KB die young: the
 * row-limit review's peak RSS went from 570–584 MB to 522–528 MB (docs/PERFORMANCE.md).
 */
const PARSE_CHUNK = 64 * 1024;

/** Why XML does not parse, in the parser's first line (saxes puts the line and column first). */
export function malformedXml(part: string, error: unknown): DamagedPartError {
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  return new DamagedPartError(part, `is not well-formed XML (${message})`);
}

/**
 * Feeds one XML part of the package to a saxes parser as it is inflated (and its checksum checked,
 * partBytes.ts), chunk by chunk, so a worksheet of a million rows is never held as one string.
 * Resolves once the part is parsed; rejects with DamagedPartError when its bytes are damaged or its
 * XML is not well-formed (what was parsed before stays handled). Bytes changed in transit are said
 * as such even when the parser stumbles on them first.
 */
export async function streamPart(zip: JSZip, path: string, parser: SaxesParser): Promise<void> {
  await streamChunks(partChunks(zip, path), path, parser);
}

/** streamPart over chunks already opened: the part's checked bytes (partChunks), or a test's. */
export async function streamChunks(chunks: AsyncGenerator<Uint8Array>, path: string, parser: SaxesParser): Promise<void> {
  const decoder = new XmlTextDecoder();
  try {
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
      const chunk = next.value;
      for (let at = 0; at < chunk.length; at += PARSE_CHUNK) parser.write(decoder.write(chunk.subarray(at, at + PARSE_CHUNK)));
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    if (error instanceof DamagedPartError) throw error;
    // The rest of the part, only to check its bytes: a broken checksum is the better reason.
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next());
    throw malformedXml(path, error);
  } finally {
    await chunks.return(undefined);
  }
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
