import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SettingsPage } from "../../src/taskpane/pages/SettingsPage";
import { renderPane, workbookWith } from "./renderPane";

jest.setTimeout(20_000);

const group = (name: string) => screen.getByRole("group", { name });

async function openSettings(settingsRows: (string | number)[][] = []) {
  const port = workbookWith({ Settings: settingsRows });
  renderPane(<SettingsPage />, port);
  await screen.findByRole("form", { name: "Settings" });
  return port;
}

describe("Settings", () => {
  test("shows the Settings table's values, and PRODUCT.md's defaults for missing keys", async () => {
    await openSettings([["otd.weight", 40], ["HomeCurrency", "EUR"]]);
    const otd = group("On-time delivery (fraction)");
    expect(within(otd).getByRole("textbox", { name: "Weight" })).toHaveValue("40");
    expect(within(otd).getByRole("textbox", { name: "Target" })).toHaveValue("0.95");
    expect(screen.getByRole("combobox", { name: "Home currency" })).toHaveValue("EUR");
    expect(within(group("Grade cut-offs (score at least)")).getByRole("textbox", { name: "Grade A" })).toHaveValue("85");
  });

  test("a value the reports would refuse is shown under its field and nothing is saved", async () => {
    const port = await openSettings();
    const user = userEvent.setup();
    const gradeB = within(group("Grade cut-offs (score at least)")).getByRole("textbox", { name: "Grade B" });
    await user.clear(gradeB);
    await user.paste("90");
    expect(await screen.findByText("grade.A > grade.B > grade.C is needed (got 85, 90, 55).")).toBeInTheDocument();
    const target = within(group("Defect rate (fraction)")).getByRole("textbox", { name: "Target" });
    await user.clear(target);
    await user.paste("0.05");
    expect(await screen.findByText("defectRate.target equals defectRate.floor (0.05), so no score can be drawn.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save settings" })).toBeDisabled();
    expect(port.tableRows("Settings")).toEqual([]);
  });

  test("Save writes every setting to the Settings table, numbers as numbers", async () => {
    const port = await openSettings([["otd.weight", 40]]);
    const user = userEvent.setup();
    const weight = within(group("On-time delivery (fraction)")).getByRole("textbox", { name: "Weight" });
    await user.clear(weight);
    await user.paste("35");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved to the Settings table.")).toBeInTheDocument();
    const saved = new Map((port.tableRows("Settings") ?? []).map(([key, value]) => [key, value]));
    expect(saved.get("otd.weight")).toBe(35);
    expect(saved.get("HomeCurrency")).toBe("USD");
    expect(saved.get("grade.C")).toBe(55);
    // 4 general keys, weight, target and floor of 6 scored KPIs, 3 grade cut-offs.
    expect(saved.size).toBe(25);
  });
});
