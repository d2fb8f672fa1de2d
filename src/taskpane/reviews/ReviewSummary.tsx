import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { reviewHighlights } from "../../reports/reviewHighlights";
import { useNumberCellStyles } from "../numberCellStyles";
import type { TaskpaneSession } from "../session";
import type { GeneratedReview } from "./generateReview";

function formatScore(score: number | null): string {
  return score === null ? "n/a" : score.toFixed(1);
}

/**
 * What was generated: the suppliers' scores and grades on the page, the highlights the CLI summary
 * also prints (a period not started yet, inspections off normal, price flags, open deposits,
 * lead-time slip), and the sheets
 * written (in Excel, links that open them).
 */
export function ReviewSummary({ review, session }: { review: GeneratedReview; session: TaskpaneSession }) {
  const numbers = useNumberCellStyles();
  return (
    <>
      <Text>
        {review.period}, as of {review.asOf}: {review.suppliers.length} {review.suppliers.length === 1 ? "supplier" : "suppliers"} scored
        {review.problemCount > 0 ? `; ${review.problemCount} data problems left rows out (see Overview)` : ""}.
      </Text>
      {review.suppliers.length === 0 ? (
        <Text>
          No supplier has shipments, inspections or responses in {review.period}, so the scorecard has no rows. Choose another period, or check the dates
          in Shipments (PromisedDate), Inspections (InspectionDate) and Responses (RaisedAt).
        </Text>
      ) : (
        <Table size="small" aria-label={`Scorecard ${review.period}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Supplier</TableHeaderCell>
              <TableHeaderCell className={numbers.numberHeader}>Score</TableHeaderCell>
              <TableHeaderCell>Grade</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {review.suppliers.map((supplier) => (
              <TableRow key={supplier.supplier}>
                <TableCell>{supplier.supplier}</TableCell>
                <TableCell className={numbers.number}>{formatScore(supplier.score)}</TableCell>
                <TableCell>{supplier.grade ?? "n/a"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ul aria-label="Review highlights">
        {reviewHighlights(review, review.homeCurrency, review.depositRecords).map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <Text weight="semibold">Sheets written</Text>
      <ul aria-label="Sheets written">
        {review.sheets.map((sheet) => (
          <li key={sheet.sheetName}>
            {session.host === "excel" ? (
              <Link as="button" onClick={() => void session.port.activateSheet?.(sheet.sheetName)}>
                {sheet.sheetName}
              </Link>
            ) : (
              <Text>{sheet.sheetName}</Text>
            )}
            <Text size={200}>{sheet.replaced ? " (replaced the earlier one)" : " (new)"}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}
