import { z } from "zod";
import type { GradeCutoffs } from "../core/kpi";
import { VALUATIONS, type Valuation } from "../core/landedCost";
import type { ProblemJson } from "../model/problem";
import type { RawTable } from "../model/rawTable";
import { choiceCell, currencyCell, numberCell, rateCell, textCell } from "./cells";
import { isBlankCell } from "../model/rawTable";
import { parseTable } from "./tableParser";

/**
 * The Settings table (PRODUCT.md, "Settings keys"): one shared set of weights, targets, floors,
 * grade cut-offs, home currency, valuation and OTD tolerance, so everyone in a workbook scores alike.
 */

export const SCORED_KPIS = ["otd", "defectRate", "lotAcceptance", "responseHours", "priceChange", "leadTimeSlip"] as const;
export type ScoredKpi = (typeof SCORED_KPIS)[number];

export interface KpiSettings {
  readonly weight: number;
  readonly target: number;
  readonly floor: number;
}

export interface Settings {
  readonly homeCurrency: string;
  readonly valuation: Valuation;
  readonly otdToleranceDays: number;
  readonly priceChangeThreshold: number;
  readonly kpis: Readonly<Record<ScoredKpi, KpiSettings>>;
  readonly grades: GradeCutoffs;
  /** How many periods the scorecard's history shows, this one last (1 to 12). */
  readonly historyPeriods: number;
  /** A KPI missed in each of this many periods, this one included, is a red flag. */
  readonly redFlagPeriods: number;
  /** What the playbook says to do about a missed KPI (`<kpi>.action`), and about a red flag (`<kpi>.escalation`). */
  readonly actions: Readonly<Record<ScoredKpi, string>>;
  readonly escalations: Readonly<Record<ScoredKpi, string>>;
  /** A supplier's audit is due when its LastAuditDate is older than this many months. */
  readonly auditEveryMonths: number;
  /** Days after DueDate an invoice may be paid and still count as on time (Our scorecard). */
  readonly paymentToleranceDays: number;
  /** How many months ahead a forecast must have been given to count (Our scorecard). */
  readonly forecastLagMonths: number;
}

/** PRODUCT.md's defaults ("Settings keys" and the scorecard table). */
export const DEFAULT_SETTINGS: Settings = {
  homeCurrency: "USD",
  valuation: "FOB",
  otdToleranceDays: 0,
  priceChangeThreshold: 0.03,
  kpis: {
    otd: { weight: 30, target: 0.95, floor: 0.8 },
    defectRate: { weight: 30, target: 0.01, floor: 0.05 },
    lotAcceptance: { weight: 15, target: 1, floor: 0.8 },
    responseHours: { weight: 10, target: 24, floor: 72 },
    priceChange: { weight: 15, target: 0, floor: 0.1 },
    // Shown, and scored only once a team gives it a weight: lead times are quoted loosely.
    leadTimeSlip: { weight: 0, target: 0, floor: 14 },
  },
  grades: { A: 85, B: 70, C: 55 },
  historyPeriods: 4,
  redFlagPeriods: 2,
  actions: {
    otd: "Review production schedules",
    defectRate: "Strengthen QC processes",
    lotAcceptance: "Strengthen QC processes",
    responseHours: "Reassign contacts",
    priceChange: "Ask for the cost breakdown",
    leadTimeSlip: "Review production schedules",
  },
  escalations: {
    otd: "Revisit contracts and processes",
    defectRate: "Revisit contracts and processes",
    lotAcceptance: "Revisit contracts and processes",
    responseHours: "Escalate to senior management",
    priceChange: "Demand transparency: audit their costs",
    leadTimeSlip: "Revisit contracts and processes",
  },
  auditEveryMonths: 12,
  paymentToleranceDays: 0,
  forecastLagMonths: 3,
};

/** The most periods a history shows (PRODUCT.md: HistoryPeriods from 1 to 12). */
export const MAX_HISTORY_PERIODS = 12;

const settingRow = z
  .object({
    Key: textCell,
    Value: z.preprocess((value) => (isBlankCell(value) ? undefined : value), z.union([z.string(), z.number(), z.boolean()]).optional()),
  })
  .transform((cells) => ({ key: cells.Key, value: cells.Value }));

const kpiLimit = numberCell({ min: -1e9 });
const rateKpiLimit = rateCell({ min: -1e9 });

/** Response hours count hours and lead-time slip days; every other scored KPI is a rate, whose target and floor may be typed 95% or 0.95. */
export const kpiIsRate = (kpi: ScoredKpi): boolean => kpi !== "responseHours" && kpi !== "leadTimeSlip";
const gradeCutoff = numberCell({ max: 100 });

type Setter = (value: unknown) => z.ZodSafeParseResult<unknown>;
type Draft = {
  -readonly [K in keyof Settings]: K extends "kpis"
    ? Record<ScoredKpi, { -readonly [P in keyof KpiSettings]: number }>
    : K extends "grades"
      ? { -readonly [P in keyof GradeCutoffs]: number }
      : K extends "actions" | "escalations"
        ? Record<ScoredKpi, string>
        : Settings[K];
};

function settersFor(draft: Draft): Map<string, { key: string; apply: Setter }> {
  const setters = new Map<string, { key: string; apply: Setter }>();
  const add = <T>(key: string, schema: z.ZodType<T>, assign: (value: T) => void) =>
    setters.set(key.toLowerCase(), {
      key,
      apply: (value) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) assign(parsed.data);
        return parsed;
      },
    });
  add("HomeCurrency", currencyCell, (value) => (draft.homeCurrency = value));
  add("Valuation", choiceCell(VALUATIONS), (value) => (draft.valuation = value));
  add("OtdToleranceDays", numberCell({ max: 365 }), (value) => (draft.otdToleranceDays = value));
  add("PriceChangeThreshold", rateCell({ max: 10 }), (value) => (draft.priceChangeThreshold = value));
  for (const kpi of SCORED_KPIS) {
    const limit = kpiIsRate(kpi) ? rateKpiLimit : kpiLimit;
    add(`${kpi}.weight`, numberCell({ max: 1000 }), (value) => (draft.kpis[kpi].weight = value));
    add(`${kpi}.target`, limit, (value) => (draft.kpis[kpi].target = value));
    add(`${kpi}.floor`, limit, (value) => (draft.kpis[kpi].floor = value));
  }
  for (const letter of ["A", "B", "C"] as const) add(`grade.${letter}`, gradeCutoff, (value) => (draft.grades[letter] = value));
  add("HistoryPeriods", numberCell({ integer: true, min: 1, max: MAX_HISTORY_PERIODS }), (value) => (draft.historyPeriods = value));
  add("RedFlagPeriods", numberCell({ integer: true, min: 1, max: MAX_HISTORY_PERIODS }), (value) => (draft.redFlagPeriods = value));
  for (const kpi of SCORED_KPIS) {
    add(`${kpi}.action`, textCell, (value) => (draft.actions[kpi] = value));
    add(`${kpi}.escalation`, textCell, (value) => (draft.escalations[kpi] = value));
  }
  add("AuditEveryMonths", numberCell({ integer: true, min: 1, max: 120 }), (value) => (draft.auditEveryMonths = value));
  add("PaymentToleranceDays", numberCell({ max: 365 }), (value) => (draft.paymentToleranceDays = value));
  add("ForecastLagMonths", numberCell({ integer: true, max: 24 }), (value) => (draft.forecastLagMonths = value));
  return setters;
}

function defaultDraft(): Draft {
  return structuredClone(DEFAULT_SETTINGS) as Draft;
}

/**
 * Reads the Settings table: keys case-insensitive, a missing key takes its default, and a bad value,
 * an unknown or repeated key, a KPI whose target equals its floor or grade cut-offs out of order is
 * listed as a problem and the default kept.
 */
export function parseSettings(raw: RawTable | undefined, problems: ProblemJson[]): Settings {
  const draft = defaultDraft();
  const setters = settersFor(draft);
  const rowOfKey = new Map<string, number>();
  for (const { key, value, row } of parseTable("Settings", raw, settingRow, problems)) {
    const normalized = key.toLowerCase();
    const setter = setters.get(normalized);
    if (setter === undefined) {
      problems.push({ table: "Settings", row, column: "Key", message: `"${key}" is not a Costcard setting; it is ignored` });
      continue;
    }
    if (rowOfKey.has(normalized)) {
      problems.push({ table: "Settings", row, column: "Key", message: `${setter.key} is set twice; the first row is used` });
      continue;
    }
    rowOfKey.set(normalized, row);
    if (value === undefined) {
      problems.push({ table: "Settings", row, column: "Value", message: `${setter.key} has no value; the default is used` });
      continue;
    }
    const parsed = setter.apply(value);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => issue.message).join("; ");
      problems.push({ table: "Settings", row, column: "Value", message: `${setter.key}: ${reason}; the default is used` });
    }
  }
  const rowOf = (key: string) => rowOfKey.get(key.toLowerCase()) ?? 0;
  for (const kpi of SCORED_KPIS) {
    const { target, floor } = draft.kpis[kpi];
    if (target === floor) {
      problems.push({ table: "Settings", row: rowOf(`${kpi}.target`) || rowOf(`${kpi}.floor`), column: "Value", message: `${kpi}.target equals ${kpi}.floor (${target}), so no score can be drawn; the defaults are used` });
      draft.kpis[kpi] = { ...DEFAULT_SETTINGS.kpis[kpi] };
    }
  }
  const { A, B, C } = draft.grades;
  if (!(A > B && B > C)) {
    problems.push({ table: "Settings", row: rowOf("grade.A") || rowOf("grade.B") || rowOf("grade.C"), column: "Value", message: `grade.A > grade.B > grade.C is needed (got ${A}, ${B}, ${C}); the defaults are used` });
    draft.grades = { ...DEFAULT_SETTINGS.grades };
  }
  return draft;
}
