import { freeSheetName } from "./tableLayout";

/**
 * The marker of a generated sheet is a hidden workbook-scoped defined name whose reference is the
 * sheet's A1 (`generatedSheetMarker` names it). Every adapter writes and reads the reference in the
 * same spelling, so a workbook keeps its markers whichever surface wrote it last.
 */

/** `='Scorecard 2026-Q3'!$A$1`: the sheet name quoted, its apostrophes doubled, as Excel writes it. */
export function markerReference(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a defined name's reference points at, or undefined when it points at no sheet (a
 * deleted sheet leaves `=#REF!$A$1`). Accepts the quoted and the unquoted spelling, with or
 * without the leading "=", as Excel reports either.
 */
export function sheetNameFromReference(reference: string): string | undefined {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  if (text.startsWith("'")) {
    const quoted = /^'((?:[^']|'')+)'!/.exec(text);
    return quoted?.[1]?.replace(/''/g, "'");
  }
  const bare = /^([^!'#]+)!/.exec(text);
  return bare?.[1];
}

export interface GeneratedSheetTarget {
  readonly sheetName: string;
  /** True when the sheet is Costcard's earlier one for the same kind and period, to be replaced in place. */
  readonly replace: boolean;
}

/**
 * Where a generated sheet goes: over the sheet its marker points at, when that sheet still exists;
 * otherwise a new sheet under the wanted name, suffixed when a sheet of the user's holds it.
 */
export function generatedSheetTarget(markedSheet: string | undefined, existingSheets: readonly string[], wantedName: string): GeneratedSheetTarget {
  const marked = markedSheet?.toLowerCase();
  const existing = existingSheets.find((name) => name.toLowerCase() === marked);
  if (existing !== undefined) return { sheetName: existing, replace: true };
  return { sheetName: freeSheetName(wantedName, existingSheets), replace: false };
}
