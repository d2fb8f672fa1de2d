import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { KPI_NAMES } from "../../reports/scorecardSheet";
import type { SupplierScoreJson } from "../../reports/reviewJson";
import type { ScoredKpi } from "../../schema/settings";
import { FormInput } from "../form/FormInput";
import { rememberedName, rememberName } from "./DecisionPanel";
import type { NewAction } from "./openAction";

const useStyles = makeStyles({
  supplier: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBlockEnd: tokens.spacingVerticalM },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const kpiName = (kpi: string): string => KPI_NAMES[kpi as ScoredKpi] ?? kpi;

interface StoryItem {
  readonly kpi: string;
  /** A red flag (missed RedFlagPeriods periods running) rather than a miss of this period only. */
  readonly redFlag: boolean;
  /** The escalation for a red flag, the action for a miss. */
  readonly text: string;
  readonly actionOpen: boolean;
}

/** A supplier's red flags first, then this period's other misses, each KPI once. */
function storyItems(supplier: SupplierScoreJson): StoryItem[] {
  const flagged = new Set(supplier.redFlags.map((flag) => flag.kpi));
  return [
    ...supplier.redFlags.map((flag) => ({ kpi: flag.kpi, redFlag: true, text: flag.escalation, actionOpen: flag.actionOpen })),
    ...supplier.missedKpis.filter((missed) => !flagged.has(missed.kpi)).map((missed) => ({ kpi: missed.kpi, redFlag: false, text: missed.action, actionOpen: false })),
  ];
}

export interface RedFlagsPanelProps {
  readonly period: string;
  readonly suppliers: readonly SupplierScoreJson[];
  readonly busy: boolean;
  readonly onOpenAction: (action: NewAction) => Promise<void>;
}

/**
 * Each supplier's red flags and missed targets with what the playbook says to do (Settings'
 * `<kpi>.escalation` and `<kpi>.action`), and a button that opens a corrective action for one:
 * an Actions row, owner as typed here (remembered on this computer), due in 14 days.
 */
export function RedFlagsPanel({ period, suppliers, busy, onOpenAction }: RedFlagsPanelProps) {
  const styles = useStyles();
  const [owner, setOwner] = useState(rememberedName);
  const withStory = suppliers.filter((supplier) => storyItems(supplier).length > 0);
  if (withStory.length === 0) return <Text>No supplier missed a target in {period}.</Text>;
  return (
    <section aria-label="Red flags and missed targets">
      <Text as="h3" weight="semibold" block>
        Red flags and missed targets, {period}
      </Text>
      <FormInput label="Owner of new actions" value={owner} onChange={setOwner} onBlur={() => undefined} message={undefined} hint="Remembered on this computer" />
      {withStory.map((supplier) => (
        <div key={supplier.supplier} className={styles.supplier}>
          <Text weight="semibold">
            {supplier.supplier}
            {supplier.overdueActions > 0 ? ` · ${supplier.overdueActions} overdue ${supplier.overdueActions === 1 ? "action" : "actions"}` : ""}
          </Text>
          <ul className={styles.list} aria-label={`${supplier.supplier}: red flags and missed targets`}>
            {storyItems(supplier).map((item) => (
              <li key={item.kpi} className={styles.item}>
                <Text>
                  {item.redFlag ? `Red flag: ${kpiName(item.kpi)} missed again — ${item.text}` : `${kpiName(item.kpi)} missed — ${item.text}`}
                  {item.actionOpen ? " (action open)" : ""}
                </Text>
                {!item.actionOpen && (
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={`Open an action: ${supplier.supplier}, ${kpiName(item.kpi)}`}
                    onClick={() => {
                      if (owner.trim() !== "") rememberName(owner.trim());
                      void onOpenAction({ supplier: supplier.supplier, kpi: item.kpi, action: item.text, owner });
                    }}
                  >
                    Open an action
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
