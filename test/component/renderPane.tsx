import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { TABLE_SPECS, type TableName } from "../../src/schema/tableSpecs";
import type { TaskpaneSession } from "../../src/taskpane/session";
import { WorkbookProvider } from "../../src/taskpane/workbook/WorkbookContext";
import type { CellScalar } from "../../src/model/rawTable";
import { createMemoryWorkbook, type MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

/** A workbook holding the named tables with PRODUCT.md's headers and the given rows (Settings empty: defaults apply). */
export function workbookWith(rows: Partial<Record<TableName, CellScalar[][]>>): MemoryWorkbook {
  return createMemoryWorkbook({
    tables: (Object.keys(rows) as TableName[]).map((name) => ({ name, headers: TABLE_SPECS[name].map((column) => column.name), rows: rows[name] ?? [] })),
  });
}

/** Renders a page of the pane as the app does: Fluent theme, and the workbook shared through context, in preview unless the host is Excel. */
export function renderPane(ui: ReactElement, port: MemoryWorkbook, host: TaskpaneSession["host"] = "preview") {
  const session: TaskpaneSession = host === "excel" ? { host, port } : { host, port, reason: "noOffice" };
  return render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider session={session}>{ui}</WorkbookProvider>
    </FluentProvider>,
  );
}
