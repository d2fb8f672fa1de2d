/**
 * JSZip's record of a part's compressed bytes and its compression methods, by their own modules
 * (src/workbook/xlsx/deflatedPart.ts says why): what JSZip's reader makes of each part it loads.
 */
declare module "jszip/lib/compressions" {
  export interface Compression {
    readonly magic: string;
  }
  export const STORE: Compression;
  export const DEFLATE: Compression;
}

declare module "jszip/lib/compressedObject" {
  import type { Compression } from "jszip/lib/compressions";
  export default class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: Compression, data: Uint8Array);
    readonly compressedSize: number;
    readonly uncompressedSize: number;
    readonly crc32: number;
    readonly compression: Compression;
    readonly compressedContent: Uint8Array;
  }
}
