import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { freightPerUnit } from "../../src/core/freightPerUnit";
import { QuotesPage } from "../../src/taskpane/pages/QuotesPage";
import { cartonFreight, emptyCartonFreight } from "../../src/taskpane/quotes/freightFromCarton";
import { renderPane, workbookWith } from "./renderPane";

jest.setTimeout(30_000);

describe("the quote form's freight-from-carton calculator", () => {
  test("gives FREIGHTPERUNIT's figure, to four decimals, with what it is based on", () => {
    const carton = { ...emptyCartonFreight, length: "60", width: "40", height: "40", unitsPerCarton: "24", cost: "4200", basis: "40HC" as const };
    const core = freightPerUnit({ cartonCm: [60, 40, 40], unitsPerCarton: 24, cost: 4200, basis: "40HC", capacity: null, cartonKg: null });
    expect(cartonFreight(carton)).toEqual({ ok: true, perUnit: core.ok ? core.value.perUnit : Number.NaN, formValue: "0.2472", basis: "708 cartons of 0.096 m³ a 40HC" });
    expect(cartonFreight({ ...carton, basis: "AIR", cost: "5.2", cartonKg: "9" })).toMatchObject({ ok: true, formValue: "3.4667", basis: "16 chargeable kg a carton" });
    expect(cartonFreight({ ...carton, basis: "CBM", cost: "85" })).toMatchObject({ ok: true, formValue: "0.34", basis: "0.096 m³ a carton" });
  });

  test("names the field to fix, in form order, and passes the core's own refusals on", () => {
    const carton = { ...emptyCartonFreight, length: "60", width: "40", height: "40", unitsPerCarton: "24", cost: "4200" };
    expect(cartonFreight({ ...carton, width: "" })).toEqual({ ok: false, message: "Width is required." });
    expect(cartonFreight({ ...carton, cost: "-1" })).toEqual({ ok: false, message: "Cost must be a number above 0." });
    expect(cartonFreight({ ...carton, basis: "AIR" })).toEqual({ ok: false, message: "Carton kg is required." });
    expect(cartonFreight({ ...carton, unitsPerCarton: "2.5" })).toMatchObject({ ok: false, message: expect.stringMatching(/units_per_carton must be a whole number/) });
    expect(cartonFreight({ ...carton, basis: "20GP", capacity: "0.05" })).toMatchObject({ ok: false, message: expect.stringMatching(/does not fit/) });
  });

  test("puts the freight per unit into the form's field", async () => {
    const port = workbookWith({ Suppliers: [["Ningbo Bags"]], Quotes: [], Settings: [] });
    const user = userEvent.setup();
    renderPane(<QuotesPage />, port);
    await screen.findByRole("form", { name: "New quote" });
    await user.click(screen.getByRole("button", { name: "Freight from carton" }));
    for (const [label, value] of [
      [/^Length/, "60"],
      [/^Width/, "40"],
      [/^Height/, "40"],
      [/^Units per carton/, "24"],
      [/^Cost/, "85"],
    ] as const) {
      await user.click(screen.getByRole("textbox", { name: label }));
      await user.paste(value);
    }
    expect(await screen.findByText("0.34 per unit (0.096 m³ a carton)")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Use as freight per unit" }));
    expect(screen.getByRole("textbox", { name: /Freight per unit/ })).toHaveValue("0.34");
  });
});
