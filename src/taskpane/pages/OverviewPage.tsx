import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { checkWorkbook } from "../../reports/buildReview";
import type { ProblemJson } from "../../model/problem";
import { ActionOutcomeBar } from "../ActionOutcomeBar";
import { PageSection } from "../PageSection";
import { ProblemList } from "../overview/ProblemList";
import { ProblemRowPreview } from "../overview/ProblemRowPreview";
import { TablesSummary } from "../overview/TablesSummary";
import { addSampleData, sampleDataSummary, setUpSummary } from "../overview/workbookSetup";
import { useWorkbookAction } from "../workbook/useWorkbookAction";
import { useWorkbook } from "../workbook/WorkbookContext";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function OverviewPage() {
  const styles = useStyles();
  const { session, state } = useWorkbook();
  const [highlighted, setHighlighted] = useState<ProblemJson | null>(null);
  const [openWithWorkbook, setOpenWithWorkbook] = useState(false);
  const { port } = session;
  const setUp = async () => setUpSummary(await port.setUpTables(), await port.keepAddinWithWorkbook?.({ openTaskPane: openWithWorkbook }));
  const action = useWorkbookAction();
  const snapshot = state.snapshot;
  const problems = useMemo(() => (snapshot ? checkWorkbook(snapshot.raw) : null), [snapshot]);

  const goTo = (problem: ProblemJson) =>
    void action.run(
      async () => {
        await session.port.selectTableCell?.(problem);
        setHighlighted(problem);
      },
      { reload: false },
    );

  return (
    <>
      <PageSection title="Tables">
        {state.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>The workbook could not be read: {state.message}</MessageBarBody>
          </MessageBar>
        )}
        {snapshot ? <TablesSummary tables={snapshot.tables} /> : <Spinner size="small" label="Reading the workbook…" />}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={action.busy} onClick={() => void action.run(setUp)}>
            Set up workbook
          </Button>
          <Button
            disabled={action.busy || !snapshot}
            onClick={() => snapshot && void action.run(async () => sampleDataSummary(await addSampleData(session.port, snapshot.tables)))}
          >
            Add sample data
          </Button>
        </div>
        {port.keepAddinWithWorkbook && (
          <Checkbox
            label="Open this pane whenever the workbook opens"
            checked={openWithWorkbook}
            disabled={action.busy}
            onChange={(_, data) => setOpenWithWorkbook(data.checked === true)}
          />
        )}
        <ActionOutcomeBar outcome={action.outcome} />
      </PageSection>
      <PageSection title="Data problems">
        {problems ? <ProblemList problems={problems} onGoTo={goTo} /> : <Spinner size="small" label="Checking the tables…" />}
        {session.host === "preview" && highlighted && snapshot && <ProblemRowPreview problem={highlighted} tables={snapshot.raw} />}
      </PageSection>
    </>
  );
}
