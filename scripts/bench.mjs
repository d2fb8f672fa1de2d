// `npm run bench`: builds, then runs every benchmark in bench/ (bench/*.bench.ts, then the bundle
// sizes) one after another with tsx, so their timings do not share the CPU. Figures and goals are
// recorded in docs/PERFORMANCE.md. `npm run bench -- otdRate` runs only the benches whose file
// name contains "otdRate".
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const filter = process.argv[2] ?? "";
const benches = [...readdirSync(path.join(root, "bench")).filter((file) => file.endsWith(".bench.ts")).sort(), "bundleSize.ts"].filter((file) => file.includes(filter));

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: "inherit" }).status ?? 1;

if (run("npm", ["run", "--silent", "build"]) !== 0) process.exit(1);
let failures = 0;
for (const bench of benches) {
  console.log(`\n## bench/${bench}`);
  if (run(process.execPath, ["--import", "tsx", path.join("bench", bench)]) !== 0) failures += 1;
}
process.exitCode = failures === 0 ? 0 : 1;
