import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { TaskpaneSession } from "./session";

type PreviewReason = Extract<TaskpaneSession, { host: "preview" }>["reason"];

const WHY: Readonly<Record<PreviewReason, string>> = {
  noOffice: "This page is open in a browser, outside Excel.",
  otherHost: "This Office application is not Excel.",
};

export function PreviewBanner({ reason }: { reason: PreviewReason }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview on a sample workbook</MessageBarTitle>
        {WHY[reason]} Costcard runs on an in-memory sample workbook: nothing you do here is saved. Open the add-in in Excel to work on
        your own workbook.
      </MessageBarBody>
    </MessageBar>
  );
}
