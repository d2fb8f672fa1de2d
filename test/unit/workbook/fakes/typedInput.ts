import type { CellScalar } from "../../../../src/model/rawTable";

/**
 * What Excel makes of a string written into a cell's `values`: it parses it as if the user had typed
 * it (en-US settings). Written from the Office.js reference of `Range.values`
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member:
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 * this value as a formula") and Excel's data-entry rules for numbers, dates, times, percentages and
 * booleans ("Enter data manually in worksheet cells", support.microsoft.com). A leading apostrophe
 * (the quote prefix) keeps the rest as text. A cell formatted as Text (`@`) takes the string as it is,
 * apostrophe included. Deliberately independent of Costcard's code: it never imports it.
 */
export interface TypedEntry {
  readonly value: CellScalar;
  /** The formula kept when the entry is one; its value is what Excel would show for it here. */
  readonly formula?: string;
  /** The format Excel gives a General cell for this entry (a date, a percentage, separators). */
  readonly numberFormat?: string;
}

const TEXT_FORMAT = "@";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (dates from 1900-03-01 on). */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / 86_400_000 + 25_569;
}

/** A two-digit year as Excel reads it: 00–29 are 2000s, 30–99 the 1900s. */
const fullYear = (text: string) => (text.length <= 2 ? (Number(text) < 30 ? 2000 : 1900) + Number(text) : Number(text));
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const thisYear = () => new Date().getUTCFullYear();

const DATE_FORMS: readonly { pattern: RegExp; date: (m: RegExpExecArray) => number | undefined; format: string }[] = [
  // 2026-07-15, 2026/7/15
  { pattern: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, date: (m) => serial(Number(m[1]), Number(m[2]), Number(m[3])), format: "m/d/yyyy" },
  // 2026-07, 2026/7: the first of the month
  { pattern: /^(\d{4})[-/](\d{1,2})$/, date: (m) => serial(Number(m[1]), Number(m[2]), 1), format: "mmm-yy" },
  // 7/15/2026, 7-15-26, 1/2/3
  { pattern: /^(\d{1,2})[-/](\d{1,2})[-/](\d{1,2}|\d{4})$/, date: (m) => serial(fullYear(m[3] ?? ""), Number(m[1]), Number(m[2])), format: "m/d/yyyy" },
  // 12-2026, 7/2026: the first of the month
  { pattern: /^(\d{1,2})[-/](\d{4})$/, date: (m) => serial(Number(m[2]), Number(m[1]), 1), format: "mmm-yy" },
  // 1-2, 7/15: month and day of the current year
  { pattern: /^(\d{1,2})[-/](\d{1,2})$/, date: (m) => serial(thisYear(), Number(m[1]), Number(m[2])), format: "d-mmm" },
  // 15-Jul-2026, 15 Jul 2026, 15-Jul
  { pattern: /^(\d{1,2})[- ]([a-z]{3,9})(?:[- ](\d{2}|\d{4}))?$/i, date: (m) => (monthOf(m[2] ?? "") > 0 ? serial(m[3] ? fullYear(m[3]) : thisYear(), monthOf(m[2] ?? ""), Number(m[1])) : undefined), format: "d-mmm-yy" },
  // Jul 15, 2026; July 15
  { pattern: /^([a-z]{3,9}) (\d{1,2})(?:, ?(\d{4}))?$/i, date: (m) => (monthOf(m[1] ?? "") > 0 ? serial(m[3] ? Number(m[3]) : thisYear(), monthOf(m[1] ?? ""), Number(m[2])) : undefined), format: "d-mmm-yy" },
  // Jul-2026, Jul-26
  { pattern: /^([a-z]{3,9})[- ](\d{2}|\d{4})$/i, date: (m) => (monthOf(m[1] ?? "") > 0 ? serial(fullYear(m[2] ?? ""), monthOf(m[1] ?? ""), 1) : undefined), format: "mmm-yy" },
];

/** A number as typed: sign, thousands separators, decimals, exponent, currency sign, (negative). */
const NUMBER = /^([+-])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;

function typedNumber(text: string): TypedEntry | undefined {
  const negative = /^\((.*)\)$/.exec(text);
  const body = negative ? (negative[1] ?? "") : text;
  const percent = body.endsWith("%");
  const match = NUMBER.exec(percent ? body.slice(0, -1).trim() : body);
  if (match === null) return undefined;
  const [, sign, currency, digits = "", exponent] = match;
  let value = Number(digits.replace(/,/g, "")) * 10 ** Number(exponent ?? 0);
  if (sign === "-" || negative) value = -value;
  if (percent) return { value: value / 100, numberFormat: "0%" };
  if (currency) return { value, numberFormat: "$#,##0.00" };
  if (exponent !== undefined) return { value, numberFormat: "0.00E+00" };
  return digits.includes(",") ? { value, numberFormat: "#,##0" } : { value };
}

/** A mixed fraction as typed: "1 1/2" is 1.5 (a bare "1/2" is a date). */
function typedFraction(text: string): TypedEntry | undefined {
  const match = /^(-)?(\d+) (\d+)\/(\d+)$/.exec(text);
  if (match === null || Number(match[4]) === 0) return undefined;
  const value = Number(match[2]) + Number(match[3]) / Number(match[4]);
  return { value: match[1] === "-" ? -value : value, numberFormat: "# ?/?" };
}

function typedTime(text: string): TypedEntry | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])m?)?$/i.exec(text);
  if (match === null) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem !== undefined && (hours < 1 || hours > 12)) return undefined;
  if (meridiem === "p" && hours < 12) hours += 12;
  if (meridiem === "a" && hours === 12) hours = 0;
  if (minutes > 59 || seconds > 59) return undefined;
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86_400, numberFormat: "h:mm" };
}

/** What a formula shows here: a signed number evaluates to itself, anything else to #NAME? (no names are defined). */
function formulaEntry(formula: string): TypedEntry {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const number = typedNumber(body);
  return { value: number !== undefined && /^[+-]?[\d.]/.test(body) ? number.value : "#NAME?", formula: formula.startsWith("=") ? formula : `=${formula}` };
}

/** The cell Excel makes of a value written into a cell whose format is `numberFormat`. */
export function typedEntry(value: CellScalar, numberFormat: string): TypedEntry {
  if (typeof value !== "string" || numberFormat === TEXT_FORMAT) return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith("=") && value.length > 1) return formulaEntry(value);
  const text = value.trim();
  if (text === "") return { value };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const number = typedNumber(text) ?? typedFraction(text);
  if (number !== undefined) return number;
  if (/^[+\-@]./.test(value)) return formulaEntry(value.startsWith("@") ? value.slice(1) : value);
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(text);
    const date = match === null ? undefined : form.date(match);
    if (date !== undefined) return { value: date, numberFormat: form.format };
  }
  const dateTime = /^(\S+) (\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m?)?)$/i.exec(text);
  if (dateTime !== null) {
    const date = typedEntry(dateTime[1] ?? "", "General");
    const time = typedTime(dateTime[2] ?? "");
    if (typeof date.value === "number" && date.numberFormat !== undefined && !date.numberFormat.includes("0") && time !== undefined) return { value: date.value + (time.value as number), numberFormat: "m/d/yyyy h:mm" };
  }
  return typedTime(text) ?? { value };
}
