import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ActionOutcome } from "./workbook/useWorkbookAction";

/** What a workbook action did, focused when it appears, so the keyboard and a screen reader land on the confirmation (or the error). */
export function ActionOutcomeBar({ outcome }: { outcome: ActionOutcome | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"} data-testid="action-outcome">
      <MessageBarBody>{outcome.message}</MessageBarBody>
    </MessageBar>
  );
}
