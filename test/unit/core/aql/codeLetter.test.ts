import { codeLetter, parseInspectionLevel, type InspectionLevel } from "../../../../src/core/aql/codeLetter";

describe("Table 1: sample size code letters", () => {
  it("changes letter at each band edge of general level II", () => {
    const edges: [number, string, string][] = [
      [8, "A", "B"],
      [15, "B", "C"],
      [25, "C", "D"],
      [50, "D", "E"],
      [90, "E", "F"],
      [150, "F", "G"],
      [280, "G", "H"],
      [500, "H", "J"],
      [1200, "J", "K"],
      [3200, "K", "L"],
      [10000, "L", "M"],
      [35000, "M", "N"],
      [150000, "N", "P"],
      [500000, "P", "Q"],
    ];
    for (const [top, below, above] of edges) {
      expect([top, codeLetter(top, "II")]).toEqual([top, below]);
      expect([top + 1, codeLetter(top + 1, "II")]).toEqual([top + 1, above]);
    }
    expect(codeLetter(500001, "II")).toBe("Q");
    expect(codeLetter(10_000_000, "II")).toBe("Q");
  });

  it("gives each level its own column (lots 2-8, 91-150, 501-1200 and over 500,000)", () => {
    const levels: InspectionLevel[] = ["S-1", "S-2", "S-3", "S-4", "I", "II", "III"];
    const row = (lot: number) => levels.map((level) => codeLetter(lot, level)).join("");
    expect(row(2)).toBe("AAAAAAB");
    expect(row(120)).toBe("BBCDDFG");
    expect(row(1000)).toBe("CCEFGJK");
    expect(row(500001)).toBe("DEHKNQR");
  });

  it("puts a lot of 1 in the first band (Table 1 starts at 2)", () => {
    expect(codeLetter(1, "II")).toBe("A");
  });

  it("keeps the special levels small: S-1 never goes past D, S-4 past K", () => {
    expect(codeLetter(1_000_000, "S-1")).toBe("D");
    expect(codeLetter(1_000_000, "S-4")).toBe("K");
    expect(codeLetter(35000, "S-3")).toBe("F");
    expect(codeLetter(35001, "S-3")).toBe("G");
  });
});

describe("parseInspectionLevel", () => {
  it.each([
    ["II", "II"],
    ["ii", "II"],
    [" iii ", "III"],
    ["I", "I"],
    ["S-3", "S-3"],
    ["s3", "S-3"],
    ["S 1", "S-1"],
    ["s_4", "S-4"],
    ["G2", "II"],
    ["GII", "II"],
    ["g-iii", "III"],
    [2, "II"],
    ["1", "I"],
  ])("reads %p as %s", (text, level) => {
    expect(parseInspectionLevel(text)).toEqual({ ok: true, value: level });
  });

  it.each(["IV", "S-5", "S", "4", "", "normal", "L2"])("refuses %p naming level and listing the levels", (text) => {
    expect(parseInspectionLevel(text)).toEqual({
      ok: false,
      code: "value",
      message: expect.stringMatching(/^level must be one of S-1, S-2, S-3, S-4, I, II, III/),
    });
  });
});
