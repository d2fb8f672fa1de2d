import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ActionOutcome } from "./workbook/useWorkbookAction";

export function ActionOutcomeBar({ outcome }: { outcome: ActionOutcome | null }) {
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{outcome.message}</MessageBarBody>
    </MessageBar>
  );
}
