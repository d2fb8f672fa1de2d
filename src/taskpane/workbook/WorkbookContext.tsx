import { createContext, useContext, useMemo, type ReactNode } from "react";
import { parseWorkbook, type ParsedWorkbook } from "../../schema/tables";
import type { TaskpaneSession } from "../session";
import { useWorkbookSnapshot, type SnapshotState } from "./useWorkbookSnapshot";

interface WorkbookContextValue {
  readonly session: TaskpaneSession;
  readonly state: SnapshotState;
  /** The snapshot's tables parsed once (records, settings, problems); null until the first read. */
  readonly parsed: ParsedWorkbook | null;
  readonly reload: () => Promise<void>;
}

const WorkbookContext = createContext<WorkbookContextValue | null>(null);

/** One read of the workbook shared by every page, so a quote added on one page shows on the others. */
export function WorkbookProvider({ session, children }: { session: TaskpaneSession; children: ReactNode }) {
  const { state, reload } = useWorkbookSnapshot(session.port);
  const raw = state.snapshot?.raw;
  const parsed = useMemo(() => (raw ? parseWorkbook(raw) : null), [raw]);
  const value = useMemo(() => ({ session, state, parsed, reload }), [session, state, parsed, reload]);
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookContextValue {
  const value = useContext(WorkbookContext);
  if (!value) throw new Error("useWorkbook is used outside WorkbookProvider");
  return value;
}
