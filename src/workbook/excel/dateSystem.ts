import type { DateSystem } from "../../core/excelDate";

/**
 * The workbook's date system, as Office.js can tell it: it has no property for it, but the worksheet
 * function DATE answers in the workbook's system (ExcelApi 1.2: "a number from 1900 or 1904,
 * depending on the workbook's date system"), so DATE(1904, 1, 1) is 0 in a 1904 workbook and 1462 in
 * the 1900 system. The load is queued here and travels with the batch's first round trip; the answer
 * is read after it, so learning the system costs no round trip of its own.
 */
export type DateSystemAnswer = () => DateSystem;

export function queueDateSystem(context: Excel.RequestContext): DateSystemAnswer {
  const probe = context.workbook.functions.date(1904, 1, 1).load("value");
  let system: DateSystem | undefined;
  return () => (system ??= probe.value === 0 ? "1904" : "1900");
}
