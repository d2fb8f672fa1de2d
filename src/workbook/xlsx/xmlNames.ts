import { localName } from "./partStream";
import { elementOf, type Element } from "./sheetCellValues";

/** One distinct qualified name of a part (`x:c`, `r`…), with what the sheet readers make of it. */
export interface XmlName {
  readonly bytes: Uint8Array;
  /** The name after its prefix, as the readers compare it (`c` of `x:c`). */
  readonly local: string;
  readonly element: Element;
}

const SLOTS = 1024;
/** More distinct names than any worksheet holds: a part past it is left to saxes. */
const MOST_NAMES = SLOTS / 2;

/**
 * The names of one part's elements and attributes, each numbered once when first met, so that a
 * tag's name is found by its bytes without making a string: a hash of the bytes picks a slot (a
 * one-byte name, most of a sheet's, its own), and the bytes are compared with the name kept there.
 */
export class XmlNames {
  readonly names: XmlName[] = [];
  /** Per slot: the number of the name kept there, plus one; 0 when empty. */
  private readonly slots = new Int32Array(SLOTS);
  /** Per ASCII byte: the number of the one-byte name it is, plus one (`c`, `v`, `r`, `s`, `t`: most of a sheet's names, found without the hash). */
  private readonly oneByte = new Int32Array(128);

  /** The number of the ASCII name in `bytes[start, end)`; -1 when the table is full. */
  id(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === 1) {
      const known = (this.oneByte[(bytes[start] as number) & 0x7f] as number) - 1;
      if (known >= 0) return known;
    }
    let hash = 0;
    for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + (bytes[at] as number)) | 0;
    for (let slot = (hash ^ length) & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const kept = (this.slots[slot] as number) - 1;
      if (kept < 0) return this.add(bytes.slice(start, end), slot);
      if (sameBytes((this.names[kept] as XmlName).bytes, bytes, start, end)) return kept;
    }
  }

  /** The number of an ASCII name, added when new. */
  idOf(name: string): number {
    const bytes = Uint8Array.from(name, (character) => character.charCodeAt(0));
    return this.id(bytes, 0, bytes.length);
  }

  private add(bytes: Uint8Array, slot: number): number {
    if (this.names.length >= MOST_NAMES) return -1;
    const local = localName(String.fromCharCode(...bytes));
    this.names.push({ bytes, local, element: elementOf(local) });
    this.slots[slot] = this.names.length;
    if (bytes.length === 1) this.oneByte[(bytes[0] as number) & 0x7f] = this.names.length;
    return this.names.length - 1;
  }
}

/** Whether `name` is the bytes `bytes[start, end)`. */
export function sameBytes(name: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let at = 0; at < name.length; at++) if (name[at] !== bytes[start + at]) return false;
  return true;
}
