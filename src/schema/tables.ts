import { z } from "zod";
import { parseInspectionLevel } from "../core/aql/codeLetter";
import { parseAql } from "../core/aql/tables";
import { parsePeriod } from "../core/period";
import type { ProblemJson } from "../model/problem";
import type { IntakeFor, RawTable } from "../model/rawTable";
import type { DutyRow } from "../core/duties";
import { dutyEndsBeforeStart, LARGEST_DUTY_RATE } from "../core/dutiesTable";
import { choiceCell, coreParsedCell, countryCell, currencyCell, dateCell, dateTimeCell, flagCell, monthCell, numberCell, optionalCell, quickAmount, quickDate, quickDateTime, quickFlag, quickMonth, quickParsed, quickText, quickWhole, rateCell, tariffCodeCell, textCell, UNSURE } from "./cells";
import type { CostComponent } from "./costComponents";
import { parseSettings, type Settings } from "./settings";
import { cellAt, parseTable, QuickIntake, type QuickRow, type WithRow } from "./tableParser";
import { ACTION_KPI_CHOICES, DECISION_CHOICES, INCOTERM_CHOICES, INSPECTION_RESULT_CHOICES, SUPPLIER_STATUS_CHOICES, TABLE_NAMES, type TableName } from "./tableSpecs";

/**
 * The workbook's tables (PRODUCT.md, "Workbook tables") as zod schemas: raw rows in, typed records
 * with PRODUCT.md's defaults applied out, and every bad cell listed as a problem. This is the one
 * place cells are checked; everything downstream trusts these records.
 */

const money = numberCell();
const quantity = numberCell();
const wholeQuantity = numberCell({ integer: true });
/** The Duties table's rule for a rate (core/dutiesTable.ts), also Quotes' DutyRate. */
const dutyRate = rateCell({ max: LARGEST_DUTY_RATE });
const share = rateCell({ max: 1 });
const positiveRate = numberCell({ min: 0, minExclusive: true });
const standardAql = coreParsedCell(parseAql);

export const supplierCells = z.object({
  Supplier: textCell,
  Country: optionalCell(countryCell()),
  Category: optionalCell(textCell),
  Status: optionalCell(choiceCell(SUPPLIER_STATUS_CHOICES)),
  Certifications: optionalCell(textCell),
  LastAuditDate: optionalCell(dateCell),
  LatePenaltyPerWeek: optionalCell(share),
  PenaltyGraceDays: optionalCell(numberCell({ integer: true, max: 365 })),
  PenaltyCap: optionalCell(share),
});

const supplierRow = supplierCells.transform((cells) => ({
  supplier: cells.Supplier,
  /** ISO 3166 alpha-2 code; null when blank. */
  country: cells.Country ?? null,
  category: cells.Category ?? null,
  status: cells.Status ?? null,
  certifications: cells.Certifications ?? null,
  lastAuditDate: cells.LastAuditDate ?? null,
  /** The contract's late-delivery penalty, a fraction of a late line's value per started week; null: no penalty clause. */
  latePenaltyPerWeek: cells.LatePenaltyPerWeek ?? null,
  penaltyGraceDays: cells.PenaltyGraceDays ?? 0,
  penaltyCap: cells.PenaltyCap ?? 0.1,
}));

export const quoteCells = z.object({
  Supplier: textCell,
  SKU: textCell,
  QuoteDate: dateCell,
  UnitPrice: money,
  Currency: optionalCell(currencyCell),
  Incoterm: optionalCell(choiceCell(INCOTERM_CHOICES)),
  Quantity: optionalCell(wholeQuantity),
  MOQ: optionalCell(wholeQuantity),
  Material: optionalCell(money),
  Trims: optionalCell(money),
  Labor: optionalCell(money),
  Overhead: optionalCell(money),
  Packaging: optionalCell(money),
  Margin: optionalCell(money),
  FreightPerUnit: optionalCell(money),
  InsurancePerUnit: optionalCell(money),
  DutyRate: optionalCell(dutyRate),
  HtsCode: optionalCell(tariffCodeCell()),
  Origin: optionalCell(countryCell()),
  Tooling: optionalCell(money),
  LeadTimeDays: optionalCell(wholeQuantity),
  DepositPct: optionalCell(share),
  MaterialIndex: optionalCell(textCell),
  LaborIndex: optionalCell(textCell),
  NamedPlace: optionalCell(textCell),
});

const quoteRow = quoteCells.transform((cells) => ({
  supplier: cells.Supplier,
  sku: cells.SKU,
  quoteDate: cells.QuoteDate,
  unitPrice: cells.UnitPrice,
  /** Null when blank: the home currency of the Settings applies. */
  currency: cells.Currency ?? null,
  incoterm: cells.Incoterm ?? "FOB",
  quantity: cells.Quantity ?? 1,
  moq: cells.MOQ ?? null,
  components: {
    material: cells.Material ?? null,
    trims: cells.Trims ?? null,
    labor: cells.Labor ?? null,
    overhead: cells.Overhead ?? null,
    packaging: cells.Packaging ?? null,
    margin: cells.Margin ?? null,
  } satisfies Record<CostComponent, number | null>,
  freightPerUnit: cells.FreightPerUnit ?? 0,
  insurancePerUnit: cells.InsurancePerUnit ?? 0,
  /** Null when blank: with an HtsCode the Duties table gives the rate, else no duty. */
  dutyRate: cells.DutyRate ?? null,
  htsCode: cells.HtsCode ?? null,
  /** ISO 3166 alpha-2 code; a blank Origin is the supplier's Country, filled in by parseWorkbook (null when that is blank too). */
  origin: cells.Origin ?? null,
  tooling: cells.Tooling ?? 0,
  leadTimeDays: cells.LeadTimeDays ?? null,
  depositPct: cells.DepositPct ?? null,
  materialIndex: cells.MaterialIndex ?? null,
  laborIndex: cells.LaborIndex ?? null,
  /** The Incoterm's named place (Guangzhou in FOB Guangzhou); shown, not computed with. */
  namedPlace: cells.NamedPlace ?? null,
}));

export const shipmentCells = z.object({
  Supplier: textCell,
  PO: textCell,
  SKU: optionalCell(textCell),
  Quantity: quantity,
  OrderDate: optionalCell(dateCell),
  PromisedDate: dateCell,
  DeliveredDate: optionalCell(dateCell),
  DeliveredQty: optionalCell(quantity),
  Excused: optionalCell(flagCell),
});

export const shipmentRow = shipmentCells
  .superRefine((cells, context) => {
    if (cells.OrderDate !== undefined && cells.DeliveredDate !== undefined && cells.DeliveredDate < cells.OrderDate) {
      context.addIssue({ code: "custom", path: ["OrderDate"], message: "The line is delivered before it was ordered" });
    }
  })
  .transform((cells) => ({
    supplier: cells.Supplier,
    po: cells.PO,
    sku: cells.SKU ?? null,
    quantity: cells.Quantity,
    /** Null when not recorded: the line then has no lead time and no known deposit (docs/kpis.md). */
    orderDate: cells.OrderDate ?? null,
    promisedDate: cells.PromisedDate,
    /** Null while the line is open. */
    deliveredDate: cells.DeliveredDate ?? null,
    /** Null while the line is open; a delivered line with a blank DeliveredQty delivered its Quantity. */
    deliveredQty: cells.DeliveredDate === undefined ? null : (cells.DeliveredQty ?? cells.Quantity),
    /** The delay was the buyer's or force majeure: no late penalty (it still counts in OTD). */
    excused: cells.Excused ?? false,
  }));

/**
 * `shipmentRow`'s record for a line whose every cell the quick readers are sure of, with its row
 * number; undefined for any other line, which `shipmentRow` then reads (the Shipments table holds up
 * to a million lines: docs/PERFORMANCE.md).
 */
export const quickShipmentRow: QuickRow<z.output<typeof shipmentRow>> = (cells, columns, row) => {
  const supplier = quickText(cellAt(cells, columns.Supplier));
  const po = quickText(cellAt(cells, columns.PO));
  const sku = quickText(cellAt(cells, columns.SKU));
  const quantity = quickAmount(cellAt(cells, columns.Quantity));
  const orderDate = quickDate(cellAt(cells, columns.OrderDate));
  const promisedDate = quickDate(cellAt(cells, columns.PromisedDate));
  const deliveredDate = quickDate(cellAt(cells, columns.DeliveredDate));
  const deliveredQty = quickAmount(cellAt(cells, columns.DeliveredQty));
  const excused = quickFlag(cellAt(cells, columns.Excused));
  if (supplier === undefined || supplier === UNSURE || po === undefined || po === UNSURE || sku === UNSURE) return undefined;
  if (quantity === undefined || quantity === UNSURE || promisedDate === undefined || promisedDate === UNSURE) return undefined;
  if (orderDate === UNSURE || deliveredDate === UNSURE || deliveredQty === UNSURE || excused === UNSURE) return undefined;
  if (orderDate !== undefined && deliveredDate !== undefined && deliveredDate < orderDate) return undefined;
  return {
    supplier,
    po,
    sku: sku ?? null,
    quantity,
    orderDate: orderDate ?? null,
    promisedDate,
    deliveredDate: deliveredDate ?? null,
    deliveredQty: deliveredDate === undefined ? null : (deliveredQty ?? quantity),
    excused: excused ?? false,
    row,
  };
};

export const inspectionCells = z.object({
  Supplier: textCell,
  InspectionDate: dateCell,
  LotSize: numberCell({ integer: true, min: 1 }),
  PO: optionalCell(textCell),
  SKU: optionalCell(textCell),
  Level: optionalCell(coreParsedCell(parseInspectionLevel)),
  AQLMajor: optionalCell(standardAql),
  AQLMinor: optionalCell(standardAql),
  Critical: optionalCell(wholeQuantity),
  Major: optionalCell(wholeQuantity),
  Minor: optionalCell(wholeQuantity),
  SampleSize: optionalCell(numberCell({ integer: true, min: 1 })),
  Result: optionalCell(choiceCell(INSPECTION_RESULT_CHOICES, { accept: "Pass", accepted: "Pass", reject: "Fail", rejected: "Fail" })),
});

const inspectionRecord = (cells: z.output<typeof inspectionCells>) => ({
    supplier: cells.Supplier,
    inspectionDate: cells.InspectionDate,
    lotSize: cells.LotSize,
    po: cells.PO ?? null,
    sku: cells.SKU ?? null,
    level: cells.Level ?? ("II" as const),
    aqlMajor: cells.AQLMajor ?? 2.5,
    aqlMinor: cells.AQLMinor ?? 4.0,
    critical: cells.Critical ?? 0,
    /**
     * Null when blank. A blank count is 0 defects for the KPIs and for a computed verdict; with a
     * recorded Result it is unknown to the switching score (docs/aql.md, "Missing counts").
     */
    major: cells.Major ?? null,
    minor: cells.Minor ?? null,
    /** Null when blank: the sampling plan's sample size applies. */
    sampleSize: cells.SampleSize ?? null,
    /** Null when blank: the verdict is computed from the defects found. */
    result: cells.Result ?? null,
  });

export const inspectionRow = inspectionCells
  .superRefine((cells, context) => {
    if (cells.SampleSize !== undefined && cells.SampleSize > cells.LotSize) {
      context.addIssue({ code: "custom", path: ["SampleSize"], message: `A sample of ${cells.SampleSize} is larger than the lot of ${cells.LotSize}` });
    }
  })
  .transform(inspectionRecord);

/**
 * `inspectionRow`'s record for a row the quick readers are sure of; a recorded Result, or a sample
 * larger than its lot (which the schema names), goes to the schema.
 */
export const quickInspectionRow: QuickRow<z.output<typeof inspectionRow>> = (cells, columns, row) => {
  const Supplier = quickText(cellAt(cells, columns.Supplier));
  const InspectionDate = quickDate(cellAt(cells, columns.InspectionDate));
  const LotSize = quickWhole(cellAt(cells, columns.LotSize), 1);
  const PO = quickText(cellAt(cells, columns.PO));
  const SKU = quickText(cellAt(cells, columns.SKU));
  const Level = quickParsed(cellAt(cells, columns.Level), parseInspectionLevel);
  const AQLMajor = quickParsed(cellAt(cells, columns.AQLMajor), parseAql);
  const AQLMinor = quickParsed(cellAt(cells, columns.AQLMinor), parseAql);
  const Critical = quickWhole(cellAt(cells, columns.Critical), 0);
  const Major = quickWhole(cellAt(cells, columns.Major), 0);
  const Minor = quickWhole(cellAt(cells, columns.Minor), 0);
  const SampleSize = quickWhole(cellAt(cells, columns.SampleSize), 1);
  const Result = quickText(cellAt(cells, columns.Result));
  if (Supplier === undefined || Supplier === UNSURE || InspectionDate === undefined || InspectionDate === UNSURE || LotSize === undefined || LotSize === UNSURE) return undefined;
  if (PO === UNSURE || SKU === UNSURE || Level === UNSURE || AQLMajor === UNSURE || AQLMinor === UNSURE) return undefined;
  if (Critical === UNSURE || Major === UNSURE || Minor === UNSURE || SampleSize === UNSURE || Result !== undefined) return undefined;
  if (SampleSize !== undefined && SampleSize > LotSize) return undefined;
  return { ...inspectionRecord({ Supplier, InspectionDate, LotSize, PO, SKU, Level, AQLMajor, AQLMinor, Critical, Major, Minor, SampleSize }), row };
};

export const responseCells = z.object({
  Supplier: textCell,
  RaisedAt: dateTimeCell,
  RespondedAt: optionalCell(dateTimeCell),
});

const responseRecord = (cells: z.output<typeof responseCells>) => ({
  supplier: cells.Supplier,
  raisedAt: cells.RaisedAt,
  /** Null while unanswered. */
  respondedAt: cells.RespondedAt ?? null,
});

export const responseRow = responseCells
  .superRefine((cells, context) => {
    if (cells.RespondedAt !== undefined && cells.RespondedAt < cells.RaisedAt) {
      context.addIssue({ code: "custom", path: ["RespondedAt"], message: "The response is dated before the issue was raised" });
    }
  })
  .transform(responseRecord);

/** `responseRow`'s record for a row the quick readers are sure of (a response dated before its issue goes to the schema, which says so). */
export const quickResponseRow: QuickRow<z.output<typeof responseRow>> = (cells, columns, row) => {
  const Supplier = quickText(cellAt(cells, columns.Supplier));
  const RaisedAt = quickDateTime(cellAt(cells, columns.RaisedAt));
  const RespondedAt = quickDateTime(cellAt(cells, columns.RespondedAt));
  if (Supplier === undefined || Supplier === UNSURE || RaisedAt === undefined || RaisedAt === UNSURE || RespondedAt === UNSURE) return undefined;
  if (RespondedAt !== undefined && RespondedAt < RaisedAt) return undefined;
  return { ...responseRecord({ Supplier, RaisedAt, RespondedAt }), row };
};

export const fxRateCells = z.object({ Currency: currencyCell, Date: dateCell, Rate: positiveRate });

const fxRateRow = fxRateCells.transform((cells) => ({
  currency: cells.Currency,
  date: cells.Date,
  /** Home currency per one unit of `currency`. */
  rate: cells.Rate,
}));

export const indexCells = z.object({ Index: textCell, Date: dateCell, Value: positiveRate });

const indexRow = indexCells.transform((cells) => ({
  index: cells.Index,
  date: cells.Date,
  value: cells.Value,
}));

export const dutyCells = z.object({
  Origin: countryCell({ anyOrigin: true }),
  HtsCode: tariffCodeCell({ anyCode: true }),
  Measure: textCell,
  Rate: optionalCell(dutyRate),
  PerUnit: optionalCell(money),
  From: dateCell,
  To: optionalCell(dateCell),
  Source: optionalCell(textCell),
});

const dutyRow = dutyCells
  .superRefine((cells, context) => {
    if (dutyEndsBeforeStart(cells.From, cells.To ?? null)) {
      context.addIssue({ code: "custom", path: ["To"], message: "The measure ends before it starts (To before From)" });
    }
  })
  .transform((cells): DutyRow => ({
    origin: cells.Origin,
    htsCode: cells.HtsCode,
    measure: cells.Measure,
    rate: cells.Rate ?? 0,
    perUnit: cells.PerUnit ?? 0,
    from: cells.From,
    to: cells.To ?? null,
    source: cells.Source ?? "",
  }));

export const priceDecisionCells = z.object({
  Period: coreParsedCell((value) => parsePeriod(String(value).trim())),
  SKU: textCell,
  Supplier: textCell,
  Decision: choiceCell(DECISION_CHOICES),
  AgreedPrice: optionalCell(numberCell({ min: 0, minExclusive: true })),
  EffectiveFrom: optionalCell(dateCell),
  DecidedBy: optionalCell(textCell),
  DecidedAt: optionalCell(dateTimeCell),
  Note: optionalCell(textCell),
});

const priceDecisionRow = priceDecisionCells
  .superRefine((cells, context) => {
    if (cells.Decision === "Counter" && cells.AgreedPrice === undefined) {
      context.addIssue({ code: "custom", path: ["AgreedPrice"], message: "A Counter needs the AgreedPrice it counters at" });
    }
  })
  .transform((cells) => ({
    /** The period's label as Costcard writes it (2026-Q3), whatever the case typed. */
    period: cells.Period.label,
    sku: cells.SKU,
    supplier: cells.Supplier,
    decision: cells.Decision,
    /** In the quote's currency, for the smallest tier; null when the decision sets no price. */
    agreedPrice: cells.AgreedPrice ?? null,
    /** Blank: the day after the period ends (PRODUCT.md). */
    effectiveFrom: cells.EffectiveFrom ?? cells.Period.last + 1,
    decidedBy: cells.DecidedBy ?? null,
    /** Null when blank: such a row counts as the oldest of its (Period, SKU, Supplier). */
    decidedAt: cells.DecidedAt ?? null,
    note: cells.Note ?? null,
  }));

export const actionCells = z.object({
  Supplier: textCell,
  KPI: optionalCell(choiceCell(ACTION_KPI_CHOICES)),
  Opened: dateCell,
  Owner: optionalCell(textCell),
  Due: optionalCell(dateCell),
  RootCause: optionalCell(textCell),
  Action: optionalCell(textCell),
  Closed: optionalCell(dateCell),
  Verified: optionalCell(dateCell),
  Note: optionalCell(textCell),
});

/** Days from Opened to a blank Due (PRODUCT.md, Actions). */
export const ACTION_DUE_DAYS = 14;

const actionRow = actionCells
  .superRefine((cells, context) => {
    if (cells.Closed !== undefined && cells.Closed < cells.Opened) {
      context.addIssue({ code: "custom", path: ["Closed"], message: "The action is closed before it was opened" });
    }
    if (cells.Due !== undefined && cells.Due < cells.Opened) {
      context.addIssue({ code: "custom", path: ["Due"], message: "The action is due before it was opened" });
    }
  })
  .transform((cells) => ({
    supplier: cells.Supplier,
    /** A scored KPI's key; null for a general action, which answers any KPI's red flag. */
    kpi: cells.KPI ?? null,
    opened: cells.Opened,
    owner: cells.Owner ?? null,
    due: cells.Due ?? cells.Opened + ACTION_DUE_DAYS,
    rootCause: cells.RootCause ?? null,
    action: cells.Action ?? null,
    /** Null while open. */
    closed: cells.Closed ?? null,
    verified: cells.Verified ?? null,
    note: cells.Note ?? null,
  }));
export const paymentCells = z.object({
  Supplier: textCell,
  Invoice: optionalCell(textCell),
  Amount: optionalCell(money),
  Currency: optionalCell(currencyCell),
  DueDate: dateCell,
  PaidDate: optionalCell(dateCell),
});

const paymentRow = paymentCells.transform((cells) => ({
  supplier: cells.Supplier,
  invoice: cells.Invoice ?? null,
  /** Shown nowhere yet: the measures count invoices, not money (docs/kpis.md). */
  amount: cells.Amount ?? null,
  currency: cells.Currency ?? null,
  dueDate: cells.DueDate,
  /** Null while unpaid. */
  paidDate: cells.PaidDate ?? null,
}));

export const forecastCells = z.object({
  Supplier: textCell,
  SKU: optionalCell(textCell),
  Month: monthCell,
  Quantity: quantity,
  MadeAt: optionalCell(dateCell),
});

const forecastRecord = (cells: z.output<typeof forecastCells>) => ({
  supplier: cells.Supplier,
  /** Null: the supplier's total for the month. */
  sku: cells.SKU ?? null,
  /** Serial of the month's first day. */
  month: cells.Month,
  quantity: cells.Quantity,
  /** Null when blank: in time, and older than any dated forecast of the same cell. */
  madeAt: cells.MadeAt ?? null,
});

export const forecastRow = forecastCells.transform(forecastRecord);

/** `forecastRow`'s record for a row the quick readers are sure of (Forecasts holds a line per supplier, SKU and month: docs/PERFORMANCE.md). */
export const quickForecastRow: QuickRow<z.output<typeof forecastRow>> = (cells, columns, row) => {
  const Supplier = quickText(cellAt(cells, columns.Supplier));
  const SKU = quickText(cellAt(cells, columns.SKU));
  const Month = quickMonth(cellAt(cells, columns.Month));
  const Quantity = quickAmount(cellAt(cells, columns.Quantity));
  const MadeAt = quickDate(cellAt(cells, columns.MadeAt));
  if (Supplier === undefined || Supplier === UNSURE || SKU === UNSURE || Month === undefined || Month === UNSURE) return undefined;
  if (Quantity === undefined || Quantity === UNSURE || MadeAt === UNSURE) return undefined;
  return { ...forecastRecord({ Supplier, SKU, Month, Quantity, MadeAt }), row };
};

export type SupplierRecord = WithRow<z.output<typeof supplierRow>>;
export type QuoteRecord = WithRow<z.output<typeof quoteRow>>;
export type ShipmentRecord = WithRow<z.output<typeof shipmentRow>>;
export type InspectionRecord = WithRow<z.output<typeof inspectionRow>>;
export type ResponseRecord = WithRow<z.output<typeof responseRow>>;
export type FxRateRecord = WithRow<z.output<typeof fxRateRow>>;
export type IndexRecord = WithRow<z.output<typeof indexRow>>;
export type DutyRecord = WithRow<DutyRow>;
export type PriceDecisionRecord = WithRow<z.output<typeof priceDecisionRow>>;
export type ActionRecord = WithRow<z.output<typeof actionRow>>;
export type PaymentRecord = WithRow<z.output<typeof paymentRow>>;
export type ForecastRecord = WithRow<z.output<typeof forecastRow>>;

export interface WorkbookData {
  readonly suppliers: readonly SupplierRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly shipments: readonly ShipmentRecord[];
  readonly inspections: readonly InspectionRecord[];
  readonly responses: readonly ResponseRecord[];
  readonly fxRates: readonly FxRateRecord[];
  readonly indices: readonly IndexRecord[];
  /** In table order: the Duties rule breaks its last tie by the lower row. */
  readonly duties: readonly DutyRecord[];
  /** Every row of PriceDecisions, history included; `latestDecisions` picks each (Period, SKU, Supplier)'s decision. */
  readonly priceDecisions: readonly PriceDecisionRecord[];
  /** Corrective actions, in table order. */
  readonly actions: readonly ActionRecord[];
  readonly payments: readonly PaymentRecord[];
  /** In table order, as the forecast tie rule needs: on the same MadeAt the row further down wins. */
  readonly forecasts: readonly ForecastRecord[];
}

export interface ParsedWorkbook {
  readonly data: WorkbookData;
  readonly settings: Settings;
  readonly problems: ProblemJson[];
}

/** Tables without which there is no scorecard (PRODUCT.md: a scorecard needs only Suppliers and Shipments). */
const TABLES_A_REVIEW_NEEDS: readonly TableName[] = ["Suppliers", "Shipments"];

/**
 * The Suppliers table's own spelling of each supplier, keyed case-insensitively: "acme ltd" in
 * Shipments is Acme Ltd. A name listed twice is a problem; its first row counts.
 */
function supplierDirectory(suppliers: SupplierRecord[], problems: ProblemJson[]): { directory: Map<string, string>; unique: SupplierRecord[] } {
  const directory = new Map<string, string>();
  const unique: SupplierRecord[] = [];
  for (const record of suppliers) {
    const key = record.supplier.toLowerCase();
    const first = directory.get(key);
    if (first !== undefined) {
      problems.push({ table: "Suppliers", row: record.row, column: "Supplier", message: `"${record.supplier}" is listed twice; the first row is used` });
      continue;
    }
    directory.set(key, record.supplier);
    unique.push(record);
  }
  return { directory, unique };
}

/**
 * Keeps the records whose supplier is in Suppliers, written as Suppliers spells it; when Suppliers
 * has no rows every supplier is taken as named.
 */
function withKnownSuppliers<R extends { readonly supplier: string; readonly row: number }>(
  table: TableName,
  records: R[],
  directory: ReadonlyMap<string, string>,
  problems: ProblemJson[],
): R[] {
  if (directory.size === 0) return records;
  const known: R[] = [];
  // A million lines name a few dozen suppliers, each spelled the same way (one string): look each spelling up once.
  const spellings = new Map<string, string | undefined>();
  // Indexed: a for…of run once over a million lines made an iterator result per line (docs/PERFORMANCE.md).
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    let name = spellings.get(record.supplier);
    if (name === undefined && !spellings.has(record.supplier)) {
      name = directory.get(record.supplier.toLowerCase());
      spellings.set(record.supplier, name);
    }
    if (name === undefined) {
      problems.push({ table, row: record.row, column: "Supplier", message: `"${record.supplier}" is not in the Suppliers table` });
    } else {
      known.push(name === record.supplier ? record : { ...record, supplier: name });
    }
  }
  return known;
}

/** A quote without Origin comes from its supplier's Country (PRODUCT.md); both blank leaves it null. */
function withOrigins(quotes: QuoteRecord[], suppliers: readonly SupplierRecord[]): QuoteRecord[] {
  const countries = new Map(suppliers.map((supplier) => [supplier.supplier, supplier.country]));
  return quotes.map((quote) => (quote.origin !== null ? quote : { ...quote, origin: countries.get(quote.supplier) ?? null }));
}

/** How the surface the user is on creates missing tables: the task pane's button, unless said (the CLI names its command). */
export const TASK_PANE_SET_UP = '"Set up workbook" creates it';

/** The tables with a quick path beside their schema, and it. */
const QUICK_ROWS = { Shipments: quickShipmentRow, Inspections: quickInspectionRow, Responses: quickResponseRow, Forecasts: quickForecastRow } as const;

/**
 * The intake (RowIntake) of a table with a quick path: its rows become records as a host that
 * streams the file reads them (the CLI's review of a million lines: docs/PERFORMANCE.md), and
 * parseWorkbook takes those records where their rows stood.
 */
export const quickIntakeFor: IntakeFor = (table, headers, firstRowNumber) => {
  const quick = (QUICK_ROWS as Partial<Record<string, QuickRow<unknown>>>)[table];
  return quick === undefined ? undefined : new QuickIntake(table as TableName, headers, firstRowNumber, quick);
};

/** Every table of the workbook read into records, with the Settings and every data problem found. */
export function parseWorkbook(tables: ReadonlyMap<TableName, RawTable>, setUpHint = TASK_PANE_SET_UP): ParsedWorkbook {
  const problems: ProblemJson[] = [];
  for (const table of TABLES_A_REVIEW_NEEDS) {
    if (!tables.has(table)) problems.push({ table, row: 0, column: "", message: `The workbook has no ${table} table; ${setUpHint}` });
  }
  const read = <R>(table: TableName, schema: z.ZodType<R>, quick?: QuickRow<R>) => parseTable(table, tables.get(table), schema, problems, quick);
  const { directory, unique } = supplierDirectory(read("Suppliers", supplierRow), problems);
  const named = <R extends { readonly supplier: string; readonly row: number }>(table: TableName, records: R[]) =>
    withKnownSuppliers(table, records, directory, problems);
  const data: WorkbookData = {
    suppliers: unique,
    quotes: withOrigins(named("Quotes", read("Quotes", quoteRow)), unique),
    shipments: named("Shipments", read("Shipments", shipmentRow, QUICK_ROWS.Shipments)),
    inspections: named("Inspections", read("Inspections", inspectionRow, QUICK_ROWS.Inspections)),
    responses: named("Responses", read("Responses", responseRow, QUICK_ROWS.Responses)),
    fxRates: read("FxRates", fxRateRow),
    indices: read("Indices", indexRow),
    duties: read("Duties", dutyRow),
    priceDecisions: named("PriceDecisions", read("PriceDecisions", priceDecisionRow)),
    actions: named("Actions", read("Actions", actionRow)),
    payments: named("Payments", read("Payments", paymentRow)),
    forecasts: named("Forecasts", read("Forecasts", forecastRow, QUICK_ROWS.Forecasts)),
  };
  const settings = parseSettings(tables.get("Settings"), problems);
  return { data, settings, problems: sortProblems(problems) };
}

/** Problems in the order a reader fixes them: table by table as PRODUCT.md lists them, then row by row. */
export function sortProblems(problems: ProblemJson[]): ProblemJson[] {
  const tableOrder = new Map<string, number>(TABLE_NAMES.map((name, index) => [name, index]));
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (tableOrder.get(a.problem.table) ?? 99) - (tableOrder.get(b.problem.table) ?? 99) || a.problem.row - b.problem.row || a.index - b.index)
    .map(({ problem }) => problem);
}
