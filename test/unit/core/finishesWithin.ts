import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The value of `expression` (over `core`, the exports of a module in src/core), computed in a child
 * process that is killed after `ms`. A loop that never ends blocks Jest's own thread, so Jest's
 * timeout could never fire; here a hang fails the test in `ms`.
 */
export function finishesWithin(ms: number, coreModule: string, expression: string): unknown {
  const modulePath = path.join(__dirname, "../../../src/core", coreModule);
  const script = `const core = require(${JSON.stringify(modulePath)}); process.stdout.write(JSON.stringify(${expression}));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8", timeout: ms });
  if (run.error !== undefined || run.signal !== null) throw new Error(`${expression} did not finish within ${ms} ms`);
  if (run.status !== 0) throw new Error(`${expression} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}
