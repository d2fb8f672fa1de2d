import fc from "fast-check";
import { generatedSheetTarget, markerReference, sheetNameFromReference } from "../../../src/workbook/sheetMarker";

describe("marker references", () => {
  it("spell the sheet quoted with doubled apostrophes, as Excel does", () => {
    expect(markerReference("Scorecard 2026-Q3")).toBe("='Scorecard 2026-Q3'!$A$1");
    expect(markerReference("O'Neil's")).toBe("='O''Neil''s'!$A$1");
  });

  it("read back the sheet name from quoted and bare spellings, with or without =", () => {
    expect(sheetNameFromReference("='O''Neil''s'!$A$1")).toBe("O'Neil's");
    expect(sheetNameFromReference("Scorecard!$A$1")).toBe("Scorecard");
    expect(sheetNameFromReference("'Price Review 2026-Q3'!A1")).toBe("Price Review 2026-Q3");
  });

  it("point at no sheet once the sheet was deleted", () => {
    expect(sheetNameFromReference("=#REF!$A$1")).toBeUndefined();
    expect(sheetNameFromReference("#REF!")).toBeUndefined();
  });

  it("round-trip any sheet name Excel allows", () => {
    const sheetName = fc.string({ minLength: 1, maxLength: 31 }).filter((name) => !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'"));
    fc.assert(fc.property(sheetName, (name) => sheetNameFromReference(markerReference(name)) === name));
  });
});

describe("generatedSheetTarget", () => {
  it("replaces the sheet the marker points at, keeping its current spelling", () => {
    expect(generatedSheetTarget("scorecard 2026-q3", ["Data", "Scorecard 2026-Q3"], "Scorecard 2026-Q3")).toEqual({ sheetName: "Scorecard 2026-Q3", replace: true });
  });

  it("creates a suffixed sheet when the wanted name is a user's sheet and no marker points at it", () => {
    expect(generatedSheetTarget(undefined, ["Scorecard 2026-Q3"], "Scorecard 2026-Q3")).toEqual({ sheetName: "Scorecard 2026-Q3 (2)", replace: false });
  });

  it("creates a new sheet when the marked sheet no longer exists", () => {
    expect(generatedSheetTarget("Gone", ["Data"], "Scorecard 2026-Q3")).toEqual({ sheetName: "Scorecard 2026-Q3", replace: false });
  });
});
