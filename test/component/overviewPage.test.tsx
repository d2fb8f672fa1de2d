import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TABLE_NAMES, TABLE_SPECS } from "../../src/schema/tableSpecs";
import { OverviewPage } from "../../src/taskpane/pages/OverviewPage";
import { createMemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { createSampleMemoryWorkbook } from "../../src/sample/sampleMemoryWorkbook";
import { renderPane, workbookWith } from "./renderPane";

jest.setTimeout(20_000);

describe("Overview", () => {
  test("lists every table with its row count, and says which are missing", async () => {
    renderPane(<OverviewPage />, workbookWith({ Suppliers: [["Saigon Knit"], ["Ningbo Bags"]], Shipments: [] }));
    const tables = await screen.findByRole("table", { name: "Costcard tables" });
    expect(within(tables).getByRole("row", { name: /^Suppliers/ })).toHaveTextContent("SuppliersSuppliers2");
    expect(within(tables).getByRole("row", { name: /^Shipments/ })).toHaveTextContent("ShipmentsShipments0");
    expect(within(tables).getByRole("row", { name: /^Quotes/ })).toHaveTextContent("missing");
  });

  test("shows the sample's row count of each table", async () => {
    renderPane(<OverviewPage />, createSampleMemoryWorkbook());
    const tables = await screen.findByRole("table", { name: "Costcard tables" });
    // The rows of src/sample/sampleWorkbook.ts, counted by hand: a count the page computed wrongly shows here.
    const sampleRows = { Suppliers: 8, Quotes: 25, Shipments: 50, Inspections: 26, Responses: 20, FxRates: 25, Indices: 25, Actions: 3, Settings: 9 };
    for (const [name, rows] of Object.entries(sampleRows)) {
      expect(within(tables).getByRole("row", { name: new RegExp(`^${name}`) })).toHaveTextContent(new RegExp(`^${name}${name}${rows}$`));
    }
  });

  test("Set up workbook creates the missing tables and leaves the others alone", async () => {
    const port = workbookWith({ Suppliers: [["Saigon Knit"]] });
    renderPane(<OverviewPage />, port);
    await userEvent.click(await screen.findByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByText(`Created ${TABLE_NAMES.filter((name) => name !== "Suppliers").join(", ")}.`)).toBeInTheDocument();
    expect(port.tableRows("Suppliers")).toEqual([["Saigon Knit", ...TABLE_SPECS.Suppliers.slice(1).map(() => null)]]);
    const tables = screen.getByRole("table", { name: "Costcard tables" });
    expect(within(tables).queryByText("missing")).not.toBeInTheDocument();
  });

  test("Add sample data fills missing and empty tables, never one with the user's rows", async () => {
    const port = workbookWith({ Suppliers: [["Saigon Knit"]], Shipments: [] });
    renderPane(<OverviewPage />, port);
    await userEvent.click(await screen.findByRole("button", { name: "Add sample data" }));
    expect(await screen.findByText(/Added sample rows to Shipments\. Left Suppliers alone: they hold your rows\./)).toBeInTheDocument();
    expect(port.tableRows("Suppliers")).toHaveLength(1);
    expect(port.tableRows("Shipments")!.length).toBeGreaterThan(0);
    expect(port.tableRows("Quotes")!.length).toBeGreaterThan(0);
  });

  test("a data problem names table, row and column, and Go to shows that row with the cell highlighted", async () => {
    const port = workbookWith({ Suppliers: [["Saigon Knit"]], Shipments: [["Saigon Knit", "PO-1", "TEE", "many", null, 46100, null, null]] });
    renderPane(<OverviewPage />, port);
    const problems = await screen.findByRole("list", { name: "Data problems" });
    expect(problems).toHaveTextContent('Shipments row 2, Quantity: "many" is not a number');
    await userEvent.click(within(problems).getByRole("button", { name: "Go to Shipments row 2, Quantity" }));
    const row = await screen.findByRole("region", { name: "Row of Shipments row 2, Quantity" });
    expect(row).toHaveFocus();
    const flagged = within(row).getAllByRole("row").filter((element) => element.getAttribute("aria-current") === "true");
    expect(flagged.map((element) => element.textContent)).toEqual(["Quantitymany"]);
    expect(within(row).getByRole("row", { name: /^PromisedDate/ })).toHaveTextContent("PromisedDate2026-03-19");
    expect(port.selectedCell()).toEqual({ table: "Shipments", row: 2, column: "Quantity" });
  });

  test("in Excel, Go to asks the workbook to select the cell and shows no row on the page", async () => {
    const port = workbookWith({ Suppliers: [["Saigon Knit"]], Shipments: [["Saigon Knit", "PO-1", "TEE", "many", 46100, null, null]] });
    renderPane(<OverviewPage />, port, "excel");
    const problems = await screen.findByRole("list", { name: "Data problems" });
    await userEvent.click(within(problems).getByRole("button", { name: "Go to Shipments row 2, Quantity" }));
    await waitFor(() => expect(port.selectedCell()).toEqual({ table: "Shipments", row: 2, column: "Quantity" }));
    expect(screen.queryByRole("region", { name: /^Row of/ })).not.toBeInTheDocument();
  });

  test("a workbook that cannot be read says why", async () => {
    const port = createMemoryWorkbook();
    port.listTables = () => Promise.reject(new Error("the workbook is busy"));
    renderPane(<OverviewPage />, port);
    expect(await screen.findByText("The workbook could not be read: the workbook is busy")).toBeInTheDocument();
  });
});
