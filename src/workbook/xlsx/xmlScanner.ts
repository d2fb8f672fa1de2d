import * as xml from "./xmlBytes";
import * as xmlNames from "./xmlNames";

/**
 * XML read straight from a part's inflated UTF-8 bytes, as calamine and other fast readers do: tags,
 * attributes and text are byte offsets into the chunk at hand, handed to a subclass that decodes
 * only what it keeps (sheetScanner.ts: a worksheet's cells; sharedStrings.ts: the shared strings).
 * Saxes tokenising a 250 MB sheet into strings and objects was most of a big review's time
 * (docs/PERFORMANCE.md). The scanner checks strictly the XML it recognises and gives up on anything
 * else, leaving the part to saxes:
 *
 * - UTF-8, with or without its byte-order mark; an XML declaration of version 1.0;
 * - elements and attributes with ASCII names, either quote, white space around `=`;
 * - character data with the five named entities and character references; CDATA sections inside
 *   the root; comments; processing instructions whose target does not start with `xml`.
 *
 * Everything saxes would refuse within that subset (a tag closed by another name, a duplicate
 * attribute, a control character, `]]>` in text, text outside the root…) also makes it give up, so
 * a part a scanner reads to its end is well-formed.
 */

/*
 * What the loops below use at every byte, read once from the modules that define them: run without a
 * bundler (tsx, Jest), an imported binding is a getter call at each use, which cost more than the
 * scan itself.
 */
const { XmlNames, sameBytes } = xmlNames;
const { GIVE_UP, NEED_MORE, NAME_CLASS, NAME_START, NOT_ASCII, LOOK_AGAIN, Byte, referenceEnd, utf8End } = xml;
const { Less: LESS, Greater: GREATER, Slash: SLASH, Ampersand: AMPERSAND, Dash: DASH } = Byte;
const { CloseBracket: CLOSE_BRACKET, CarriageReturn: CARRIAGE_RETURN, LineFeed: LINE_FEED, Tab: TAB, Space: SPACE } = Byte;

/** XML's white space (production S): space, tab, line feed, carriage return. */
function isSpace(byte: number): boolean {
  return byte === SPACE || byte === LINE_FEED || byte === TAB || byte === CARRIAGE_RETURN;
}

/** commonElement's answer for an element it leaves to the general path. */
export const NOT_TAKEN = -3;

/** Bytes of a chunk joined to the unfinished construct carried to it: more than any common construct holds. */
const JOINED = 4096;

/** Bytes of one unfinished construct carried to the next chunk at most: a longer one (a huge comment) goes to saxes. */
const MOST_CARRIED = 1 << 20;

const Phase = { Prolog: 0, Root: 1, Epilog: 2 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/** The XML declarations the scanner takes (version 1.0 only: 1.1 changes what a character is). */
const XML_DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;
/** Longer than any XML declaration the pattern above takes with sane white space. */
const LONGEST_DECLARATION = 256;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end of the ASCII name starting at `start`, or GIVE_UP (not a name, a character outside ASCII), or NEED_MORE. */
function nameEnd(bytes: Uint8Array, start: number, end: number): number {
  if (NAME_CLASS[bytes[start] as number] !== NAME_START) return GIVE_UP;
  for (let at = start + 1; at < end; at++) {
    const kind = NAME_CLASS[bytes[at] as number];
    if (kind === 0) return at;
    if (kind === NOT_ASCII) return GIVE_UP;
  }
  return NEED_MORE;
}

function startsWithAscii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let index = 0; index < text.length; index++) if (bytes[at + index] !== text.charCodeAt(index)) return false;
  return true;
}

/** A tokenizer over the chunks of one part; a subclass says what each element, attribute and run of text means. */
export abstract class XmlScanner {
  protected readonly names = new XmlNames();
  /** The open elements' name numbers, outermost first. */
  private readonly open: number[] = [];
  private phase: Phase = Phase.Prolog;
  private atStart = true;
  /** The chunk being scanned: the offsets handed to the subclass are into it, until `settle`. */
  protected bytes: Buffer = Buffer.alloc(0);
  /** The names of the attributes of the tag being read, to refuse one written twice. */
  private readonly attributes = new Int32Array(64);

  /** A tag starts: forget the last tag's attributes. */
  protected abstract beginTag(): void;
  /** An attribute of the tag being read, its value in `bytes[start, end)` (plain: no reference or white space saxes would change). */
  protected abstract attributeValue(id: number, start: number, end: number, plain: boolean): void;
  /** An element opens, its attributes read: false to give up. */
  protected abstract openElement(id: number): boolean;
  protected abstract closeElement(id: number): void;
  /** Character data (references resolved when `references`) or a CDATA section's text in `bytes[start, end)`. */
  protected abstract characters(start: number, end: number, plain: boolean, references: boolean): void;
  /** The chunk is let go: decode what is still kept as offsets. */
  protected abstract settle(): void;

  /**
   * Scans `chunk` (`final`: the part's last bytes) from its start. Answers where the first unfinished
   * construct starts (the chunk's length when none), to be scanned again with the next chunk after
   * it, or GIVE_UP. Nothing of the chunk is kept after it answers.
   */
  scan(chunk: Uint8Array, final: boolean): number {
    const bytes = asBuffer(chunk);
    this.bytes = bytes;
    const end = bytes.length;
    let at = 0;
    if (this.atStart) {
      at = this.prolog(bytes, end, final);
      if (at < 0) return at === NEED_MORE && !final ? 0 : GIVE_UP;
      this.atStart = false;
    }
    while (at < end) {
      const next = bytes[at] === LESS ? this.markup(bytes, at, end) : this.text(bytes, at, end, final);
      if (next < 0) {
        if (next === GIVE_UP || final) return GIVE_UP;
        this.settle();
        return at;
      }
      at = next;
    }
    this.settle();
    return end;
  }

  /** Whether the part read so far is a whole document: its root element opened and closed. */
  complete(): boolean {
    return !this.atStart && this.phase === Phase.Epilog;
  }

  /** A UTF-8 byte-order mark and an XML declaration, when the part starts with them. UTF-16 goes to saxes. */
  private prolog(bytes: Buffer, end: number, final: boolean): number {
    if (!final && end < 9) return NEED_MORE;
    let at = 0;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
    else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return GIVE_UP;
    if (!startsWithAscii(bytes, at, "<?xml") || !isSpace(bytes[at + 5] as number)) return at;
    const close = bytes.indexOf("?>", at + 5, "latin1");
    if (close < 0) return end - at > LONGEST_DECLARATION ? GIVE_UP : NEED_MORE;
    return XML_DECLARATION.test(bytes.toString("latin1", at, close + 2)) ? close + 2 : GIVE_UP;
  }

  private markup(bytes: Buffer, at: number, end: number): number {
    if (at + 1 >= end) return NEED_MORE;
    const next = bytes[at + 1];
    if (next === SLASH) return this.closeTag(bytes, at, end);
    if (next === Byte.Bang) return this.bang(bytes, at, end);
    if (next === Byte.Question) return this.instruction(bytes, at, end);
    if (this.phase === Phase.Root) {
      const after = this.commonElement(bytes, at, end);
      if (after !== NOT_TAKEN) return after;
    }
    return this.openTag(bytes, at, end);
  }

  /**
   * An element inside the root at `<` in a shape the subclass reads whole (a sheet's cell), opened
   * and closed with the calls the general path would make: the offset after it, or NOT_TAKEN (the
   * general path reads it then). Nothing may change before it is taken.
   */
  protected commonElement(_bytes: Buffer, _start: number, _end: number): number {
    return NOT_TAKEN;
  }

  /** An element commonElement read to its start tag's end, opened and left open: its end tag comes the general way. */
  protected leftOpen(id: number): void {
    this.open.push(id);
  }

  /** A start tag or an empty-element tag at `<`. */
  private openTag(bytes: Buffer, start: number, end: number): number {
    let at = nameEnd(bytes, start + 1, end);
    if (at < 0) return at;
    const nameStop = at;
    let byte: number;
    this.beginTag();
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const spaceStart = at;
      while (at < end && isSpace(bytes[at] as number)) at++;
      if (at >= end) return NEED_MORE;
      byte = bytes[at] as number;
      if (byte === GREATER) {
        at += 1;
        break;
      }
      if (byte === SLASH) {
        if (at + 1 >= end) return NEED_MORE;
        if (bytes[at + 1] !== GREATER) return GIVE_UP;
        selfClosing = true;
        at += 2;
        break;
      }
      // An attribute must follow white space.
      if (at === spaceStart || count === this.attributes.length) return GIVE_UP;
      at = this.attribute(bytes, at, end, count);
      if (at < 0) return at;
      count += 1;
    }
    const id = this.names.id(bytes, start + 1, nameStop);
    if (id < 0 || this.phase === Phase.Epilog) return GIVE_UP;
    this.phase = Phase.Root;
    if (!this.openElement(id)) return GIVE_UP;
    if (selfClosing) this.closeElement(id);
    else this.open.push(id);
    if (this.open.length === 0) this.phase = Phase.Epilog;
    return at;
  }

  /** The `index`th attribute of a tag, at its name's first byte: answers the offset after its closing quote. */
  private attribute(bytes: Buffer, start: number, end: number, index: number): number {
    let at = nameEnd(bytes, start, end);
    if (at < 0) return at;
    const nameStop = at;
    let byte: number;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) return NEED_MORE;
    if (bytes[at] !== Byte.Equals) return GIVE_UP;
    at += 1;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) return NEED_MORE;
    const quote = bytes[at];
    if (quote !== Byte.Quote && quote !== Byte.Apostrophe) return GIVE_UP;
    const valueStart = ++at;
    // Plain: the bytes are the value as saxes hands it (no reference, no white space it would change).
    let plain = true;
    for (;;) {
      while (at < end && LOOK_AGAIN[bytes[at] as number] === 0) at++;
      if (at >= end) return NEED_MORE;
      byte = bytes[at] as number;
      if (byte === quote) break;
      if (byte === LESS) return GIVE_UP;
      if (byte === AMPERSAND || byte >= 0x80) {
        const next = byte === AMPERSAND ? referenceEnd(bytes, at, end) : utf8End(bytes, at, end);
        if (next < 0) return next;
        if (byte === AMPERSAND) plain = false;
        at = next;
        continue;
      }
      if (byte < SPACE) {
        if (byte !== TAB && byte !== LINE_FEED && byte !== CARRIAGE_RETURN) return GIVE_UP;
        plain = false;
      }
      at += 1;
    }
    const id = this.names.id(bytes, start, nameStop);
    if (id < 0) return GIVE_UP;
    for (let before = 0; before < index; before++) if (this.attributes[before] === id) return GIVE_UP;
    this.attributes[index] = id;
    this.attributeValue(id, valueStart, at, plain);
    return at + 1;
  }

  /** An end tag at `<`: it must close the element open last, so its bytes are compared with that element's name. */
  private closeTag(bytes: Buffer, start: number, end: number): number {
    const id = this.open[this.open.length - 1];
    if (id === undefined) return GIVE_UP;
    const name = (this.names.names[id] as { bytes: Uint8Array }).bytes;
    let at = start + 2 + name.length;
    if (at >= end) return NEED_MORE;
    // A longer name (`</cx>` closing `<c>`) has a name character where `>` or white space must be.
    if (!sameBytes(name, bytes, start + 2, at)) return GIVE_UP;
    while (at < end && isSpace(bytes[at] as number)) at++;
    if (at >= end) return NEED_MORE;
    if (bytes[at] !== GREATER) return GIVE_UP;
    this.open.pop();
    this.closeElement(id);
    if (this.open.length === 0) this.phase = Phase.Epilog;
    return at + 1;
  }

  /** `<!--` a comment, or `<![CDATA[` a CDATA section; anything else (a DOCTYPE) goes to saxes. */
  private bang(bytes: Buffer, start: number, end: number): number {
    if (start + 3 >= end) return NEED_MORE;
    if (bytes[start + 2] === DASH && bytes[start + 3] === DASH) return this.comment(bytes, start + 4, end);
    if (bytes[start + 2] !== Byte.OpenBracket) return GIVE_UP;
    if (start + 9 > end) return NEED_MORE;
    if (!startsWithAscii(bytes, start + 3, "CDATA[") || this.phase !== Phase.Root) return GIVE_UP;
    return this.cdata(bytes, start + 9, end);
  }

  /** A comment's text from `at`: XML characters without `--`, up to `-->`. */
  private comment(bytes: Buffer, start: number, end: number): number {
    for (let at = start; ; ) {
      if (at >= end) return NEED_MORE;
      const byte = bytes[at] as number;
      if (byte === DASH) {
        if (at + 2 >= end) return NEED_MORE;
        if (bytes[at + 1] === DASH) return bytes[at + 2] === GREATER ? at + 3 : GIVE_UP;
        at += 1;
      } else at = this.character(bytes, at, end);
      if (at < 0) return at;
    }
  }

  /** A CDATA section's text from `at`, up to `]]>`: character data without references. */
  private cdata(bytes: Buffer, start: number, end: number): number {
    let plain = true;
    for (let at = start; ; ) {
      if (at + 2 >= end) return NEED_MORE;
      const byte = bytes[at] as number;
      if (byte === CLOSE_BRACKET && bytes[at + 1] === CLOSE_BRACKET && bytes[at + 2] === GREATER) {
        this.characters(start, at, plain, false);
        return at + 3;
      }
      if (byte >= 0x80 || byte === CARRIAGE_RETURN) plain = false;
      at = this.character(bytes, at, end);
      if (at < 0) return at;
    }
  }

  /** One XML character at `at` (not markup): the offset after it. */
  private character(bytes: Buffer, at: number, end: number): number {
    const byte = bytes[at] as number;
    if (byte >= 0x80) return utf8End(bytes, at, end);
    if (byte < SPACE && byte !== TAB && byte !== LINE_FEED && byte !== CARRIAGE_RETURN) return GIVE_UP;
    return at + 1;
  }

  /** A processing instruction at `<`: a target of ASCII name characters not starting with `xml`, then `?>` or white space, text and `?>`. */
  private instruction(bytes: Buffer, start: number, end: number): number {
    let at = start + 2;
    for (; ; at++) {
      if (at >= end) return NEED_MORE;
      const byte = bytes[at] as number;
      if (byte >= 0x80 || NAME_CLASS[byte] === 0 || byte === Byte.Colon) break;
    }
    const target = start + 2;
    if (at === target || NAME_CLASS[bytes[target] as number] !== NAME_START) return GIVE_UP;
    if (at - target >= 3 && bytes.toString("latin1", target, target + 3).toLowerCase() === "xml") return GIVE_UP;
    if (bytes[at] === Byte.Question) {
      if (at + 1 >= end) return NEED_MORE;
      return bytes[at + 1] === GREATER ? at + 2 : GIVE_UP;
    }
    if (!isSpace(bytes[at] as number)) return GIVE_UP;
    for (;;) {
      if (at + 1 >= end) return NEED_MORE;
      if (bytes[at] === Byte.Question && bytes[at + 1] === GREATER) return at + 2;
      at = this.character(bytes, at, end);
      if (at < 0) return at;
    }
  }

  /** Character data at `start`, up to the next `<` (or the part's end): only white space outside the root. */
  private text(bytes: Buffer, start: number, end: number, final: boolean): number {
    let plain = true;
    let at = start;
    for (;;) {
      while (at < end && LOOK_AGAIN[bytes[at] as number] === 0) at++;
      if (at >= end) {
        if (!final) return NEED_MORE;
        break;
      }
      const byte = bytes[at] as number;
      if (byte === LESS) break;
      if (byte === AMPERSAND || byte >= 0x80) {
        const next = byte === AMPERSAND ? referenceEnd(bytes, at, end) : utf8End(bytes, at, end);
        if (next < 0) return next;
        plain = false;
        at = next;
        continue;
      }
      if (byte === CLOSE_BRACKET) {
        if (at + 2 < end) {
          if (bytes[at + 1] === CLOSE_BRACKET && bytes[at + 2] === GREATER) return GIVE_UP;
        } else if (!final) return NEED_MORE;
      } else if (byte < SPACE) {
        if (byte === CARRIAGE_RETURN) plain = false;
        else if (byte !== TAB && byte !== LINE_FEED) return GIVE_UP;
      }
      at += 1;
    }
    if (this.phase !== Phase.Root) {
      for (let index = start; index < at; index++) if (!isSpace(bytes[index] as number)) return GIVE_UP;
    } else this.characters(start, at, plain, true);
    return at;
  }
}

/**
 * Scans a part's UTF-8 `chunks` with `scanner`, carrying an unfinished construct at a chunk's end
 * over to the next. Answers false as soon as it meets XML outside the subset it recognises (what it
 * handed on before stays handed: the caller starts again), true when it read the whole part. The
 * chunks' own errors (a damaged part, partBytes.ts) are thrown.
 */
export async function scanChunks(chunks: AsyncGenerator<Uint8Array>, scanner: XmlScanner): Promise<boolean> {
  let carried: Uint8Array | undefined;
  try {
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
      let bytes = next.value;
      if (carried !== undefined) {
        // The construct cut at the last chunk's end is finished from a small copy joined with this
        // chunk's start, and the chunk scanned in place after it: copying every chunk whole behind
        // the bytes carried cost a tenth of a big sheet's scan.
        const joined = Buffer.concat([carried, bytes.subarray(0, JOINED)]);
        const stop = scanner.scan(joined, false);
        if (stop === GIVE_UP) return false;
        bytes = stop >= carried.length ? bytes.subarray(stop - carried.length) : Buffer.concat([joined.subarray(stop), bytes.subarray(JOINED)]);
      }
      const stop = scanner.scan(bytes, false);
      if (stop === GIVE_UP || bytes.length - stop > MOST_CARRIED) return false;
      carried = stop < bytes.length ? bytes.slice(stop) : undefined;
    }
    return scanner.scan(carried ?? new Uint8Array(0), true) !== GIVE_UP && scanner.complete();
  } finally {
    await chunks.return(undefined);
  }
}
