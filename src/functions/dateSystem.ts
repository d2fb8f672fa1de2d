import { DATE_1904_OFFSET, serialFrom, type DateSystem } from "../core/excelDate";
import { queueDateSystem } from "../workbook/excel/dateSystem";

/**
 * The date system of the workbook the functions calculate in (docs/functions.md, "Dates in a 1904
 * workbook"). A date argument arrives as a serial of that system; serials compared with serials of
 * the same workbook need nothing, but ISO text (`"2026-07-15"`) has to become a serial of the same
 * system, and a date whose calendar day matters (USENTRYFEES' fiscal year) a 1900-system serial.
 *
 * The functions are synchronous and Office.js can tell the system only through an Excel.run, so it
 * is learned once when the shared runtime starts. Until then a function takes the workbook for the
 * 1900 system (Excel for Windows' default and every workbook Costcard creates) and notes that it
 * did; when the workbook turns out to be in the 1904 system after such a call, Excel is asked for
 * one full recalculation, which computes those cells again in the right system.
 */
let known: DateSystem | undefined;
let assumedBeforeKnown = false;

/** The workbook's date system for a date that depends on it; 1900 (noted) until it is known. */
function currentSystem(): DateSystem {
  if (known !== undefined) return known;
  assumedBeforeKnown = true;
  return "1900";
}

/** ISO text's serial in the workbook's date system, to stand beside the workbook's own serials. */
export function isoSerialInWorkbook(serial1900: number): number {
  return currentSystem() === "1904" ? serial1900 - DATE_1904_OFFSET : serial1900;
}

/** A workbook serial as a 1900-system serial, for a rule that needs the calendar day. */
export function workbookSerialAsCalendar(serial: number): number {
  return serialFrom(currentSystem(), serial);
}

/**
 * Records the workbook's date system; true when a function used the 1900 assumption before and the
 * workbook is in the 1904 system, so what it computed must be computed again.
 */
export function setWorkbookDateSystem(system: DateSystem): boolean {
  known = system;
  const stale = assumedBeforeKnown && system === "1904";
  assumedBeforeKnown = false;
  return stale;
}

/** For tests: back to the state of a runtime that has not learned the system yet. */
export function forgetWorkbookDateSystem(): void {
  known = undefined;
  assumedBeforeKnown = false;
}

/** Learns the date system in one round trip (excel/dateSystem.ts), and recalculates fully when cells were computed in the wrong one. */
export async function learnWorkbookDateSystem(run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>): Promise<DateSystem> {
  return run(async (context) => {
    const system = queueDateSystem(context);
    await context.sync();
    if (setWorkbookDateSystem(system())) {
      context.workbook.application.calculate("Full");
      await context.sync();
    }
    return system();
  });
}
