import type JSZip from "jszip";
import type { SaxesTagPlain } from "saxes";
import { decodeXstring } from "./inlineString";
import { localName, partParser, streamPart } from "./partStream";

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
  const strings: string[] = [];
  if (path === undefined || zip.file(path) === null) return strings;
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
  await streamPart(zip, path, parser);
  return strings;
}
