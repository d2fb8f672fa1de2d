import packageJson from "../../package.json";
import { jsonWithoutBinaryNoise } from "../reports/jsonNumbers";
import { serialFromYmd } from "../core/excelDate";
import { buildReview, checkWorkbook } from "../reports/buildReview";
import { tableRowCounts } from "../reports/tableRowCounts";
import { SAMPLE_ROWS } from "../sample/sampleWorkbook";
import { quickIntakeFor } from "../schema/tables";
import { TABLE_NAMES } from "../schema/tableSpecs";
import { UnreadableWorkbookError } from "../workbook/xlsx/packageKind";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { parseCommand, USAGE, type Command } from "./arguments";
import { stderrProgress, type ProgressReporter } from "./progress";
import { problemLine, reviewSummary, setupSummary, tableListing } from "./summary";
import { fileExists, openWorkbookFile, samePath, unwritableFolder, writeFailure, writeWorkbookFile } from "./workbookFile";

/** The `costcard` command: arguments in, the xlsx adapter wired to the reports, an exit code out. */

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: NodeJS.WriteStream;
  readonly now: Date;
  /** The environment (COSTCARD_ADDIN_STORE); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

/** A usage or file error: one line on stderr, exit 2, nothing written. */
class CliFailure extends Error {}

async function open(file: string): Promise<XlsxWorkbook> {
  const workbook = await openWorkbookFile(file);
  if (!workbook.ok) throw new CliFailure(workbook.message);
  return workbook.value;
}

/**
 * What Costcard writes keeps the input's kind (PRODUCT.md, "Reading a workbook"): Excel refuses to
 * open a macro-enabled package under an .xlsx name, and a package without macros under an .xlsm one.
 */
async function requireSameKind(workbook: XlsxWorkbook, file: string, out: string): Promise<void> {
  const macroEnabled = await workbook.isMacroEnabled();
  const extension = macroEnabled ? ".xlsm" : ".xlsx";
  if (out.toLowerCase().endsWith(extension)) return;
  throw new CliFailure(
    macroEnabled
      ? `--out must name an .xlsm file: ${file} is a macro-enabled workbook, and Costcard writes it back as one with its macros ("${out}" does not end in .xlsm)`
      : `--out must name an .xlsx file: ${file} is a workbook without macros, which Excel does not open under an .xlsm name ("${out}" does not end in .xlsx)`,
  );
}

/** A missing table's problem names the command that creates it, not the task pane's button. */
const setUpHint = (file: string) => `costcard setup ${file} creates it`;

async function requireWritableFolder(path: string): Promise<void> {
  const problem = await unwritableFolder(path);
  if (problem !== undefined) throw new CliFailure(problem);
}

async function init(command: Extract<Command, { kind: "init" }>, io: CliIo): Promise<number> {
  if (await fileExists(command.file)) throw new CliFailure(`${command.file} already exists: init never overwrites a file`);
  await requireWritableFolder(command.file);
  const workbook = await XlsxWorkbook.create();
  const created = await workbook.setUpTables(command.sample ? SAMPLE_ROWS : {});
  await workbook.nameAddin(command.addinStore);
  try {
    await writeWorkbookFile(command.file, await workbook.toBytes(), { exclusive: true });
  } catch (error) {
    throw new CliFailure(writeFailure(command.file, error));
  }
  io.stdout.write(`Created ${command.file} with the tables ${created.join(", ")}${command.sample ? ", filled with sample data" : ""}\n`);
  return EXIT_OK;
}

async function setup(command: Extract<Command, { kind: "setup" }>, io: CliIo): Promise<number> {
  const workbook = await open(command.file);
  const added = await workbook.addMissingTables();
  const named = await workbook.nameAddin(command.addinStore);
  if (added.length === 0 && !named) {
    io.stdout.write(`${command.file} already has every Costcard table and names the Costcard add-in: nothing changed.\n`);
    return EXIT_OK;
  }
  try {
    await writeWorkbookFile(command.file, await workbook.toBytes(), { keepBackup: true });
  } catch (error) {
    throw new CliFailure(writeFailure(command.file, error));
  }
  io.stdout.write(`${setupSummary(command.file, added, named)}\n`);
  return EXIT_OK;
}

async function check(command: Extract<Command, { kind: "check" }>, io: CliIo): Promise<number> {
  const workbook = await open(command.file);
  const progress = stderrProgress(io.stderr, command.file);
  workbook.onReadProgress = progress.onRows;
  const tables = await workbook.readTables(TABLE_NAMES, { intakeFor: quickIntakeFor });
  progress.done();
  const problems = checkWorkbook(tables, setUpHint(command.file));
  io.stdout.write(`${tableListing(command.file, tableRowCounts(tables, problems))}\n`);
  if (problems.length === 0) {
    io.stdout.write(`No data problems in ${command.file}.\n`);
    return EXIT_OK;
  }
  io.stdout.write(`${problems.length} data ${problems.length === 1 ? "problem" : "problems"} in ${command.file}:\n${problems.map((problem) => `  ${problemLine(problem)}\n`).join("")}`);
  return EXIT_PROBLEMS;
}

/** The tables are not kept past the review: on a big file they are most of the heap. */
async function computeReview(workbook: XlsxWorkbook, command: Extract<Command, { kind: "review" }>, progress: ProgressReporter) {
  const tables = await workbook.readTables(TABLE_NAMES, { intakeFor: quickIntakeFor });
  progress.step("Computing the review");
  return buildReview(tables, { period: command.period.label, asOf: command.asOf, setUpHint: setUpHint(command.file) });
}

async function review(command: Extract<Command, { kind: "review" }>, io: CliIo): Promise<number> {
  if (command.out !== undefined && samePath(command.out, command.file)) {
    throw new CliFailure("--out names the input file: leave --out out to write in place (a .bak copy is kept)");
  }
  if (command.out !== undefined) await requireWritableFolder(command.out);
  const workbook = await open(command.file);
  if (command.out !== undefined) await requireSameKind(workbook, command.file, command.out);
  const progress = stderrProgress(io.stderr, command.file);
  workbook.onReadProgress = progress.onRows;
  // Decisions typed into the period's review sheet go to PriceDecisions first, so the review shows them.
  const recorded = await workbook.harvestDecisions(command.period.label, io.now);
  const result = await computeReview(workbook, command, progress);
  if (!result.ok) throw new CliFailure(result.message);
  progress.step("Writing the sheets");
  const written = await workbook.writeGeneratedSheets(result.value.sheets);
  const target = command.out ?? command.file;
  try {
    await writeWorkbookFile(target, await workbook.toBytes(), { keepBackup: command.out === undefined });
  } catch (error) {
    throw new CliFailure(writeFailure(target, error));
  }
  progress.done();
  const { json, tableRows, homeCurrency, depositRecords } = result.value;
  io.stdout.write(command.json ? `${jsonWithoutBinaryNoise(json)}
` : `${reviewSummary(json, tableRows, written, target, command.out === undefined ? `${command.file}.bak` : undefined, recorded, { homeCurrency, depositRecords })}
`);
  return EXIT_OK;
}

export async function runCostcard(argv: readonly string[], io: CliIo): Promise<number> {
  const today = serialFromYmd(io.now.getUTCFullYear(), io.now.getUTCMonth() + 1, io.now.getUTCDate());
  const command = parseCommand(argv, today, io.env);
  if (!command.ok) {
    io.stderr.write(`costcard: ${command.message}\n`);
    return EXIT_USAGE;
  }
  try {
    switch (command.value.kind) {
      case "help":
        io.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      case "version":
        io.stdout.write(`${packageJson.version}\n`);
        return EXIT_OK;
      case "init":
        return await init(command.value, io);
      case "setup":
        return await setup(command.value, io);
      case "check":
        return await check(command.value, io);
      case "review":
        return await review(command.value, io);
    }
  } catch (error) {
    // A damaged part found after the file was opened (a sheet streamed, a part checked before writing) names the file too.
    const file = "file" in command.value ? command.value.file : "";
    const message =
      error instanceof CliFailure ? error.message : error instanceof UnreadableWorkbookError ? `${file} ${error.message}` : `${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`costcard: ${message.split("\n")[0]}\n`);
    return EXIT_USAGE;
  }
}
