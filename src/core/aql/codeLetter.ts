import { fail, ok, type Result } from "../result";

/**
 * ISO 2859-1:1999 Table 1: the sample size code letter of a lot, by lot size and inspection level.
 * The letters skip I and O, as the standard does; S exists only in the tightened master table.
 */
export type CodeLetter = "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "J" | "K" | "L" | "M" | "N" | "P" | "Q" | "R" | "S";

/** The letters Table 1 can give a lot: every letter but S. */
export const TABLE_1_LETTERS: readonly CodeLetter[] = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R"];

export const INSPECTION_LEVELS = ["S-1", "S-2", "S-3", "S-4", "I", "II", "III"] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

/** Upper bound (inclusive) of each lot-size band of Table 1; the last band is open. */
const LOT_SIZE_BAND_TOPS = [8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10000, 35000, 150000, 500000, Infinity];

/** One letter per lot-size band, in the order of LOT_SIZE_BAND_TOPS. */
const LETTERS_BY_LEVEL: Record<InspectionLevel, string> = {
  "S-1": "AAAABBBBCCCCDDD",
  "S-2": "AAABBBCCCDDDEEE",
  "S-3": "AABBCCDDEEFFGGH",
  "S-4": "AABCCDEEFGGHJJK",
  I: "AABCCDEFGHJKLMN",
  II: "ABCDEFGHJKLMNPQ",
  III: "BCDEFGHJKLMNPQR",
};

/**
 * The code letter for a lot. Table 1 starts at a lot of 2; a lot of 1 (or less) takes the first band,
 * whose plan then becomes 100% inspection.
 */
export function codeLetter(lotSize: number, level: InspectionLevel): CodeLetter {
  const band = LOT_SIZE_BAND_TOPS.findIndex((top) => lotSize <= top);
  return LETTERS_BY_LEVEL[level][band] as CodeLetter;
}

const GENERAL_LEVEL_BY_NUMBER: Record<string, InspectionLevel> = { "1": "I", "2": "II", "3": "III" };

/**
 * Reads a level as people write it: `II`, `ii`, `S-3`, `S3`, `s 3`, `G2`, `GII`, or the number 2.
 * Special levels need their S; a bare 1, 2 or 3 is the general level of that number.
 */
export function parseInspectionLevel(text: string | number): Result<InspectionLevel> {
  const compact = String(text).toUpperCase().replace(/[\s_-]/g, "");
  const special = /^S([1-4])$/.exec(compact);
  if (special) return ok(`S-${special[1]}` as InspectionLevel);
  const general = compact.replace(/^G(?=[123I])/, "");
  const byNumber = GENERAL_LEVEL_BY_NUMBER[general];
  if (byNumber !== undefined) return ok(byNumber);
  if (general === "I" || general === "II" || general === "III") return ok(general);
  return fail("value", `level must be one of ${INSPECTION_LEVELS.join(", ")} (got "${String(text)}")`);
}
