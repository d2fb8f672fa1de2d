import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { formatCount } from "../displayNumbers";
import { FormInput } from "../form/FormInput";
import type { QuoteFormState } from "./useQuoteForm";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tier: { display: "grid", gridTemplateColumns: "1fr 1fr auto", gap: tokens.spacingHorizontalS, alignItems: "start" },
  remove: { marginTop: "26px" },
});

/** Price breaks above the base tier: one Quantity + UnitPrice pair per row, added and removed at will. */
export function PriceBreakList({ form, baseQuantity }: { form: QuoteFormState; baseQuantity: number }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend>
        <Text weight="semibold">Price breaks</Text>
      </legend>
      <Text size={200}>The unit price above is for {formatCount(baseQuantity)} {baseQuantity === 1 ? "unit" : "units"} (the MOQ, or 1 without one). Add a tier for each larger quantity the factory prices lower.</Text>
      {form.values.priceBreaks.map((tier, index) => (
        <div key={index} className={styles.tier} role="group" aria-label={`Tier ${index + 1}`}>
          <FormInput
            label={`Tier ${index + 1} quantity`}
            value={tier.quantity}
            inputMode="numeric"
            onChange={(quantity) => form.setPriceBreak(index, { quantity })}
            onBlur={() => form.touch(`priceBreaks.${index}.quantity`)}
            message={form.messageFor(`priceBreaks.${index}.quantity`)}
            required
          />
          <FormInput
            label={`Tier ${index + 1} unit price`}
            value={tier.unitPrice}
            inputMode="decimal"
            onChange={(unitPrice) => form.setPriceBreak(index, { unitPrice })}
            onBlur={() => form.touch(`priceBreaks.${index}.unitPrice`)}
            message={form.messageFor(`priceBreaks.${index}.unitPrice`)}
            required
          />
          <Button className={styles.remove} icon={<DeleteRegular />} aria-label={`Remove tier ${index + 1}`} onClick={() => form.removePriceBreak(index)} />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={form.addPriceBreak}>
          Add price break
        </Button>
      </div>
    </fieldset>
  );
}
