// Prints Jest's totals as one plain line at the very end of a run, `N passed, N failed, N skipped`,
// which CI reads to count the tests (Jest's own summary spreads them over several lines). Jest
// prints its summary after every reporter's onRunComplete, so the line is written as the process exits.
const { writeSync } = require("node:fs");

class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
    process.once("exit", () => writeSync(2, `\n${line}\n`));
  }
}

module.exports = SummaryLineReporter;
