import { COUNTRIES, countryCode, countryName, isCountryCode } from "../../../src/core/countries";

describe("countries: ISO 3166-1 alpha-2 codes and English names, read as their code", () => {
  it("lists the 249 ISO 3166-1 countries once each, in code order", () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect(codes).toEqual([...codes].sort());
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it("reads a code in any case, with spaces around it", () => {
    expect(countryCode("CN")).toBe("CN");
    expect(countryCode(" vn ")).toBe("VN");
    expect(countryCode("Bd")).toBe("BD");
  });

  it("reads ISO short names and their common English variants", () => {
    const cases: [string, string][] = [
      ["Vietnam", "VN"],
      ["Viet Nam", "VN"],
      ["South Korea", "KR"],
      ["Korea, Republic of", "KR"],
      ["North Korea", "KP"],
      ["Turkey", "TR"],
      ["Türkiye", "TR"],
      ["Turkiye", "TR"],
      ["UK", "GB"],
      ["United Kingdom", "GB"],
      ["USA", "US"],
      ["United States", "US"],
      ["china", "CN"],
      ["Hong Kong SAR China", "HK"],
      ["Taiwan", "TW"],
      ["Côte d’Ivoire", "CI"],
      ["Cote d'Ivoire", "CI"],
      ["Ivory Coast", "CI"],
      ["Czech Republic", "CZ"],
      ["The Gambia", "GM"],
      ["Gambia, The", "GM"],
      ["St. Kitts & Nevis", "KN"],
      ["Saint Kitts and Nevis", "KN"],
      ["Congo - Kinshasa", "CD"],
      ["Congo", "CG"],
      ["Myanmar (Burma)", "MM"],
      ["Burma", "MM"],
      ["Cambodia", "KH"],
      ["Bangladesh", "BD"],
    ];
    for (const [text, code] of cases) expect([text, countryCode(text)]).toEqual([text, code]);
  });

  it("reads every country's name as its code, in the ISO form and in the form Excel and browsers show (CLDR English)", () => {
    const cldr = new Intl.DisplayNames(["en"], { type: "region" });
    for (const { code, name } of COUNTRIES) {
      expect([name, countryCode(name)]).toEqual([name, code]);
      const shown = cldr.of(code)!;
      expect([shown, countryCode(shown)]).toEqual([shown, code]);
    }
  });

  it("tells apart names that contain one another", () => {
    expect(countryCode("Niger")).toBe("NE");
    expect(countryCode("Nigeria")).toBe("NG");
    expect(countryCode("Dominica")).toBe("DM");
    expect(countryCode("Dominican Republic")).toBe("DO");
    expect(countryCode("Guinea")).toBe("GN");
    expect(countryCode("Equatorial Guinea")).toBe("GQ");
  });

  it("answers null for what is no country: unknown codes, reserved codes, `*`, blank text", () => {
    for (const text of ["XX", "EU", "XK", "ZZ", "*", "", "  ", "Atlantis", "CHN1"]) expect([text, countryCode(text)]).toEqual([text, null]);
  });

  it("names a code and tells whether a code is ISO's", () => {
    expect(countryName("vn")).toBe("Viet Nam");
    expect(countryName("XX")).toBeNull();
    expect(isCountryCode("GB")).toBe(true);
    expect(isCountryCode("UK")).toBe(false);
    expect(isCountryCode("gb")).toBe(false);
  });
});
