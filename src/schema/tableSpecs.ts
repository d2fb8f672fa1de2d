/**
 * The workbook's data contract (PRODUCT.md, "Workbook tables"): table names, columns, which are
 * required, what kind of value each holds, the choices of an enumeration and the number format a
 * new table gets. Plain data, so the custom functions bundle, the set-up code and the zod parsers
 * all read the same list.
 */
import { INCOTERMS } from "../core/incoterms";

export type ColumnKind = "text" | "number" | "integer" | "money" | "rate" | "date" | "datetime" | "enum";

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** For kind "enum": the values a cell may hold (matched case-insensitively). */
  readonly choices?: readonly string[];
  /** Excel number format given to the column by "Set up workbook". */
  readonly numberFormat?: string;
}

export const INCOTERM_CHOICES = INCOTERMS;
export const SUPPLIER_STATUS_CHOICES = ["Preferred", "Approved", "Probation", "Inactive"] as const;
export const INSPECTION_LEVEL_CHOICES = ["S-1", "S-2", "S-3", "S-4", "I", "II", "III"] as const;
export const INSPECTION_RESULT_CHOICES = ["Pass", "Fail"] as const;
/** What a pricing review decides for a (SKU, Supplier): Accept and Counter may carry an agreed price. */
export const DECISION_CHOICES = ["Accept", "Counter", "Reject", "Re-source", "Hold"] as const;
/** Shipments' Excused: the delay was the buyer's or force majeure (yes/true/1 also read). */
export const EXCUSED_CHOICES = ["Yes", "No"] as const;
/** Actions' KPI: a scored KPI's key (settings.ts's SCORED_KPIS, repeated here so this file stays free of zod); blank is a general action. */
export const ACTION_KPI_CHOICES = ["otd", "defectRate", "lotAcceptance", "responseHours", "priceChange", "leadTimeSlip"] as const;
/** Offered in the Currency drop-downs; any ISO 4217 code is accepted when typed. */
export const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "CNY", "VND", "BDT", "INR", "TRY", "MXN", "JPY", "HKD", "CAD", "AUD", "KHR", "IDR", "PKR", "LKR", "THB", "PHP"] as const;

const DATE_FORMAT = "yyyy-mm-dd";
const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
const MONEY_FORMAT = "#,##0.00";
const RATE_FORMAT = "0.0%";

const text = (name: string, required = false): ColumnSpec => ({ name, kind: "text", required });
const num = (name: string, required = false): ColumnSpec => ({ name, kind: "number", required, numberFormat: "#,##0.####" });
const int = (name: string, required = false): ColumnSpec => ({ name, kind: "integer", required, numberFormat: "#,##0" });
const money = (name: string, required = false): ColumnSpec => ({ name, kind: "money", required, numberFormat: MONEY_FORMAT });
const rate = (name: string, required = false): ColumnSpec => ({ name, kind: "rate", required, numberFormat: RATE_FORMAT });
const date = (name: string, required = false): ColumnSpec => ({ name, kind: "date", required, numberFormat: DATE_FORMAT });
const datetime = (name: string, required = false): ColumnSpec => ({ name, kind: "datetime", required, numberFormat: DATETIME_FORMAT });
/** Text-formatted, so a code typed in keeps its leading 0 and its dots instead of becoming a number. */
const tariffCode = (name: string, required = false): ColumnSpec => ({ name, kind: "text", required, numberFormat: "@" });
const choice = (name: string, choices: readonly string[], required = false): ColumnSpec => ({ name, kind: "enum", required, choices });

export const TABLE_SPECS = {
  Suppliers: [
    text("Supplier", true),
    text("Country"),
    text("Category"),
    choice("Status", SUPPLIER_STATUS_CHOICES),
    text("Certifications"),
    date("LastAuditDate"),
    rate("LatePenaltyPerWeek"),
    int("PenaltyGraceDays"),
    rate("PenaltyCap"),
  ],
  Quotes: [
    text("Supplier", true),
    text("SKU", true),
    date("QuoteDate", true),
    money("UnitPrice", true),
    text("Currency"),
    choice("Incoterm", INCOTERM_CHOICES),
    int("Quantity"),
    int("MOQ"),
    money("Material"),
    money("Trims"),
    money("Labor"),
    money("Overhead"),
    money("Packaging"),
    money("Margin"),
    money("FreightPerUnit"),
    money("InsurancePerUnit"),
    rate("DutyRate"),
    tariffCode("HtsCode"),
    text("Origin"),
    money("Tooling"),
    int("LeadTimeDays"),
    rate("DepositPct"),
    text("MaterialIndex"),
    text("LaborIndex"),
    // The Incoterm's place (FOB Guangzhou): last, so workbooks made before it keep their columns.
    text("NamedPlace"),
  ],
  Shipments: [
    text("Supplier", true),
    text("PO", true),
    text("SKU"),
    num("Quantity", true),
    date("OrderDate"),
    date("PromisedDate", true),
    date("DeliveredDate"),
    num("DeliveredQty"),
    choice("Excused", EXCUSED_CHOICES),
  ],
  Inspections: [
    text("Supplier", true),
    date("InspectionDate", true),
    int("LotSize", true),
    text("PO"),
    text("SKU"),
    choice("Level", INSPECTION_LEVEL_CHOICES),
    num("AQLMajor"),
    num("AQLMinor"),
    int("Critical"),
    int("Major"),
    int("Minor"),
    int("SampleSize"),
    choice("Result", INSPECTION_RESULT_CHOICES),
  ],
  Responses: [text("Supplier", true), datetime("RaisedAt", true), datetime("RespondedAt")],
  FxRates: [text("Currency", true), date("Date", true), { name: "Rate", kind: "number", required: true, numberFormat: "0.000000" }],
  Indices: [text("Index", true), date("Date", true), { name: "Value", kind: "number", required: true, numberFormat: "#,##0.00" }],
  Duties: [
    text("Origin", true),
    tariffCode("HtsCode", true),
    text("Measure", true),
    rate("Rate"),
    { name: "PerUnit", kind: "money", required: false, numberFormat: "#,##0.00##" },
    date("From", true),
    date("To"),
    text("Source"),
  ],
  PriceDecisions: [
    // Text, so Excel keeps a month typed as 2026-07 as that text instead of turning it into a date.
    { name: "Period", kind: "text", required: true, numberFormat: "@" },
    text("SKU", true),
    text("Supplier", true),
    choice("Decision", DECISION_CHOICES, true),
    money("AgreedPrice"),
    date("EffectiveFrom"),
    text("DecidedBy"),
    datetime("DecidedAt"),
    text("Note"),
  ],
  // Corrective actions (SCAR/CAPA): what the supplier review agreed to do about a missed KPI.
  Actions: [
    text("Supplier", true),
    choice("KPI", ACTION_KPI_CHOICES),
    date("Opened", true),
    text("Owner"),
    date("Due"),
    text("RootCause"),
    text("Action"),
    date("Closed"),
    date("Verified"),
    text("Note"),
  ],
  // What the brand owes its factories and what it told them it would order: "Our scorecard" (docs/kpis.md).
  Payments: [text("Supplier", true), text("Invoice"), money("Amount"), text("Currency"), date("DueDate", true), date("PaidDate")],
  Forecasts: [
    text("Supplier", true),
    text("SKU"),
    // Text, so Excel keeps a month typed as 2026-07 as that text; any date in the month is read too.
    { name: "Month", kind: "text", required: true, numberFormat: "@" },
    num("Quantity", true),
    date("MadeAt"),
  ],
  Settings: [text("Key", true), { name: "Value", kind: "text", required: true }],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableName = keyof typeof TABLE_SPECS;

export const TABLE_NAMES = Object.keys(TABLE_SPECS) as TableName[];

export { normalizeHeader } from "../core/headerMatch";
