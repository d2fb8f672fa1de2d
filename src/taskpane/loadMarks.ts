/**
 * Performance marks of the task pane's start, read by the browser tests and the load-time figures in
 * docs/taskpane.md. Marks cost nothing in Office and let any browser's dev tools show the same timeline.
 */
export const LOAD_MARKS = {
  /** The task pane chunk starts running: the functions chunk before it has run and associated its functions. */
  taskpaneStart: "costcard:taskpane-start",
  /** Office.onReady resolved. */
  officeReady: "costcard:office-ready",
  /** The pane's first render with workbook content is committed. */
  appRendered: "costcard:app-rendered",
} as const;

export function markLoad(name: (typeof LOAD_MARKS)[keyof typeof LOAD_MARKS]): void {
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}
