import { Button, Dropdown, Field, makeStyles, Option, Spinner, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { todaySerial } from "../../core/excelDate";
import { SCORED_KPIS } from "../../schema/settings";
import type { ParsedWorkbook } from "../../schema/tables";
import { COMMON_CURRENCIES } from "../../schema/tableSpecs";
import { ActionOutcomeBar } from "../ActionOutcomeBar";
import { PageSection } from "../PageSection";
import { FormChoice } from "../form/FormChoice";
import { FormGroup } from "../form/FormGroup";
import { FormInput } from "../form/FormInput";
import { PaneForm } from "../form/PaneForm";
import { unconvertibleQuotes } from "../settings/homeCurrencyChange";
import { GRADE_KEYS, KPI_FIELDS, KPI_LABELS, OUR_SCORECARD_KEYS, PLAYBOOK_FIELDS, SETTING_HINTS, settingLabel, STORY_KEYS, settingsFormValues, validateSettingsForm, type SettingsFormValues } from "../settings/settingsForm";
import { useControlStyles } from "../form/useControlStyles";
import { useWorkbookAction } from "../workbook/useWorkbookAction";
import { useWorkbook } from "../workbook/WorkbookContext";

const useStyles = makeStyles({
  save: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export function SettingsPage() {
  const { parsed } = useWorkbook();
  if (!parsed) return <Spinner label="Reading the workbook…" />;
  return <SettingsForm parsed={parsed} />;
}

/** What a new home currency means for the quotes in effect: which cannot be converted, in the page's words. */
function homeCurrencyWarning(parsed: ParsedWorkbook, homeCurrency: string): string | undefined {
  const code = homeCurrency.trim().toUpperCase();
  if (code === parsed.settings.homeCurrency || !/^[A-Z]{3}$/.test(code)) return undefined;
  const missing = unconvertibleQuotes(parsed.data, code, todaySerial(new Date()));
  if (missing.length === 0) return `Every landed cost will be recomputed in ${code} with the FxRates table's ${code} rates.`;
  const currencies = [...new Set(missing.map((quote) => quote.currency))].join(", ");
  const quotes = missing.map((quote) => `${quote.supplier} ${quote.sku}`).join("; ");
  return `Every landed cost will be recomputed in ${code}. FxRates has no ${code} rate for ${currencies}, so ${missing.length} ${missing.length === 1 ? "quote" : "quotes"} cannot be converted and will not be ranked: ${quotes}.`;
}

function SettingsForm({ parsed }: { parsed: ParsedWorkbook }) {
  const styles = useStyles();
  const controls = useControlStyles();
  const { session } = useWorkbook();
  const initial = useMemo(() => settingsFormValues(parsed.settings), [parsed.settings]);
  const [values, setValues] = useState<SettingsFormValues>(initial);
  const { errors, toWrite } = useMemo(() => validateSettingsForm(values), [values]);
  const action = useWorkbookAction();
  const errorCount = Object.keys(errors).length;
  const currencyWarning = useMemo(() => (errors.HomeCurrency ? undefined : homeCurrencyWarning(parsed, values.HomeCurrency ?? "")), [errors.HomeCurrency, parsed, values.HomeCurrency]);

  const set = (key: string) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const input = (key: string) => (
    <FormInput key={key} label={settingLabel(key)} hint={SETTING_HINTS[key]} value={values[key] ?? ""} onChange={set(key)} onBlur={() => undefined} message={errors[key]} inputMode="decimal" />
  );
  const textInput = (key: string) => <FormInput key={key} label={settingLabel(key)} value={values[key] ?? ""} onChange={set(key)} onBlur={() => undefined} message={errors[key]} />;
  const disabledReason = errorCount === 0 ? null : `Fix the ${errorCount === 1 ? "field" : `${errorCount} fields`} marked above to save.`;

  return (
    <PageSection title="Settings">
      <Text>
        Everyone who opens this workbook scores alike: these values live in its Settings table. A KPI at its target earns 100 points, at its floor 0; a
        supplier's score is the weighted mean of its KPIs' points. Type rates as 95% or 0.95.
      </Text>
      <PaneForm
        label="Settings"
        onSubmit={() => {
          if (errorCount === 0) void action.run(async () => (await session.port.writeSettings(toWrite), "Settings saved to the Settings table."));
        }}
      >
        <FormGroup legend="Money and delivery" columns="narrow">
          <FormChoice
            label={settingLabel("HomeCurrency")}
            value={values.HomeCurrency ?? ""}
            options={COMMON_CURRENCIES}
            onChange={set("HomeCurrency")}
            onBlur={() => undefined}
            message={errors.HomeCurrency}
            warning={currencyWarning}
          />
          <Field label={settingLabel("Valuation")} validationMessage={errors.Valuation}>
            <Dropdown className={controls.fill} value={values.Valuation ?? ""} selectedOptions={[values.Valuation ?? ""]} onOptionSelect={(_, data) => data.optionValue && set("Valuation")(data.optionValue)}>
              <Option value="FOB">FOB</Option>
              <Option value="CIF">CIF</Option>
            </Dropdown>
          </Field>
          {input("OtdToleranceDays")}
          {input("PriceChangeThreshold")}
        </FormGroup>
        {SCORED_KPIS.map((kpi) => (
          <FormGroup key={kpi} legend={KPI_LABELS[kpi]} columns="narrow">
            {KPI_FIELDS.map((field) => input(`${kpi}.${field}`))}
          </FormGroup>
        ))}
        <FormGroup legend="Grade cut-offs (score at least)" columns="narrow">
          {GRADE_KEYS.map((key) => input(key))}
        </FormGroup>
        <FormGroup legend="A supplier's story: history, red flags, audits" columns="narrow">
          {STORY_KEYS.map((key) => input(key))}
        </FormGroup>
        <FormGroup legend="Our scorecard: how the factories see us" columns="wide">
          {OUR_SCORECARD_KEYS.map((key) => input(key))}
        </FormGroup>
        {SCORED_KPIS.map((kpi) => (
          <FormGroup key={`${kpi}-playbook`} legend={`${KPI_LABELS[kpi]}: when missed, and when missed again`} columns="wide">
            {PLAYBOOK_FIELDS.map((field) => textInput(`${kpi}.${field}`))}
          </FormGroup>
        ))}
        <div className={styles.save}>
          <Button appearance="primary" type="submit" disabled={errorCount > 0 || action.busy} aria-describedby={disabledReason ? "settings-save-reason" : undefined}>
            Save settings
          </Button>
          {disabledReason && (
            <Text id="settings-save-reason" role="status">
              {disabledReason}
            </Text>
          )}
        </div>
        <ActionOutcomeBar outcome={action.outcome} />
      </PaneForm>
    </PageSection>
  );
}
