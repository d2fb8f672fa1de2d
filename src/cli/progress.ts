import type { RowProgress } from "../workbook/xlsx/tableRows";

/** Lines on a non-terminal stderr only for big files, so logs of small runs stay clean. */
const QUIET_BELOW_ROWS = 50_000;

export interface ProgressReporter {
  readonly onRows: RowProgress;
  step(message: string): void;
  done(): void;
}

/** Progress on stderr: one line updated in place on a terminal, a line per 50,000 rows otherwise. */
export function stderrProgress(stream: NodeJS.WriteStream, file: string): ProgressReporter {
  let rows = 0;
  let shown = false;
  const show = (message: string) => {
    shown = true;
    stream.write(stream.isTTY ? `\r\x1b[K${message}` : `${message}\n`);
  };
  return {
    onRows(rowsRead) {
      rows = rowsRead;
      if (stream.isTTY || rowsRead % QUIET_BELOW_ROWS === 0) show(`Reading ${file}: ${rowsRead.toLocaleString("en-US")} rows`);
    },
    step(message) {
      if (stream.isTTY || rows >= QUIET_BELOW_ROWS) show(message);
    },
    done() {
      if (shown && stream.isTTY) stream.write("\r\x1b[K");
    },
  };
}
