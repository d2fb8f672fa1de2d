import fc from "fast-check";
import { forecastDeadline, forecastInEffect, forecastMeasures, paymentMeasures } from "../../../src/core/customerScore";
import { serialFromYmd } from "../../../src/core/excelDate";

const day = (year: number, month: number, dayOfMonth: number) => serialFromYmd(year, month, dayOfMonth);

describe("paymentMeasures", () => {
  const asOf = day(2026, 9, 25);
  it("counts paid invoices and unpaid ones past their deadline; days late run from DueDate", () => {
    const measures = paymentMeasures(
      [
        { dueDate: day(2026, 7, 10), paidDate: day(2026, 7, 12) }, // within tolerance 2: on time
        { dueDate: day(2026, 7, 10), paidDate: day(2026, 7, 13) }, // 3 days late
        { dueDate: day(2026, 9, 22), paidDate: null }, // deadline 09-24 before 09-25: late, 3 days
        { dueDate: day(2026, 9, 23), paidDate: null }, // deadline 09-25 is not before the as-of: left out
        { dueDate: day(2026, 9, 1), paidDate: day(2026, 9, 26) }, // paid after the as-of: unpaid then, 24 days
      ],
      { toleranceDays: 2, asOf },
    );
    expect(measures).toEqual({ invoicesDue: 4, paidOnTime: 1 / 4, paymentDaysLate: (3 + 3 + 24) / 3 });
  });

  it("nothing due: 0, with null rates", () => {
    expect(paymentMeasures([], { toleranceDays: 0, asOf })).toEqual({ invoicesDue: 0, paidOnTime: null, paymentDaysLate: null });
    expect(paymentMeasures([{ dueDate: day(2026, 9, 1), paidDate: day(2026, 9, 1) }], { toleranceDays: 0, asOf })).toEqual({ invoicesDue: 1, paidOnTime: 1, paymentDaysLate: null });
  });

  const invoice = fc.record({ dueDate: fc.integer({ min: 46100, max: 46300 }), paidDate: fc.option(fc.integer({ min: 46050, max: 46350 }), { nil: null }) });
  it("paidOnTime is a fraction, days late are above 0, and a longer tolerance never makes fewer invoices on time", () => {
    fc.assert(
      fc.property(fc.array(invoice, { maxLength: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 46100, max: 46350 }), (invoices, tolerance, extra, runAsOf) => {
        const tight = paymentMeasures(invoices, { toleranceDays: tolerance, asOf: runAsOf });
        const loose = paymentMeasures(invoices, { toleranceDays: tolerance + extra, asOf: runAsOf });
        expect(tight.invoicesDue).toBeLessThanOrEqual(invoices.length);
        if (tight.paidOnTime !== null) expect(tight.paidOnTime >= 0 && tight.paidOnTime <= 1).toBe(true);
        if (tight.paymentDaysLate !== null) expect(tight.paymentDaysLate).toBeGreaterThan(0);
        const onTime = (measures: typeof tight) => Math.round((measures.paidOnTime ?? 0) * measures.invoicesDue);
        expect(onTime(loose)).toBeGreaterThanOrEqual(onTime(tight));
      }),
    );
  });
});

describe("forecastMeasures", () => {
  it("1 − WAPE floored at 0, and the signed bias", () => {
    expect(forecastMeasures([{ forecast: 1200, actual: 1000 }, { forecast: 500, actual: 600 }])).toEqual({ forecastAccuracy: 1 - 300 / 1600, forecastBias: 100 / 1600 });
    expect(forecastMeasures([{ forecast: 1000, actual: 300 }])).toEqual({ forecastAccuracy: 0, forecastBias: 700 / 300 });
    expect(forecastMeasures([{ forecast: 10, actual: 0 }])).toEqual({ forecastAccuracy: null, forecastBias: null });
    expect(forecastMeasures([])).toEqual({ forecastAccuracy: null, forecastBias: null });
  });

  const cell = fc.record({ forecast: fc.integer({ min: 0, max: 10_000 }), actual: fc.integer({ min: 0, max: 10_000 }) });
  it("accuracy lies in [0, 1], is 1 exactly when every forecast held, bounds the bias, and neither measure moves when every quantity is scaled", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), fc.integer({ min: 2, max: 12 }), (cells, scale) => {
        const measures = forecastMeasures(cells);
        if (cells.every((each) => each.actual === 0)) {
          expect(measures.forecastAccuracy).toBeNull();
          return;
        }
        const accuracy = measures.forecastAccuracy!;
        expect(accuracy >= 0 && accuracy <= 1).toBe(true);
        expect(accuracy === 1).toBe(cells.every((each) => each.forecast === each.actual));
        // |bias| is at most the WAPE, which accuracy shows unless floored.
        if (accuracy > 0) expect(Math.abs(measures.forecastBias!)).toBeLessThanOrEqual(1 - accuracy + 1e-9);
        const scaled = forecastMeasures(cells.map((each) => ({ forecast: each.forecast * scale, actual: each.actual * scale })));
        expect(scaled.forecastAccuracy).toBeCloseTo(accuracy, 9);
        expect(scaled.forecastBias).toBeCloseTo(measures.forecastBias!, 9);
      }),
    );
  });
});

describe("which forecast counts", () => {
  it("the deadline is the first day of the month ForecastLagMonths earlier, across years", () => {
    expect(forecastDeadline(day(2026, 7, 1), 3)).toBe(day(2026, 4, 1));
    expect(forecastDeadline(day(2026, 2, 1), 3)).toBe(day(2025, 11, 1));
    expect(forecastDeadline(day(2026, 1, 1), 0)).toBe(day(2026, 1, 1));
    expect(forecastDeadline(day(2026, 1, 1), 24)).toBe(day(2024, 1, 1));
  });

  it("the latest MadeAt on or before the deadline; blank is in time and oldest; a tie goes to the row further down", () => {
    const deadline = day(2026, 4, 1);
    const rows = [
      { id: "blank", madeAt: null },
      { id: "march", madeAt: day(2026, 3, 15) },
      { id: "late", madeAt: day(2026, 4, 2) },
      { id: "on the day", madeAt: deadline },
      { id: "on the day, lower", madeAt: deadline },
    ];
    expect(forecastInEffect(rows, deadline)?.id).toBe("on the day, lower");
    expect(forecastInEffect(rows.slice(0, 3), deadline)?.id).toBe("march");
    expect(forecastInEffect([rows[0]!, { id: "blank too", madeAt: null }, rows[2]!], deadline)?.id).toBe("blank too");
    expect(forecastInEffect([rows[2]!], deadline)).toBeUndefined();
  });
});
