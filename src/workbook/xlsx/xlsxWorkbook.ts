import JSZip from "jszip";
import { nowSerial, type DateSystem } from "../../core/excelDate";
import { decisionRows, typedDecisions } from "../../model/decisionCells";
import { generatedSheetMarker, type SheetModel } from "../../model/sheetModel";
import { sheetNameFromReference } from "../sheetMarker";
import { TABLE_NAMES, TABLE_SPECS, type TableName } from "../../schema/tableSpecs";
import { planSettingsUpdate } from "../settingsUpdate";
import { sheetModelInDateSystem, specDateColumns, specRowsInDateSystem } from "../dateCells";
import { missingTables, selectTables } from "../tableSelection";
import type { CellScalar, RawTable } from "../../model/rawTable";
import type { ReadTablesOptions, TableInfo, WorkbookPort, WrittenSheet } from "../port";
import { addAddinReference, type AddinStore } from "./addinReference";
import { graftGeneratedSheets } from "./sheetGraft";
import { sheetGrid } from "./sheetGrid";
import { appendTableRows } from "./tableAppend";
import { graftTableSheets, type AddedTable } from "./tableGraft";
import { readTableRows, type RowProgress } from "./tableRows";
import { readWorkbookLayout, type WorkbookLayout } from "./workbookLayout";
import { NOT_A_ZIP, refuseOleFile, UnreadableWorkbookError } from "./packageKind";
import { verifyPackage } from "./partBytes";

/**
 * renderNewWorkbook, loaded when a workbook is created or set up: it is the only code here that needs
 * ExcelJS, whose loading `costcard review` and `check` then skip (docs/PERFORMANCE.md). "eager": the
 * module stays in the CLI's one file, evaluated at the first call.
 */
async function newWorkbookRenderer(): Promise<typeof import("./newWorkbook").renderNewWorkbook> {
  return (await import(/* webpackMode: "eager" */ "./newWorkbook")).renderNewWorkbook;
}

/** The package's date system. A workbook `costcard init` creates is in the 1900 system. */
const dateSystemOf = (layout: WorkbookLayout): DateSystem => (layout.date1904 ? "1904" : "1900");

/**
 * The WorkbookPort over an .xlsx package held in memory. Tables are read by streaming the sheets;
 * generated sheets and missing tables (`costcard setup`) are grafted into the package without
 * rewriting the user's parts. Rows are appended and settings written only in a workbook this
 * adapter creates (`costcard init`): editing the tables of a user's existing file is left to Excel,
 * where nothing is lost.
 * (A created workbook is re-rendered from its tables on each such edit, so write generated sheets
 * into it last.)
 */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private zip: JSZip,
    /** The package as bytes; undefined once a graft changed `zip` and until they are needed. */
    private bytes: Buffer | undefined,
    /** Sheets and tables of the package; undefined once a graft changed it and until needed. */
    private layout: WorkbookLayout | undefined,
    /** The tables of a workbook created here, in spec column order; undefined for a user's file. */
    private readonly draft: Map<TableName, CellScalar[][]> | undefined,
  ) {}

  /**
   * A user's .xlsx or .xlsm file as bytes. Rejects when they are not an Excel workbook, or with
   * DamagedPartError when a part fails its checksum, does not parse or is missing where a
   * relationship points. The sheets holding tables and the shared strings are checked as they are
   * streamed (readTables), or before anything is written: checking them here would inflate the
   * biggest parts twice.
   */
  static async fromBytes(bytes: Buffer): Promise<XlsxWorkbook> {
    refuseOleFile(bytes);
    const zip = await JSZip.loadAsync(bytes).catch(() => {
      throw new UnreadableWorkbookError(NOT_A_ZIP);
    });
    const layout = await readWorkbookLayout(zip);
    const streamedLater = new Set(layout.sheets.filter((sheet) => layout.tables.some((table) => table.sheet === sheet.name)).map((sheet) => sheet.path));
    if (layout.sharedStringsPath !== undefined) streamedLater.add(layout.sharedStringsPath);
    await verifyPackage(zip, streamedLater);
    return new XlsxWorkbook(zip, bytes, layout, undefined);
  }

  /** A macro-enabled workbook (.xlsm), which Costcard writes back as one. */
  async isMacroEnabled(): Promise<boolean> {
    return (await this.currentLayout()).macroEnabled;
  }

  /** A new, empty workbook, to be set up with Costcard's tables. */
  static async create(): Promise<XlsxWorkbook> {
    const workbook = new XlsxWorkbook(new JSZip(), undefined, undefined, new Map());
    await workbook.renderDraft();
    return workbook;
  }

  /** Reports every 10,000 rows read while tables are streamed. */
  onReadProgress: RowProgress | undefined;

  async listTables(): Promise<readonly TableInfo[]> {
    return (await this.currentLayout()).tables.map((table) => ({
      name: table.name,
      sheet: table.sheet,
      rowCount: Math.max(0, table.lastRow - table.firstRow + 1 - table.headerRowCount - table.totalsRowCount),
    }));
  }

  async readTables(names: readonly string[], options: ReadTablesOptions = {}): Promise<ReadonlyMap<TableName, RawTable>> {
    const layout = await this.currentLayout();
    const selected = selectTables(
      layout.tables.map((table) => table.name),
      names,
    );
    const toRead = [...selected].flatMap(([spec, name]) => {
      const part = layout.tables.find((table) => table.name === name);
      if (part === undefined) return [];
      const intake = options.intakeFor?.(spec, part.headers, part.firstRow + part.headerRowCount);
      return [{ spec, part, dateColumns: specDateColumns(spec, part.headers), ...(intake !== undefined && { intake }) }];
    });
    const reads = await readTableRows(this.zip, layout, toRead, this.onReadProgress);
    // A part no table needed is still checked: a damaged file is refused, not half used.
    await verifyPackage(this.zip);
    const tables = new Map<TableName, RawTable>();
    for (const { spec, part } of toRead) {
      const read = reads.get(part);
      tables.set(spec, {
        name: part.name,
        sheet: part.sheet,
        headers: part.headers,
        rows: read?.rows ?? [],
        firstRowNumber: part.firstRow + part.headerRowCount,
        ...(read !== undefined && read.cellProblems.length > 0 ? { cellProblems: read.cellProblems } : {}),
        ...(read?.intake !== undefined && { intake: read.intake }),
      });
    }
    return tables;
  }

  /** Price review sheets whose typed decisions were taken in this session (a file changes only here until it is written). */
  private readonly harvested = new Set<string>();

  async harvestDecisions(period: string, now: Date): Promise<number> {
    return this.harvest(period, now);
  }

  /**
   * Appends the decisions typed into the period's price review sheet to the PriceDecisions table
   * (tableAppend.ts); throws, having changed nothing, when they cannot be read or kept.
   */
  private async harvest(period: string, now: Date): Promise<number> {
    const layout = await this.currentLayout();
    const sheetName = sheetNameFromReference(layout.definedNames.get(generatedSheetMarker("priceReview", period)) ?? "");
    const sheet = layout.sheets.find((entry) => entry.name === sheetName);
    if (sheet === undefined || this.harvested.has(sheet.path)) return 0;
    const typed = typedDecisions(await sheetGrid(this.zip, layout, sheet.path), sheet.name);
    if (!typed.ok) throw new Error(typed.message);
    this.harvested.add(sheet.path);
    if (typed.typed.length === 0) return 0;
    const tableName = selectTables(
      layout.tables.map((table) => table.name),
      ["PriceDecisions"],
    ).get("PriceDecisions");
    const table = layout.tables.find((entry) => entry.name === tableName);
    if (table === undefined) throw new Error(`decisions were typed into "${sheet.name}" and the workbook has no PriceDecisions table to keep them: add it (costcard setup, or "Set up workbook" in Excel), then run again`);
    const tableSheet = layout.sheets.find((entry) => entry.name === table.sheet)!;
    const rows = decisionRows(typed.typed, period, nowSerial(now));
    await appendTableRows(this.zip, table, tableSheet, "PriceDecisions", specRowsInDateSystem(dateSystemOf(layout), "PriceDecisions", rows));
    this.bytes = undefined;
    this.layout = undefined;
    return typed.typed.length;
  }

  async writeGeneratedSheet(model: SheetModel): Promise<WrittenSheet> {
    const [written] = await this.writeGeneratedSheets([model]);
    if (written === undefined) throw new Error("the generated sheet was not written");
    return written;
  }

  /** Several generated sheets rendered and grafted in one pass (the CLI writes both at once). */
  async writeGeneratedSheets(models: readonly SheetModel[]): Promise<WrittenSheet[]> {
    const now = new Date();
    for (const model of models) if (model.kind === "priceReview") await this.harvest(model.period, now);
    const system = dateSystemOf(await this.currentLayout());
    const inWorkbook = models.map((model) => sheetModelInDateSystem(system, model));
    const written = await graftGeneratedSheets(this.zip, inWorkbook);
    this.bytes = undefined;
    this.layout = undefined;
    return written;
  }

  async setUpTables(rowsByTable: Partial<Record<TableName, readonly (readonly CellScalar[])[]>> = {}): Promise<readonly TableName[]> {
    if (this.draft === undefined) return (await this.addMissingTables(rowsByTable)).map((added) => added.table);
    const draft = this.draft;
    const created = missingTables([...draft.keys()], TABLE_NAMES);
    for (const table of created) draft.set(table, (rowsByTable[table] ?? []).map((row) => [...row]));
    await this.renderDraft();
    return created;
  }

  async appendRows(table: TableName, rows: readonly (readonly CellScalar[])[]): Promise<void> {
    const body = this.editableDraft().get(table);
    if (body === undefined) throw new Error(`the workbook has no ${table} table`);
    const width = TABLE_SPECS[table].length;
    body.push(...rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null)));
    await this.renderDraft();
  }

  async writeSettings(values: Readonly<Record<string, string | number>>): Promise<void> {
    const settings = this.editableDraft().get("Settings");
    if (settings === undefined) throw new Error("the workbook has no Settings table");
    const { changes, additions } = planSettingsUpdate(
      settings.map((row) => row[0] ?? null),
      values,
    );
    for (const { rowIndex, value } of changes) {
      const row = settings[rowIndex];
      if (row !== undefined) row[1] = value;
    }
    settings.push(...additions.map(([key, value]) => [key, value]));
    await this.renderDraft();
  }

  /**
   * A user's file: the missing Costcard tables, each on a new sheet with its headers, drop-downs and
   * formats, grafted in without touching any part of the user's (`costcard setup`). Returns each added
   * table with the sheet it got (its own name, or a suffixed one when the user has a sheet of that name).
   */
  async addMissingTables(rowsByTable: Partial<Record<TableName, readonly (readonly CellScalar[])[]>> = {}): Promise<AddedTable[]> {
    if (Object.values(rowsByTable).some((rows) => rows !== undefined && rows.length > 0)) {
      throw new Error("costcard adds only empty tables to an existing .xlsx file; type or paste the rows in Excel");
    }
    await verifyPackage(this.zip);
    const created = missingTables((await this.currentLayout()).tables.map((table) => table.name), TABLE_NAMES);
    if (created.length === 0) return [];
    const rendered = await JSZip.loadAsync(await (await newWorkbookRenderer())(new Map(created.map((table) => [table, []]))));
    const added = await graftTableSheets(this.zip, rendered, created);
    this.bytes = undefined;
    this.layout = undefined;
    return added;
  }

  /** Where a created workbook's add-in reference points; kept across its re-renders. */
  private addinStore: AddinStore | undefined;

  /**
   * The workbook names Costcard as its add-in (addinReference.ts), so Excel offers it to whoever
   * opens the file. Returns false, changing nothing, when it already does.
   */
  async nameAddin(store: AddinStore): Promise<boolean> {
    if (this.draft !== undefined) this.addinStore = store;
    const added = await addAddinReference(this.zip, store);
    if (added) {
      this.bytes = undefined;
      this.layout = undefined;
    }
    return added;
  }

  /** The package as it stands, ready to be written to a file. Parts no graft changed keep their compressed bytes. */
  async toBytes(): Promise<Buffer> {
    // Never carry a damaged part of the user's into a file Costcard writes.
    await verifyPackage(this.zip);
    this.bytes ??= await this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
    return this.bytes;
  }

  private editableDraft(): Map<TableName, CellScalar[][]> {
    if (this.draft === undefined) {
      throw new Error("costcard changes only the sheets it generates in an existing .xlsx file; edit its tables in Excel");
    }
    return this.draft;
  }

  private async currentLayout(): Promise<WorkbookLayout> {
    this.layout ??= await readWorkbookLayout(this.zip);
    return this.layout;
  }

  private async renderDraft(): Promise<void> {
    this.bytes = await (await newWorkbookRenderer())(this.draft ?? new Map());
    this.zip = await JSZip.loadAsync(this.bytes);
    this.layout = undefined;
    if (this.addinStore !== undefined && (await addAddinReference(this.zip, this.addinStore))) this.bytes = undefined;
  }
}
