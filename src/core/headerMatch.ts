/**
 * Header matching of PRODUCT.md: case-insensitive, ignoring spaces, underscores and hyphens. Table
 * headers and the Duties table's Measure names are compared in this form.
 */
export function normalizeHeader(header: string): string {
  return header.replace(/[\s_-]+/g, "").toLowerCase();
}
