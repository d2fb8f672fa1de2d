import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.join(__dirname, "../..");
const dist = path.join(root, "dist");
const FUNCTION_IDS = ["LANDEDCOST", "LANDEDCOSTDETAIL", "AQLSAMPLE", "AQLVERDICT", "OTDRATE", "USENTRYFEES", "ALLOCATE", "DEFECTRATE", "PRICEBREAK", "AMORTIZE", "INDEXPRICE", "KPISCORE", "DUTYRATE", "DUTYDETAIL", "FREIGHTPERUNIT"];
const FUNCTIONS_BUDGET_GZIP_BYTES = 25 * 1024;

function built(file: string): string {
  const full = path.join(dist, file);
  if (!existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test builds before running jest)`);
  return readFileSync(full, "utf8");
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string }[];
  result: { dimensionality?: string };
}

describe("the built add-in (dist/)", () => {
  const metadata = (): FunctionMetadata[] => (JSON.parse(built("functions.json")) as { functions: FunctionMetadata[] }).functions;

  it("lists all fifteen functions in functions.json, each with a description, parameter help and a help URL", () => {
    const functions = metadata();
    expect(functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.description?.length).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${f.id.toLowerCase()}`);
      for (const parameter of f.parameters) expect(parameter.description?.length).toBeGreaterThan(5);
    }
  });

  it("serves a help page with a section for every help URL", () => {
    const page = built("help/functions.html");
    const anchors = new Set([...page.matchAll(/<h2 id="?([a-z]+)"?>/g)].map((match) => match[1]));
    for (const f of metadata()) expect(anchors).toContain((f.helpUrl ?? "").split("#")[1]);
  });

  it("spills LANDEDCOSTDETAIL, AQLSAMPLE, ALLOCATE and DUTYDETAIL, and says AQLSAMPLE follows ISO 2859-1:1999, not Z1.4's gap plans", () => {
    const spilled = metadata().filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);
    expect(spilled.sort()).toEqual(["ALLOCATE", "AQLSAMPLE", "DUTYDETAIL", "LANDEDCOSTDETAIL"]);
    const aql = metadata().find((f) => f.id === "AQLSAMPLE");
    expect(aql?.description).toMatch(/ISO 2859-1:1999's reduced table, not ANSI\/ASQ Z1\.4's gap plans/);
  });

  it("keeps functions.js small and registers every function in it", () => {
    const script = built("functions.js");
    expect(gzipSync(script).length).toBeLessThanOrEqual(FUNCTIONS_BUDGET_GZIP_BYTES);
    for (const id of FUNCTION_IDS) expect(script).toContain(`CustomFunctions.associate("${id}"`);
    expect(script).not.toMatch(/react\.element|__SECRET_INTERNALS|ZodError|exceljs/i);
  });

  it("loads office.js, then the functions, then the task pane", () => {
    const html = built("taskpane.html");
    const order = ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"].map((src) => html.indexOf(`src=${src}`) >= 0 ? html.indexOf(`src=${src}`) : html.indexOf(`src="${src}"`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("ships the manifest and its icons", () => {
    const result = spawnSync(process.execPath, [path.join(root, "scripts/validate-manifest.mjs"), path.join(dist, "manifest.xml")], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("builds the CLI as an executable Node script", () => {
    expect(built("cli/costcard.js").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(() => accessSync(path.join(dist, "cli/costcard.js"), constants.X_OK)).not.toThrow();
  });
});

describe("scripts/validate-manifest.mjs", () => {
  const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

  function validate(xml: string): { status: number | null; output: string } {
    const folder = mkdtempSync(path.join(tmpdir(), "costcard-manifest-"));
    symlinkSync(path.join(root, "assets"), path.join(folder, "assets"));
    writeFileSync(path.join(folder, "manifest.xml"), xml);
    const result = spawnSync(process.execPath, [path.join(root, "scripts/validate-manifest.mjs"), path.join(folder, "manifest.xml")], { encoding: "utf8" });
    return { status: result.status, output: result.stdout + result.stderr };
  }

  it("passes the project's manifest", () => {
    expect(execFileSync(process.execPath, [path.join(root, "scripts/validate-manifest.mjs")], { cwd: root, encoding: "utf8" })).toMatch(/manifest\.xml is valid/);
  });

  it.each([
    ["malformed XML", (xml: string) => xml.replace("</Permissions>", ""), /not well-formed/],
    ["a runtime that is not long-lived", (xml: string) => xml.replace('<Runtime resid="Taskpane.Url" lifetime="long"', '<Runtime resid="Taskpane.Url" lifetime="short"'), /lifetime must be "long"/],
    ["another namespace", (xml: string) => xml.replace('DefaultValue="COSTCARD"', 'DefaultValue="CONTOSO"'), /Namespace must be COSTCARD/],
    ["more permission than needed", (xml: string) => xml.replace("ReadWriteDocument", "ReadDocument"), /Permissions must be ReadWriteDocument/],
    ["an undefined resource id", (xml: string) => xml.replace('resid="Functions.Metadata.Url"', 'resid="Nowhere.Url"'), /resid "Nowhere\.Url"/],
    ["an http URL", (xml: string) => xml.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"), /must use https/],
    ["a missing icon", (xml: string) => xml.replaceAll("icon-80.png", "icon-81.png"), /icon-81\.png/],
    ["an Id that is not a GUID", (xml: string) => xml.replace(/<Id>[^<]+<\/Id>/, "<Id>costcard</Id>"), /not a GUID/],
    ["functions on another page than the task pane", (xml: string) => xml.replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Help.Url"), /Page must be the shared runtime's page/],
    ["no CustomFunctionsRuntime set", (xml: string) => xml.replace(/\s*<Set Name="CustomFunctionsRuntime"[^>]*\/>/, ""), /CustomFunctionsRuntime set/],
    ["an ExcelApi set below the adapter's minimum", (xml: string) => xml.replace('<Set Name="ExcelApi" MinVersion="1.8" />', '<Set Name="ExcelApi" MinVersion="1.4" />'), /ExcelApi 1\.4; the add-in needs 1\.8/],
    ["Script after Page in the CustomFunctions extension point", (xml: string) => xml.replace(/(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, "$3$2$1"), /Script must come before Page/],
    ["Runtimes after AllFormFactors", (xml: string) => xml.replace(/(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$3$2$1"), /Runtimes must come before AllFormFactors/],
    ["Requirements before Hosts", (xml: string) => xml.replace(/(<Hosts>\s*<Host Name="Workbook" \/>\s*<\/Hosts>)(\s*)(<Requirements>[\s\S]*?<\/Requirements>)/, "$3$2$1"), /Hosts must come before Requirements/],
    ["a ShortString over 125 characters", (xml: string) => xml.replace('DefaultValue="Costcard is ready"', `DefaultValue="${"x".repeat(126)}"`), /ShortString "GetStarted\.Title" is 126 characters, over 125/],
    ["a LongString over 250 characters", (xml: string) => xml.replace('DefaultValue="Open Costcard: quotes, scorecards and price reviews."', `DefaultValue="${"x".repeat(251)}"`), /LongString "TaskpaneButton\.Tooltip" is 251 characters, over 250/],
    ["a long string as a button label", (xml: string) => xml.replace('<Label resid="TaskpaneButton.Label" />', '<Label resid="TaskpaneButton.Tooltip" />'), /Label refers to "TaskpaneButton\.Tooltip", a LongString; it takes a ShortString/],
    ["a Version that is not dotted numbers", (xml: string) => xml.replace(/<Version>[^<]+<\/Version>/, "<Version>0.1.0-beta</Version>"), /Version "0\.1\.0-beta"/],
    ["a Host override that is not Workbook", (xml: string) => xml.replace('<Host xsi:type="Workbook">', '<Host xsi:type="Document">'), /xsi:type "Workbook"/],
    ["a task pane button without TaskpaneId", (xml: string) => xml.replace(/\s*<TaskpaneId>[^<]*<\/TaskpaneId>/, ""), /needs a TaskpaneId/],
    ["no GetStarted", (xml: string) => xml.replace(/<GetStarted>[\s\S]*?<\/GetStarted>/, ""), /no GetStarted/],
    ["a ribbon icon without its 80 px image", (xml: string) => xml.replace('<bt:Image size="80" resid="Icon.80x80" />', ""), /has no 80 px image/],
  ])("rejects %s", (_, change, message) => {
    const { status, output } = validate(change(manifest));
    expect(status).toBe(1);
    expect(output).toMatch(message);
  });
});
