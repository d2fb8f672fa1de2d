/**
 * Reads the formulas of docs/functions.md (`=COSTCARD.LANDEDCOST(10, 1000, , "FOB")`) into the
 * values Excel would pass: numbers, "text", TRUE/FALSE, null for an omitted argument and 2-D arrays
 * for array constants (`{1,2;3,4}`: `,` between columns, `;` between rows).
 */
export type Scalar = number | string | boolean;
export type FormulaValue = Scalar | null | Scalar[][];

/** Splits on `separator` outside quotes and braces. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "{") depth++;
    else if (!quoted && c === "}") depth--;
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

export function parseScalar(text: string): Scalar {
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  const number = Number(text);
  if (text === "" || Number.isNaN(number)) throw new Error(`not an Excel constant: ${text}`);
  return number;
}

export function parseValue(text: string): FormulaValue {
  if (text === "") return null;
  if (text.startsWith("{") && text.endsWith("}")) {
    return splitTopLevel(text.slice(1, -1), ";").map((row) => splitTopLevel(row, ",").map(parseScalar));
  }
  return parseScalar(text);
}

export interface Formula {
  readonly name: string;
  readonly args: FormulaValue[];
}

export function parseFormula(formula: string): Formula {
  const match = /^=COSTCARD\.([A-Z]+)\((.*)\)$/.exec(formula.trim());
  if (!match) throw new Error(`not a COSTCARD formula: ${formula}`);
  const [, name = "", argumentText = ""] = match;
  return { name, args: argumentText.trim() === "" ? [] : splitTopLevel(argumentText, ",").map(parseValue) };
}
