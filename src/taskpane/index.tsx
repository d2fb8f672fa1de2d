import { LOAD_MARKS, markLoad } from "./loadMarks";
import type { OfficeHost } from "./startApp";

/**
 * The task pane's first chunk. It stays small and blocks nothing: the custom functions (an earlier
 * chunk of the same page) are registered before this runs, and React, Fluent UI and the pages load
 * as a separate chunk once Office is ready.
 */
markLoad(LOAD_MARKS.taskpaneStart);

async function officeHost(): Promise<OfficeHost> {
  // office.js comes from Microsoft's CDN; when it is blocked the pane still opens, in preview.
  if (typeof Office === "undefined") return "noOffice";
  const info = await Office.onReady();
  return info.host;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await officeHost();
  markLoad(LOAD_MARKS.officeReady);
  const { startApp } = await import(/* webpackChunkName: "taskpane-app" */ "./startApp");
  await startApp(container, host);
}

start().catch((error: unknown) => {
  const container = document.getElementById("root");
  if (container) container.textContent = `Costcard could not start: ${error instanceof Error ? error.message : String(error)}. Reload the pane to try again.`;
});
