import { shownNumber } from "../../core/rounding";
import type { ProblemJson } from "../../model/problem";
import { KPI_NAMES } from "../../reports/scorecardSheet";
import { kpiIsRate, parseSettings, SCORED_KPIS, type ScoredKpi, type Settings } from "../../schema/settings";
import type { RawTable } from "../../model/rawTable";
import { parseTypedNumber, percentText, type NumberKind } from "../form/typedNumber";

/** The Settings keys the page edits, in the order it shows them (PRODUCT.md, "Settings keys"). */
const GENERAL_KEYS = ["HomeCurrency", "Valuation", "OtdToleranceDays", "PriceChangeThreshold"] as const;
export const KPI_FIELDS = ["weight", "target", "floor"] as const;
export const GRADE_KEYS = ["grade.A", "grade.B", "grade.C"] as const;
/** How far back the scorecard's story looks (whole numbers). */
export const STORY_KEYS = ["HistoryPeriods", "RedFlagPeriods", "AuditEveryMonths"] as const;
/** The playbook's texts: what to do about a missed KPI, and about a red flag. */
export const PLAYBOOK_FIELDS = ["action", "escalation"] as const;
/** Our scorecard's rules (PRODUCT.md, "Our scorecard"): when an invoice still counts as paid on time, and how early a forecast must come (whole numbers). */
export const OUR_SCORECARD_KEYS = ["PaymentToleranceDays", "ForecastLagMonths"] as const;
const PLAYBOOK_KEYS: readonly string[] = SCORED_KPIS.flatMap((kpi) => PLAYBOOK_FIELDS.map((field) => `${kpi}.${field}`));
type KpiField = (typeof KPI_FIELDS)[number];


/** The group legends: the KPI and the unit its target and floor are in. */
export const KPI_LABELS: Readonly<Record<ScoredKpi, string>> = {
  otd: "On-time delivery (OTD, a rate)",
  defectRate: "Defect rate (a rate)",
  lotAcceptance: "Lot acceptance (a rate)",
  responseHours: "Response time (hours)",
  priceChange: "Price change (a rate)",
  leadTimeSlip: "Lead-time slip (days)",
};

/** A field's label, which names its KPI, so "Target" is never read out alone: "OTD target". */
export function settingLabel(key: string): string {
  const general: Readonly<Record<string, string>> = {
    HomeCurrency: "Home currency",
    Valuation: "Customs valuation",
    OtdToleranceDays: "OTD tolerance (days)",
    PriceChangeThreshold: "Price change threshold",
    HistoryPeriods: "Score history (periods shown)",
    RedFlagPeriods: "Red flag after (periods missed in a row)",
    AuditEveryMonths: "Audit every (months)",
    PaymentToleranceDays: "Payment tolerance (days)",
    ForecastLagMonths: "Forecast lead (months)",
  };
  if (general[key]) return general[key];
  const [kpi, field] = key.split(".") as [string, string];
  if (kpi === "grade") return `Grade ${field}`;
  return `${KPI_NAMES[kpi as ScoredKpi]} ${field}`;
}

/** What a field's number means, said under it where its label alone cannot say it (our scorecard's rules, PRODUCT.md). */
export const SETTING_HINTS: Readonly<Record<string, string>> = {
  PaymentToleranceDays: "An invoice paid up to this many days after its due date counts as paid on time.",
  ForecastLagMonths: "A month's forecast counts if given by the 1st of the month this many months before.",
};

/** How each key's text is read: rates take 5% or 0.05, days are whole. */
function kindOf(key: string): NumberKind | null {
  if (key === "HomeCurrency" || key === "Valuation" || PLAYBOOK_KEYS.includes(key)) return null;
  if (key === "OtdToleranceDays" || (STORY_KEYS as readonly string[]).includes(key) || (OUR_SCORECARD_KEYS as readonly string[]).includes(key)) return "whole";
  if (key === "PriceChangeThreshold") return "rate";
  const [kpi, field] = key.split(".") as [ScoredKpi, KpiField];
  if ((field === "target" || field === "floor") && kpiIsRate(kpi)) return "rate";
  return "amount";
}

export type SettingsFormValues = Readonly<Record<string, string>>;

export const SETTING_KEYS: readonly string[] = [...GENERAL_KEYS, ...SCORED_KPIS.flatMap((kpi) => KPI_FIELDS.map((field) => `${kpi}.${field}`)), ...GRADE_KEYS, ...STORY_KEYS, ...PLAYBOOK_KEYS, ...OUR_SCORECARD_KEYS];

/** Whether a key holds free text (a playbook's action or escalation) rather than a number or a choice. */
export const isTextSetting = (key: string): boolean => PLAYBOOK_KEYS.includes(key);

/** A value as its field shows it: rates as percentages (3%, 95%), so the page reads as the buyer types. */
function shownValue(key: string, value: number): string {
  return kindOf(key) === "rate" ? percentText(value) : shownNumber(value);
}

/** The settings in effect (the table's values, defaults for missing keys) as the form's text. */
export function settingsFormValues(settings: Settings): SettingsFormValues {
  const numbers: Record<string, number> = {
    OtdToleranceDays: settings.otdToleranceDays,
    PriceChangeThreshold: settings.priceChangeThreshold,
  };
  for (const kpi of SCORED_KPIS) for (const field of KPI_FIELDS) numbers[`${kpi}.${field}`] = settings.kpis[kpi][field];
  for (const key of GRADE_KEYS) numbers[key] = settings.grades[key.slice(-1) as "A" | "B" | "C"];
  numbers.HistoryPeriods = settings.historyPeriods;
  numbers.RedFlagPeriods = settings.redFlagPeriods;
  numbers.AuditEveryMonths = settings.auditEveryMonths;
  numbers.PaymentToleranceDays = settings.paymentToleranceDays;
  numbers.ForecastLagMonths = settings.forecastLagMonths;
  const values: Record<string, string> = { HomeCurrency: settings.homeCurrency, Valuation: settings.valuation };
  for (const kpi of SCORED_KPIS) {
    values[`${kpi}.action`] = settings.actions[kpi];
    values[`${kpi}.escalation`] = settings.escalations[kpi];
  }
  for (const [key, value] of Object.entries(numbers)) values[key] = shownValue(key, value);
  return values;
}

const FIRST_ROW = 2;

/** Messages about two fields at once, in the page's words, under the field the user is most likely to change. */
function crossFieldErrors(numbers: ReadonlyMap<string, number>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const kpi of SCORED_KPIS) {
    const target = numbers.get(`${kpi}.target`);
    if (target !== undefined && target === numbers.get(`${kpi}.floor`)) {
      errors[`${kpi}.target`] = `${KPI_NAMES[kpi]} target equals its floor (${shownValue(`${kpi}.target`, target)}): no score can be drawn between them.`;
    }
  }
  const [a, b, c] = GRADE_KEYS.map((key) => numbers.get(key));
  if (a !== undefined && b !== undefined && !(a > b)) errors["grade.B"] = `Grade B (${b}) must be below grade A (${a}).`;
  else if (b !== undefined && c !== undefined && !(b > c)) errors["grade.C"] = `Grade C (${c}) must be below grade B (${b}).`;
  return errors;
}

/**
 * Checks the form the way the reports will read the table: each value read as typed (rates as 5% or
 * 0.05, whole days), then through the Settings table's own parser for its bounds, then the checks
 * across fields, every message in the page's words under its field. `toWrite` holds numbers, never
 * the typed text.
 */
export function validateSettingsForm(values: SettingsFormValues): { errors: Readonly<Record<string, string>>; toWrite: Record<string, string | number> } {
  const errors: Record<string, string> = {};
  const toWrite: Record<string, string | number> = {};
  const numbers = new Map<string, number>();
  for (const key of SETTING_KEYS) {
    const text = (values[key] ?? "").trim();
    const kind = kindOf(key);
    if (kind === null) {
      if (text === "" && isTextSetting(key)) errors[key] = `${settingLabel(key)} is required: it is what the scorecard tells the meeting to do.`;
      toWrite[key] = text;
      continue;
    }
    const typed = parseTypedNumber(text, kind);
    if (!typed.ok) errors[key] = `${typed.message}.`;
    else if (typed.value === undefined) errors[key] = `${settingLabel(key)} is required.`;
    else numbers.set(key, typed.value);
    toWrite[key] = typed.ok && typed.value !== undefined ? typed.value : text;
  }
  const rows = SETTING_KEYS.map((key) => [key, numbers.get(key) ?? (kindOf(key) === null ? (values[key] ?? "") : null)]);
  const raw: RawTable = { name: "Settings", sheet: "Settings", headers: ["Key", "Value"], rows, firstRowNumber: FIRST_ROW };
  const problems: ProblemJson[] = [];
  parseSettings(raw, problems);
  for (const problem of problems) {
    const key = SETTING_KEYS[problem.row - FIRST_ROW];
    // Only a value's own problem ("Key: reason"); the checks across keys are worded below for the page.
    if (key === undefined || !problem.message.startsWith(`${key}: `)) continue;
    errors[key] ??= `${problem.message.slice(key.length + 2).replace(/; the defaults? (is|are) used$/, "")}.`;
  }
  for (const [key, message] of Object.entries(crossFieldErrors(numbers))) errors[key] ??= message;
  return { errors, toWrite };
}
