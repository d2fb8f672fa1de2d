import { Button, Dropdown, Field, makeStyles, Option, Spinner, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SCORED_KPIS, type Settings } from "../../schema/settings";
import { COMMON_CURRENCIES } from "../../schema/tableSpecs";
import { ActionOutcomeBar } from "../ActionOutcomeBar";
import { PageSection } from "../PageSection";
import { FormChoice } from "../form/FormChoice";
import { FormInput } from "../form/FormInput";
import { GRADE_KEYS, KPI_FIELD_LABELS, KPI_FIELDS, KPI_LABELS, settingsFormValues, validateSettingsForm, type SettingsFormValues } from "../settings/settingsForm";
import { useControlStyles } from "../form/useControlStyles";
import { useWorkbookAction } from "../workbook/useWorkbookAction";
import { useWorkbook } from "../workbook/WorkbookContext";

const useStyles = makeStyles({
  // Inputs line up along the bottom when a neighbour's label wraps to two lines.
  grid: { border: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))", alignItems: "end", gap: tokens.spacingHorizontalS },
  legend: { gridColumn: "1 / -1", paddingBottom: tokens.spacingVerticalXS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function SettingsPage() {
  const { parsed } = useWorkbook();
  if (!parsed) return <Spinner label="Reading the workbook…" />;
  return <SettingsForm settings={parsed.settings} />;
}

function SettingsForm({ settings }: { settings: Settings }) {
  const styles = useStyles();
  const controls = useControlStyles();
  const { session } = useWorkbook();
  const initial = useMemo(() => settingsFormValues(settings), [settings]);
  const [values, setValues] = useState<SettingsFormValues>(initial);
  const { errors, toWrite } = useMemo(() => validateSettingsForm(values), [values]);
  const action = useWorkbookAction();
  const hasErrors = Object.keys(errors).length > 0;

  const set = (key: string) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const input = (key: string, label: string) => (
    <FormInput key={key} label={label} value={values[key] ?? ""} onChange={set(key)} onBlur={() => undefined} message={errors[key]} inputMode="decimal" />
  );

  return (
    <PageSection title="Settings">
      <Text>
        Everyone who opens this workbook scores alike: these values live in its Settings table. A KPI at its target earns 100 points, at its floor 0; a
        supplier's score is the weighted mean of its KPIs' points.
      </Text>
      <form
        className={styles.form}
        aria-label="Settings"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!hasErrors) void action.run(async () => (await session.port.writeSettings(toWrite), "Settings saved to the Settings table."));
        }}
      >
        <fieldset className={styles.grid}>
          <legend className={styles.legend}>
            <Text weight="semibold">Money and delivery</Text>
          </legend>
          <FormChoice label="Home currency" value={values.HomeCurrency ?? ""} options={COMMON_CURRENCIES} onChange={set("HomeCurrency")} onBlur={() => undefined} message={errors.HomeCurrency} />
          <Field label="Customs valuation" validationMessage={errors.Valuation}>
            <Dropdown className={controls.fill} value={values.Valuation ?? ""} selectedOptions={[values.Valuation ?? ""]} onOptionSelect={(_, data) => data.optionValue && set("Valuation")(data.optionValue)}>
              <Option value="FOB">FOB</Option>
              <Option value="CIF">CIF</Option>
            </Dropdown>
          </Field>
          {input("OtdToleranceDays", "OTD tolerance (days)")}
          {input("PriceChangeThreshold", "Price change threshold")}
        </fieldset>
        {SCORED_KPIS.map((kpi) => (
          <fieldset key={kpi} className={styles.grid}>
            <legend className={styles.legend}>
              <Text weight="semibold">{KPI_LABELS[kpi]}</Text>
            </legend>
            {KPI_FIELDS.map((field) => input(`${kpi}.${field}`, KPI_FIELD_LABELS[field]))}
          </fieldset>
        ))}
        <fieldset className={styles.grid}>
          <legend className={styles.legend}>
            <Text weight="semibold">Grade cut-offs (score at least)</Text>
          </legend>
          {GRADE_KEYS.map((key) => input(key, `Grade ${key.slice(-1)}`))}
        </fieldset>
        <div>
          <Button appearance="primary" type="submit" disabled={hasErrors || action.busy}>
            Save settings
          </Button>
        </div>
        <ActionOutcomeBar outcome={action.outcome} />
      </form>
    </PageSection>
  );
}
