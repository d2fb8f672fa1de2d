import type { AddinStartup } from "../port";

/**
 * The workbook names its add-in, so that whoever opens it gets Costcard instead of #NAME? in the
 * COSTCARD.* cells (../shared/TOOLCHAIN.md):
 * - `Office.addin.setStartupBehavior(Office.StartupBehavior.load)` (SharedRuntime 1.1, which the
 *   manifest requires; guarded all the same, since an Office without it has no `Office.addin`): Excel
 *   loads the add-in with this document from now on ("Run code in your Office Add-in when the
 *   document opens");
 * - where the user chose it, the document setting `Office.AutoShowTaskpaneWithDocument` = true, saved
 *   with `settings.saveAsync`: the task pane opens with the document ("Automatically open a task pane
 *   with a document"; the manifest's ShowTaskpane action has that TaskpaneId).
 * Neither failing stops "Set up workbook": the tables are what it is for, and the outcome says what
 * Excel agreed to.
 */

/** The part of the Office global this uses, so tests pass a strict fake. */
export interface OfficeAddinHost {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly document: { readonly settings: Pick<Office.Settings, "set" | "saveAsync"> };
  };
  readonly addin?: Pick<Office.Addin, "setStartupBehavior">;
  readonly StartupBehavior: { readonly load: Office.StartupBehavior };
  readonly AsyncResultStatus: { readonly Succeeded: Office.AsyncResultStatus };
}

export const AUTO_SHOW_TASKPANE = "Office.AutoShowTaskpaneWithDocument";

async function loadWithWorkbook(office: OfficeAddinHost): Promise<boolean> {
  if (!office.context.requirements.isSetSupported("SharedRuntime", "1.1") || office.addin === undefined) return false;
  try {
    await office.addin.setStartupBehavior(office.StartupBehavior.load);
    return true;
  } catch {
    return false;
  }
}

function openTaskPaneWithWorkbook(office: OfficeAddinHost): Promise<boolean> {
  const { settings } = office.context.document;
  return new Promise((resolve) => {
    try {
      settings.set(AUTO_SHOW_TASKPANE, true);
      settings.saveAsync((result) => resolve(result.status === office.AsyncResultStatus.Succeeded));
    } catch {
      resolve(false);
    }
  });
}

export async function keepAddinWithWorkbook(office: OfficeAddinHost, options: { readonly openTaskPane: boolean }): Promise<AddinStartup> {
  const loadsWithWorkbook = await loadWithWorkbook(office);
  const opensTaskPane = options.openTaskPane && (await openTaskPaneWithWorkbook(office));
  return { loadsWithWorkbook, opensTaskPane };
}
