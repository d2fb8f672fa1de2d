import fc from "fast-check";
import { serialFromIso } from "../../../src/core/excelDate";
import { dutyInForce, htsPrefix, measuresInForce, type DutyQuery, type DutyRow } from "../../../src/core/duties";

const day = (iso: string): number => serialFromIso(iso)!;
const LONG_AGO = day("1990-01-01");

const row = (origin: string, htsCode: string, measure: string, rate: number, from = LONG_AGO, to: number | null = null, perUnit = 0, source = ""): DutyRow => ({
  origin,
  htsCode,
  measure,
  rate,
  perUnit,
  from,
  to,
  source,
});

const handbag = (origin: string, date = "2026-03-02", customsValue?: number): DutyQuery => ({ htsCode: "4202.21.6000", origin, date: day(date), customsValue });

function rateOf(rows: readonly DutyRow[], query: DutyQuery): number {
  const result = dutyInForce(rows, query);
  if (!result.ok) throw new Error(result.message);
  return result.value.rate;
}

describe("the Duties rule (PRODUCT.md, DUTYRATE)", () => {
  it("stacks the measures: MFN 9% + Section 301 25% + Reciprocal 10% = 44% on a Chinese handbag", () => {
    const rows = [row("*", "4202.21.60", "MFN", 0.09), row("CN", "4202", "Section 301", 0.25), row("*", "*", "Reciprocal", 0.1)];
    const result = dutyInForce(rows, handbag("CN"));
    expect(result).toMatchObject({ ok: true, value: { perUnit: 0 } });
    if (result.ok) {
      expect(result.value.rate).toBeCloseTo(0.44, 12);
      expect(result.value.adValorem).toBeCloseTo(0.44, 12);
      expect(result.value.measures.map((m) => [m.measure, m.htsCode, m.rate])).toEqual([
        ["MFN", "4202.21.60", 0.09],
        ["Section 301", "4202", 0.25],
        ["Reciprocal", "*", 0.1],
      ]);
    }
    expect(rateOf(rows, handbag("VN"))).toBeCloseTo(0.19, 12);
  });

  it("takes the longest matching prefix of each Measure, whatever the row order", () => {
    const rows = [row("*", "4202.21.6000", "MFN", 0.09), row("*", "42", "MFN", 0.2), row("*", "4202", "MFN", 0.08)];
    expect(rateOf(rows, handbag("IT"))).toBe(0.09);
    expect(rateOf(rows, { ...handbag("IT"), htsCode: "4202.92.3031" })).toBe(0.08);
    expect(rateOf(rows, { ...handbag("IT"), htsCode: "4203.10" })).toBe(0.2);
  });

  it("matches the code's digits only: dots and spaces are ignored on both sides, and a prefix must match from the start", () => {
    const rows = [row("*", "4202 21", "MFN", 0.09)];
    expect(rateOf(rows, { ...handbag("IT"), htsCode: "420221 6000" })).toBe(0.09);
    expect(rateOf(rows, { ...handbag("IT"), htsCode: "6420.2216" })).toBe(0);
    expect(htsPrefix(" 4202.21.60 00 ")).toBe("4202216000");
    expect(htsPrefix("*")).toBe("");
    expect(htsPrefix("42O2")).toBeNull();
    expect(htsPrefix(" . ")).toBeNull();
  });

  it("prefers the country's row to the `*` row at equal prefix length, but a longer `*` prefix beats a shorter country one", () => {
    const rows = [row("CN", "4202", "Reciprocal", 0.34), row("*", "4202", "Reciprocal", 0.1)];
    expect(rateOf(rows, handbag("CN"))).toBe(0.34);
    expect(rateOf(rows, handbag("VN"))).toBe(0.1);
    const longerAny = [...rows, row("*", "4202.21", "Reciprocal", 0.15)];
    expect(rateOf(longerAny, handbag("CN"))).toBe(0.15);
  });

  it("takes the latest From among rows in force of equal rank, then the lower row", () => {
    const rows = [row("CN", "4202", "Section 301", 0.075, day("2019-09-01")), row("CN", "4202", "Section 301", 0.25, day("2020-02-14"))];
    expect(rateOf(rows, handbag("CN", "2020-02-13"))).toBe(0.075);
    expect(rateOf(rows, handbag("CN", "2020-02-14"))).toBe(0.25);
    expect(rateOf([...rows].reverse(), handbag("CN", "2020-02-14"))).toBe(0.25);
    const correction = [...rows, row("CN", "4202", "Section 301", 0.2, day("2020-02-14"))];
    expect(rateOf(correction, handbag("CN", "2020-03-01"))).toBe(0.2);
    const corrected = dutyInForce(correction, handbag("CN", "2020-03-01"));
    expect(corrected.ok && corrected.value.measures.map((m) => m.index)).toEqual([2]);
  });

  it("counts a row in force from its From to its To, both inclusive: the day before, on, and after each edge", () => {
    const rows = [row("CN", "4202", "Reciprocal", 0.84, day("2025-04-09"), day("2025-04-09")), row("CN", "4202", "Reciprocal", 0.34, day("2025-04-05"), day("2025-05-13"))];
    expect(rateOf(rows, handbag("CN", "2025-04-04"))).toBe(0);
    expect(rateOf(rows, handbag("CN", "2025-04-05"))).toBe(0.34);
    expect(rateOf(rows, handbag("CN", "2025-04-08"))).toBe(0.34);
    expect(rateOf(rows, handbag("CN", "2025-04-09"))).toBe(0.84);
    expect(rateOf(rows, handbag("CN", "2025-04-10"))).toBe(0.34);
    expect(rateOf(rows, handbag("CN", "2025-05-13"))).toBe(0.34);
    expect(rateOf(rows, handbag("CN", "2025-05-14"))).toBe(0);
  });

  it("reads a date with a time of day as its day (From and To are whole days)", () => {
    const rows = [row("CN", "4202", "Reciprocal", 0.34, day("2025-04-05"), day("2025-05-13"))];
    expect(rateOf(rows, { ...handbag("CN"), date: day("2025-05-13") + 0.75 })).toBe(0.34);
    expect(rateOf(rows, { ...handbag("CN"), date: day("2025-04-04") + 0.99 })).toBe(0);
  });

  it("excludes with a 0 row on a longer prefix: for every origin when its Origin is `*`, for its country otherwise", () => {
    const rows = [
      row("CN", "4202", "Section 301", 0.25),
      row("*", "4202.21.60", "Section 301", 0, LONG_AGO, null, 0, "Exclusion 9903.88.69"),
      row("*", "42", "Reciprocal", 0.1),
      row("VN", "4202.21", "Reciprocal", 0),
    ];
    const chinese = dutyInForce(rows, handbag("CN"));
    expect(chinese.ok && chinese.value.rate).toBe(0.1);
    expect(chinese.ok && chinese.value.measures.map((m) => [m.measure, m.htsCode, m.rate, m.source])).toEqual([
      ["Section 301", "4202.21.60", 0, "Exclusion 9903.88.69"],
      ["Reciprocal", "42", 0.1, ""],
    ]);
    expect(rateOf(rows, { ...handbag("CN"), htsCode: "4202.92" })).toBeCloseTo(0.35, 12);
    expect(rateOf(rows, handbag("VN"))).toBe(0);
    expect(rateOf(rows, handbag("KH"))).toBe(0.1);
  });

  it("adds a per-unit duty as PerUnit ÷ customs value: 90¢/pair + 20% on a $15 shoe is 26%", () => {
    const rows = [row("*", "6404.11.90", "MFN", 0.2, LONG_AGO, null, 0.9)];
    const shoe: DutyQuery = { htsCode: "6404.11.9020", origin: "VN", date: day("2026-03-02"), customsValue: 15 };
    const result = dutyInForce(rows, shoe);
    expect(result).toMatchObject({ ok: true, value: { adValorem: 0.2, perUnit: 0.9 } });
    expect(result.ok && result.value.rate).toBeCloseTo(0.26, 12);
  });

  it("refuses a per-unit duty without a customs value, naming customs_value, and with a customs value of 0", () => {
    const rows = [row("*", "6404.11.90", "MFN", 0.2, LONG_AGO, null, 0.9)];
    const shoe: DutyQuery = { htsCode: "6404.11.9020", origin: "VN", date: day("2026-03-02") };
    const missing = dutyInForce(rows, shoe);
    expect(missing).toMatchObject({ ok: false, code: "value" });
    expect(!missing.ok && missing.message).toMatch(/customs_value/);
    expect(!missing.ok && missing.message).toMatch(/MFN 0\.9 per unit/);
    const zero = dutyInForce(rows, { ...shoe, customsValue: 0 });
    expect(zero).toMatchObject({ ok: false, code: "div0" });
    expect(!zero.ok && zero.message).toMatch(/customs_value/);
    expect(rateOf(rows, { ...shoe, htsCode: "6403.99" })).toBe(0);
  });

  it("keeps a rate above 100%: 25% Section 301 + 125% reciprocal + 9% MFN = 159%", () => {
    const rows = [row("*", "4202.21", "MFN", 0.09), row("CN", "4202", "Section 301", 0.25), row("CN", "*", "Reciprocal", 1.25, day("2025-04-10"), day("2025-05-13"))];
    expect(rateOf(rows, handbag("CN", "2025-04-10"))).toBeCloseTo(1.59, 12);
    expect(rateOf(rows, handbag("CN", "2025-05-14"))).toBeCloseTo(0.34, 12);
  });

  it("is 0 with no measures when nothing is in force", () => {
    expect(dutyInForce([], handbag("CN"))).toEqual({ ok: true, value: { rate: 0, adValorem: 0, perUnit: 0, measures: [] } });
    expect(dutyInForce([row("CN", "6109", "MFN", 0.16)], handbag("CN"))).toMatchObject({ ok: true, value: { rate: 0, measures: [] } });
  });

  it("matches Measure names as headers are matched: Section 301 and section_301 are one Measure", () => {
    const rows = [row("CN", "4202", "Section 301", 0.25), row("CN", "4202.21", "section_301", 0.075)];
    expect(rateOf(rows, handbag("CN"))).toBe(0.075);
  });

  it("reads the origin as a code or an English name, and refuses what is not a country or not a code", () => {
    const rows = [row("CN", "4202", "Section 301", 0.25)];
    expect(rateOf(rows, handbag("China"))).toBe(0.25);
    expect(rateOf(rows, handbag("cn"))).toBe(0.25);
    const unknown = dutyInForce(rows, handbag("Cathay"));
    expect(unknown).toMatchObject({ ok: false, code: "value" });
    expect(!unknown.ok && unknown.message).toMatch(/^origin "Cathay"/);
    const anyOrigin = dutyInForce(rows, handbag("*"));
    expect(!anyOrigin.ok && anyOrigin.message).toMatch(/^origin/);
    for (const htsCode of ["", "*", "handbag", "4202-21"]) {
      const bad = dutyInForce(rows, { ...handbag("CN"), htsCode });
      expect(bad).toMatchObject({ ok: false, code: "value" });
      expect(!bad.ok && bad.message).toMatch(/^hts_code/);
    }
    expect(dutyInForce(rows, { ...handbag("CN"), date: Number.NaN })).toMatchObject({ ok: false, code: "value", message: expect.stringMatching(/^date/) });
    expect(dutyInForce(rows, { ...handbag("CN"), customsValue: -1 })).toMatchObject({ ok: false, code: "num", message: expect.stringMatching(/^customs_value/) });
  });

  it("names what the caller's user typed: Quotes' columns instead of DUTYRATE's arguments", () => {
    const result = dutyInForce([], { htsCode: "x", origin: "CN", date: 1 }, { htsCode: "HtsCode", origin: "Origin", date: "QuoteDate", customsValue: "customs value" });
    expect(!result.ok && result.message).toMatch(/^HtsCode "x"/);
  });

  it("skips rows whose HtsCode cannot be read", () => {
    expect(measuresInForce([row("CN", "42x", "MFN", 0.5), row("CN", "42", "MFN", 0.1)], "4202", "CN", day("2026-01-01")).map((m) => m.rate)).toEqual([0.1]);
  });
});

describe("the Duties rule: properties", () => {
  const ORIGINS = ["CN", "VN", "*"] as const;
  const PREFIXES = ["*", "42", "4202", "4202.21", "4202.21.60", "4202.92", "61"] as const;
  const MEASURES = ["MFN", "Section 301", "Reciprocal", "AD/CVD"] as const;
  const start = day("2024-01-01");
  const dutyRow = (measures: readonly string[]) =>
    fc.record({
      origin: fc.constantFrom(...ORIGINS),
      htsCode: fc.constantFrom(...PREFIXES),
      measure: fc.constantFrom(...measures),
      rate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })),
      perUnit: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
      from: fc.integer({ min: start, max: start + 700 }),
      length: fc.option(fc.integer({ min: 0, max: 400 })),
      source: fc.constant(""),
    }).map(({ length, ...rest }): DutyRow => ({ ...rest, to: length === null ? null : rest.from + length }));
  const query = fc.record({
    htsCode: fc.constantFrom("4202.21.6000", "4202.92.3031", "6109.10.0012", "4203.10"),
    origin: fc.constantFrom("CN", "VN", "KH"),
    date: fc.integer({ min: start - 10, max: start + 1200 }),
    customsValue: fc.double({ min: 0.5, max: 500, noNaN: true }),
  });

  it("adding a Measure never lowers the duty", () => {
    fc.assert(
      fc.property(fc.array(dutyRow(MEASURES), { maxLength: 25 }), fc.array(dutyRow(["Anti-dumping 2026"]), { minLength: 1, maxLength: 5 }), query, fc.nat(), (rows, added, q, at) => {
        const before = rateOf(rows, q);
        const position = at % (rows.length + 1);
        const after = rateOf([...rows.slice(0, position), ...added, ...rows.slice(position)], q);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("row order does not matter when no two rows tie on prefix, origin kind and From", () => {
    const rowsWithoutTies = fc
      .array(dutyRow(MEASURES), { maxLength: 25 })
      .map((rows) => rows.filter((r, i) => rows.findIndex((o) => o.measure === r.measure && htsPrefix(o.htsCode)!.length === htsPrefix(r.htsCode)!.length && (o.origin === "*") === (r.origin === "*") && o.from === r.from) === i));
    fc.assert(
      fc.property(rowsWithoutTies, query, fc.integer(), (rows, q, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), { numRuns: 1, seed })[0]!;
        const a = dutyInForce(rows, q);
        const b = dutyInForce(shuffled, q);
        expect(b.ok && b.value.rate).toBeCloseTo(a.ok ? a.value.rate : Number.NaN, 12);
        const applied = (r: typeof a) => (r.ok ? r.value.measures.map((m) => `${m.measure}|${m.htsCode}|${m.origin}|${m.from}|${m.rate}|${m.perUnit}`).sort() : []);
        expect(applied(b)).toEqual(applied(a));
      }),
    );
  });

  it("on a full tie the lower row wins, wherever the tied rows sit", () => {
    fc.assert(
      fc.property(fc.array(dutyRow(["MFN"]), { maxLength: 10 }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (others, upper, lower) => {
        const unmatched = others.map((r) => ({ ...r, htsCode: "61" }));
        const tied = (rate: number) => row("CN", "4202.21.6000", "MFN", rate, start);
        const rows = [tied(upper), ...unmatched, tied(lower)];
        expect(rateOf(rows, { htsCode: "4202.21.6000", origin: "CN", date: start, customsValue: 10 })).toBe(lower);
      }),
    );
  });
});
