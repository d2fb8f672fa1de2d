import { Dropdown, Field, Option, Spinner } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isoFromSerial, todaySerial } from "../../core/excelDate";
import { reviewLookups } from "../../reports/lookups";
import type { ParsedWorkbook } from "../../schema/tables";
import { ActionOutcomeBar } from "../ActionOutcomeBar";
import { PageSection } from "../PageSection";
import { LandedCostPreview } from "../quotes/LandedCostPreview";
import { QuoteComparison } from "../quotes/QuoteComparison";
import { compareQuotes } from "../quotes/quoteComparison";
import { QuoteForm } from "../quotes/QuoteForm";
import { quoteRows } from "../quotes/quoteForm";
import { useQuoteForm } from "../quotes/useQuoteForm";
import { useControlStyles } from "../form/useControlStyles";
import { useWorkbookAction } from "../workbook/useWorkbookAction";
import { useWorkbook } from "../workbook/WorkbookContext";

const unique = (names: readonly string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b));

export function QuotesPage() {
  const { parsed } = useWorkbook();
  if (!parsed) return <Spinner label="Reading the workbook…" />;
  return <QuotesWorkspace parsed={parsed} />;
}

function QuotesWorkspace({ parsed }: { parsed: ParsedWorkbook }) {
  const controls = useControlStyles();
  const { session } = useWorkbook();
  const today = todaySerial(new Date());
  const { data, settings } = parsed;
  const form = useQuoteForm(settings.homeCurrency, isoFromSerial(today));
  const action = useWorkbookAction();
  const listedSuppliers = useMemo(() => data.suppliers.map((supplier) => supplier.supplier), [data]);
  const suppliers = useMemo(() => unique([...listedSuppliers, ...data.quotes.map((quote) => quote.supplier)]), [listedSuppliers, data]);
  const skus = useMemo(() => unique(data.quotes.map((quote) => quote.sku)), [data]);
  const [comparedSku, setComparedSku] = useState<string | null>(null);
  const sku = comparedSku ?? skus[0] ?? null;
  const lookups = useMemo(() => reviewLookups(data, settings.homeCurrency), [data, settings]);
  const previewFacts = useMemo(() => {
    const countries = new Map(data.suppliers.map((supplier) => [supplier.supplier.toLowerCase(), supplier.country]));
    return { fxRateAt: lookups.fxRate, duties: lookups.duties, countryOf: (supplier: string) => countries.get(supplier.toLowerCase()) ?? null };
  }, [data, lookups]);
  const compared = useMemo(() => (sku ? compareQuotes(sku, lookups, settings, today) : []), [sku, lookups, settings, today]);

  const submit = () => {
    const quote = form.trySubmit();
    if (!quote) return;
    void action.run(async () => {
      const rows = quoteRows(quote);
      await session.port.appendRows("Quotes", rows);
      form.resetKeepingSupplier();
      setComparedSku(quote.sku);
      return `Added ${rows.length} ${rows.length === 1 ? "row" : "rows"} to Quotes: ${quote.supplier}, ${quote.sku}.`;
    });
  };

  return (
    <>
      <PageSection title="New quote">
        <QuoteForm form={form} suppliers={suppliers} listedSuppliers={listedSuppliers} skus={skus} busy={action.busy} onSubmit={submit} />
        <ActionOutcomeBar outcome={action.outcome} />
      </PageSection>
      <PageSection title="Landed cost">
        <LandedCostPreview values={form.values} settings={settings} facts={previewFacts} />
      </PageSection>
      <PageSection title="Compare suppliers">
        <Field label="SKU to compare">
          <Dropdown className={controls.fill} value={sku ?? ""} selectedOptions={sku ? [sku] : []} onOptionSelect={(_, option) => option.optionValue && setComparedSku(option.optionValue)}>
            {skus.map((option) => (
              <Option key={option}>{option}</Option>
            ))}
          </Dropdown>
        </Field>
        {sku && <QuoteComparison sku={sku} rows={compared} homeCurrency={settings.homeCurrency} />}
      </PageSection>
    </>
  );
}
