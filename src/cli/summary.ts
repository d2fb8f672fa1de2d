import { OPEN_DECISION } from "../model/decisionCells";
import { type DepositRecords, depositsLine, forecastsLine, inspectionLine, leadTimeLine, paymentsLine, priceBridgeLine, priceFlagsLine } from "../reports/reviewHighlights";
import type { ProblemJson } from "../model/problem";
import type { ReviewJson } from "../reports/reviewJson";
import type { TableRowCount } from "../reports/tableRowCounts";
import { TABLE_NAMES } from "../schema/tableSpecs";
import type { WrittenSheet } from "../workbook/port";

/** What the CLI prints for people (the JSON is for programs). */

export function problemLine(problem: ProblemJson): string {
  const where = problem.row > 0 ? `row ${problem.row}` : "table";
  const column = problem.column === "" ? "" : `, ${problem.column}`;
  return `${problem.table} ${where}${column}: ${problem.message}`;
}

/** Every grade from A to D with its count, zeros included, so the line reads the same each quarter: "2 A, 3 B, 0 C, 1 D". */
function gradeCounts(scored: readonly { readonly grade: string | null }[]): string {
  return GRADES.map((grade) => `${scored.filter((supplier) => supplier.grade === grade).length} ${grade}`).join(", ");
}

const GRADES = ["A", "B", "C", "D"] as const;

const rowsText = (count: number) => `${count.toLocaleString("en-US")} ${count === 1 ? "row" : "rows"}`;

/** `costcard check`'s first lines: each Costcard table with its rows, then the ones the workbook lacks. */
export function tableListing(file: string, counts: readonly TableRowCount[]): string {
  const lines = [`Costcard tables in ${file}:`];
  for (const count of counts) {
    const where = count.name === count.table && count.sheet === count.table ? "" : ` (${count.name === count.table ? "" : `table ${count.name}, `}sheet ${count.sheet})`;
    const leftOut = count.rows - count.used;
    lines.push(`  ${count.table}${where}: ${rowsText(count.rows)}${leftOut > 0 ? `, ${leftOut} left out for data problems` : ""}`);
  }
  const missing = TABLE_NAMES.filter((table) => !counts.some((count) => count.table === table));
  if (counts.length === 0) lines.push("  none");
  if (missing.length > 0) lines.push(`  Not in the workbook: ${missing.join(", ")} (costcard setup ${file} adds them)`);
  return lines.join("\n");
}

/** The review summary's last line: the rows of each table the review used. */
export function rowsUsedLine(counts: readonly TableRowCount[]): string {
  if (counts.length === 0) return "  Rows used: no Costcard table was found.";
  return `  Rows used: ${counts.map((count) => `${count.table} ${count.used === count.rows ? count.used.toLocaleString("en-US") : `${count.used.toLocaleString("en-US")} of ${count.rows.toLocaleString("en-US")}`}`).join(", ")}`;
}

/** Sheets are listed only once some are written: the summary can be printed either way. */
export function reviewSummary(
  review: ReviewJson,
  tableRows: readonly TableRowCount[],
  written: readonly WrittenSheet[],
  target: string,
  backup: string | undefined,
  recordedDecisions: number,
  { homeCurrency, depositRecords }: { readonly homeCurrency: string; readonly depositRecords: DepositRecords },
): string {
  const lines = [`Costcard review ${review.period}, as of ${review.asOf}`, ...review.warnings.map((warning) => `  ${warning}`)];
  const scored = review.suppliers.filter((supplier) => supplier.grade !== null);
  const count = review.suppliers.length;
  lines.push(
    count === 0
      ? "  No supplier has activity in the period."
      : `  ${count} ${count === 1 ? "supplier" : "suppliers"}, grades: ${gradeCounts(scored)}${scored.length < count ? `, ${count - scored.length} without a score` : ""}`,
  );
  const inspections = inspectionLine(review.suppliers);
  if (inspections !== null) lines.push(`  ${inspections}`);
  lines.push(`  ${priceFlagsLine(review.priceReview)}`);
  const bridge = priceBridgeLine(review.priceBridge, homeCurrency);
  if (bridge !== null) lines.push(`  ${bridge}`);
  if (review.priceReview.length > 0) {
    const open = review.priceReview.filter((row) => row.decision === OPEN_DECISION).length;
    const decided = review.priceReview.filter((row) => row.decision !== null && row.decision !== OPEN_DECISION).length;
    lines.push(`  Decisions: ${decided} decided, ${open} open${open > 0 ? ` (${open === 1 ? "a Negotiate or Check breakdown row needs one" : "Negotiate or Check breakdown rows need one"})` : ""}`);
  }
  if (count > 0) lines.push(`  ${depositsLine(review.suppliers, homeCurrency, depositRecords)}`);
  const leadTime = leadTimeLine(review.suppliers);
  if (leadTime !== null) lines.push(`  ${leadTime}`);
  for (const customerLine of [paymentsLine(review.customer), forecastsLine(review.customer)]) if (customerLine !== null) lines.push(`  ${customerLine}`);
  const problems = review.problems.length;
  lines.push(problems === 0 ? "  No data problems." : `  ${problems} ${problems === 1 ? "data problem" : "data problems"} (rows left out; costcard check lists them):`);
  const shown = review.problems.slice(0, 5);
  for (const problem of shown) lines.push(`    ${problemLine(problem)}`);
  if (review.problems.length > shown.length) lines.push(`    … and ${review.problems.length - shown.length} more`);
  lines.push(rowsUsedLine(tableRows));
  if (recordedDecisions > 0) lines.push(`Recorded ${recordedDecisions} decision${recordedDecisions === 1 ? "" : "s"} typed into "Price Review ${review.period}" in PriceDecisions`);
  for (const sheet of written) lines.push(`Wrote "${sheet.sheetName}" (${sheet.replaced ? "replaced Costcard's earlier sheet" : "new sheet"}) to ${target}`);
  if (backup !== undefined) lines.push(`Kept the previous file as ${backup}`);
  return lines.join("\n");
}

/**
 * What `costcard setup` prints once it changed the file: the tables it added, each named with its
 * sheet where that differs, in the singular for one; and whether it named the add-in.
 */
export function setupSummary(file: string, added: readonly { readonly table: string; readonly sheetName: string }[], namedAddin = false): string {
  const where = added.map(({ table, sheetName }) => (sheetName === table ? table : `${table} (on sheet "${sheetName}")`));
  const one = added.length === 1;
  return [
    ...(added.length > 0 ? [`Added the ${one ? "table" : "tables"} ${where.join(", ")} to ${file}, ${one ? "on a new sheet" : "each on a new sheet"}; the existing sheets are unchanged.`] : []),
    ...(namedAddin ? [`${file} now names the Costcard add-in, so Excel offers it to whoever opens the workbook.`] : []),
    `Kept the previous file as ${file}.bak`,
    ...(added.length > 0 ? [`Next: fill ${one ? "it" : "them"} in Excel, then costcard check ${file}`] : []),
  ].join("\n");
}
