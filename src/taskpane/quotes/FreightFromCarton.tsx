import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, Input, makeStyles, mergeClasses, Option, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useControlStyles } from "../form/useControlStyles";
import { cartonFreight, emptyCartonFreight, FREIGHT_BASES, FREIGHT_BASIS_LABELS, type CartonFreightValues } from "./freightFromCarton";

const useStyles = makeStyles({
  // Each field at its own height from the top of its row, as the quote form's groups: a hint under one field never moves its neighbours.
  grid: { display: "grid", gap: tokens.spacingHorizontalS, gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))", alignItems: "start" },
  // The basis options ("per chargeable kg (air)") need more than a 110 px cell: the field takes its own row, the control the width of its text.
  basis: { gridColumn: "1 / -1" },
  basisControl: { maxWidth: "250px" },
  result: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalS },
});

export interface FreightFromCartonProps {
  /** Puts the freight per unit (home currency, four decimals) into the quote form. */
  readonly onUse: (freightPerUnit: string) => void;
}

type TextField = Exclude<keyof CartonFreightValues, "basis">;

const FIELDS: readonly [TextField, string, string | undefined][] = [
  ["length", "Length", "cm"],
  ["width", "Width", "cm"],
  ["height", "Height", "cm"],
  ["unitsPerCarton", "Units per carton", undefined],
  ["cost", "Cost", "home currency"],
  ["capacity", "Capacity", "m³ (containers)"],
  ["cartonKg", "Carton kg", "gross (air)"],
];

/**
 * The quote form's "Freight from carton" calculator: carton size, units per carton and a freight
 * rate per m³, per container or per air kg give the freight per unit, by FREIGHTPERUNIT's rule.
 */
export function FreightFromCarton({ onUse }: FreightFromCartonProps) {
  const styles = useStyles();
  const controls = useControlStyles();
  const [values, setValues] = useState<CartonFreightValues>(emptyCartonFreight);
  const typed = FIELDS.some(([field]) => values[field].trim() !== "");
  const freight = cartonFreight(values);
  return (
    <Accordion collapsible>
      <AccordionItem value="carton">
        <AccordionHeader size="small">Freight from carton</AccordionHeader>
        <AccordionPanel>
          <div className={styles.grid} role="group" aria-label="Freight from carton">
            {FIELDS.map(([field, label, hint]) => (
              <Field key={field} label={label} hint={hint}>
                <Input className={controls.fill} inputMode="decimal" value={values[field]} onChange={(_, data) => setValues((previous) => ({ ...previous, [field]: data.value }))} />
              </Field>
            ))}
            <Field className={styles.basis} label="Basis">
              <Dropdown
                className={mergeClasses(controls.fill, styles.basisControl)}
                value={FREIGHT_BASIS_LABELS[values.basis]}
                selectedOptions={[values.basis]}
                onOptionSelect={(_, data) => {
                  const basis = FREIGHT_BASES.find((candidate) => candidate === data.optionValue);
                  if (basis) setValues((previous) => ({ ...previous, basis }));
                }}
              >
                {FREIGHT_BASES.map((basis) => (
                  <Option key={basis} value={basis}>
                    {FREIGHT_BASIS_LABELS[basis]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <div className={styles.result} aria-live="polite">
            {freight.ok ? (
              <>
                <Text>
                  {freight.formValue} per unit ({freight.basis})
                </Text>
                <Button size="small" onClick={() => onUse(freight.formValue)}>
                  Use as freight per unit
                </Button>
              </>
            ) : (
              typed && <Text>{freight.message}</Text>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
