import { useMemo, useState } from "react";
import { isoFromSerial } from "../../core/excelDate";
import { emptyQuoteForm, validateQuoteForm, type PriceBreakInput, type Quote, type QuoteFormValues } from "./quoteForm";

type TextField = Exclude<keyof QuoteFormValues, "components" | "priceBreaks">;

/**
 * The quote form's state: values as typed, which fields the user has left (their messages show from
 * then on), every message once a submit was tried, and the far-ahead quote date the user confirmed.
 * `submits` counts refused submits, so the error summary takes focus again on each.
 */
export function useQuoteForm(homeCurrency: string, today: number) {
  const [values, setValues] = useState<QuoteFormValues>(() => emptyQuoteForm(homeCurrency, isoFromSerial(today)));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitTried, setSubmitTried] = useState(false);
  const [refusedSubmits, setRefusedSubmits] = useState(0);
  const [confirmedDate, setConfirmedDate] = useState<number | null>(null);
  const { quote, errors, warnings } = useMemo(() => validateQuoteForm(values, today, confirmedDate), [values, today, confirmedDate]);

  const touch = (path: string) => setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));
  const messageFor = (path: string): string | undefined => (submitTried || touched.has(path) ? errors[path] : undefined);

  const setField = (field: TextField, value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const setComponent = (component: keyof QuoteFormValues["components"], value: string) =>
    setValues((previous) => ({ ...previous, components: { ...previous.components, [component]: value } }));
  const setPriceBreak = (index: number, change: Partial<PriceBreakInput>) =>
    setValues((previous) => ({ ...previous, priceBreaks: previous.priceBreaks.map((tier, at) => (at === index ? { ...tier, ...change } : tier)) }));
  const addPriceBreak = () => setValues((previous) => ({ ...previous, priceBreaks: [...previous.priceBreaks, { quantity: "", unitPrice: "" }] }));
  const removePriceBreak = (index: number) => setValues((previous) => ({ ...previous, priceBreaks: previous.priceBreaks.filter((_, at) => at !== index) }));

  /** Marks the form as submitted (so every message shows) and gives the quote when it is valid. */
  const trySubmit = (): Quote | null => {
    setSubmitTried(true);
    if (!quote) setRefusedSubmits((count) => count + 1);
    return quote;
  };
  /** After a quote is added: a blank form for the next one from the same factory. */
  const resetKeepingSupplier = () => {
    setValues((previous) => ({ ...emptyQuoteForm(previous.currency, previous.quoteDate), supplier: previous.supplier, incoterm: previous.incoterm, namedPlace: previous.namedPlace }));
    setTouched(new Set());
    setSubmitTried(false);
    setRefusedSubmits(0);
  };

  return {
    today,
    values,
    errors,
    warnings,
    submitTried,
    refusedSubmits,
    confirmedDate,
    setConfirmedDate,
    messageFor,
    touch,
    setField,
    setComponent,
    setPriceBreak,
    addPriceBreak,
    removePriceBreak,
    trySubmit,
    resetKeepingSupplier,
  };
}

export type QuoteFormState = ReturnType<typeof useQuoteForm>;
