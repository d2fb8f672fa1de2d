import type JSZip from "jszip";
import { crc32, createGunzip } from "node:zlib";
import { UnreadableWorkbookError } from "./packageKind";

/**
 * The bytes of a package's parts, each checked against the CRC-32 and size the zip's directory
 * records for it (APPNOTE 4.4.7, 4.4.9) before it is used or copied: a part damaged in transit is
 * refused, never read as something else, and never carried into a file Costcard writes.
 */

/** A part Costcard refuses to read, named: the whole file is refused, in one line. */
export class DamagedPartError extends UnreadableWorkbookError {
  constructor(
    readonly part: string,
    why: string,
  ) {
    super(`is damaged: its part ${part} ${why}`);
  }
}

/** What JSZip keeps of an entry read from a zip file: the bytes as stored, and the directory's record of them. */
interface StoredEntry {
  readonly compressedContent: Uint8Array;
  readonly compression: { readonly magic: string };
  readonly crc32: number;
  readonly uncompressedSize: number;
}

const DEFLATE = "\x08\x00";
const STORE = "\x00\x00";
/** zlib's default 16 KB chunks make a 30 MB sheet three times slower to inflate than 256 KB ones. */
const INFLATE_CHUNK = 256 * 1024;
const CORRUPT = "is corrupt: its bytes do not match the checksum the file records for them (it was changed or cut after it was written, as by a broken download or copy); get the file again";

/** Entries (by JSZip's record of them) whose bytes were checked. A part changed since is Costcard's own and needs no check. */
const verified = new WeakSet<object>();

function storedEntry(file: JSZip.JSZipObject): StoredEntry | undefined {
  const data = (file as unknown as { _data?: Partial<StoredEntry> })._data;
  return data?.compressedContent instanceof Uint8Array && typeof data.crc32 === "number" && typeof data.uncompressedSize === "number" ? (data as StoredEntry) : undefined;
}

/** gzip's member header (RFC 1952, 2.3): deflate, no flags, no time, unknown system. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);

/**
 * A zip entry's deflated bytes framed as a gzip member (RFC 1952) whose trailer holds the CRC-32
 * and size the zip's directory records: zlib then checks them itself as it inflates, on its own
 * thread (gzip's CRC-32 is the zip's), rather than the checksum being computed here, on the thread
 * that reads the cells (0.2 s of a row-limit review: docs/PERFORMANCE.md).
 */
function gzipMember(content: Uint8Array, stored: StoredEntry): Buffer[] {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(stored.crc32 >>> 0, 0);
  trailer.writeUInt32LE(stored.uncompressedSize >>> 0, 4);
  return [GZIP_HEADER, Buffer.from(content.buffer, content.byteOffset, content.byteLength), trailer];
}

/**
 * A part's bytes as they inflate, checked: a deflated part goes through Node's zlib (about twice as
 * fast as JSZip's JavaScript inflater), which checks its checksum and size (gzipMember); a stored
 * one is sliced and its checksum computed here; a mismatch throws DamagedPartError. More bytes than
 * the directory records stop the inflation at once, so a part's memory never grows past what its
 * record says (nor a false record past the real bytes). A part added since the file was read (Costcard's own, a few MB at most)
 * comes whole from JSZip.
 */
export async function* partChunks(zip: JSZip, path: string): AsyncGenerator<Uint8Array> {
  const file = zip.file(path);
  if (file === null) throw new DamagedPartError(path, "is missing from the package");
  const stored = storedEntry(file);
  if (stored === undefined) {
    yield await file.async("nodebuffer");
    return;
  }
  let crc = 0;
  let length = 0;
  const take = (chunk: Uint8Array): Uint8Array => {
    length += chunk.length;
    if (length > stored.uncompressedSize) throw new DamagedPartError(path, CORRUPT);
    return chunk;
  };
  const content = stored.compressedContent;
  if (stored.compression.magic === STORE) {
    for (let at = 0; at < content.length; at += INFLATE_CHUNK) {
      const chunk = take(content.subarray(at, at + INFLATE_CHUNK));
      crc = crc32(chunk, crc);
      yield chunk;
    }
    if (crc !== stored.crc32 >>> 0) throw new DamagedPartError(path, CORRUPT);
  } else if (stored.compression.magic === DEFLATE) {
    const inflate = createGunzip({ chunkSize: INFLATE_CHUNK });
    for (const piece of gzipMember(content, stored)) inflate.write(piece);
    inflate.end();
    try {
      for await (const chunk of inflate) yield take(chunk as Buffer);
    } catch (error) {
      if (error instanceof DamagedPartError) throw error;
      // zlib's own message ("invalid distance too far back") says nothing a user can act on.
      throw new DamagedPartError(path, CORRUPT);
    } finally {
      inflate.destroy();
    }
  } else {
    throw new DamagedPartError(path, "is compressed in a way .xlsx files never are");
  }
  if (length !== stored.uncompressedSize) throw new DamagedPartError(path, CORRUPT);
  verified.add(stored);
}

/** A part's whole bytes, checked (partChunks). */
export async function partBytes(zip: JSZip, path: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of partChunks(zip, path)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Checks every part of the package not checked yet (except `deferred`, which a later pass reads
 * and so checks), inflating each once and keeping nothing. Throws DamagedPartError for the first
 * that fails.
 */
export async function verifyPackage(zip: JSZip, deferred: ReadonlySet<string> = new Set()): Promise<void> {
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || deferred.has(path)) continue;
    const stored = storedEntry(file);
    if (stored === undefined || verified.has(stored)) continue;
    for await (const chunk of partChunks(zip, path)) void chunk;
  }
}
