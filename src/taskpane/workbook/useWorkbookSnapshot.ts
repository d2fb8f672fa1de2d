import { useCallback, useEffect, useState } from "react";
import { TABLE_NAMES, type TableName } from "../../schema/tableSpecs";
import type { RawTable } from "../../model/rawTable";
import type { TableInfo, WorkbookPort } from "../../workbook/port";
import { errorMessage } from "./errorMessage";

/** The workbook as the pages show it: every table with its row count, and Costcard's tables read in full. */
export interface WorkbookSnapshot {
  readonly tables: readonly TableInfo[];
  readonly raw: ReadonlyMap<TableName, RawTable>;
}

export type SnapshotState =
  | { readonly status: "loading"; readonly snapshot: WorkbookSnapshot | null }
  | { readonly status: "ready"; readonly snapshot: WorkbookSnapshot }
  | { readonly status: "failed"; readonly snapshot: WorkbookSnapshot | null; readonly message: string };

async function readSnapshot(port: WorkbookPort): Promise<WorkbookSnapshot> {
  const [tables, raw] = await Promise.all([port.listTables(), port.readTables(TABLE_NAMES)]);
  return { tables, raw };
}

/** Reads the workbook once on mount and again on `reload` (after the pane writes to it). */
export function useWorkbookSnapshot(port: WorkbookPort): { state: SnapshotState; reload: () => Promise<void> } {
  const [state, setState] = useState<SnapshotState>({ status: "loading", snapshot: null });
  const reload = useCallback(async () => {
    setState((previous) => ({ status: "loading", snapshot: previous.snapshot }));
    try {
      setState({ status: "ready", snapshot: await readSnapshot(port) });
    } catch (error) {
      setState((previous) => ({ status: "failed", snapshot: previous.snapshot, message: errorMessage(error) }));
    }
  }, [port]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
