import { Button, Dropdown, Field, Option, Spinner, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SCORED_KPIS, type Settings } from "../../schema/settings";
import { COMMON_CURRENCIES } from "../../schema/tableSpecs";
import { ActionOutcomeBar } from "../ActionOutcomeBar";
import { PageSection } from "../PageSection";
import { FormChoice } from "../form/FormChoice";
import { FormGroup } from "../form/FormGroup";
import { FormInput } from "../form/FormInput";
import { PaneForm } from "../form/PaneForm";
import { GRADE_KEYS, KPI_FIELD_LABELS, KPI_FIELDS, KPI_LABELS, settingsFormValues, validateSettingsForm, type SettingsFormValues } from "../settings/settingsForm";
import { useControlStyles } from "../form/useControlStyles";
import { useWorkbookAction } from "../workbook/useWorkbookAction";
import { useWorkbook } from "../workbook/WorkbookContext";

export function SettingsPage() {
  const { parsed } = useWorkbook();
  if (!parsed) return <Spinner label="Reading the workbook…" />;
  return <SettingsForm settings={parsed.settings} />;
}

function SettingsForm({ settings }: { settings: Settings }) {
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
      <PaneForm
        label="Settings"
        onSubmit={() => {
          if (!hasErrors) void action.run(async () => (await session.port.writeSettings(toWrite), "Settings saved to the Settings table."));
        }}
      >
        <FormGroup legend="Money and delivery" columns="narrow">
          <FormChoice label="Home currency" value={values.HomeCurrency ?? ""} options={COMMON_CURRENCIES} onChange={set("HomeCurrency")} onBlur={() => undefined} message={errors.HomeCurrency} />
          <Field label="Customs valuation" validationMessage={errors.Valuation}>
            <Dropdown className={controls.fill} value={values.Valuation ?? ""} selectedOptions={[values.Valuation ?? ""]} onOptionSelect={(_, data) => data.optionValue && set("Valuation")(data.optionValue)}>
              <Option value="FOB">FOB</Option>
              <Option value="CIF">CIF</Option>
            </Dropdown>
          </Field>
          {input("OtdToleranceDays", "OTD tolerance (days)")}
          {input("PriceChangeThreshold", "Price change threshold")}
        </FormGroup>
        {SCORED_KPIS.map((kpi) => (
          <FormGroup key={kpi} legend={KPI_LABELS[kpi]} columns="narrow">
            {KPI_FIELDS.map((field) => input(`${kpi}.${field}`, KPI_FIELD_LABELS[field]))}
          </FormGroup>
        ))}
        <FormGroup legend="Grade cut-offs (score at least)" columns="narrow">
          {GRADE_KEYS.map((key) => input(key, `Grade ${key.slice(-1)}`))}
        </FormGroup>
        <div>
          <Button appearance="primary" type="submit" disabled={hasErrors || action.busy}>
            Save settings
          </Button>
        </div>
        <ActionOutcomeBar outcome={action.outcome} />
      </PaneForm>
    </PageSection>
  );
}
