import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { COST_COMPONENT_COLUMNS, COST_COMPONENTS } from "../../schema/costComponents";
import { COMMON_CURRENCIES, INCOTERM_CHOICES } from "../../schema/tableSpecs";
import { FormChoice } from "../form/FormChoice";
import { FormGroup } from "../form/FormGroup";
import { FormInput, type FormInputProps } from "../form/FormInput";
import { PaneForm } from "../form/PaneForm";
import { PriceBreakList } from "./PriceBreakList";
import { baseTierQuantity } from "./quoteForm";
import { useControlStyles } from "../form/useControlStyles";
import type { QuoteFormState } from "./useQuoteForm";

type TextFieldName = Parameters<QuoteFormState["setField"]>[0];

export interface QuoteFormProps {
  readonly form: QuoteFormState;
  readonly suppliers: readonly string[];
  /** The Suppliers table's names; empty when it has none (then every supplier counts). */
  readonly listedSuppliers: readonly string[];
  readonly skus: readonly string[];
  readonly busy: boolean;
  readonly onSubmit: () => void;
}

/** The reports leave out a quote whose supplier is not in Suppliers (PRODUCT.md): say so before it is added. */
function unlistedSupplierWarning(supplier: string, listed: readonly string[]): string | undefined {
  const name = supplier.trim().toLowerCase();
  if (name === "" || listed.length === 0 || listed.some((known) => known.toLowerCase() === name)) return undefined;
  return "Not in the Suppliers table: add it there, or reviews will leave this quote out.";
}

/** The factory quote, field by field as the Quotes table holds it; messages come from the form's zod schema. */
export function QuoteForm({ form, suppliers, listedSuppliers, skus, busy, onSubmit }: QuoteFormProps) {
  const controls = useControlStyles();
  const input = (field: TextFieldName, label: string, extra: Partial<FormInputProps> = {}) => (
    <FormInput
      label={label}
      value={form.values[field]}
      onChange={(value) => form.setField(field, value)}
      onBlur={() => form.touch(field)}
      message={form.messageFor(field)}
      inputMode="decimal"
      {...extra}
    />
  );
  const moq = Number(form.values.moq);
  return (
    <PaneForm label="New quote" onSubmit={onSubmit}>
      <FormGroup legend="Quote" columns="wide">
        <FormChoice label="Supplier" required value={form.values.supplier} options={suppliers} onChange={(value) => form.setField("supplier", value)} onBlur={() => form.touch("supplier")} message={form.messageFor("supplier")} warning={unlistedSupplierWarning(form.values.supplier, listedSuppliers)} />
        <FormChoice label="SKU" required value={form.values.sku} options={skus} onChange={(value) => form.setField("sku", value)} onBlur={() => form.touch("sku")} message={form.messageFor("sku")} />
        {input("quoteDate", "Quote date", { required: true, inputMode: "text", placeholder: "yyyy-mm-dd" })}
        {input("unitPrice", "Unit price", { required: true })}
        <FormChoice label="Currency" required value={form.values.currency} options={COMMON_CURRENCIES} onChange={(value) => form.setField("currency", value)} onBlur={() => form.touch("currency")} message={form.messageFor("currency")} />
        <Field label="Incoterm" validationMessage={form.messageFor("incoterm")}>
          <Dropdown className={controls.fill} value={form.values.incoterm} selectedOptions={[form.values.incoterm]} onOptionSelect={(_, data) => data.optionValue && form.setField("incoterm", data.optionValue)}>
            {INCOTERM_CHOICES.map((term) => (
              <Option key={term}>{term}</Option>
            ))}
          </Dropdown>
        </Field>
        {input("moq", "MOQ", { inputMode: "numeric", hint: "units" })}
        {input("leadTimeDays", "Lead time", { inputMode: "numeric", hint: "days" })}
      </FormGroup>
      <FormGroup legend="Cost breakdown per unit (quote currency)" columns="wide">
        {COST_COMPONENTS.map((component) => (
          <FormInput
            key={component}
            label={COST_COMPONENT_COLUMNS[component]}
            value={form.values.components[component]}
            onChange={(value) => form.setComponent(component, value)}
            onBlur={() => form.touch(`components.${component}`)}
            message={form.messageFor(`components.${component}`)}
            inputMode="decimal"
          />
        ))}
      </FormGroup>
      <FormGroup legend="Landing and terms" columns="wide">
        {input("freightPerUnit", "Freight per unit", { hint: "home currency" })}
        {input("insurancePerUnit", "Insurance per unit", { hint: "home currency" })}
        {input("dutyRate", "Duty rate", { hint: "fraction: 12% is 0.12; blank: from Duties by HTS code" })}
        {input("htsCode", "HTS code", { inputMode: "text", hint: "tariff code, e.g. 6109.10.00" })}
        {input("origin", "Origin", { inputMode: "text", hint: "country; blank: the supplier's" })}
        {input("tooling", "Tooling", { hint: "quote currency, one-off" })}
        {input("depositPct", "Deposit", { hint: "fraction: 30% is 0.3" })}
        {input("materialIndex", "Material index", { inputMode: "text", hint: "as named in the Indices table" })}
        {input("laborIndex", "Labor index", { inputMode: "text", hint: "as named in the Indices table" })}
      </FormGroup>
      <PriceBreakList form={form} baseQuantity={baseTierQuantity(Number.isInteger(moq) && moq >= 1 ? moq : undefined)} />
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          Add quote to Quotes
        </Button>
      </div>
    </PaneForm>
  );
}
