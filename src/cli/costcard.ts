import { runCostcard } from "./main";

void runCostcard(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, now: new Date(), env: process.env }).then((code) => {
  process.exitCode = code;
});
