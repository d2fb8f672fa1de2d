import { z } from "zod";
import { fractionOfPercent } from "../../core/percentText";
import { shownNumber } from "../../core/rounding";

/**
 * Numbers as a buyer types them into the pane's forms, read in one place for every form (the quote
 * form, Settings): thousands separators (`1,000`), rates as `5%` or `0.05`, whole numbers for days,
 * quantities and tiers. The pane reads en-US as it writes it (displayNumbers.ts): a comma groups
 * thousands, a point marks decimals.
 *
 * A rate field refuses a bare number of 1 or more: "5" meant as 5% would be read as 500% and give a
 * plausible-looking, wrong landed cost. Rates of 100% and more, real for some tariffs, are typed
 * with % ("150%"), so they are never a slip.
 */
export type NumberKind = "amount" | "whole" | "rate";

export type TypedNumber = { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly message: string };

/** Plain decimal text: "12", "-3.5", ".5", "1e3". */
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Grouped by thousands the en-US way: "1,000", "12,345.67". */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** A number as a message quotes it back: what was typed, trimmed. */
const quoted = (text: string) => `"${text}"`;

function numberFromText(text: string): TypedNumber {
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  if (GROUPED.test(text)) return { ok: true, value: Number(text.replaceAll(",", "")) };
  if (/^[+-]?[\d.,]+$/.test(text) && text.includes(",")) {
    return { ok: false, message: `${quoted(text)} is not a number: group thousands with a comma (1,000) and write decimals with a point (1.5)` };
  }
  return { ok: false, message: `${quoted(text)} is not a number` };
}

/** 5 → "500%", 0.125 → "12.5%", 150 → "15,000%". */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(15)).toLocaleString("en-US", { maximumFractionDigits: 10 })}%`;
}

function rateFromText(text: string): TypedNumber {
  const percent = /^(.*?)\s*%$/.exec(text);
  if (percent) {
    const number = numberFromText(percent[1]!.trim());
    return number.ok && number.value !== undefined ? { ok: true, value: fractionOfPercent(number.value) } : { ok: false, message: `${quoted(text)} is not a percentage` };
  }
  const number = numberFromText(text);
  if (!number.ok || number.value === undefined || Math.abs(number.value) < 1) return number;
  const asFraction = fractionOfPercent(number.value);
  const fraction = Math.abs(asFraction) < 1 ? ` or ${shownNumber(asFraction)}` : "";
  return { ok: false, message: `${text} is ${percentText(number.value)}: type ${text}%${fraction}` };
}

/**
 * Reads what was typed into a field of the given kind. Blank (or only spaces) reads as undefined,
 * so an optional field takes its default; bounds (negative, too large) are the cell schema's job.
 */
export function parseTypedNumber(typed: string, kind: NumberKind): TypedNumber {
  const text = typed.trim();
  if (text === "") return { ok: true, value: undefined };
  if (kind === "rate") return rateFromText(text);
  if (text.endsWith("%")) return { ok: false, message: `${quoted(text)} is a percentage: this field takes a ${kind === "whole" ? "whole number" : "number"}` };
  const number = numberFromText(text);
  if (kind === "whole" && number.ok && number.value !== undefined && !Number.isInteger(number.value)) {
    return { ok: false, message: `${text} is not a whole number` };
  }
  return number;
}

/**
 * A form field's zod schema: the typed text read by `parseTypedNumber`, then checked by `cell`, the
 * workbook column's own schema (bounds, required or optional), so the form accepts what the reports
 * accept and writes the number, never the text.
 */
export function typedNumberField<T extends z.ZodType<unknown, unknown>>(kind: NumberKind, cell: T) {
  return z
    .string()
    .transform((text, context): unknown => {
      const parsed = parseTypedNumber(text, kind);
      if (parsed.ok) return parsed.value;
      context.addIssue({ code: "custom", message: parsed.message, input: text });
      return z.NEVER;
    })
    .pipe(cell);
}
