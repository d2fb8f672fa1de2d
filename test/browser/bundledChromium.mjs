// Global set-up of Jest's browser project. The tests need nothing but npm: @sparticuz/chromium ships
// a headless Chromium inside its npm package, unpacked here once (to the temp folder) before any test
// runs, so parallel test files never race to unpack it. COSTCARD_CHROMIUM names another browser
// instead (a system Chromium, or any machine that is not Linux x64, for which the package has none).
import chromium from "@sparticuz/chromium";
import os from "node:os";
import path from "node:path";

export default async function unpackChromium() {
  if (process.env.COSTCARD_CHROMIUM) return;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`@sparticuz/chromium has no Chromium for ${process.platform}-${process.arch}: set COSTCARD_CHROMIUM to a Chromium or Chrome executable`);
  }
  process.env.COSTCARD_CHROMIUM = await chromium.executablePath();
  // The fonts unpacked beside it, so screenshots look the same on every machine, fonts installed or not.
  process.env.FONTCONFIG_PATH ??= path.join(os.tmpdir(), "fonts");
}
