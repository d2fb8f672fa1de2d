/**
 * `npx tsx bench/bundleSize.ts` (after `npm run build`): the gzipped size of each script the add-in
 * serves. Goal: dist/functions.js ≤ 25 KB gzipped, since Excel loads it before any custom function
 * can calculate. The task pane's chunks are listed for reference.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIST = path.join(__dirname, "..", "dist");
const FUNCTIONS_GOAL_KB = 25;

if (!existsSync(path.join(DIST, "functions.js"))) {
  console.error("dist/functions.js is missing: run `npm run build` first");
  process.exit(2);
}
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const scripts = readdirSync(DIST).filter((file) => file.endsWith(".js"));
for (const file of scripts.sort()) {
  const bytes = readFileSync(path.join(DIST, file));
  console.log(`${file.padEnd(36)} ${kb(bytes.length).padStart(10)} minified ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)} gzipped`);
}
const functionsGzip = gzipSync(readFileSync(path.join(DIST, "functions.js")), { level: 9 }).length;
console.log(`functions.js: ${kb(functionsGzip)} gzipped (goal ≤ ${FUNCTIONS_GOAL_KB} KB)`);
process.exitCode = functionsGzip <= FUNCTIONS_GOAL_KB * 1024 ? 0 : 1;
