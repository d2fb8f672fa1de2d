import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { todaySerial } from "../../core/excelDate";
import { parsePeriod } from "../../core/period";
import { PageSection } from "../PageSection";
import { generateReview, type GeneratedReview, type ReviewProgress } from "../reviews/generateReview";
import { periodChoices } from "../reviews/periodChoices";
import { ReviewSummary } from "../reviews/ReviewSummary";
import { PaneForm } from "../form/PaneForm";
import { PeriodField } from "../reviews/PeriodField";
import { recordDecision } from "../reviews/recordDecision";
import { DecisionPanel } from "../reviews/DecisionPanel";
import { openAction } from "../reviews/openAction";
import { RedFlagsPanel } from "../reviews/RedFlagsPanel";
import { errorMessage } from "../workbook/errorMessage";
import { useWorkbook } from "../workbook/WorkbookContext";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function ReviewsPage() {
  const styles = useStyles();
  const periodInput = useRef<HTMLInputElement>(null);
  const { session } = useWorkbook();
  const today = todaySerial(new Date());
  const choices = useMemo(() => periodChoices(today), [today]);
  const [period, setPeriod] = useState(choices[0] ?? "");
  const [progress, setProgress] = useState<ReviewProgress | null>(null);
  const [review, setReview] = useState<GeneratedReview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const parsedPeriod = parsePeriod(period);
  const periodMessage = parsedPeriod.ok ? undefined : "Write a quarter (2026-Q3), a month (2026-07) or a year (2026).";
  const running = progress !== null && progress.step < progress.steps;

  const generate = async () => {
    setFailure(null);
    setReview(null);
    try {
      const outcome = await generateReview(session.port, period.trim(), today, setProgress);
      if (outcome.ok) setReview(outcome.review);
      else setFailure(outcome.message);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <PageSection title="Scorecard and price review">
      <PaneForm label="Review period" className={styles.row} onSubmit={() => (parsedPeriod.ok ? void generate() : periodInput.current?.focus())}>
        <PeriodField ref={periodInput} value={period} onChange={setPeriod} choices={choices} message={periodMessage} />
        <div>
          <Button appearance="primary" type="submit" disabled={running}>
            Generate scorecard and price review
          </Button>
        </div>
      </PaneForm>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.step} max={progress.steps} aria-label="Generating the review" />
        </Field>
      )}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {review && <ReviewSummary review={review} session={session} />}
      {recorded && (
        <MessageBar intent="success">
          <MessageBarBody>{recorded}</MessageBarBody>
        </MessageBar>
      )}
      {review && (
        <RedFlagsPanel
          period={review.period}
          suppliers={review.suppliers}
          busy={running}
          onOpenAction={async (action) => {
            setRecorded(null);
            try {
              await openAction(session.port, action, todaySerial(new Date()));
            } catch (error) {
              setFailure(errorMessage(error));
              return;
            }
            await generate();
            setRecorded(`Opened an action for ${action.supplier} (${action.kpi}) in Actions, due in 14 days.`);
          }}
        />
      )}
      {review && (
        <DecisionPanel
          period={review.period}
          rows={review.priceReview}
          homeCurrency={review.homeCurrency}
          busy={running}
          onRecord={async (row, decision) => {
            setRecorded(null);
            try {
              await recordDecision(session.port, review.period, row, decision, new Date());
            } catch (error) {
              setFailure(errorMessage(error));
              return;
            }
            await generate();
            setRecorded(`Recorded ${decision.decision} for ${row.sku} from ${row.supplier} in PriceDecisions; the price review sheet shows it.`);
          }}
        />
      )}
    </PageSection>
  );
}
