/**
 * The parts a factory may break its unit price into (PRODUCT.md, "Workbook tables"), in the order the
 * quote form and the price review show them: each one's key in a quote's `components`, and its Quotes
 * column, which is also its label.
 */
export const COST_COMPONENTS = ["material", "trims", "labor", "overhead", "packaging", "margin"] as const;
export type CostComponent = (typeof COST_COMPONENTS)[number];

export const COST_COMPONENT_COLUMNS: Readonly<Record<CostComponent, string>> = {
  material: "Material",
  trims: "Trims",
  labor: "Labor",
  overhead: "Overhead",
  packaging: "Packaging",
  margin: "Margin",
};
