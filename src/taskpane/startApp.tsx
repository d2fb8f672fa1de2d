import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { TaskpaneSession } from "./session";
import { themeFromOfficeColors, themeFromQuery, type ThemeName } from "./theme";

/** What Office.onReady said; host null outside Office, and no Office at all when office.js did not load. */
export type OfficeHost = Office.HostType | null | "noOffice";

async function openSession(host: OfficeHost): Promise<TaskpaneSession> {
  // Without office.js there is no Office global to compare with: the preview opens.
  if (host !== "noOffice" && host === Office.HostType.Excel) {
    const { createExcelWorkbook } = await import(/* webpackChunkName: "excel-adapter" */ "../workbook/excel/excelWorkbook");
    return { host: "excel", port: createExcelWorkbook(Excel.run, {
        canResizeTables: Office.context.requirements.isSetSupported("ExcelApi", "1.13"),
        canSetPageLayout: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
        canGroupColumns: Office.context.requirements.isSetSupported("ExcelApi", "1.10"),
        office: Office,
      }) };
  }
  const { createSampleMemoryWorkbook } = await import(/* webpackChunkName: "sample-workbook" */ "../sample/sampleMemoryWorkbook");
  return { host: "preview", port: createSampleMemoryWorkbook(), reason: host === "noOffice" || host === null ? "noOffice" : "otherHost" };
}

function initialTheme(session: TaskpaneSession): ThemeName {
  if (session.host === "excel") return themeFromOfficeColors(Office.context.officeTheme?.bodyBackgroundColor);
  return themeFromQuery(window.location.search) ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
}

export async function startApp(container: HTMLElement, host: OfficeHost): Promise<void> {
  const session = await openSession(host);
  createRoot(container).render(<App session={session} initialTheme={initialTheme(session)} />);
}
