import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SettingsPage } from "../../src/taskpane/pages/SettingsPage";
import { createSampleMemoryWorkbook } from "../../src/sample/sampleMemoryWorkbook";
import { renderPane, workbookWith } from "./renderPane";

jest.setTimeout(20_000);

const group = (name: string) => screen.getByRole("group", { name });
// By label: getByRole walks the accessibility tree of some forty fields, which is slow on a loaded machine.
const field = (name: string) => screen.getByLabelText(name, { selector: "input" });
const save = () => screen.getByRole("button", { name: "Save settings" });

async function openSettings(settingsRows: (string | number)[][] = []) {
  const port = workbookWith({ Settings: settingsRows });
  renderPane(<SettingsPage />, port);
  await screen.findByRole("form", { name: "Settings" });
  return { port, user: userEvent.setup() };
}

async function retype(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.clear(field(name));
  if (text) await user.paste(text);
}

describe("Settings", () => {
  test("shows the Settings table's values, and PRODUCT.md's defaults for missing keys, rates as percentages, each field named with its KPI", async () => {
    await openSettings([["otd.weight", 40], ["HomeCurrency", "EUR"]]);
    const otd = group("On-time delivery (OTD, a rate)");
    expect(within(otd).getByRole("textbox", { name: "OTD weight" })).toHaveValue("40");
    expect(within(otd).getByRole("textbox", { name: "OTD target" })).toHaveValue("95%");
    expect(within(otd).getByRole("textbox", { name: "OTD floor" })).toHaveValue("80%");
    expect(field("Response hours target")).toHaveValue("24");
    expect(field("Price change threshold")).toHaveValue("3%");
    expect(screen.getByRole("combobox", { name: "Home currency" })).toHaveValue("EUR");
    expect(within(group("Grade cut-offs (score at least)")).getByRole("textbox", { name: "Grade A" })).toHaveValue("85");
  });

  test.each([
    ["Price change threshold", "3", "3 is 300%: type 3% or 0.03."],
    ["OTD tolerance (days)", "2.5", "2.5 is not a whole number."],
    ["OTD target", "95", "95 is 9,500%: type 95% or 0.95."],
    ["OTD weight", "many", '"many" is not a number.'],
    ["OTD weight", "-5", "-5 is negative."],
    ["Defect rate floor", "", "Defect rate floor is required."],
    ["Payment tolerance (days)", "400", "400 is implausibly large (above 365)."],
    ["Payment tolerance (days)", "-1", "-1 is negative."],
    ["Forecast lead (months)", "25", "25 is implausibly large (above 24)."],
    ["Forecast lead (months)", "1.5", "1.5 is not a whole number."],
  ])("%s %p is refused: %s, and Save says why it is disabled", async (name, text, message) => {
    const { port, user } = await openSettings();
    await retype(user, name, text);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(save()).toBeDisabled();
    expect(screen.getByText("Fix the field marked above to save.")).toBeInTheDocument();
    expect(save()).toHaveAccessibleDescription("Fix the field marked above to save.");
    expect(port.tableRows("Settings")).toEqual([]);
  });

  test("checks across fields are in the page's words", async () => {
    const { port, user } = await openSettings();
    await retype(user, "Grade B", "90");
    expect(await screen.findByText("Grade B (90) must be below grade A (85).")).toBeInTheDocument();
    await retype(user, "OTD target", "80%");
    expect(await screen.findByText("OTD target equals its floor (80%): no score can be drawn between them.")).toBeInTheDocument();
    expect(screen.getByText("Fix the 2 fields marked above to save.")).toBeInTheDocument();
    expect(port.tableRows("Settings")).toEqual([]);
  });

  test("Save writes every setting to the Settings table, numbers as numbers: 5% as 0.05, 1,000 as 1000", async () => {
    const { port, user } = await openSettings([["otd.weight", 40]]);
    await retype(user, "OTD weight", "35");
    await retype(user, "Price change threshold", "5%");
    await retype(user, "OTD target", "0.9");
    await retype(user, "Response hours floor", "1,000");
    await retype(user, "OTD tolerance (days)", "2");
    await user.click(save());
    expect(await screen.findByText("Settings saved to the Settings table.")).toBeInTheDocument();
    const saved = new Map((port.tableRows("Settings") ?? []).map(([key, value]) => [key, value]));
    expect([saved.get("otd.weight"), saved.get("PriceChangeThreshold"), saved.get("otd.target"), saved.get("responseHours.floor"), saved.get("OtdToleranceDays")]).toEqual([35, 0.05, 0.9, 1000, 2]);
    expect(saved.get("otd.floor")).toBe(0.8);
    expect(saved.get("HomeCurrency")).toBe("USD");
    expect(saved.get("grade.C")).toBe(55);
    // 4 general keys, weight, target and floor of 6 scored KPIs, 3 grade cut-offs, 3 story keys, an action and an escalation for each of 6 KPIs, 2 of our scorecard.
    expect(saved.size).toBe(42);
    expect(screen.getByTestId("action-outcome")).toHaveFocus();
  });

  test("edits the story's settings: history periods, red-flag periods and each KPI's action and escalation text", async () => {
    const { port, user } = await openSettings([["otd.action", "Call the planner"]]);
    expect(field("OTD action")).toHaveValue("Call the planner");
    expect(field("OTD escalation")).toHaveValue("Revisit contracts and processes");
    await retype(user, "Score history (periods shown)", "13");
    expect(await screen.findByText(/13 is implausibly large/)).toBeInTheDocument();
    await retype(user, "Score history (periods shown)", "8");
    await retype(user, "Red flag after (periods missed in a row)", "3");
    await retype(user, "Defect rate escalation", "Stop shipments");
    await user.click(save());
    expect(await screen.findByText("Settings saved to the Settings table.")).toBeInTheDocument();
    const saved = new Map((port.tableRows("Settings") ?? []).map(([key, value]) => [key, value]));
    expect([saved.get("HistoryPeriods"), saved.get("RedFlagPeriods"), saved.get("defectRate.escalation"), saved.get("otd.action")]).toEqual([8, 3, "Stop shipments", "Call the planner"]);
  });

  test("edits our scorecard's settings: the payment tolerance and the forecast lag, PRODUCT.md's defaults until set", async () => {
    const { port, user } = await openSettings([["ForecastLagMonths", 2]]);
    const ours = group("Our scorecard: how the factories see us");
    expect(within(ours).getByRole("textbox", { name: "Payment tolerance (days)" })).toHaveValue("0");
    expect(within(ours).getByRole("textbox", { name: "Forecast lead (months)" })).toHaveValue("2");
    // The label names the number; the hint under it says the rule, read out with the field.
    expect(field("Payment tolerance (days)")).toHaveAccessibleDescription("An invoice paid up to this many days after its due date counts as paid on time.");
    expect(field("Forecast lead (months)")).toHaveAccessibleDescription("A month's forecast counts if given by the 1st of the month this many months before.");
    await retype(user, "Payment tolerance (days)", "5");
    await retype(user, "Forecast lead (months)", "0");
    await user.click(save());
    expect(await screen.findByText("Settings saved to the Settings table.")).toBeInTheDocument();
    const saved = new Map((port.tableRows("Settings") ?? []).map(([key, value]) => [key, value]));
    expect([saved.get("PaymentToleranceDays"), saved.get("ForecastLagMonths")]).toEqual([5, 0]);
  });

  test("a new home currency says which quotes in effect cannot be converted before it is saved", async () => {
    renderPane(<SettingsPage />, createSampleMemoryWorkbook());
    await screen.findByRole("form", { name: "Settings" });
    const user = userEvent.setup();
    const currency = screen.getByRole("combobox", { name: "Home currency" });
    await user.clear(currency);
    await user.paste("EUR");
    const warning = await screen.findByText(/^Every landed cost will be recomputed in EUR\./);
    // The sample's FxRates hold USD per unit and a EUR row: other currencies convert across it, USD itself (the table's base) cannot.
    expect(warning.textContent).toMatch(/^Every landed cost will be recomputed in EUR\. FxRates has no EUR rate for USD, so \d+ quotes cannot be converted and will not be ranked: .*Saigon Stitch Co\. TEE-001/);
    expect(warning.textContent).not.toMatch(/Tiruppur/);
  });
});
