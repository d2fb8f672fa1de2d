/**
 * Why a file a user calls .xlsx is not an Office Open XML package Costcard reads, said in one line
 * that names what the file is. An .xlsx is a zip; a password-protected workbook is not: Excel
 * encrypts the package and stores it as the `EncryptedPackage` stream of an OLE compound file
 * ([MS-OFFCRYPTO] 2.3.4), the container .xls files also use.
 */

export class UnreadableWorkbookError extends Error {}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names in an OLE directory are UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** Throws UnreadableWorkbookError when the bytes are an OLE compound file rather than a zip package. */
export function refuseOleFile(bytes: Buffer): void {
  if (bytes.length < OLE_SIGNATURE.length || !bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return;
  if (bytes.includes(ENCRYPTED_PACKAGE)) {
    throw new UnreadableWorkbookError(
      "is a password-protected (encrypted) workbook, which Costcard cannot read: in Excel, clear the password (File > Info > Protect Workbook > Encrypt with Password) and save",
    );
  }
  throw new UnreadableWorkbookError('is an Excel 97-2003 (.xls) or other legacy Office file, not an .xlsx workbook: save it in Excel as "Excel Workbook (.xlsx)"');
}

export const NOT_A_ZIP = "is damaged or not an .xlsx workbook: it is not a zip package, as every .xlsx file is";
export const STRICT_OPEN_XML = 'is a Strict Open XML spreadsheet, which Costcard does not read: save it in Excel as "Excel Workbook (.xlsx)"';
