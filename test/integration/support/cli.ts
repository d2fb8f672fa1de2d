import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runCostcard } from "../../../src/cli/main";

/** The built CLI, run as a user runs it. `npm test` builds it first. */
export const CLI_PATH = join(__dirname, "..", "..", "..", "dist", "cli", "costcard.js");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function requireBuiltCli(): void {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: run \`npm run build\` before these tests (npm test does)`);
  }
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const run = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The CLI's main function run in this process, as `costcard` runs it (stdout and stderr captured):
 * for tests that run it hundreds of times, where a Node process each would take minutes.
 */
export async function runCliInProcess(args: readonly string[], now = new Date("2026-10-01T12:00:00Z")): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCostcard(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: false } as unknown as NodeJS.WriteStream,
    now,
  });
  return { code, stdout, stderr };
}
