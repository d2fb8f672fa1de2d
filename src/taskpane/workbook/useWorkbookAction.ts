import { useCallback, useState } from "react";
import { errorMessage } from "./errorMessage";
import { useWorkbook } from "./WorkbookContext";

export interface ActionOutcome {
  readonly intent: "success" | "error";
  readonly message: string;
}

/**
 * Runs one write to the workbook at a time: busy while it runs, its message (or the error) after,
 * and a fresh read of the workbook so every page shows the change.
 */
export function useWorkbookAction() {
  const { reload } = useWorkbook();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const run = useCallback(
    async (action: () => Promise<string | void>, options: { reload?: boolean } = {}) => {
      setBusy(true);
      setOutcome(null);
      try {
        const message = await action();
        setOutcome(message ? { intent: "success", message } : null);
      } catch (error) {
        setOutcome({ intent: "error", message: errorMessage(error) });
      } finally {
        setBusy(false);
      }
      if (options.reload ?? true) await reload();
    },
    [reload],
  );
  return { busy, outcome, run };
}
