// `npm run mutation` (part of `npm test`): named mutations of the code the tests must catch. Each is
// applied alone to a copy of the sources in a temporary folder, only the test files that guard it
// are run there, and at least one test must fail. Two mutants run at once, each in its own copy with one Jest worker (the suite itself uses both cores). The guarding tests are first run unmutated and
// must pass, so a mutant is never "killed" by a test that was failing anyway. A mutation whose code
// is no longer found fails the run too: edit it here when the code moves. The list and the last run
// are recorded in docs/mutation.md. A mutant in code that tests run from the built bundle (the CLI's
// tests run dist/cli) names its webpack build (`bundle`): that build alone is made again in the copy
// with the mutant in it, and the copy's dist/ is put back from the working tree's afterwards.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
const QUOTE_FORM = "test/component/quoteForm.test.tsx";
const TABLE_APPEND = "test/integration/tableAppend.test.ts";
const EXCEL_1904 = "test/unit/workbook/excelDate1904.test.ts";
const CLI_1904 = "test/integration/date1904.test.ts";
const STORY = "test/unit/reports/supplierStory.test.ts";

/**
 * name, file, the code as it is, the code mutated, and the test files that must catch it; `bundle`,
 * the webpack build (config name) those tests run, rebuilt with the mutant in it.
 */
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
    from: "rowsByTable[table] ?? []), budget, queuedBytes);",
    to: "rowsByTable[table] ?? []), budget, 0);",
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
  {
    name: "quote form's landed-cost preview skips the FX conversion",
    file: "src/taskpane/quotes/LandedCostPreview.tsx",
    from: "const fxRate = fxRateAt(terms.currency, terms.quoteDate);",
    to: "const fxRate = fxRateAt(terms.currency, terms.quoteDate) === undefined ? undefined : 1;",
    tests: [QUOTE_FORM],
    testNamePattern: "foreign-currency",
  },
  {
    name: "a table's autoFilter left at its old range after an append",
    file: "src/workbook/xlsx/tableAppend.ts",
    from: 'if (filter !== undefined) filter.setAttribute("ref", grown);',
    to: "",
    tests: [TABLE_APPEND],
    testNamePattern: "autoFilter",
  },
  {
    name: "Settings' changed Value written with the Key column's number format",
    file: "src/workbook/excel/writeSettings.ts",
    from: "body.numberFormat[change.rowIndex]?.[columns.value]",
    to: "body.numberFormat[change.rowIndex]?.[columns.key]",
    tests: [TABLES],
  },
  {
    name: "1904 workbook: the Excel adapter takes every workbook for the 1900 date system",
    file: "src/workbook/excel/dateSystem.ts",
    from: 'probe.value === 0 ? "1904" : "1900"',
    to: '"1900"',
    tests: [EXCEL_1904],
  },
  {
    name: "1904 workbook: the CLI appends harvested decisions as 1900 serials",
    file: "src/workbook/xlsx/xlsxWorkbook.ts",
    from: 'specRowsInDateSystem(dateSystemOf(layout), "PriceDecisions", rows)',
    to: "rows",
    tests: [CLI_1904],
    testNamePattern: "PriceDecisions as 1904 serials",
    bundle: "cli",
  },
  {
    name: "price bridge: the duty of now held through the price steps",
    file: "src/core/priceBridge.ts",
    from: "const start: BridgeState = { terms: then.terms, fxRate: then.fxRate, duty: then.duty };",
    to: "const start: BridgeState = { terms: then.terms, fxRate: then.fxRate, duty: now.duty };",
    tests: ["test/unit/core/priceBridge.test.ts", "test/unit/reports/priceBridge.test.ts"],
  },
  {
    name: "price bridge chart: the base series drawn",
    file: "src/reports/bridgeBlock.ts",
    from: '{ name: "Base", values: column(2), invisible: true },',
    to: '{ name: "Base", values: column(2) },',
    tests: ["test/unit/reports/bridgeBlock.test.ts"],
  },
  {
    name: "decision form's bridge: an effect that rounds to nothing signed +",
    file: "src/taskpane/reviews/PriceBridgeView.tsx",
    from: 'rounded > 0 ? "+"',
    to: 'rounded >= 0 ? "+"',
    tests: ["test/component/priceBridgeView.test.tsx"],
  },
  {
    name: "decision harvest: the key read from the hidden copies beside the row, not from what the row shows",
    file: "src/model/decisionCells.ts",
    from: "const sku = blankAsNull(row[at(KEY_HEADERS.sku)]);",
    to: "const sku = blankAsNull(row[at(WRITTEN_HEADERS.sku)]);",
    tests: ["test/unit/workbook/decisionHarvest.test.ts"],
  },
  {
    name: "Excel adapter: the detail columns grouped but left open, so they print",
    file: "src/workbook/excel/sheetDecorations.ts",
    from: '    columns.hideGroupDetails("ByColumns");\n',
    to: "",
    tests: ["test/unit/workbook/excelReview.test.ts"],
  },
  {
    name: "story: a period without data no longer breaks a red flag's run",
    file: "src/core/supplierStory.ts",
    from: "every((verdict) => verdict === true)",
    to: "every((verdict) => verdict !== false)",
    tests: [STORY],
  },
  {
    name: "story: a part week late not counted as a whole week",
    file: "src/core/supplierStory.ts",
    from: "Math.ceil(beyondGrace / 7)",
    to: "Math.floor(beyondGrace / 7)",
    tests: [STORY],
  },
  {
    name: "story: Excused lines charged a late penalty",
    file: "src/reports/scorecard.ts",
    from: "if (terms !== null && !line.excused)",
    to: "if (terms !== null)",
    tests: [STORY],
  },
  {
    name: "story: actions counted at the period's as-of date instead of the run's",
    file: "src/reports/scorecard.ts",
    from: "storyKeys(labels, [...earlier, scored.figures], story, context.settings, context.runAsOf)",
    to: "storyKeys(labels, [...earlier, scored.figures], story, context.settings, scored.figures.asOf)",
    tests: [STORY],
  },
  {
    name: "Excel adapter: a bridge's invisible base named in its legend",
    file: "src/workbook/excel/sheetDecorations.ts",
    from: "if (series.invisible === true) chart.legend.legendEntries.getItemAt(index).visible = false;",
    to: "if (series.invisible === true) void index;",
    tests: [SHEETS],
  },
  {
    name: "xlsx widths: a generated sheet's <col> without customWidth, which Excel then draws at its default",
    file: "src/workbook/xlsx/renderSheets.ts",
    from: ' : ""} customWidth="1"/>`',
    to: ' : ""}/>`',
    tests: ["test/integration/xlsxColumnWidths.test.ts"],
  },
  {
    name: "story cost: a weighted leadTimeSlip left out of the earlier periods' scores",
    file: "src/reports/scorecard.ts",
    from: "const slipShown = !scoredOnly || settings.kpis.leadTimeSlip.weight > 0;",
    to: "const slipShown = !scoredOnly;",
    tests: ["test/unit/reports/scorecard.test.ts"],
  },
  {
    name: "story cost: each period's first day bucketed into the period before",
    file: "src/reports/scorecard.ts",
    from: "days.fill(index, period.first - first, period.last + 1 - first)",
    to: "days.fill(index, period.first - first + 1, period.last + 1 - first)",
    tests: [STORY],
  },
  {
    name: "widths: one money formatter kept for every money format",
    file: "src/model/columnWidths.ts",
    from: "SHOWN_AS.get(format) ?? moneyFormatters.get(format)",
    to: "SHOWN_AS.get(format) ?? [...moneyFormatters.values()][0]",
    tests: ["test/unit/model/columnWidths.test.ts"],
  },
  {
    name: "sheet scanner: an unfinished tag or text at a chunk's end dropped, not carried to the next chunk",
    file: "src/workbook/xlsx/xmlScanner.ts",
    from: "carried = stop < bytes.length ? bytes.slice(stop) : undefined;",
    to: "carried = undefined;",
    tests: ["test/unit/workbook/sheetScanner.test.ts"],
    testNamePattern: "however it is split",
  },
  {
    name: "sheet scanner: a common cell taken inside another cell's value, where the general path's state differs",
    file: "src/workbook/xlsx/sheetScanner.ts",
    from: "if (this.inCell || this.inValue) return NOT_TAKEN;",
    to: "if (this.inCell) return NOT_TAKEN;",
    tests: ["test/unit/workbook/sheetScanner.test.ts"],
    testNamePattern: "a cell in a value",
  },
  {
    name: "sheet scanner: a common cell's value may hold `]`, so `]]>` in text is read instead of refused",
    file: "src/workbook/xlsx/sheetScanner.ts",
    from: "const VALUE_SAFE = printableBut(LESS, AMPERSAND, CLOSE_BRACKET);",
    to: "const VALUE_SAFE = printableBut(LESS, AMPERSAND);",
    tests: ["test/unit/workbook/sheetScanner.test.ts"],
    testNamePattern: "common cell whose value",
  },
  {
    name: "row intake: a row holding an error value offered to the quick path, which takes #N/A for a supplier",
    file: "src/workbook/xlsx/tableRows.ts",
    from: "!body.pendingHasProblem && intake.take(pending, pendingIndex)",
    to: "intake.take(pending, pendingIndex)",
    tests: ["test/integration/xlsxRowIntake.test.ts"],
    testNamePattern: "error value is never taken",
  },
  {
    name: "row intake: the rows taken before the scanner gives up kept when saxes reads the sheet again",
    file: "src/workbook/xlsx/tableRows.ts",
    from: "        body.intake?.restart();\n        body.pending.fill(null);",
    to: "        body.pending.fill(null);",
    tests: ["test/integration/xlsxRowIntake.test.ts"],
    testNamePattern: "gives up on after taking rows",
  },
  {
    name: "Excel adapter below ExcelApi 1.10: the detail columns grouped without asking",
    file: "src/workbook/excel/generatedSheet.ts",
    from: "  if (options.canGroupColumns) applyColumnGroups(sheet, model);\n  else hideColumnGroups(sheet, model);\n",
    to: "  applyColumnGroups(sheet, model);\n",
    tests: ["test/unit/workbook/excelReview.test.ts"],
    testNamePattern: "ExcelApi 1.8",
  },
  {
    name: "Excel adapter below ExcelApi 1.9: the page layout set without asking",
    file: "src/workbook/excel/generatedSheet.ts",
    from: "if (model.print && options.canSetPageLayout) applyPrintSetup(sheet, model.print);",
    to: "if (model.print) applyPrintSetup(sheet, model.print);",
    tests: ["test/unit/workbook/excelReview.test.ts"],
    testNamePattern: "ExcelApi 1.8",
  },
  {
    name: "bridge chart: the value axis left to start at zero in the CLI's file",
    file: "src/workbook/xlsx/chartPart.ts",
    from: 'this.spec.valueAxisMinimum === undefined ? "" : val("c:min", this.spec.valueAxisMinimum)',
    to: '""',
    tests: ["test/unit/workbook/xlsxChartParts.test.ts"],
  },
  {
    name: "bridge chart: the value axis left to start at zero in Excel",
    file: "src/workbook/excel/sheetDecorations.ts",
    from: "  if (spec.valueAxisMinimum !== undefined) chart.axes.valueAxis.minimum = spec.valueAxisMinimum;\n",
    to: "",
    tests: [SHEETS],
  },
  {
    name: "generated sheet part: the drop-downs written before the conditional formats, against CT_Worksheet's order",
    file: "src/workbook/xlsx/renderSheets.ts",
    from: "    extras.conditionalFormatting +\n    dataValidationsXml(model) +",
    to: "    dataValidationsXml(model) +\n    extras.conditionalFormatting +",
    tests: ["test/unit/workbook/generatedSheetPart.test.ts"],
  },
];

const only = process.argv[2] ?? "";
const mutations = MUTATIONS.filter((mutation) => mutation.name.includes(only));

/** Two copies, so two mutants run at once on a two-core machine; each copy holds one mutant at a time. */
const WORKERS = 2;

function makeCopy() {
  const copy = mkdtempSync(path.join(tmpdir(), "costcard-mutation-"));
  for (const entry of ["src", "test", "docs", "assets", "jest.config.js", "tsconfig.json", "package.json", "webpack.config.js", "scripts/jest-summary-reporter.cjs"]) {
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  if (mutations.some((mutation) => mutation.bundle)) cpSync(path.join(root, "dist"), path.join(copy, "dist"), { recursive: true });
  symlinkSync(realpathSync(path.join(root, "node_modules")), path.join(copy, "node_modules"), "dir");
  return copy;
}

/** Runs Jest in a copy on the given files; passed is true when every test passed. */
function jestPasses(copy, tests, testNamePattern) {
  const args = [path.join(copy, "node_modules/jest/bin/jest.js"), "--ci", "--silent", "--reporters=default", "--maxWorkers=1", "--selectProjects", "unit", "component", "--cacheDirectory", path.join(tmpdir(), "costcard-mutation-cache"), ...tests];
  if (testNamePattern) args.push("--testNamePattern", testNamePattern);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: copy });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ passed: status === 0, output }));
  });
}

/** Builds one webpack configuration (`cli`, `web`) in a copy; resolves to whether it built. */
function build(copy, configName) {
  const args = [path.join(copy, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--config-name", configName];
  return new Promise((resolve) => spawn(process.execPath, args, { cwd: copy, stdio: "ignore" }).on("close", (status) => resolve(status === 0)));
}

/** Applies one mutation in a copy (rebuilding its bundle), runs its tests, restores the file and dist/: the row of the report. */
async function runMutant(copy, mutation) {
  const file = path.join(copy, mutation.file);
  const original = readFileSync(file, "utf8");
  const found = original.split(mutation.from).length - 1;
  if (found !== 1) return { mutation, result: `NOT APPLIED: the code is found ${found} times`, failed: true };
  writeFileSync(file, original.replace(mutation.from, mutation.to));
  try {
    if (mutation.bundle && !(await build(copy, mutation.bundle))) return { mutation, result: `NOT RUN: the ${mutation.bundle} bundle did not build`, failed: true };
    const run = await jestPasses(copy, mutation.tests, mutation.testNamePattern);
    return { mutation, result: run.passed ? "SURVIVED" : "killed", failed: run.passed };
  } finally {
    writeFileSync(file, original);
    if (mutation.bundle) {
      rmSync(path.join(copy, "dist"), { recursive: true, force: true });
      cpSync(path.join(root, "dist"), path.join(copy, "dist"), { recursive: true });
    }
  }
}

if (mutations.some((mutation) => mutation.bundle) && !existsSync(path.join(root, "dist/cli/costcard.js"))) {
  throw new Error("dist/ is missing: run `npm run build` first (npm test does), the bundled mutants' tests run it");
}
const started = Date.now();
const copies = Array.from({ length: WORKERS }, makeCopy);
const rows = [];
try {
  // The baseline runs what the mutants will run: whole files, and the named tests of files a mutant runs only in part.
  const patterns = [...new Set(mutations.map((mutation) => mutation.testNamePattern))];
  const baselines = await Promise.all(
    patterns.map((pattern, index) =>
      jestPasses(
        copies[index % WORKERS],
        [...new Set(mutations.filter((mutation) => mutation.testNamePattern === pattern).flatMap((mutation) => mutation.tests))],
        pattern,
      ),
    ),
  );
  const failing = baselines.find((baseline) => !baseline.passed);
  if (failing !== undefined) {
    console.error(failing.output);
    throw new Error("the guarding tests fail without any mutation: fix them first");
  }
  const queue = [...mutations];
  await Promise.all(
    copies.map(async (copy) => {
      for (let mutation = queue.shift(); mutation !== undefined; mutation = queue.shift()) rows.push(await runMutant(copy, mutation));
    }),
  );
} finally {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
}
const failures = rows.filter((row) => row.failed).length;
console.log("| mutation | file | tests | result |\n|---|---|---|---|");
for (const { mutation, result } of mutations.map((mutation) => rows.find((row) => row.mutation === mutation))) {
  console.log(`| ${mutation.name} | ${mutation.file} | ${mutation.tests.map((test) => path.basename(test)).join(", ")} | ${result} |`);
}
console.log(`\n${mutations.length - failures} of ${mutations.length} mutants killed in ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = failures === 0 ? 0 : 1;
