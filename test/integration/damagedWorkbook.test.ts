import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { runCliInProcess } from "./support/cli";
import { sha256, temporaryFolder } from "./support/excelJsWorkbook";

/**
 * PRODUCT.md, "Reading a workbook": a damaged file is refused in one line that names the part, and
 * nothing is written. Hundreds of damaged copies of the sample workbook (`costcard init --sample`),
 * made here at test time: truncated; a byte flipped inside every part, deflated and stored; each XML
 * part cut, doubled, garbled, dropped or given a byte-order mark; relationships pointing at parts
 * that are not there; absurd table ranges, cell references and declared sizes. Each goes through
 * check, setup and review --out in this process (the CLI's main function, as `costcard` runs it):
 * each must exit 0, 1 or 2, in a few seconds, print no library's message, and when it refuses, say
 * one line and leave the file as it was, with no --out and no .bak written.
 */

jest.setTimeout(600_000);

interface Variant {
  readonly name: string;
  readonly bytes: Buffer;
  /** The part the damage is in, which a refusal must name. */
  readonly part?: string;
  /** Which commands must refuse it: every one, those that read the tables (check, review), any may, or none may (a valid file). */
  readonly refusedBy: "all" | "readers" | "any" | "none";
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** Offset of the entry's data in the file, and of its central directory record. */
  readonly dataAt: number;
  readonly centralAt: number;
  readonly localAt: number;
}

/** The entries of a zip as its central directory records them (APPNOTE 4.3.12, 4.3.7). */
function zipEntries(bytes: Buffer): ZipEntry[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const localAt = bytes.readUInt32LE(at + 42);
    entries.push({
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      dataAt: localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28),
      centralAt: at,
      localAt,
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

/** Parts the reader parses for check and review: damage there must be refused. Themes and document properties are only copied. */
const readByCheck = (part: string) => !part.startsWith("xl/theme/") && !part.startsWith("docProps/");

/** The sample with one part changed (null: dropped); the other parts keep their deflated bytes. */
async function withPart(sampleBytes: Buffer, part: string, change: (text: string) => string | null): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sampleBytes);
  const text = await zip.file(part)!.async("string");
  const changed = change(text);
  if (changed === null) zip.remove(part);
  else zip.file(part, changed);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function damagedVariants(sampleBytes: Buffer): Promise<Variant[]> {
  const sample = await JSZip.loadAsync(sampleBytes);
  const storedBytes = await sample.generateAsync({ type: "nodebuffer", compression: "STORE" });
  const variants: Variant[] = [];

  for (const fraction of [0.001, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.95, 0.99]) {
    variants.push({ name: `truncated to ${fraction * 100}%`, bytes: sampleBytes.subarray(0, Math.floor(sampleBytes.length * fraction)), refusedBy: "all" });
  }
  variants.push({ name: "truncated by one byte", bytes: sampleBytes.subarray(0, sampleBytes.length - 1), refusedBy: "all" });

  // In every part: the first, middle or last byte in turn (a deflated stream breaks differently at each).
  for (const [kind, bytes] of [["deflated", sampleBytes], ["stored", storedBytes]] as const) {
    for (const [index, entry] of zipEntries(bytes).filter((candidate) => candidate.compressedSize > 0).entries()) {
      const [where, offset] = ([["first", 0], ["middle", Math.floor(entry.compressedSize / 2)], ["last", entry.compressedSize - 1]] as const)[index % 3]!;
      variants.push({ name: `${kind} ${entry.name}: its ${where} byte flipped`, bytes: flipped(bytes, entry.dataAt + offset), part: entry.name, refusedBy: "all" });
    }
  }
  for (const entry of zipEntries(sampleBytes).filter((candidate) => candidate.compressedSize > 0).slice(0, 6)) {
    variants.push({ name: `${entry.name}: its recorded checksum flipped`, bytes: flipped(sampleBytes, entry.centralAt + 16), part: entry.name, refusedBy: "all" });
    const huge = Buffer.from(sampleBytes);
    huge.writeUInt32LE(0xfffffff0, entry.centralAt + 24);
    huge.writeUInt32LE(0xfffffff0, entry.localAt + 22);
    variants.push({ name: `${entry.name}: a declared size of 4 GB`, bytes: huge, part: entry.name, refusedBy: "all" });
  }

  const xmlParts = Object.keys(sample.files).filter((path) => !sample.files[path]!.dir);
  // One part of each kind the reader and the writer parse.
  const partKinds = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet2.xml.rels", "xl/tables/table2.xml", "xl/sharedStrings.xml", "xl/styles.xml"];
  for (const part of xmlParts) {
    // A part only copied is checked by its checksum, which these changes keep valid.
    if (!readByCheck(part) || partKinds.includes(part)) {
      variants.push({ name: `${part} cut in half`, bytes: await withPart(sampleBytes, part, (text) => text.slice(0, Math.floor(text.length / 2))), part, refusedBy: readByCheck(part) ? "readers" : "any" });
    }
    if (!readByCheck(part)) continue;
    const readers = "readers";
    if (partKinds.includes(part)) {
      variants.push({ name: `${part} doubled`, bytes: await withPart(sampleBytes, part, (text) => text + text), part, refusedBy: readers });
      variants.push({ name: `${part} garbled`, bytes: await withPart(sampleBytes, part, (text) => text.slice(0, text.length / 3) + "<<&\u0001>]]>" + text.slice(text.length / 3)), part, refusedBy: readers });
      variants.push({ name: `${part} emptied`, bytes: await withPart(sampleBytes, part, () => ""), part, refusedBy: readers });
    }
    // A part dropped leaves the relationship to it dangling (named instead); a sheet's relationships dropped leave a table out, which setup adds again.
    const sheetRelationships = /^xl\/worksheets\/_rels\//.test(part);
    if (!sheetRelationships || part.endsWith("sheet1.xml.rels")) variants.push({ name: `${part} dropped`, bytes: await withPart(sampleBytes, part, () => null), refusedBy: sheetRelationships ? "any" : "all" });
  }
  // A byte-order mark is valid XML: one part of each kind the reader and the writer parse.
  for (const part of partKinds) {
    variants.push({ name: `${part} with a byte-order mark`, bytes: await withPart(sampleBytes, part, (text) => `\ufeff${text}`), refusedBy: "none" });
  }

  const relsParts = xmlParts.filter((path) => path.endsWith(".rels"));
  for (const part of relsParts) {
    variants.push({ name: `${part}: a relationship dangles`, bytes: await withPart(sampleBytes, part, (text) => text.replace(/Target="([^"]+)"/, 'Target="$1.missing"')), part, refusedBy: "all" });
  }
  variants.push({
    name: "xl/workbook.xml: a sheet under a relationship id the workbook lacks",
    bytes: await withPart(sampleBytes, "xl/workbook.xml", (text) => text.replace(/r:id="rId\d+"/, 'r:id="rId999"')),
    part: "xl/workbook.xml",
    refusedBy: "all",
  });

  const ranges = ["A1:XFD1048576", "A1:A1048577", "A0:B2", "C5:A1", "", "ZZZZ1:A2", "A1", "A1:I1048576"];
  for (const [index, table] of ["xl/tables/table1.xml", "xl/tables/table3.xml"].entries()) {
    for (const ref of ranges.filter((_, at) => at % 2 === index)) {
      // A range wider than the table's columns sizes nothing: the table reads as wide as they are.
      variants.push({ name: `${table}: ref "${ref}"`, bytes: await withPart(sampleBytes, table, (text) => text.replace(/ ref="[^"]*"/g, ` ref="${ref}"`)), refusedBy: ref === "A1:XFD1048576" ? "none" : "any" });
    }
  }
  const sheets = xmlParts.filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
  for (const sheet of sheets.slice(0, 2)) {
    variants.push({ name: `${sheet}: dimension A1:XFD1048576`, bytes: await withPart(sampleBytes, sheet, (text) => text.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"')), refusedBy: "any" });
    variants.push({ name: `${sheet}: a cell at XFD1048576`, bytes: await withPart(sampleBytes, sheet, (text) => text.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')), refusedBy: "any" });
    variants.push({ name: `${sheet}: a row numbered beyond any sheet`, bytes: await withPart(sampleBytes, sheet, (text) => text.replace("</sheetData>", '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row></sheetData>')), refusedBy: "any" });
    variants.push({ name: `${sheet}: a style index out of range`, bytes: await withPart(sampleBytes, sheet, (text) => text.replace(/ s="\d+"/, ' s="99999"')), refusedBy: "any" });
    variants.push({ name: `${sheet}: a shared string index out of range`, bytes: await withPart(sampleBytes, sheet, (text) => text.replace(/(<c [^>]*t="s"[^>]*><v>)\d+/, "$199999999")), refusedBy: "any" });
    variants.push({ name: `${sheet}: a shared string index that is not a number`, bytes: await withPart(sampleBytes, sheet, (text) => text.replace(/(<c [^>]*t="s"[^>]*><v>)\d+/, "$1")), refusedBy: "any" });
  }
  variants.push({ name: "shared strings declaring four billion", bytes: await withPart(sampleBytes, "xl/sharedStrings.xml", (text) => text.replace(/count="\d+"/g, 'count="4294967295"')), refusedBy: "any" });
  return variants;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Anything a library prints while a command runs (console or the process's own streams). */
let printed: string[] = [];

async function costcard(args: readonly string[]): Promise<Run> {
  const started = performance.now();
  const run = await runCliInProcess(args);
  return { ...run, seconds: (performance.now() - started) / 1000 };
}

let folder: string;
let variants: Variant[];

beforeAll(async () => {
  folder = temporaryFolder("damaged");
  const sample = join(folder, "sample.xlsx");
  expect((await costcard(["init", sample, "--sample"])).code).toBe(0);
  variants = await damagedVariants(readFileSync(sample));
});

beforeEach(() => {
  printed = [];
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" ")));
  }
});

afterEach(() => jest.restoreAllMocks());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("hundreds of damaged variants are made", () => {
  expect(variants.length).toBeGreaterThan(200);
});

const COMMANDS = [
  ["check", (file: string) => ["check", file]],
  ["setup", (file: string) => ["setup", file]],
  ["review --out", (file: string, out: string) => ["review", file, "--period", "2026-Q3", "--as-of", "2026-10-01", "--out", out]],
] as const;

test("each damaged variant is read or refused in one line naming the part, in seconds, printing nothing, writing nothing when refused", async () => {
  const failures: string[] = [];
  for (const [index, variant] of variants.entries()) {
    const dir = join(folder, `v${index}`);
    mkdirSync(dir);
    const file = join(dir, "book.xlsx");
    const out = join(dir, "out.xlsx");
    writeFileSync(file, variant.bytes);
    const before = sha256(file);
    for (const [command, args] of COMMANDS) {
      printed = [];
      const run = await costcard(args(file, out));
      const say = (what: string) => failures.push(`${variant.name}, ${command}: ${what} (exit ${run.code}, stderr ${JSON.stringify(run.stderr)})`);
      if (![0, 1, 2].includes(run.code)) say("an exit code other than 0, 1 or 2");
      if (run.seconds > 10) say(`took ${run.seconds.toFixed(1)} s`);
      if (printed.length > 0) say(`a library printed ${JSON.stringify(printed[0])}`);
      const mustRefuse = variant.refusedBy === "all" || (variant.refusedBy === "readers" && command !== "setup");
      if (mustRefuse && run.code !== 2) say("not refused");
      if (variant.refusedBy === "none" && run.code === 2) say("a valid file refused");
      if (run.code === 2) {
        if (!/^costcard: [^\n]+\n$/.test(run.stderr)) say("not exactly one line on stderr");
        if (run.stdout !== "") say("output on stdout");
        if (variant.part !== undefined && mustRefuse && !run.stderr.includes(variant.part)) say("the message does not name the part");
        if (sha256(file) !== before) say("the file was changed");
        if (existsSync(out)) say("an --out was written");
        if (existsSync(`${file}.bak`)) say("a .bak was written");
      }
      rmSync(out, { force: true });
      if (run.code !== 2 && sha256(file) !== before) writeFileSync(file, variant.bytes);
      rmSync(`${file}.bak`, { force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  }
  expect(failures).toEqual([]);
});
