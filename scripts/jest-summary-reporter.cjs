// Prints Jest's totals as one plain line at the very end of a run, `N passed, N failed, N skipped`,
// which CI reads to count the tests (Jest's own summary spreads them over several lines).
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}

module.exports = SummaryLineReporter;
