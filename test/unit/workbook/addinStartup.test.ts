import { AUTO_SHOW_TASKPANE, keepAddinWithWorkbook, type OfficeAddinHost } from "../../../src/workbook/excel/addinStartup";
import { createExcelWorkbook } from "../../../src/workbook/excel/excelWorkbook";
import { setUpSummary } from "../../../src/taskpane/overview/workbookSetup";

/**
 * "Set up workbook" makes the workbook name its add-in (src/workbook/excel/addinStartup.ts), against
 * a fake Office as strict as Office.js where it matters: `Office.addin` exists only with SharedRuntime
 * 1.1, `setStartupBehavior` takes only the StartupBehavior values, and a document setting is kept
 * only once `saveAsync` succeeds.
 */

interface FakeOffice extends OfficeAddinHost {
  readonly calls: string[];
  /** Document settings as saved with the file. */
  readonly saved: Map<string, unknown>;
}

function fakeOffice({ sharedRuntime = true, saveFails = false } = {}): FakeOffice {
  const calls: string[] = [];
  const pending = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const load = "Load" as Office.StartupBehavior;
  return {
    calls,
    saved,
    StartupBehavior: { load },
    AsyncResultStatus: { Succeeded: 0 as Office.AsyncResultStatus },
    context: {
      requirements: { isSetSupported: (name, version) => name === "SharedRuntime" && version === "1.1" && sharedRuntime },
      document: {
        settings: {
          set: (name: string, value: unknown) => {
            calls.push(`settings.set(${name}, ${String(value)})`);
            pending.set(name, value);
          },
          saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
            calls.push("settings.saveAsync");
            if (!saveFails) for (const [name, value] of pending) saved.set(name, value);
            setTimeout(() => callback?.({ status: (saveFails ? 1 : 0) as Office.AsyncResultStatus } as Office.AsyncResult<void>), 0);
          }) as Office.Settings["saveAsync"],
        },
      },
    },
    ...(sharedRuntime && {
      addin: {
        setStartupBehavior: async (behavior: Office.StartupBehavior) => {
          if (behavior !== "Load" && behavior !== "None") throw new Error("InvalidArgument");
          calls.push(`addin.setStartupBehavior(${behavior})`);
        },
      },
    }),
  };
}

test("set-up makes Excel load Costcard with the workbook and, when the user chose it, open the pane with it", async () => {
  const office = fakeOffice();
  expect(await keepAddinWithWorkbook(office, { openTaskPane: true })).toEqual({ loadsWithWorkbook: true, opensTaskPane: true });
  expect(office.calls).toEqual(["addin.setStartupBehavior(Load)", `settings.set(${AUTO_SHOW_TASKPANE}, true)`, "settings.saveAsync"]);
  expect(office.saved.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
});

test("without the user's choice the pane is not tagged to open; the add-in still loads with the workbook", async () => {
  const office = fakeOffice();
  expect(await keepAddinWithWorkbook(office, { openTaskPane: false })).toEqual({ loadsWithWorkbook: true, opensTaskPane: false });
  expect(office.calls).toEqual(["addin.setStartupBehavior(Load)"]);
  expect(office.saved.size).toBe(0);
});

test("an Office without SharedRuntime 1.1 is not asked; a failed save is reported, not thrown", async () => {
  const office = fakeOffice({ sharedRuntime: false, saveFails: true });
  expect(await keepAddinWithWorkbook(office, { openTaskPane: true })).toEqual({ loadsWithWorkbook: false, opensTaskPane: false });
  expect(office.calls).toEqual([`settings.set(${AUTO_SHOW_TASKPANE}, true)`, "settings.saveAsync"]);
  expect(office.saved.size).toBe(0);
});

test("the Excel adapter offers it only when given the Office global, and the set-up's outcome says what Excel agreed to", async () => {
  const run = (() => Promise.reject(new Error("no Excel.run here"))) as Parameters<typeof createExcelWorkbook>[0];
  expect(createExcelWorkbook(run).keepAddinWithWorkbook).toBeUndefined();
  const office = fakeOffice();
  const port = createExcelWorkbook(run, { office });
  expect(await port.keepAddinWithWorkbook?.({ openTaskPane: false })).toEqual({ loadsWithWorkbook: true, opensTaskPane: false });
  expect(setUpSummary(["Suppliers"], { loadsWithWorkbook: true, opensTaskPane: true })).toBe("Created Suppliers. Excel now loads Costcard with this workbook and opens this pane with it.");
  expect(setUpSummary([], { loadsWithWorkbook: false, opensTaskPane: false })).toBe("Every Costcard table is already in the workbook. This Excel cannot load Costcard with the workbook by itself (it lacks SharedRuntime 1.1).");
});
