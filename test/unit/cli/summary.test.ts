import { reviewSummary } from "../../../src/cli/summary";
import type { ReviewJson } from "../../../src/reports/reviewJson";

const supplier = (name: string, grade: string | null) => ({ supplier: name, grade, nextInspection: "normal" }) as unknown as ReviewJson["suppliers"][number];

function summaryOf(suppliers: ReviewJson["suppliers"]): string {
  const review = { period: "2026-Q3", asOf: "2026-09-30", suppliers, priceReview: [], problems: [] } as unknown as ReviewJson;
  return reviewSummary(review, [], [], "book.xlsx", undefined);
}

describe("the review summary's grade line", () => {
  test("lists every grade from A to D in order, zeros included", () => {
    expect(summaryOf([supplier("Dhaka", "C"), supplier("Saigon", "A"), supplier("Hanoi", "A"), supplier("Porto", "D")]).split("\n")[1]).toBe("  4 suppliers, grades: 2 A, 0 B, 1 C, 1 D");
  });

  test("suppliers without a score are counted apart", () => {
    expect(summaryOf([supplier("Saigon", "B"), supplier("Izmir", null)]).split("\n")[1]).toBe("  2 suppliers, grades: 0 A, 1 B, 0 C, 0 D, 1 without a score");
  });
});
