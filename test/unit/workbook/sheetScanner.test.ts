import fc from "fast-check";
import { saxesSheetCells } from "../../../src/workbook/xlsx/saxesSheetCells";
import { readSharedStringChunks, saxesSharedStrings, scanSharedStrings } from "../../../src/workbook/xlsx/sharedStrings";
import { readSheetChunks, type SheetCellSink, type SheetContext } from "../../../src/workbook/xlsx/sheetCells";
import { scanSheetCells } from "../../../src/workbook/xlsx/sheetScanner";

/**
 * The byte scanner (sheetScanner.ts) against the saxes reader it replaces (saxesSheetCells.ts), on
 * worksheet parts generated with every way SpreadsheetML writes a cell, in random legal variations,
 * split into chunks anywhere (inside a tag, a reference, a UTF-8 character): the scanner must read
 * each to its end and hand the sink exactly the calls saxes does. Then on byte mutations of such
 * parts: the scanner with its fallback (readSheetChunks) and saxes alone must read alike or refuse
 * alike, and where the scanner alone reads a part to its end, saxes must read the same. The shared
 * strings part, read by the same scanner, is held to saxes the same way (at the end).
 */

const PATH = "xl/worksheets/sheet1.xml";

type Call = readonly unknown[];

/** What a reader hands the sink and onRow, in order; a restart forgets it, as the real sinks do. */
function recorder(calls: Call[]): { sink: SheetCellSink; onRow: (rows: number) => void } {
  return {
    sink: {
      cell: (row, column, value, kind) => calls.push(["cell", row, column, value, kind]),
      restart: () => {
        calls.length = 0;
      },
    },
    onRow: (rows) => calls.push(["row", rows]),
  };
}

interface Setting {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
}

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

type Outcome = { readonly calls: Call[] } | { readonly refused: string };

async function outcome(read: (sink: SheetCellSink, context: SheetContext) => Promise<unknown>, setting: Setting): Promise<Outcome> {
  const calls: Call[] = [];
  const { sink, onRow } = recorder(calls);
  try {
    await read(sink, { ...setting, onRow });
    return { calls };
  } catch (error) {
    return { refused: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  }
}

const viaSaxes = (bytes: Uint8Array, cuts: readonly number[], setting: Setting) => outcome((sink, context) => saxesSheetCells(chunksOf(bytes, cuts), PATH, context, sink), setting);
const viaReader = (bytes: Uint8Array, cuts: readonly number[], setting: Setting) => outcome((sink, context) => readSheetChunks(() => chunksOf(bytes, cuts), PATH, context, sink), setting);

/** The scanner alone: its calls when it read the part to its end, undefined when it gave up. */
async function viaScanner(bytes: Uint8Array, cuts: readonly number[], setting: Setting): Promise<Call[] | undefined> {
  const calls: Call[] = [];
  const { sink, onRow } = recorder(calls);
  return (await scanSheetCells(chunksOf(bytes, cuts), { ...setting, onRow }, sink)) ? calls : undefined;
}

// Generated worksheet parts. Each choice below is one way a producer writes the same thing.

const space = fc.constantFrom(" ", "\n", "\r\n", "\t", "  ", "\r");
const maybeSpace = fc.oneof(fc.constant(""), space);
const prefix = fc.constantFrom("", "", "x:");
const quote = fc.constantFrom('"', "'");
/** What may stand between elements: nothing, white space, comments, processing instructions. */
const misc = fc.constantFrom("", "", "\n", "\r\n  ", "<!-- a comment -->", "<!---->", "<!-- - > < & -->", "<?pi data?>", "<?target?>", "<?mso-application progid=\"Excel.Sheet\"?>");

/** What may stand between a row's cells: misc, or a value or inline string outside any cell (which a reader must ignore). */
const betweenCells = fc.oneof({ arbitrary: misc, weight: 4 }, fc.constantFrom("<v>9</v>", "<is><t>x</t></is>", '<v t="n">8</v>'));

const TEXT_PIECES = ["a", "Z", "0", "7", ".", "-", "+", "e", " ", "\t", "\n", "\r\n", "\r", "_x000D_", "_x005F_", "_x0041_", "_x12_", "é", "中", "😀", "ß", "&", "<", ">", "'", '"', "]]>", "]", "#N/A", "\u0085", "\u2028", "\uFFFD", "x"];
const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 8 }).map((pieces) => pieces.join(""));

/** A choice per character, from a seed, so that one generated value writes its text many ways. */
function chooser(seed: number): (choices: number) => number {
  let state = seed >>> 0 || 1;
  return (choices) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 16) % choices;
  };
}

/** Text as character data: escaped, some characters as references (named, decimal, hex), some runs as CDATA or split by a comment. */
function characterData(value: string, seed: number): string {
  // A third of the texts as most producers write them: only what XML reserves as a reference.
  if (seed % 3 === 0) return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const choose = chooser(seed);
  let written = "";
  let inCdata = false;
  for (const character of value) {
    const how = choose(10);
    if (how === 0 && !inCdata) {
      written += "<![CDATA[";
      inCdata = true;
    } else if (how === 1 && inCdata) {
      written += "]]>";
      inCdata = false;
    } else if (how === 2 && !inCdata) written += "<!--split-->";
    if (inCdata) {
      // "]]>" cannot stand in a CDATA section: its ">" goes after the section.
      written += character === ">" && written.endsWith("]]") ? "]]><![CDATA[>" : character;
      continue;
    }
    const code = character.codePointAt(0) as number;
    const reference = choose(6);
    if (character === "&") written += reference === 0 ? "&#38;" : "&amp;";
    else if (character === "<") written += reference === 0 ? "&#x3C;" : "&lt;";
    else if (character === ">") written += reference === 0 ? "&#62;" : "&gt;";
    else if (character === '"' && reference === 1) written += "&quot;";
    else if (character === "'" && reference === 1) written += "&apos;";
    else if (character === "\r" && reference < 2) written += reference === 0 ? "&#13;" : "&#xD;";
    else if (reference === 2) written += `&#${code};`;
    else if (reference === 3) written += `&#x${code.toString(16)};`;
    else written += character;
  }
  return inCdata ? `${written}]]>` : written;
}

/** An attribute value in the given quote: the characters XML reserves there written as references. */
function attributeValue(value: string, q: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(q === '"' ? /"/g : /'/g, q === '"' ? "&quot;" : "&apos;");
}

interface Attribute {
  readonly name: string;
  readonly value: string;
}

/** How an attribute is written: its quote, the white space before and after `=`, and before its name. */
const attributeStyle = fc.tuple(quote, maybeSpace, maybeSpace, space);
/** The way every producer writes attributes (one space, no space around `=`, double quotes): the shape the scanner's common cells take whole. */
const CANONICAL_STYLE: [string, string, string, string] = ['"', "", "", " "];

/** A start tag's attributes in any order, each in its quote, with white space around `=`; half the time all written the common way. */
const attributes = (list: readonly Attribute[]) =>
  fc.tuple(
    fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length }),
    fc.oneof(fc.array(attributeStyle, { minLength: list.length, maxLength: list.length }), fc.constant(list.map(() => CANONICAL_STYLE))),
  ).map(([ordered, styles]) =>
    ordered.map((attribute, index) => {
      const [q, before, after, lead] = styles[index] as [string, string, string, string];
      return `${lead}${attribute.name}${before}=${after}${q}${attributeValue(attribute.value, q)}${q}`;
    }).join(""),
  );

function element(prefixName: string, name: string, attributeText: string, content: string | undefined, closeSpace: string): string {
  const qualified = `${prefixName}${name}`;
  return content === undefined ? `<${qualified}${attributeText}${closeSpace}/>` : `<${qualified}${attributeText}${closeSpace}>${content}</${qualified}${closeSpace}>`;
}

const columnLetters = (column: number): string => (column <= 26 ? String.fromCharCode(64 + column) : columnLetters(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26)));

const numberText = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.tuple(fc.nat(99_999), fc.nat(99_999)).map(([whole, fraction]) => `${whole}.${fraction}`),
  // 15 to 17 significant digits, as Excel writes a double: past 15 the digits no longer make an exact integer.
  { arbitrary: fc.tuple(fc.stringMatching(/^[1-9][0-9]{14,16}$/), fc.nat(17)).map(([digits, point]) => `${digits.slice(0, point)}.${digits.slice(point)}`), weight: 3 },
  fc.constantFrom("0", "-0", "007", "1.", ".5", "-.5", " 12 ", "1E3", "1e-7", "0x1F", "", "abc", "12345678901234567", "123456789012345", "0.30000000000000004", "-", ".", "Infinity", "45234.416666666664"),
);

/** A cell's value part: its type attribute and what stands inside the `<c>`. */
const cellBody = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(undefined, "n"), numberText).map(([t, value]) => ({ t, value: `v:${value}` })), weight: 4 },
  fc.tuple(fc.oneof(fc.nat(6).map(String), fc.constantFrom(" 2 ", "", "x", "-1", "01", "99999999999")), fc.constant("s")).map(([value, t]) => ({ t, value: `v:${value}` })),
  text.map((value) => ({ t: "str", value: `v:${value}` })),
  fc.constantFrom("0", "1", "true", "TRUE", "", "2").map((value) => ({ t: "b", value: `v:${value}` })),
  fc.constantFrom("#N/A", " #DIV/0! ", "#VALUE!").map((value) => ({ t: "e", value: `v:${value}` })),
  fc.constantFrom("2026-01-02", "2026-01-02T10:20:30.5Z", " 2026-03-04 ", "garbage", "").map((value) => ({ t: "d", value: `v:${value}` })),
  fc.tuple(fc.constantFrom("zz", "toString", "__proto__", ""), text).map(([t, value]) => ({ t, value: `v:${value}` })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ t: "inlineStr", value: `is:${JSON.stringify(runs)}` })),
  fc.constant({ t: "s", value: "none" }),
);

interface CellSpec {
  readonly column: number;
  readonly withReference: boolean;
  readonly lowerCase: boolean;
  readonly style: string | undefined;
  readonly body: { t: string | undefined; value: string };
  readonly formula: string;
  readonly selfClosingValue: boolean;
  readonly phonetic: boolean;
  readonly rich: boolean;
  readonly seed: number;
  readonly prefix: string;
  readonly closeSpace: string;
}

const cellSpec = fc.record({
  column: fc.integer({ min: 1, max: 30 }),
  withReference: fc.boolean(),
  lowerCase: fc.boolean(),
  style: fc.constantFrom(undefined, "0", "1", "2", "7", "x", ""),
  body: cellBody,
  // Before the value: a formula, or (not SpreadsheetML, but well-formed) a cell inside the cell, which leaves the reader's state as saxes leaves it.
  formula: fc.constantFrom("", "", "<f>SUM(A1:A2)&lt;3</f>", "<f t=\"shared\" si=\"0\"/>", "<f>&quot;a&quot;&amp;B1</f>", '<c r="Q1" s="1"><v>3</v></c>'),
  selfClosingValue: fc.boolean(),
  phonetic: fc.boolean(),
  rich: fc.boolean(),
  seed: fc.nat(),
  prefix,
  closeSpace: fc.oneof(fc.constant(""), maybeSpace),
});

function inlineString(runs: string[], spec: CellSpec, p: string): string {
  const t = (value: string, index: number) => `<${p}t${index % 2 === 0 ? ' xml:space="preserve"' : ""}>${characterData(value, spec.seed + index)}</${p}t>`;
  const items = spec.rich ? runs.map((run, index) => `<${p}r>${index === 0 ? `<${p}rPr><${p}b/><${p}sz val="11"/></${p}rPr>` : ""}${t(run, index)}</${p}r>`).join("") : runs.map(t).join("");
  const phonetic = spec.phonetic ? `<${p}rPh sb="0" eb="1"><${p}t>ふりがな</${p}t></${p}rPh><${p}phoneticPr fontId="1" type="noConversion"/>` : "";
  // A cell inside an inline string is no cell (well-formed, not SpreadsheetML).
  const nested = spec.seed % 4 === 1 ? '<c r="R1"><v>4</v></c>' : "";
  return `<${p}is>${nested}${items}${phonetic}</${p}is>`;
}

const cellXml = (row: number) =>
  cellSpec.chain((spec) => {
    const reference = `${columnLetters(spec.column)}${row}`;
    const list: Attribute[] = [];
    if (spec.withReference) list.push({ name: "r", value: spec.lowerCase ? reference.toLowerCase() : reference });
    if (spec.style !== undefined) list.push({ name: "s", value: spec.style });
    if (spec.body.t !== undefined) list.push({ name: "t", value: spec.body.t });
    if (spec.seed % 5 === 0) list.push({ name: "cm", value: "1" });
    return attributes(list).map((attributeText) => {
      const p = spec.prefix;
      const { value } = spec.body;
      let content: string | undefined;
      if (value === "none") content = spec.seed % 2 === 0 ? undefined : "";
      else if (value.startsWith("is:")) content = inlineString(JSON.parse(value.slice(3)) as string[], spec, p);
      else {
        const v = value.slice(2);
        content = spec.formula + (v === "" && spec.selfClosingValue ? `<${p}v/>` : `<${p}v>${characterData(v, spec.seed)}</${p}v>`);
      }
      return element(p, "c", attributeText, content, spec.closeSpace);
    });
  });

const rowXml = fc
  .record({ number: fc.integer({ min: 1, max: 40 }), withReference: fc.boolean(), cellCount: fc.nat(4), prefix, selfClosing: fc.boolean(), extra: fc.boolean(), between: betweenCells })
  .chain((spec) =>
    fc.tuple(fc.array(cellXml(spec.number), { minLength: spec.cellCount, maxLength: spec.cellCount }), attributes([...(spec.withReference ? [{ name: "r", value: String(spec.number) }] : []), ...(spec.extra ? [{ name: "spans", value: "1:3" }, { name: "x14ac:dyDescent", value: "0.25" }] : [])])).map(([cells, attributeText]) =>
      cells.length === 0 && spec.selfClosing ? element(spec.prefix, "row", attributeText, undefined, "") : element(spec.prefix, "row", attributeText, cells.join(spec.between), ""),
    ),
  );

const BEFORE_SHEET_DATA = ['<dimension ref="A1:C3"/>', '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews>', '<sheetFormatPr defaultRowHeight="15"/>', '<cols><col min="1" max="2" width="12.5" customWidth="1"/></cols>', "<sheetPr><pageSetUpPr fitToPage='1'/></sheetPr>"];
const AFTER_SHEET_DATA = ['<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>', '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>', '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><xm:f>A1&amp;"x"</xm:f><xm:sqref>A1:A2</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>', "<c r='Z9'><v>5</v></c>"];

const DECLARATIONS = ["", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', "<?xml version='1.0'?>", '<?xml version = "1.0" encoding = \'utf-8\' ?>\n'];

const worksheet = fc
  .record({
    bom: fc.boolean(),
    declaration: fc.constantFrom(...DECLARATIONS),
    prefix,
    before: fc.subarray(BEFORE_SHEET_DATA),
    after: fc.subarray(AFTER_SHEET_DATA),
    rows: fc.array(rowXml, { maxLength: 6 }),
    leading: misc,
    trailing: misc,
    between: misc,
    emptySheetData: fc.boolean(),
  })
  .map((spec) => {
    const p = spec.prefix;
    const sheetData = spec.rows.length === 0 && spec.emptySheetData ? `<${p}sheetData/>` : `<${p}sheetData>${spec.between}${spec.rows.join(spec.between)}</${p}sheetData>`;
    const namespaces = `${p === "" ? " xmlns" : " xmlns:x"}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
    const body = [...spec.before, sheetData, ...spec.after].join(spec.between);
    const xml = `${spec.declaration}${spec.leading}<${p}worksheet${namespaces}>${body}</${p}worksheet>${spec.trailing}`;
    const bytes = Buffer.from(xml, "utf8");
    return spec.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
  });

const setting: fc.Arbitrary<Setting> = fc.record({
  sharedStrings: fc.constantFrom(["zero", "one", "two & <b>", "ß", "", "five", "six"], [], ["only"]),
  dateStyles: fc.constantFrom([false, true, false], [], [true]),
});

const cuts = fc.array(fc.nat(), { maxLength: 12 });

test("the scanner reads every generated worksheet part to its end, however it is split, with the calls the saxes reader makes", async () => {
  await fc.assert(
    fc.asyncProperty(worksheet, cuts, setting, async (bytes, at, context) => {
      const scanned = await viaScanner(bytes, at, context);
      const parsed = await viaSaxes(bytes, at, context);
      expect(parsed).toHaveProperty("calls");
      expect(scanned).toEqual((parsed as { calls: Call[] }).calls);
    }),
    { numRuns: 400 },
  );
});

const BYTES_WORTH_INSERTING = [0x3c, 0x3e, 0x26, 0x22, 0x27, 0x2f, 0x3d, 0x20, 0x0d, 0x00, 0x01, 0x3b, 0x23, 0x5d, 0x2d, 0x3f, 0x21, 0xc3, 0xa9, 0xe4, 0xff, 0xfe, 0x80, 0x78, 0x3a, 0x72, 0x63, 0x76];

/** Bytes that keep most parts well-formed where they land (in text, a value, a name), so the scanner reads many mutants to the end. */
const BYTES_THAT_FIT = [0x30, 0x31, 0x39, 0x2e, 0x2d, 0x20, 0x61, 0x41, 0x78, 0x5f, 0x45, 0x73, 0x0a];

const mutation = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), byte: fc.constantFrom(...BYTES_THAT_FIT) }), weight: 3 },
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.array(fc.oneof(fc.constantFrom(...BYTES_WORTH_INSERTING), fc.nat(255)), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }), to: fc.nat() }),
  fc.record({ kind: fc.constant("repeat attribute" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("after a tag" as const), at: fc.nat(), text: fc.constantFrom("]]>", "]]", "x", "&amp;", "&bogus;", "&#0;", "\u0001", "<!DOCTYPE x>", "<?xml version='1.0'?>") }),
  fc.record({ kind: fc.constant("rename end tag" as const), at: fc.nat(), byte: fc.constantFrom(0x63, 0x76, 0x78, 0x3a, 0x20) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, change: Mutation): Buffer {
  const at = change.at % (bytes.length + 1);
  switch (change.kind) {
    case "replace": {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[at % bytes.length] = change.byte;
      return copy;
    }
    case "flip": {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      const index = at % bytes.length;
      copy[index] = (copy[index] as number) ^ change.mask;
      return copy;
    }
    case "insert":
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes), bytes.subarray(at)]);
    case "delete":
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    case "truncate":
      return bytes.subarray(0, at);
    case "after a tag": {
      // Text or markup where content goes (or, after the root's end tag, where none may).
      const ends = [...bytes.toString("latin1").matchAll(/>/g)];
      const match = ends[change.at % Math.max(1, ends.length)];
      const after = match === undefined ? 0 : (match.index as number) + 1;
      return Buffer.concat([bytes.subarray(0, after), Buffer.from(change.text, "latin1"), bytes.subarray(after)]);
    }
    case "repeat attribute": {
      // An attribute written twice in its tag, which saxes refuses.
      const found = [...bytes.toString("latin1").matchAll(/\s[A-Za-z:]+\s*=\s*(?:"[^"<]*"|'[^'<]*')/g)];
      const match = found[change.at % Math.max(1, found.length)];
      if (match === undefined) return bytes;
      const after = (match.index as number) + match[0].length;
      return Buffer.concat([bytes.subarray(0, after), Buffer.from(match[0], "latin1"), bytes.subarray(after)]);
    }
    case "rename end tag": {
      // A byte of an end tag's name changed or added: it no longer closes the element open last.
      const found = [...bytes.toString("latin1").matchAll(/<\/[A-Za-z:]+/g)];
      const match = found[change.at % Math.max(1, found.length)];
      if (match === undefined) return bytes;
      const at2 = (match.index as number) + match[0].length - (change.byte === 0x20 ? 0 : 1);
      return change.byte === 0x3a ? Buffer.concat([bytes.subarray(0, at2), Buffer.from([change.byte]), bytes.subarray(at2)]) : Buffer.concat([bytes.subarray(0, at2), Buffer.from([change.byte]), bytes.subarray(at2 + (change.byte === 0x20 ? 0 : 1))]);
    }
    case "duplicate": {
      const slice = bytes.subarray(at, at + change.length);
      const to = change.to % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, to), slice, bytes.subarray(to)]);
    }
  }
}

test("on byte mutations of those parts the reader and saxes read alike or refuse alike, and the scanner never reads what saxes would not", async () => {
  await fc.assert(
    fc.asyncProperty(worksheet, fc.array(mutation, { minLength: 1, maxLength: 2 }), cuts, setting, async (original, changes, at, context) => {
      const bytes = changes.reduce(mutate, original);
      const parsed = await viaSaxes(bytes, at, context);
      expect(await viaReader(bytes, at, context)).toEqual(parsed);
      const scanned = await viaScanner(bytes, at, context);
      if (scanned !== undefined) expect({ calls: scanned }).toEqual(parsed);
    }),
    { numRuns: 800 },
  );
});

test("a part in UTF-16 (with its byte-order mark) is left to saxes, and reads as saxes reads it", async () => {
  await fc.assert(
    fc.asyncProperty(worksheet, fc.boolean(), cuts, setting, async (utf8, bigEndian, at, context) => {
      const text = utf8.toString("utf8").replace(/^\uFEFF/, "");
      const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      const bytes = bigEndian ? Buffer.from(little).swap16() : little;
      expect(await viaScanner(bytes, at, context)).toBeUndefined();
      const parsed = await viaSaxes(bytes, at, context);
      expect(parsed).toHaveProperty("calls");
      expect(await viaReader(bytes, at, context)).toEqual(parsed);
    }),
    { numRuns: 50 },
  );
});

test.each([
  ["a DOCTYPE", '<?xml version="1.0"?><!DOCTYPE worksheet><worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>'],
  ["an element name outside ASCII", "<worksheet><sheetData><row><c><v>1</v></c><é/></row></sheetData></worksheet>"],
  ["XML 1.1", '<?xml version="1.1"?><worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>'],
])("%s is left to saxes after the cells before it were handed, and the sink is restarted", async (_what, xml) => {
  const bytes = Buffer.from(xml, "utf8");
  const context = { sharedStrings: [], dateStyles: [] };
  expect(await viaScanner(bytes, [], context)).toBeUndefined();
  expect(await viaReader(bytes, [], context)).toEqual(await viaSaxes(bytes, [], context));
});

test.each([
  // Well-formed, not SpreadsheetML: a cell where the reader's state is another cell's.
  ["a cell in a value", '<row><c r="A1"><v>1<c/><c r="B1"><v>2</v></c>3</v></c><c r="C1"><v>4</v></c></row>'],
  ["a cell in a value, after a cell with a value", '<row><c r="A1"><v>1<c r="B1"><v>2</v></c>3<c r="C1"/>5</v></c></row>'],
  ["a cell in an inline string", '<row><c r="A1" t="inlineStr"><is><c r="B1"><v>2</v></c><t>x</t></is></c></row>'],
  ["a cell before a value", '<row><c r="A1"><c r="B1" s="1"/><v>6</v></c></row>'],
  ["a row in an inline string", '<row r="1"><c r="A1" t="inlineStr"><is><row r="5"><t>x</t></row></is></c><c><v>2</v></c></row>'],
  ["a common row whose r is no row number", '<row r="x"><c><v>1</v></c></row>'],
  ["a common cell with character references in its attributes", '<row><c r="A1" s="&#49;"><v>45000</v></c><c r="B&#49;" t="&#115;"><v>0</v></c></row>'],
])("%s is read as saxes reads it", async (_what, rows) => {
  const bytes = Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, "utf8");
  const context = { sharedStrings: ["zero"], dateStyles: [false, true] };
  const parsed = await viaSaxes(bytes, [], context);
  expect(parsed).toHaveProperty("calls");
  expect(await viaReader(bytes, [], context)).toEqual(parsed);
  const scanned = await viaScanner(bytes, [], context);
  if (scanned !== undefined) expect({ calls: scanned }).toEqual(parsed);
});

test.each(["]]>", "1]]>2", "]", "]>", ">", "1>2", "]]", " 7 "])("a common cell whose value is %j, as written, is read or refused as saxes does", async (value) => {
  const bytes = Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>${value}</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>`, "utf8");
  const context = { sharedStrings: ["zero", "one"], dateStyles: [false, true] };
  const parsed = await viaSaxes(bytes, [], context);
  expect(await viaReader(bytes, [], context)).toEqual(parsed);
  const scanned = await viaScanner(bytes, [], context);
  if (scanned !== undefined) expect({ calls: scanned }).toEqual(parsed);
});

test("a construct longer than the bytes joined across a chunk's end (4 KB) is read whole, wherever the chunks cut it", async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 3000, max: 12_000 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async (length, at) => {
      const long = "x".repeat(length);
      const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c><c r="B1"><v>7</v></c></row><!--${long}--><row r="2"><c r="A2" t="str"><v>${long}</v></c><c r="B2" s="1"><v>45000</v></c></row>`;
      const bytes = Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, "utf8");
      const context = { sharedStrings: [], dateStyles: [false, true] };
      const scanned = await viaScanner(bytes, at, context);
      expect({ calls: scanned }).toEqual(await viaSaxes(bytes, at, context));
      expect(scanned?.filter((call) => call[0] === "cell")).toHaveLength(4);
    }),
    { numRuns: 60 },
  );
});

test("a sheet the scanner gives up on late is read once in the end: the cells before are forgotten", async () => {
  const rows = Array.from({ length: 50 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>${index}</v></c></row>`).join("");
  // A name outside ASCII after fifty rows: the scanner has handed fifty cells when it gives up.
  const bytes = Buffer.from(`<worksheet><sheetData>${rows}</sheetData><extLst><ext><données/></ext></extLst></worksheet>`, "utf8");
  const read = await viaReader(bytes, [100, 700], { sharedStrings: [], dateStyles: [] });
  expect(read).toEqual(await viaSaxes(bytes, [], { sharedStrings: [], dateStyles: [] }));
  expect((read as { calls: Call[] }).calls.filter((call) => call[0] === "cell")).toHaveLength(50);
});

// The shared strings part (sharedStrings.ts): the same scanner, the same two properties.

const stringItem = fc.record({ runs: fc.array(text, { minLength: 0, maxLength: 3 }), rich: fc.boolean(), phonetic: fc.boolean(), seed: fc.nat(), prefix, between: misc }).map(({ runs, rich, phonetic, seed, prefix: p, between }) => {
  const t = (value: string, index: number) => `<${p}t${index % 2 === 0 ? ' xml:space="preserve"' : ""}>${characterData(value, seed + index)}</${p}t>`;
  const items = rich ? runs.map((run, index) => `<${p}r>${index === 0 ? `<${p}rPr><${p}b/><${p}rFont val="Calibri"/></${p}rPr>` : ""}${t(run, index)}</${p}r>`).join(between) : runs.map(t).join("");
  const guide = phonetic ? `<${p}rPh sb="0" eb="1"><${p}t>ふりがな</${p}t></${p}rPh><${p}phoneticPr fontId="1"/>` : "";
  return runs.length === 0 && seed % 2 === 0 ? `<${p}si/>` : `<${p}si>${items}${guide}</${p}si>`;
});

const sharedStringsPart = fc
  .record({ bom: fc.boolean(), declaration: fc.constantFrom(...DECLARATIONS), prefix, items: fc.array(stringItem, { maxLength: 8 }), between: misc, trailing: misc })
  .map(({ bom, declaration, prefix: p, items, between, trailing }) => {
    const namespace = `${p === "" ? " xmlns" : " xmlns:x"}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    const bytes = Buffer.from(`${declaration}<${p}sst${namespace} count="${items.length}" uniqueCount='${items.length}'>${between}${items.join(between)}</${p}sst>${trailing}`, "utf8");
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
  });

async function stringsOutcome(read: () => Promise<string[]>): Promise<{ strings: string[] } | { refused: string }> {
  try {
    return { strings: await read() };
  } catch (error) {
    return { refused: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  }
}

const STRINGS_PATH = "xl/sharedStrings.xml";

test("the scanner reads every generated shared strings part to its end, however it is split, as saxes does", async () => {
  await fc.assert(
    fc.asyncProperty(sharedStringsPart, cuts, async (bytes, at) => {
      const scanned = await scanSharedStrings(chunksOf(bytes, at));
      expect(scanned).toEqual(await saxesSharedStrings(chunksOf(bytes, at), STRINGS_PATH));
    }),
    { numRuns: 300 },
  );
});

test("on byte mutations of shared strings parts the reader and saxes read alike or refuse alike, and the scanner never reads what saxes would not", async () => {
  await fc.assert(
    fc.asyncProperty(sharedStringsPart, fc.array(mutation, { minLength: 1, maxLength: 2 }), cuts, async (original, changes, at) => {
      const bytes = changes.reduce(mutate, original);
      const parsed = await stringsOutcome(() => saxesSharedStrings(chunksOf(bytes, at), STRINGS_PATH));
      expect(await stringsOutcome(() => readSharedStringChunks(() => chunksOf(bytes, at), STRINGS_PATH))).toEqual(parsed);
      const scanned = await scanSharedStrings(chunksOf(bytes, at));
      if (scanned !== undefined) expect({ strings: scanned }).toEqual(parsed);
    }),
    { numRuns: 500 },
  );
});
