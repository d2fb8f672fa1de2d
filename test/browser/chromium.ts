import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { contentType } from "./staticServer";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_FILES = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

/**
 * The Chromium that bundledChromium.mjs unpacked (or the one COSTCARD_CHROMIUM names), headless, in a
 * fresh profile, with no way out to the network: office.js and whatever it loads come from
 * @microsoft/office-js, the add-in from `origin`, anything else is refused.
 */
export async function launchChromium(origin: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const executablePath = process.env.COSTCARD_CHROMIUM;
  if (executablePath === undefined || !existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath ?? "COSTCARD_CHROMIUM (unset)"}: run the browser tests through jest, whose global set-up unpacks @sparticuz/chromium`);
  const profile = mkdtempSync(path.join(os.tmpdir(), "costcard-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 420, height: 900 },
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(OFFICE_JS_CDN)) {
      const file = path.join(OFFICE_JS_FILES, new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length));
      if (file.startsWith(OFFICE_JS_FILES) && existsSync(file)) return route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) });
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort("blockedbyclient");
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
