// `npm run mutation` (part of `npm test`): named mutations of the code the tests must catch. Each is
// applied alone to a copy of the sources in a temporary folder, only the test files that guard it
// are run there, and at least one test must fail. The guarding tests are first run unmutated and
// must pass, so a mutant is never "killed" by a test that was failing anyway. A mutation whose code
// is no longer found fails the run too: edit it here when the code moves. The list and the last run
// are recorded in docs/mutation.md.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const READ = "test/unit/workbook/excelRead.test.ts";
const TABLES = "test/unit/workbook/excelTables.test.ts";
const SHEETS = "test/unit/workbook/excelGeneratedSheet.test.ts";
const PARITY = "test/unit/workbook/adapterParity.test.ts";
const FUZZ = "test/unit/functions/fuzz.test.ts";
const REVIEWS = "test/component/reviewsPage.test.tsx";
const OVERVIEW = "test/component/overviewPage.test.tsx";

/** name, file, the code as it is, the code mutated, and the test files that must catch it. */
const MUTATIONS = [
  {
    name: "table reader: rowCount/columnCount dropped from the body's load",
    file: "src/workbook/excel/readTables.ts",
    from: 'body: table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),',
    to: 'body: table.getDataBodyRange().load("rowIndex, columnIndex"),',
    tests: [READ],
  },
  {
    name: "row appender: rowCount/columnCount dropped from the body's load",
    file: "src/workbook/excel/appendRows.ts",
    from: '    body: table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),\n    lastRow:',
    to: '    body: table.getDataBodyRange().load("rowIndex, columnIndex"),\n    lastRow:',
    tests: [TABLES],
  },
  {
    name: "payload size measured as UTF-16 length",
    file: "src/workbook/excel/payloadBudget.ts",
    from: '  const json = JSON.stringify(value) ?? "";',
    to: '  return (JSON.stringify(value) ?? "").length;\n  const json = "";',
    tests: [TABLES],
  },
  {
    name: "payload budget raised to 50 MB",
    file: "src/workbook/excel/payloadBudget.ts",
    from: "bytes: 4_000_000,",
    to: "bytes: 50_000_000,",
    tests: [READ, TABLES],
  },
  {
    name: "strings quoted only when they start with = + - @",
    file: "src/workbook/excel/literalText.ts",
    from: 'typeof value === "string" && value !== "" && numberFormat !== TEXT_FORMAT',
    to: 'typeof value === "string" && /^[=+\\-@]/.test(value) && numberFormat !== TEXT_FORMAT',
    tests: [TABLES, SHEETS],
  },
  {
    name: "a values array one column wider than its range",
    file: "src/workbook/excel/cellWrites.ts",
    from: "range.values = literal.slice(block.start, block.start + block.count);",
    to: "range.values = literal.slice(block.start, block.start + block.count).map((row) => [...row, null]);",
    tests: [TABLES, SHEETS],
  },
  {
    name: "read blocks not capped at Excel on the web's 5,000,000 cells",
    file: "src/workbook/excel/payloadBudget.ts",
    from: "Math.min(Math.floor(budget.bytes / (columns * budget.readBytesPerCell)), Math.floor(EXCEL_WEB_READ_CELLS / columns))",
    to: "Math.floor(budget.bytes / (columns * budget.readBytesPerCell))",
    tests: [READ],
  },
  {
    name: "a read refused for its size is not read again in smaller blocks",
    file: "src/workbook/excel/readTables.ts",
    from: "if (!isPayloadRefusal(error) || (blocks.length === 1 && blocks[0]!.count < 2)) throw error;",
    to: "throw error;",
    tests: [READ],
  },
  {
    name: "read blocks not sized by the bytes measured per cell",
    file: "src/workbook/excel/readTables.ts",
    from: "if (cells > 0 && bytes > 0) bytesPerCell.set(block.table, (bytes / cells) * MEASURED_MARGIN);",
    to: "",
    tests: [READ],
  },
  {
    name: "set-up ignores the bytes an earlier table left waiting for the sync",
    file: "src/workbook/excel/setUpTables.ts",
    from: "rowsByTable[table] ?? [], budget, queuedBytes);",
    to: "rowsByTable[table] ?? [], budget, 0);",
    tests: [TABLES],
  },
  {
    name: "read progress not reported",
    file: "src/workbook/excel/readTables.ts",
    from: "options.onProgress?.({ rowsRead, rowCount });",
    to: "",
    tests: [READ],
  },
  {
    name: "Reviews page shows the previous period's scores",
    file: "src/taskpane/reviews/ReviewSummary.tsx",
    from: "formatScore(supplier.score)",
    to: "formatScore(supplier.previousScore)",
    tests: [REVIEWS],
  },
  {
    name: "Reviews page grades every supplier A",
    file: "src/taskpane/reviews/ReviewSummary.tsx",
    from: '{supplier.grade ?? "n/a"}',
    to: '{"A"}',
    tests: [REVIEWS],
  },
  {
    name: "Overview row counts capped at 20",
    file: "src/taskpane/overview/TablesSummary.tsx",
    from: "formatCount(table.rowCount)",
    to: "formatCount(Math.min(table.rowCount, 20))",
    tests: [OVERVIEW],
  },
  {
    name: "DEFECTRATE's argument names swapped in its errors",
    file: "src/functions/functions.ts",
    from: 'defects: take(requiredNumber(defects, "defects")),\n      inspected: take(requiredNumber(inspected, "inspected")),',
    to: 'defects: take(requiredNumber(defects, "inspected")),\n      inspected: take(requiredNumber(inspected, "defects")),',
    tests: [FUZZ],
    testNamePattern: "at fault",
  },
  {
    name: "a generated sheet's header fill changed in the shared style table",
    file: "src/workbook/cellLooks.ts",
    from: 'fill: "#1F4E78"',
    to: 'fill: "#2F5597"',
    tests: [PARITY],
  },
];

const only = process.argv[2] ?? "";
const mutations = MUTATIONS.filter((mutation) => mutation.name.includes(only));

const copy = mkdtempSync(path.join(tmpdir(), "costcard-mutation-"));
for (const entry of ["src", "test", "docs", "assets", "jest.config.js", "tsconfig.json", "package.json", "scripts/jest-summary-reporter.cjs"]) {
  cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
}
symlinkSync(realpathSync(path.join(root, "node_modules")), path.join(copy, "node_modules"), "dir");

/** Runs Jest in the copy on the given files; true when every test passed. */
function jestPasses(tests, testNamePattern) {
  const args = [path.join(copy, "node_modules/jest/bin/jest.js"), "--ci", "--silent", "--reporters=default", "--selectProjects", "unit", "component", "--cacheDirectory", path.join(tmpdir(), "costcard-mutation-cache"), ...tests];
  if (testNamePattern) args.push("--testNamePattern", testNamePattern);
  const run = spawnSync(process.execPath, args, { cwd: copy, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { passed: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const started = Date.now();
let failures = 0;
try {
  const guarding = [...new Set(mutations.flatMap((mutation) => mutation.tests))];
  const baseline = jestPasses(guarding);
  if (!baseline.passed) {
    console.error(baseline.output);
    throw new Error("the guarding tests fail without any mutation: fix them first");
  }
  console.log("| mutation | file | tests | result |\n|---|---|---|---|");
  for (const mutation of mutations) {
    const file = path.join(copy, mutation.file);
    const original = readFileSync(file, "utf8");
    const found = original.split(mutation.from).length - 1;
    let result;
    if (found !== 1) {
      result = `NOT APPLIED: the code is found ${found} times`;
      failures++;
    } else {
      writeFileSync(file, original.replace(mutation.from, mutation.to));
      const run = jestPasses(mutation.tests, mutation.testNamePattern);
      writeFileSync(file, original);
      result = run.passed ? "SURVIVED" : "killed";
      if (run.passed) failures++;
    }
    console.log(`| ${mutation.name} | ${mutation.file} | ${mutation.tests.map((test) => path.basename(test)).join(", ")} | ${result} |`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log(`\n${mutations.length - failures} of ${mutations.length} mutants killed in ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = failures === 0 ? 0 : 1;
