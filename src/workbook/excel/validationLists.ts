import { COMMON_CURRENCIES, normalizeHeader, type ColumnSpec } from "../../schema/tableSpecs";

/**
 * The drop-down a new table's column gets. A closed list (Incoterms 2020, supplier status,
 * inspection level) stops other entries; Currency offers the common codes but any ISO 4217 code is
 * valid, Result also reads Accept(ed)/Reject(ed) and Excused TRUE/1: those only warn. Excel compares list
 * entries case-insensitively, as Costcard's parsers do.
 */
export interface ValidationList {
  readonly choices: readonly string[];
  readonly strict: boolean;
}

const OPEN_CHOICE_COLUMNS = new Set(["result", "excused"]);

export function validationListFor(column: ColumnSpec): ValidationList | undefined {
  const name = normalizeHeader(column.name);
  if (name === "currency") return { choices: COMMON_CURRENCIES, strict: false };
  if (column.choices === undefined) return undefined;
  return { choices: column.choices, strict: !OPEN_CHOICE_COLUMNS.has(name) };
}

export function applyValidationList(range: Excel.Range, column: ColumnSpec, list: ValidationList): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: list.choices.join(",") } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: list.strict ? "Stop" : "Warning",
    title: column.name,
    message: list.strict ? `Choose one of: ${list.choices.join(", ")}.` : `Usually one of: ${list.choices.join(", ")}. Keep this value?`,
  };
}
