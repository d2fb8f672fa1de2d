import type JSZip from "jszip";
import type { SaxesTagPlain } from "saxes";
import { decodeXstring } from "./inlineString";
import { partChunks } from "./partBytes";
import { localName, partParser, streamChunks } from "./partStream";
import { decodeCharacters } from "./xmlBytes";
import { scanChunks, XmlScanner } from "./xmlScanner";

/**
 * The text of a string item (`<si>` in the shared strings, `<is>` in a cell) as Excel shows it:
 * its `<t>`, or the `<t>` of each rich-text run (`<r>`) joined, leaving out phonetic guides
 * (`<rPh>`, the furigana Japanese Excel keeps beside the text) and their properties.
 */
export class StringItemText {
  private text = "";
  private inText = false;
  private phoneticDepth = 0;

  /** Call for every tag opened inside the item. */
  open(name: string): void {
    if (name === "rPh") this.phoneticDepth += 1;
    else if (name === "t" && this.phoneticDepth === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phoneticDepth -= 1;
    else if (name === "t") this.inText = false;
  }

  characters(text: string): void {
    if (this.inText) this.text += text;
  }

  /** The item's text, and the reader ready for the next item. */
  take(): string {
    const text = decodeXstring(this.text);
    this.text = "";
    this.inText = false;
    this.phoneticDepth = 0;
    return text;
  }
}

/** The shared string table, decoded once: a cell of type `s` holds an index into it. */
export async function readSharedStrings(zip: JSZip, path: string | undefined): Promise<string[]> {
  if (path === undefined || zip.file(path) === null) return [];
  return readSharedStringChunks(() => partChunks(zip, path), path);
}

/**
 * The shared strings of the part whose checked bytes `openChunks` yields, by the byte scanner
 * (below); when it gives up, saxes reads the part again from its start and judges it, as for a
 * sheet (sheetCells.ts). Its strings grow with a big workbook's lines (order and lot numbers).
 */
export async function readSharedStringChunks(openChunks: () => AsyncGenerator<Uint8Array>, path: string): Promise<string[]> {
  return (await scanSharedStrings(openChunks())) ?? saxesSharedStrings(openChunks(), path);
}

/** The shared strings by the byte scanner alone; undefined when it gave up. */
export async function scanSharedStrings(chunks: AsyncGenerator<Uint8Array>): Promise<string[] | undefined> {
  const strings: string[] = [];
  return (await scanChunks(chunks, new SharedStringScanner(strings))) ? strings : undefined;
}

/** The saxes reading of readSharedStringChunks: the fallback, and the reference its test compares the scanner with. */
export async function saxesSharedStrings(chunks: AsyncGenerator<Uint8Array>, path: string): Promise<string[]> {
  const strings: string[] = [];
  const parser = partParser();
  const item = new StringItemText();
  let inItem = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === "si") inItem = true;
    else if (inItem) item.open(name);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === "si") {
      strings.push(item.take());
      inItem = false;
    } else if (inItem) item.close(name);
  });
  parser.on("text", (text: string) => {
    if (inItem) item.characters(text);
  });
  parser.on("cdata", (text: string) => {
    if (inItem) item.characters(text);
  });
  await streamChunks(chunks, path, parser);
  return strings;
}

/** The saxes handlers above on the byte scanner (xmlScanner.ts): each item's text decoded once, as it closes. */
class SharedStringScanner extends XmlScanner {
  private inItem = false;
  private readonly item = new StringItemText();

  constructor(private readonly strings: string[]) {
    super();
  }

  protected beginTag(): void {}

  protected attributeValue(): void {}

  protected openElement(id: number): boolean {
    const { local } = this.names.names[id] as { local: string };
    if (local === "si") this.inItem = true;
    else if (this.inItem) this.item.open(local);
    return true;
  }

  protected closeElement(id: number): void {
    const { local } = this.names.names[id] as { local: string };
    if (local === "si") {
      this.strings.push(this.item.take());
      this.inItem = false;
    } else if (this.inItem) this.item.close(local);
  }

  protected characters(start: number, end: number, plain: boolean, references: boolean): void {
    // Plain text is ASCII: read as Latin-1, the same characters without UTF-8's decoding.
    if (this.inItem) this.item.characters(plain ? this.bytes.toString("latin1", start, end) : decodeCharacters(this.bytes, start, end, references));
  }

  protected settle(): void {}
}
