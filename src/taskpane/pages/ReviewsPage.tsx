import { Button, Combobox, Field, makeStyles, MessageBar, MessageBarBody, Option, ProgressBar, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { todaySerial } from "../../core/excelDate";
import { parsePeriod } from "../../core/period";
import { PageSection } from "../PageSection";
import { generateReview, type GeneratedReview, type ReviewProgress } from "../reviews/generateReview";
import { periodChoices } from "../reviews/periodChoices";
import { ReviewSummary } from "../reviews/ReviewSummary";
import { recordDecision } from "../reviews/recordDecision";
import { DecisionPanel } from "../reviews/DecisionPanel";
import { useControlStyles } from "../form/useControlStyles";
import { errorMessage } from "../workbook/errorMessage";
import { useWorkbook } from "../workbook/WorkbookContext";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function ReviewsPage() {
  const styles = useStyles();
  const controls = useControlStyles();
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
      <div className={styles.row}>
        <Field label="Period" validationMessage={periodMessage} hint="Quarter, month or year">
          <Combobox
            className={controls.fill}
            input={{ className: controls.fillInput }}
            freeform
            value={period}
            selectedOptions={choices.includes(period) ? [period] : []}
            onChange={(event) => setPeriod(event.target.value)}
            onOptionSelect={(_, data) => data.optionValue && setPeriod(data.optionValue)}
          >
            {choices.map((choice) => (
              <Option key={choice}>{choice}</Option>
            ))}
          </Combobox>
        </Field>
        <Button appearance="primary" disabled={running || !parsedPeriod.ok} onClick={() => void generate()}>
          Generate scorecard and price review
        </Button>
      </div>
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
        <DecisionPanel
          period={review.period}
          rows={review.priceReview}
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
