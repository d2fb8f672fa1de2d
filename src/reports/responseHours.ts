import type { ResponseRecord } from "../schema/tables";

const SECONDS_PER_DAY = 86400;
const SECONDS_PER_HOUR = 3600;

/** Excel stores a time as a fraction of a day; counting whole seconds drops the binary noise of that fraction (24.499999999970896 hours). */
function hoursBetween(from: number, to: number): number {
  return Math.round((to - from) * SECONDS_PER_DAY) / SECONDS_PER_HOUR;
}

/**
 * The median hours from RaisedAt to RespondedAt, as known on `knownAt` (the run's as-of date). An
 * issue unanswered then counts with the hours it has waited until the end of that day: a supplier
 * who never answers must not look better than one who answers late. Null when no issue counts.
 */
export function responseHours(responses: readonly ResponseRecord[], knownAt: number): number | null {
  const endOfAsOfDay = Math.floor(knownAt) + 1;
  const hours: number[] = [];
  for (const response of responses) {
    const answeredBy = response.respondedAt !== null && response.respondedAt < endOfAsOfDay ? response.respondedAt : null;
    if (answeredBy === null && response.raisedAt >= endOfAsOfDay) continue;
    hours.push(hoursBetween(response.raisedAt, answeredBy ?? endOfAsOfDay));
  }
  return median(hours);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
