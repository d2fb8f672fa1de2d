import type { ProblemJson } from "../../reports/reviewJson";
import { parseSettings, SCORED_KPIS, type ScoredKpi, type Settings } from "../../schema/settings";
import type { RawTable } from "../../workbook/port";

/** The Settings keys the page edits, in the order it shows them (PRODUCT.md, "Settings keys"). */
const GENERAL_KEYS = ["HomeCurrency", "Valuation", "OtdToleranceDays", "PriceChangeThreshold"] as const;
export const KPI_FIELDS = ["weight", "target", "floor"] as const;
export const GRADE_KEYS = ["grade.A", "grade.B", "grade.C"] as const;

export const KPI_FIELD_LABELS: Readonly<Record<(typeof KPI_FIELDS)[number], string>> = {
  weight: "Weight",
  target: "Target",
  floor: "Floor",
};

export const KPI_LABELS: Readonly<Record<ScoredKpi, string>> = {
  otd: "On-time delivery (fraction)",
  defectRate: "Defect rate (fraction)",
  lotAcceptance: "Lot acceptance (fraction)",
  responseHours: "Response time (hours)",
  priceChange: "Price change (fraction)",
  leadTimeSlip: "Lead-time slip (days)",
};

export type SettingsFormValues = Readonly<Record<string, string>>;

const settingKeys: readonly string[] = [...GENERAL_KEYS, ...SCORED_KPIS.flatMap((kpi) => KPI_FIELDS.map((field) => `${kpi}.${field}`)), ...GRADE_KEYS];

/** The settings in effect (the table's values, defaults for missing keys) as the form's text. */
export function settingsFormValues(settings: Settings): SettingsFormValues {
  const values: Record<string, string> = {
    HomeCurrency: settings.homeCurrency,
    Valuation: settings.valuation,
    OtdToleranceDays: String(settings.otdToleranceDays),
    PriceChangeThreshold: String(settings.priceChangeThreshold),
  };
  for (const kpi of SCORED_KPIS) for (const field of KPI_FIELDS) values[`${kpi}.${field}`] = String(settings.kpis[kpi][field]);
  for (const key of GRADE_KEYS) values[key] = String(settings.grades[key.slice(-1) as "A" | "B" | "C"]);
  return values;
}

const FIRST_ROW = 2;

/**
 * Checks the form the way the reports will read the table: the values go through the Settings
 * table's own parser, and each problem it lists is shown under the field of its key.
 */
export function validateSettingsForm(values: SettingsFormValues): { errors: Readonly<Record<string, string>>; toWrite: Record<string, string | number> } {
  const rows = settingKeys.map((key) => [key, values[key] ?? ""]);
  const raw: RawTable = { name: "Settings", sheet: "Settings", headers: ["Key", "Value"], rows, firstRowNumber: FIRST_ROW };
  const problems: ProblemJson[] = [];
  parseSettings(raw, problems);
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const key = settingKeys[problem.row - FIRST_ROW];
    if (key !== undefined) errors[key] ??= problem.message.replace(/; the defaults? (is|are) used$/, ".");
  }
  const toWrite: Record<string, string | number> = {};
  for (const key of settingKeys) {
    const text = (values[key] ?? "").trim();
    toWrite[key] = text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return { errors, toWrite };
}
