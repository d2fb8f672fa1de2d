import { StringDecoder } from "node:string_decoder";

/**
 * An XML part's bytes as text, chunk by chunk. XML 1.0 (section 4.3.3, appendix F) lets a part start
 * with a byte-order mark: UTF-8's (EF BB BF), which several real producers write, is dropped; UTF-16's
 * (FF FE little-endian, FE FF big-endian) selects that encoding. Without a mark the part is UTF-8,
 * as every spreadsheet producer writes it.
 */
export class XmlTextDecoder {
  private decoder: StringDecoder | undefined;
  private bigEndian = false;
  /** The first bytes, held until the mark (if any) can be told. */
  private head = Buffer.alloc(0);
  /** A big-endian part's odd byte left over from the last chunk. */
  private carry: Buffer | undefined;

  write(chunk: Uint8Array): string {
    if (this.decoder === undefined) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 3) return "";
      return this.start(this.head);
    }
    return this.decode(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }

  end(): string {
    if (this.decoder === undefined) return this.head.length === 0 ? "" : this.start(this.head) + this.end();
    const rest = this.carry === undefined ? "" : this.decoder.write(this.carry);
    return rest + this.decoder.end();
  }

  private start(head: Buffer): string {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return this.begin("utf8", head.subarray(3));
    if (head[0] === 0xff && head[1] === 0xfe) return this.begin("utf16le", head.subarray(2));
    if (head[0] === 0xfe && head[1] === 0xff) {
      this.bigEndian = true;
      return this.begin("utf16le", head.subarray(2));
    }
    return this.begin("utf8", head);
  }

  private begin(encoding: "utf8" | "utf16le", rest: Buffer): string {
    this.decoder = new StringDecoder(encoding);
    this.head = Buffer.alloc(0);
    return this.decode(rest);
  }

  private decode(bytes: Buffer): string {
    const decoder = this.decoder as StringDecoder;
    if (!this.bigEndian) return decoder.write(bytes);
    const joined = this.carry === undefined ? bytes : Buffer.concat([this.carry, bytes]);
    const even = joined.length - (joined.length % 2);
    this.carry = even < joined.length ? Buffer.from(joined.subarray(even)) : undefined;
    return decoder.write(Buffer.from(joined.subarray(0, even)).swap16());
  }
}

/** A whole part's bytes as text (see XmlTextDecoder). */
export function xmlText(bytes: Uint8Array): string {
  const decoder = new XmlTextDecoder();
  return decoder.write(bytes) + decoder.end();
}
