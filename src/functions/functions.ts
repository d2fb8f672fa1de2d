import { fail, ok, type Result } from "../core/result";
import { landedCost as landedCostOf, type LandedCostBreakdown } from "../core/landedCost";
import { samplingPlan, lotVerdict, type SamplingPlan } from "../core/aql/plan";
import { parseAql, parseSeverity } from "../core/aql/tables";
import { parseInspectionLevel } from "../core/aql/codeLetter";
import { parseEntryType, usEntryFees as usEntryFeesOf } from "../core/usEntryFees";
import { allocate as allocateOf } from "../core/allocate";
import { defectRate as defectRateOf } from "../core/quality";
import { priceBreak as priceBreakOf } from "../core/priceBreak";
import { amortize as amortizeOf } from "../core/amortize";
import { indexPrice as indexPriceOf } from "../core/indexPrice";
import { kpiPoints } from "../core/kpi";
import { appliedMeasures, dutyInForce, type DutyQuery, type DutyRow } from "../core/duties";
import { countryCode } from "../core/countries";
import { isoFromSerial } from "../core/excelDate";
import { FREIGHT_BASES, freightPerUnit as freightPerUnitOf, parseFreightBasis } from "../core/freightPerUnit";
import { codeText, dutyRowsOf } from "./dutiesRange";
import { otdRateByColumns, otdRateInOneWalk } from "./otdRateCells";
import { numberColumn, optionalBoolean, optionalDate, optionalNumber, optionalText, requiredNumber, rowsOf, sameShapeAs } from "./coerce";
import { guarded, guardedSpill, numberCell, spillCells, textCell } from "./cellResult";

/**
 * The functions register through the `CustomFunctions.associate` calls the metadata plugin appends to
 * this module, which resolve to this name. Inside Office it is the runtime's CustomFunctions; in a
 * plain browser (the task pane's preview) there is none, and the first call would stop the script
 * with an uncaught "CustomFunctions is not defined": there the calls go to a stand-in that registers
 * nothing.
 */
const CustomFunctions: Pick<typeof globalThis.CustomFunctions, "associate"> = globalThis.CustomFunctions ?? { associate: () => undefined };
// The compiler sees this module before the plugin appends the calls, so it would call the name unused.
void CustomFunctions;

// The workbook's date system, learned once the shared runtime is ready (dateSystem.ts); outside Office nothing is asked.
if (typeof Office !== "undefined" && typeof Excel !== "undefined") {
  void Office.onReady()
    .then((info) => (info.host === Office.HostType.Excel ? learnWorkbookDateSystem((batch) => Excel.run(batch)) : undefined))
    .catch(() => undefined);
}
import { readArguments } from "./readArguments";
import { learnWorkbookDateSystem, workbookSerialAsCalendar } from "./dateSystem";
import { excelError } from "./excelError";

/*
 * Costcard's custom functions (namespace COSTCARD). Each reads what Excel passes, calls the core
 * and turns the result into a cell; the JSDoc below is what Excel shows (custom-functions-metadata
 * builds functions.json from it), and the help URL opens the function's section of
 * docs/functions.md as served by the add-in.
 */

function landedCostBreakdownOf(
  unit_price: unknown,
  quantity: unknown,
  freight: unknown,
  duty_rate: unknown,
  incoterm: unknown,
  valuation: unknown,
  insurance: unknown,
  fx_rate: unknown,
  other_costs: unknown,
  contingency: unknown,
): Result<LandedCostBreakdown> {
  const args = readArguments((take) => ({
    unitPrice: take(requiredNumber(unit_price, "unit_price")),
    quantity: take(requiredNumber(quantity, "quantity")),
    freight: take(optionalNumber(freight, "freight")),
    dutyRate: take(optionalNumber(duty_rate, "duty_rate")),
    incoterm: take(optionalText(incoterm, "incoterm")),
    valuation: take(optionalText(valuation, "valuation")),
    insurance: take(optionalNumber(insurance, "insurance")),
    fxRate: take(optionalNumber(fx_rate, "fx_rate")),
    otherCosts: take(optionalNumber(other_costs, "other_costs")),
    contingency: take(optionalNumber(contingency, "contingency")),
  }));
  return args.ok ? landedCostOf(args.value) : args;
}

/**
 * Landed cost per unit in home currency: price, freight, insurance, duty on the customs value, other costs and a contingency, under Incoterms 2020.
 * @customfunction LANDEDCOST
 * @helpurl https://localhost:3000/help/functions.html#landedcost
 * @param unit_price Price per unit in the quote currency, under the incoterm.
 * @param quantity Units the freight, insurance and other costs are spread over (greater than 0).
 * @param [freight] International main carriage for the whole quantity, home currency (default 0).
 * @param [duty_rate] Import duty rate as a fraction of the customs value, e.g. 0.12 (default 0).
 * @param [incoterm] Incoterms 2020 rule of the price: EXW, FCA, FAS, FOB, CFR, CPT, CIF, CIP, DAP, DPU or DDP (default FOB).
 * @param [valuation] Customs value basis of the importing country: FOB (US, Canada, Australia) or CIF (EU, UK, most others) (default FOB).
 * @param [insurance] Cargo insurance for the whole quantity, home currency (default 0).
 * @param [fx_rate] Home currency per one unit of the quote currency (default 1).
 * @param [other_costs] Every other cost of the order (inspection, brokerage, fees, tooling share), home currency (default 0).
 * @param [contingency] Buffer as a fraction of the sum, e.g. 0.05 (default 0).
 * @returns Landed cost per unit in home currency.
 */
export function landedCost(
  unit_price: number,
  quantity: number,
  freight?: number,
  duty_rate?: number,
  incoterm?: string,
  valuation?: string,
  insurance?: number,
  fx_rate?: number,
  other_costs?: number,
  contingency?: number,
): number | CustomFunctions.Error {
  return guarded("LANDEDCOST", () => {
    const breakdown = landedCostBreakdownOf(unit_price, quantity, freight, duty_rate, incoterm, valuation, insurance, fx_rate, other_costs, contingency);
    return numberCell(breakdown.ok ? ok(breakdown.value.total) : breakdown);
  });
}

/**
 * LANDEDCOST part by part, spilled as two columns: Product, Freight, Insurance, Duty, Other, Contingency and Landed cost per unit.
 * @customfunction LANDEDCOSTDETAIL
 * @helpurl https://localhost:3000/help/functions.html#landedcostdetail
 * @param unit_price Price per unit in the quote currency, under the incoterm.
 * @param quantity Units the freight, insurance and other costs are spread over (greater than 0).
 * @param [freight] International main carriage for the whole quantity, home currency (default 0).
 * @param [duty_rate] Import duty rate as a fraction of the customs value, e.g. 0.12 (default 0).
 * @param [incoterm] Incoterms 2020 rule of the price: EXW, FCA, FAS, FOB, CFR, CPT, CIF, CIP, DAP, DPU or DDP (default FOB).
 * @param [valuation] Customs value basis of the importing country: FOB (US, Canada, Australia) or CIF (EU, UK, most others) (default FOB).
 * @param [insurance] Cargo insurance for the whole quantity, home currency (default 0).
 * @param [fx_rate] Home currency per one unit of the quote currency (default 1).
 * @param [other_costs] Every other cost of the order (inspection, brokerage, fees, tooling share), home currency (default 0).
 * @param [contingency] Buffer as a fraction of the sum, e.g. 0.05 (default 0).
 * @returns Seven rows of label and amount per unit in home currency.
 */
export function landedCostDetail(
  unit_price: number,
  quantity: number,
  freight?: number,
  duty_rate?: number,
  incoterm?: string,
  valuation?: string,
  insurance?: number,
  fx_rate?: number,
  other_costs?: number,
  contingency?: number,
): unknown[][] {
  return guardedSpill("LANDEDCOSTDETAIL", () => {
    const breakdown = landedCostBreakdownOf(unit_price, quantity, freight, duty_rate, incoterm, valuation, insurance, fx_rate, other_costs, contingency);
    const rows = (part: LandedCostBreakdown): [string, number][] => [
      ["Product", part.product],
      ["Freight", part.freight],
      ["Insurance", part.insurance],
      ["Duty", part.duty],
      ["Other", part.other],
      ["Contingency", part.contingency],
      ["Landed cost per unit", part.total],
    ];
    return spillCells(breakdown.ok ? ok(rows(breakdown.value)) : breakdown);
  });
}

function samplingPlanOf(lot_size: unknown, aql: unknown, level: unknown, inspection: unknown): Result<SamplingPlan> {
  const args = readArguments((take) => ({
    lotSize: take(requiredNumber(lot_size, "lot_size")),
    aql: take(typeof aql === "number" || typeof aql === "string" ? parseAql(aql) : requiredNumber(aql, "aql")),
    level: take(parseInspectionLevel(take(optionalText(level, "level")) ?? "II")),
    severity: take(parseSeverity(take(optionalText(inspection, "inspection")) ?? "normal")),
  }));
  return args.ok ? samplingPlan(args.value.lotSize, args.value.aql, args.value.level, args.value.severity) : args;
}

/**
 * Single sampling plan of ISO 2859-1:1999 (Table 1 and Tables 2-A, 2-B, 2-C), spilled as one row: code letter, sample size n, acceptance number Ac, rejection number Re. Reduced inspection follows ISO 2859-1:1999's reduced table, not ANSI/ASQ Z1.4's gap plans.
 * @customfunction AQLSAMPLE
 * @helpurl https://localhost:3000/help/functions.html#aqlsample
 * @param lot_size Units in the lot (a whole number, at least 1).
 * @param aql Acceptable quality limit in percent, a standard value such as 0.65, 1.0, 1.5, 2.5, 4.0 or 6.5.
 * @param [level] Inspection level: S-1, S-2, S-3, S-4, I, II or III (default II).
 * @param [inspection] Severity: normal, tightened or reduced (default normal).
 * @returns One row: code letter, sample size, Ac, Re.
 */
export function aqlSample(lot_size: number, aql: number, level?: string, inspection?: string): unknown[][] {
  return guardedSpill("AQLSAMPLE", () => {
    const plan = samplingPlanOf(lot_size, aql, level, inspection);
    return spillCells(plan.ok ? ok([[plan.value.codeLetter, plan.value.sampleSize, plan.value.accept, plan.value.reject]]) : plan);
  });
}

/**
 * ACCEPT or REJECT for a lot under the ISO 2859-1:1999 single sampling plan of its size and AQL.
 * @customfunction AQLVERDICT
 * @helpurl https://localhost:3000/help/functions.html#aqlverdict
 * @param defects_found Nonconforming units (or defects) found in the sample.
 * @param lot_size Units in the lot (a whole number, at least 1).
 * @param aql Acceptable quality limit in percent, a standard value such as 0.65, 1.0, 1.5, 2.5, 4.0 or 6.5.
 * @param [level] Inspection level: S-1, S-2, S-3, S-4, I, II or III (default II).
 * @param [inspection] Severity: normal, tightened or reduced (default normal).
 * @returns ACCEPT when the defects found are at most Ac, REJECT when they reach Re.
 */
export function aqlVerdict(defects_found: number, lot_size: number, aql: number, level?: string, inspection?: string): string | CustomFunctions.Error {
  return guarded("AQLVERDICT", () => {
    const defects = requiredNumber(defects_found, "defects_found");
    if (!defects.ok) return textCell(defects);
    if (!Number.isInteger(defects.value) || defects.value < 0) {
      return textCell(fail("num", `defects_found must be a whole number, 0 or more (got ${defects.value})`));
    }
    const plan = samplingPlanOf(lot_size, aql, level, inspection);
    return textCell(plan.ok ? ok(lotVerdict(defects.value, plan.value)) : plan);
  });
}

const isEmpty = (value: number | undefined): boolean => value === undefined || Number.isNaN(value);

/**
 * A row of a table range (a price tier, an index line) whose cells are all empty or 0 is an empty
 * row: some platforms send an empty cell as 0, and a tier priced 0 or an index line of 0s is no data.
 */
const isEmptyRow = (...values: (number | undefined)[]): boolean => values.every((value) => isEmpty(value) || value === 0);

/**
 * On-time delivery rate, a fraction: lines delivered on or before the promised date plus the tolerance, over the countable lines. Open lines count as late once promised + tolerance is before as_of.
 * @customfunction OTDRATE
 * @helpurl https://localhost:3000/help/functions.html#otdrate
 * @param promised_dates Promised dates of the lines (dates or ISO text; an empty cell skips the line).
 * @param delivered_dates Delivered dates, the same size as promised_dates (empty: still open).
 * @param [tolerance_days] Days of grace after the promised date (default 0).
 * @param [quantities] Quantities of the lines, the same size, to weight the rate by quantity.
 * @param [as_of] Date open lines are judged at; without it open lines are left out.
 * @returns The on-time share of the countable lines, a fraction.
 */
export function otdRate(promised_dates: unknown[][], delivered_dates: unknown[][], tolerance_days?: number, quantities?: number[][], as_of?: unknown): number | CustomFunctions.Error {
  return guarded("OTDRATE", () => numberCell(otdRateInOneWalk(promised_dates, delivered_dates, tolerance_days, quantities, as_of) ?? otdRateByColumns(promised_dates, delivered_dates, tolerance_days, quantities, as_of)));
}

/**
 * US entry fees on an import: Merchandise Processing Fee (formal entries 0.3464% within the minimum and maximum of the entry date's fiscal year; informal entries up to $2,500 the year's flat automated fee) plus Harbor Maintenance Fee (0.125%) for ocean freight.
 * @customfunction USENTRYFEES
 * @helpurl https://localhost:3000/help/functions.html#usentryfees
 * @param entered_value Entered (customs) value of the entry in US dollars.
 * @param entry_date Date of entry (a date or ISO text); picks the fiscal year's MPF figures.
 * @param [ocean] TRUE when the goods arrive by sea, which adds the Harbor Maintenance Fee (default FALSE).
 * @param [entry_type] formal (default; commercial imports) or informal (entered value up to $2,500).
 * @returns MPF plus HMF in US dollars.
 */
export function usEntryFees(entered_value: number, entry_date: unknown, ocean?: boolean, entry_type?: string): number | CustomFunctions.Error {
  return guarded("USENTRYFEES", () => {
    const args = readArguments((take) => ({
      value: take(requiredNumber(entered_value, "entered_value")),
      date: take(optionalDate(entry_date, "entry_date")),
      ocean: take(optionalBoolean(ocean, "ocean")),
      entryType: take(optionalText(entry_type, "entry_type")),
    }));
    if (!args.ok) return excelError(args);
    if (args.value.date === null) return excelError(fail("value", "entry_date is required"));
    const typeText = args.value.entryType ?? "formal";
    const entryType = parseEntryType(typeText);
    if (entryType === null) return excelError(fail("value", `entry_type "${typeText}" is not an entry type: use formal or informal`));
    // The fiscal year is a calendar fact: the workbook's serial as a 1900-system serial.
    const fees = usEntryFeesOf(args.value.value, workbookSerialAsCalendar(args.value.date), args.value.ocean ?? false, entryType);
    return numberCell(fees.ok ? ok(fees.value.total) : fees);
  });
}

function dutyQueryOf(hts_code: unknown, origin: unknown, date: unknown, duties: unknown, customs_value: unknown): Result<{ rows: DutyRow[]; query: DutyQuery }> {
  const args = readArguments((take) => ({
    htsCode: take(codeText(hts_code, "hts_code")),
    origin: take(optionalText(origin, "origin")),
    date: take(optionalDate(date, "date")),
    rows: take(dutyRowsOf(duties)),
    customsValue: take(optionalNumber(customs_value, "customs_value")),
  }));
  if (!args.ok) return args;
  const { htsCode, origin: originText, date: serial, rows, customsValue } = args.value;
  if (originText === null) return fail("value", "origin is required: an ISO 3166 code (CN) or an English country name (China)");
  if (serial === null) return fail("value", "date is required: the date the duty is wanted at");
  return ok({ rows, query: { htsCode, origin: originText, date: serial, customsValue } });
}

/**
 * Duty in force on a tariff code from an origin at a date, as a fraction of the customs value, from a Duties range: for each Measure the row with the longest matching HtsCode prefix (then the country over *, the latest From, the lower row); the measures stack.
 * @customfunction DUTYRATE
 * @helpurl https://localhost:3000/help/functions.html#dutyrate
 * @param hts_code Tariff code of the goods, as text (e.g. "4202.21.6000"); dots and spaces are ignored.
 * @param origin Country of origin: ISO 3166 code (CN) or English name (China).
 * @param date Date the duty is wanted at (a date or ISO text).
 * @param duties The Duties range with its header row, e.g. Duties[#All]: Origin, HtsCode, Measure, Rate, PerUnit, From, To, Source.
 * @param [customs_value] Customs value per unit in home currency; required when a measure in force has a PerUnit amount.
 * @returns Σ Rate + Σ PerUnit / customs_value of the measures in force; 0 when none is.
 */
export function dutyRate(hts_code: unknown, origin: unknown, date: unknown, duties: unknown[][], customs_value?: number): number | CustomFunctions.Error {
  return guarded("DUTYRATE", () => {
    const read = dutyQueryOf(hts_code, origin, date, duties, customs_value);
    if (!read.ok) return excelError(read);
    const duty = dutyInForce(read.value.rows, read.value.query);
    return numberCell(duty.ok ? ok(duty.value.rate) : duty);
  });
}

/**
 * The measures DUTYRATE applies, spilled one row each: Measure, the row's HtsCode, Rate, PerUnit, Source. With none in force, one row says so.
 * @customfunction DUTYDETAIL
 * @helpurl https://localhost:3000/help/functions.html#dutydetail
 * @param hts_code Tariff code of the goods, as text (e.g. "4202.21.6000"); dots and spaces are ignored.
 * @param origin Country of origin: ISO 3166 code (CN) or English name (China).
 * @param date Date the duty is wanted at (a date or ISO text).
 * @param duties The Duties range with its header row, e.g. Duties[#All]: Origin, HtsCode, Measure, Rate, PerUnit, From, To, Source.
 * @param [customs_value] Customs value per unit in home currency (not needed to list the measures).
 * @returns One row per Measure applied: Measure, HtsCode, Rate, PerUnit, Source.
 */
export function dutyDetail(hts_code: unknown, origin: unknown, date: unknown, duties: unknown[][], customs_value?: number): unknown[][] {
  return guardedSpill("DUTYDETAIL", () => {
    const read = dutyQueryOf(hts_code, origin, date, duties, customs_value);
    if (!read.ok) return spillCells(read);
    const { rows, query } = read.value;
    const measures = appliedMeasures(rows, query);
    if (!measures.ok) return spillCells(measures);
    if (measures.value.length === 0) {
      return spillCells(ok([["None in force", "", 0, 0, `No Duties row covers ${query.htsCode} from ${countryCode(query.origin) ?? query.origin} on ${isoFromSerial(Math.floor(query.date))}: the duty is 0`]]));
    }
    return spillCells(ok(measures.value.map((measure) => [measure.measure, measure.htsCode, measure.rate, measure.perUnit, measure.source])));
  });
}

/**
 * Freight per unit from the carton's size: per cubic metre (CBM), per container (20GP, 40GP, 40HC; cartons per container = capacity / carton volume, rounded down) or by air (cost per chargeable kg, the greater of gross kg and volume / 6000 cm³).
 * @customfunction FREIGHTPERUNIT
 * @helpurl https://localhost:3000/help/functions.html#freightperunit
 * @param carton_cm The carton's length, width and height in cm: a range of three cells in a row or a column.
 * @param units_per_carton Units packed in one carton (a whole number).
 * @param cost Freight cost in home currency: per m³ (CBM), per container (20GP, 40GP, 40HC) or per chargeable kg (AIR).
 * @param [basis] CBM, 20GP, 40GP, 40HC or AIR (default CBM).
 * @param [capacity] Usable load of the container in m³ (default 28 for 20GP, 58 for 40GP, 68 for 40HC).
 * @param [carton_kg] Gross weight of one carton in kg; required for AIR.
 * @returns Freight per unit in home currency.
 */
export function freightPerUnit(carton_cm: number[][], units_per_carton: number, cost: number, basis?: string, capacity?: number, carton_kg?: number): number | CustomFunctions.Error {
  return guarded("FREIGHTPERUNIT", () => {
    const args = readArguments((take) => ({
      carton: take(numberColumn(carton_cm, "carton_cm")),
      unitsPerCarton: take(requiredNumber(units_per_carton, "units_per_carton")),
      cost: take(requiredNumber(cost, "cost")),
      basis: take(optionalText(basis, "basis")),
      capacity: take(optionalNumber(capacity, "capacity")),
      cartonKg: take(optionalNumber(carton_kg, "carton_kg")),
    }));
    if (!args.ok) return excelError(args);
    const cartonCm = Array.from(args.value.carton.values);
    if (cartonCm.length !== 3) return excelError(fail("value", `carton_cm must be three cells (length, width, height in cm), got ${args.value.carton.shape}`));
    const empty = cartonCm.findIndex((dimension) => Number.isNaN(dimension));
    if (empty >= 0) return excelError(fail("value", `carton_cm cell ${empty + 1} is empty: give length, width and height in cm`));
    const basisText = args.value.basis ?? "CBM";
    const freightBasis = parseFreightBasis(basisText);
    if (freightBasis === null) return excelError(fail("value", `basis "${basisText}" is not a freight basis: use ${FREIGHT_BASES.join(", ")}`));
    const freight = freightPerUnitOf({ ...args.value, cartonCm, basis: freightBasis });
    return numberCell(freight.ok ? ok(freight.value.perUnit) : freight);
  });
}

/**
 * Splits an amount (freight, duty, fees) over lines in proportion to their weights (value, weight, volume or units), rounded so the parts add up exactly to the amount.
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/help/functions.html#allocate
 * @param amount The amount to split.
 * @param weights One weight per line (an empty cell gets nothing).
 * @param [decimals] Decimal places of each part (default 2).
 * @returns One part per weight, the same shape as weights.
 */
export function allocate(amount: number, weights: number[][], decimals?: number): unknown[][] {
  return guardedSpill("ALLOCATE", () => {
    const args = readArguments((take) => ({
      amount: take(requiredNumber(amount, "amount")),
      weights: take(numberColumn(weights, "weights")),
      decimals: take(optionalNumber(decimals, "decimals")),
    }));
    if (!args.ok) return [[excelError(args)]];
    const typed = args.value.weights.values;
    const weightValues = Array.from(typed, (weight) => (Number.isNaN(weight) ? 0 : weight));
    const parts = allocateOf(args.value.amount, weightValues, args.value.decimals ?? 2);
    if (!parts.ok) return [[excelError(parts)]];
    let i = 0;
    const inShape = rowsOf(weights).map((row) =>
      row.map(() => {
        const index = i++;
        return isEmpty(typed[index]) ? null : (parts.value[index] ?? null);
      }),
    );
    return spillCells(ok(inShape));
  });
}

/**
 * Defect rate: defects found over units inspected, a fraction (multiply by 1,000,000 for PPM).
 * @customfunction DEFECTRATE
 * @helpurl https://localhost:3000/help/functions.html#defectrate
 * @param defects Defects (or defective units) found.
 * @param inspected Units inspected.
 * @returns Defects per unit inspected.
 */
export function defectRate(defects: number, inspected: number): number | CustomFunctions.Error {
  return guarded("DEFECTRATE", () => {
    const args = readArguments((take) => ({
      defects: take(requiredNumber(defects, "defects")),
      inspected: take(requiredNumber(inspected, "inspected")),
    }));
    return numberCell(args.ok ? defectRateOf(args.value.defects, args.value.inspected) : args);
  });
}

/** Tier quantities and their prices as pairs; a row with both cells empty is skipped. */
function tiersOf(tier_quantities: unknown, tier_prices: unknown): Result<{ quantities: number[]; prices: number[] }> {
  const columns = readArguments((take) => ({
    quantities: take(numberColumn(tier_quantities, "tier_quantities")),
    prices: take(numberColumn(tier_prices, "tier_prices")),
  }));
  if (!columns.ok) return columns;
  const lined = sameShapeAs(columns.value.prices, "tier_prices", columns.value.quantities, "tier_quantities");
  if (!lined.ok) return lined;
  const tierPrices = columns.value.prices.values;
  const quantities: number[] = [];
  const prices: number[] = [];
  for (const [i, quantity] of columns.value.quantities.values.entries()) {
    const price = tierPrices[i];
    if (isEmptyRow(quantity, price)) continue;
    if (isEmpty(quantity)) return fail("value", `tier_quantities cell ${i + 1} is empty but its price is ${price}`);
    if (price === undefined || isEmpty(price)) return fail("value", `tier_prices cell ${i + 1} is empty but its tier is ${quantity}`);
    quantities.push(quantity);
    prices.push(price);
  }
  return ok({ quantities, prices });
}

/**
 * Unit price at a quantity from a price-break table: the price of the largest tier not above the quantity.
 * @customfunction PRICEBREAK
 * @helpurl https://localhost:3000/help/functions.html#pricebreak
 * @param quantity Order quantity.
 * @param tier_quantities Minimum quantity of each tier.
 * @param tier_prices Unit price of each tier, the same size as tier_quantities.
 * @returns Unit price of the tier the quantity reaches.
 */
export function priceBreak(quantity: number, tier_quantities: number[][], tier_prices: number[][]): number | CustomFunctions.Error {
  return guarded("PRICEBREAK", () => {
    const args = readArguments((take) => ({
      quantity: take(requiredNumber(quantity, "quantity")),
      tiers: take(tiersOf(tier_quantities, tier_prices)),
    }));
    return numberCell(args.ok ? priceBreakOf(args.value.quantity, args.value.tiers.quantities, args.value.tiers.prices) : args);
  });
}

/**
 * Tooling (moulds, dies, lasts, screens) spread over the units it makes: tooling cost per unit.
 * @customfunction AMORTIZE
 * @helpurl https://localhost:3000/help/functions.html#amortize
 * @param tooling One-off tooling cost.
 * @param units Units the tooling is spread over.
 * @returns Tooling cost per unit.
 */
export function amortize(tooling: number, units: number): number | CustomFunctions.Error {
  return guarded("AMORTIZE", () => {
    const args = readArguments((take) => ({
      tooling: take(requiredNumber(tooling, "tooling")),
      units: take(requiredNumber(units, "units")),
    }));
    return numberCell(args.ok ? amortizeOf(args.value.tooling, args.value.units) : args);
  });
}

/**
 * Index-linked price: base price × (fixed share + Σ share × new index / base index), where the fixed share is 1 − Σ shares.
 * @customfunction INDEXPRICE
 * @helpurl https://localhost:3000/help/functions.html#indexprice
 * @param base_price Price agreed at the base index values.
 * @param shares Share of the price that follows each index (fractions, at most 1 in total).
 * @param base_indices Index values when the base price was agreed, the same size as shares.
 * @param new_indices Index values now, the same size as shares.
 * @returns The price the indices say it should be now.
 */
export function indexPrice(base_price: number, shares: number[][], base_indices: number[][], new_indices: number[][]): number | CustomFunctions.Error {
  return guarded("INDEXPRICE", () => {
    const args = readArguments((take) => ({
      basePrice: take(requiredNumber(base_price, "base_price")),
      shares: take(numberColumn(shares, "shares")),
      baseIndices: take(numberColumn(base_indices, "base_indices")),
      newIndices: take(numberColumn(new_indices, "new_indices")),
    }));
    if (!args.ok) return excelError(args);
    const lined = readArguments((take) => [
      take(sameShapeAs(args.value.baseIndices, "base_indices", args.value.shares, "shares")),
      take(sameShapeAs(args.value.newIndices, "new_indices", args.value.shares, "shares")),
    ]);
    if (!lined.ok) return excelError(lined);
    const { basePrice } = args.value;
    const [shareValues, baseIndices, newIndices] = [args.value.shares.values, args.value.baseIndices.values, args.value.newIndices.values];
    const lines = Array.from(shareValues.keys()).filter((i) => !isEmptyRow(shareValues[i], baseIndices[i], newIndices[i]));
    const incomplete = lines.find((i) => isEmpty(shareValues[i]) || isEmpty(baseIndices[i]) || isEmpty(newIndices[i]));
    if (incomplete !== undefined) {
      return excelError(fail("value", `shares, base_indices and new_indices must all be filled in on line ${incomplete + 1}`));
    }
    const pick = (values: Float64Array): number[] => lines.map((i) => values[i] ?? 0);
    return numberCell(indexPriceOf(basePrice, pick(shareValues), pick(baseIndices), pick(newIndices)));
  });
}

/**
 * KPI points from 0 to 100: clamp((value − floor) / (target − floor), 0, 1) × 100; works for lower-is-better KPIs too (target below floor).
 * @customfunction KPISCORE
 * @helpurl https://localhost:3000/help/functions.html#kpiscore
 * @param value The KPI's value.
 * @param target Value worth 100 points.
 * @param floor Value worth 0 points.
 * @returns Points from 0 to 100.
 */
export function kpiScore(value: number, target: number, floor: number): number | CustomFunctions.Error {
  return guarded("KPISCORE", () => {
    const args = readArguments((take) => ({
      value: take(requiredNumber(value, "value")),
      target: take(requiredNumber(target, "target")),
      floor: take(requiredNumber(floor, "floor")),
    }));
    return numberCell(args.ok ? kpiPoints(args.value.value, args.value.target, args.value.floor) : args);
  });
}
