import { TABLE_1_LETTERS } from "../../../../src/core/aql/codeLetter";
import { followArrows } from "../../../../src/core/aql/plan";
import { INSPECTION_SEVERITIES, MASTER_TABLES, parseAql, parseSeverity, STANDARD_AQLS, type MasterCell } from "../../../../src/core/aql/tables";

type Plan = Extract<MasterCell, { kind: "plan" }>;

const cellsOf = (severity: (typeof INSPECTION_SEVERITIES)[number]) =>
  MASTER_TABLES[severity].letters.map((letter) => [letter, MASTER_TABLES[severity].cells[letter]!] as const);

describe("master tables 2-A, 2-B, 2-C: shape", () => {
  it("have a cell for each of the 26 standard AQLs in every row", () => {
    expect(STANDARD_AQLS).toHaveLength(26);
    for (const severity of INSPECTION_SEVERITIES) {
      for (const [, cells] of cellsOf(severity)) expect(cells).toHaveLength(26);
    }
  });

  it("give the sample sizes of the standard by letter", () => {
    const sizes = (severity: (typeof INSPECTION_SEVERITIES)[number]) =>
      MASTER_TABLES[severity].letters.map((letter) => `${letter}${MASTER_TABLES[severity].sampleSizes[letter]}`).join(" ");
    const normal = "A2 B3 C5 D8 E13 F20 G32 H50 J80 K125 L200 M315 N500 P800 Q1250 R2000";
    expect(sizes("normal")).toBe(normal);
    expect(sizes("tightened")).toBe(`${normal} S3150`);
    expect(sizes("reduced")).toBe("A2 B2 C2 D3 E5 F8 G13 H20 J32 K50 L80 M125 N200 P315 Q500 R800");
  });

  it("have Re = Ac + 1 in every plan, the reduced table included (ISO 2859-1:1999 has no gap plans)", () => {
    for (const severity of INSPECTION_SEVERITIES) {
      for (const [letter, cells] of cellsOf(severity)) {
        cells.forEach((cell, aqlIndex) => {
          if (cell.kind === "plan") expect([severity, letter, aqlIndex, cell.reject - cell.accept]).toEqual([severity, letter, aqlIndex, 1]);
        });
      }
    }
  });

  it("lead every arrow to a plan in its direction, for every letter Table 1 can give", () => {
    for (const severity of INSPECTION_SEVERITIES) {
      const table = MASTER_TABLES[severity];
      for (const letter of TABLE_1_LETTERS) {
        table.cells[letter]!.forEach((cell, aqlIndex) => {
          const plan = followArrows(table, letter, aqlIndex);
          expect(plan).not.toBeNull();
          const moved = table.letters.indexOf(plan!.codeLetter) - table.letters.indexOf(letter);
          const expected = cell.kind === "plan" ? 0 : cell.kind === "down" ? 1 : -1;
          expect([severity, letter, aqlIndex, Math.sign(moved)]).toEqual([severity, letter, aqlIndex, expected]);
        });
      }
    }
  });

  it("prints the tightened letter S (n = 3150) for AQL 0.025 only, reached from R's down arrow", () => {
    const tightened = MASTER_TABLES.tightened;
    const printed = tightened.cells.S!.flatMap((cell, aqlIndex) => (cell.kind === "empty" ? [] : [STANDARD_AQLS[aqlIndex]]));
    expect(printed).toEqual([0.025]);
    expect(tightened.cells.S![2]).toEqual({ kind: "plan", accept: 1, reject: 2 });
    expect(followArrows(tightened, "R", 2)).toEqual({ codeLetter: "S", sampleSize: 3150, accept: 1, reject: 2 });
  });

  it("never lowers Ac along a row (looser AQL) or down a column (bigger sample)", () => {
    for (const severity of INSPECTION_SEVERITIES) {
      const rows = cellsOf(severity).map(([, cells]) => cells);
      for (const cells of rows) {
        const accepts = cells.filter((cell): cell is Plan => cell.kind === "plan").map((plan) => plan.accept);
        expect(accepts).toEqual([...accepts].sort((a, b) => a - b));
      }
      for (let aqlIndex = 0; aqlIndex < 26; aqlIndex++) {
        const column = rows.map((cells) => cells[aqlIndex]!).filter((cell): cell is Plan => cell.kind === "plan").map((plan) => plan.accept);
        expect(column).toEqual([...column].sort((a, b) => a - b));
      }
    }
  });

  it("have a plan one AQL step tighter in the same row for every normal plan with Ac ≥ 2 (the switching score needs it)", () => {
    for (const [letter, cells] of cellsOf("normal")) {
      cells.forEach((cell, aqlIndex) => {
        if (cell.kind === "plan" && cell.accept >= 2) expect([letter, aqlIndex, cells[aqlIndex - 1]?.kind]).toEqual([letter, aqlIndex, "plan"]);
      });
    }
  });

  it("keep the diagonal of the standard: the 0/1 plan moves one AQL step per letter", () => {
    const zeroOne = (severity: (typeof INSPECTION_SEVERITIES)[number]) =>
      cellsOf(severity)
        .filter(([letter]) => letter !== "S")
        .map(([letter, cells]) => `${letter}:${cells.findIndex((cell) => cell.kind === "plan" && cell.accept === 0)}`)
        .join(" ");
    expect(zeroOne("normal")).toBe("A:14 B:13 C:12 D:11 E:10 F:9 G:8 H:7 J:6 K:5 L:4 M:3 N:2 P:1 Q:0 R:-1");
    expect(zeroOne("tightened")).toBe("A:15 B:14 C:13 D:12 E:11 F:10 G:9 H:8 J:7 K:6 L:5 M:4 N:3 P:2 Q:1 R:0");
    expect(zeroOne("reduced")).toBe("A:14 B:13 C:12 D:11 E:10 F:9 G:8 H:7 J:6 K:5 L:4 M:3 N:2 P:1 Q:0 R:-1");
  });
});

describe("parseAql", () => {
  it.each([
    [2.5, 2.5],
    ["2.5", 2.5],
    ["2,5", 2.5],
    ["0,065", 0.065],
    ["1,000", 1000],
    ["4.0%", 4],
    [0.1 + 0.2 + 0.35, 0.65],
    ["0.010", 0.01],
    [1000, 1000],
  ])("reads %p as the standard AQL %p", (input, aql) => {
    expect(parseAql(input)).toEqual({ ok: true, value: aql });
  });

  it("refuses a non-standard AQL with a message listing the 26 standard ones", () => {
    const result = parseAql(3);
    expect(result).toMatchObject({ ok: false, code: "value" });
    expect(!result.ok && result.message).toBe(
      "aql 3 is not a standard AQL; use one of 0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5, 10, 15, 25, 40, 65, 100, 150, 250, 400, 650, 1000",
    );
  });

  it("refuses text that is not a number, and empty text", () => {
    expect(parseAql("high")).toMatchObject({ ok: false, code: "value", message: expect.stringContaining("aql") });
    expect(parseAql("  ")).toMatchObject({ ok: false, code: "value", message: "aql is empty" });
  });
});

describe("parseSeverity", () => {
  it.each([
    ["normal", "normal"],
    ["Tightened", "tightened"],
    [" REDUCED ", "reduced"],
  ])("reads %p", (text, severity) => {
    expect(parseSeverity(text)).toEqual({ ok: true, value: severity });
  });

  it("refuses other words naming inspection", () => {
    expect(parseSeverity("strict")).toEqual({ ok: false, code: "value", message: 'inspection must be normal, tightened or reduced (got "strict")' });
  });
});
