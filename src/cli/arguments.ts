import { parseArgs } from "node:util";
import { serialFromIso } from "../core/excelDate";
import { parsePeriod, type Period } from "../core/period";
import { fail, ok, type Result } from "../core/result";
import { CENTRAL_DEPLOYMENT, parseAddinStore, type AddinStore } from "../workbook/xlsx/addinReference";

/** What the command line asks for, checked: a usage error is a failure, never an exception. */
export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "init"; readonly file: string; readonly sample: boolean; readonly addinStore: AddinStore }
  | { readonly kind: "check"; readonly file: string }
  | { readonly kind: "setup"; readonly file: string; readonly addinStore: AddinStore }
  | {
      readonly kind: "review";
      readonly file: string;
      readonly period: Period;
      /** The run's as-of date (serial); the report uses the earlier of it and the period's last day. */
      readonly asOf: number;
      readonly out: string | undefined;
      readonly json: boolean;
    };

export const USAGE = `Usage:
  costcard init FILE.xlsx [--sample] [--addin-store STORE]
  costcard setup FILE.xlsx [--addin-store STORE]
  costcard check FILE.xlsx
  costcard review FILE.xlsx --period P [--as-of DATE] [--out OUT.xlsx] [--json]
  costcard --help | --version
  (setup, check and review also take a macro-enabled FILE.xlsm; its --out is an OUT.xlsm)

Commands:
  init     create FILE.xlsx with every Costcard table (a new file only: never overwrites)
  setup    add the Costcard tables FILE.xlsx lacks, each on a new sheet (keeping FILE.xlsx.bak;
           the existing sheets and data are left exactly as they are)
  check    list each Costcard table of FILE.xlsx with its rows, then its data problems
           (exit 1 when there are any)
  review   write the scorecard and the price review for period P (2026-Q3, 2026-07 or 2026)
           into FILE.xlsx (keeping FILE.xlsx.bak) or into OUT.xlsx, and print a summary;
           decisions typed into the period's price review sheet are first added to PriceDecisions

Options:
  --sample         init: fill the tables with a demo brand's 2026 of quotes, shipments and inspections
  --addin-store S  init, setup: where the workbook tells Excel to find the Costcard add-in:
                   catalog (Microsoft 365 Centralized Deployment, the default), developer
                   (sideloaded) or a shared folder catalog \\\\server\\share (default: the
                   COSTCARD_ADDIN_STORE environment variable, else catalog)
  --period P       quarter 2026-Q3, month 2026-07 or year 2026
  --as-of DATE     ISO date, e.g. 2026-09-30 (default: today, UTC)
  --out OUT.xlsx   write to OUT.xlsx (OUT.xlsm for an .xlsm) and leave FILE.xlsx untouched
  --json           print the review as JSON instead of the summary
  -h, --help       this text
  -v, --version    the version

Exit codes: 0 done · 1 check found data problems · 2 usage or file error (nothing written)`;

const OPTIONS = {
  sample: { type: "boolean" },
  "addin-store": { type: "string" },
  period: { type: "string" },
  "as-of": { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Which options each command takes. */
const ALLOWED: Record<"init" | "setup" | "check" | "review", readonly (keyof typeof OPTIONS)[]> = {
  init: ["sample", "addin-store"],
  setup: ["addin-store"],
  check: [],
  review: ["period", "as-of", "out", "json"],
};

const isXlsxPath = (path: string) => /\.xlsx$/i.test(path);
/** What `--out` may name: an .xlsx, or an .xlsm for a macro-enabled input (checked once the input is read). */
const isWorkbookPath = (path: string) => /\.xls[xm]$/i.test(path);

function usage(message: string): Result<never> {
  return fail("value", `${message} (costcard --help shows the usage)`);
}

/** `--addin-store`, else COSTCARD_ADDIN_STORE, else Centralized Deployment's catalog. */
function addinStoreOf(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Result<AddinStore> {
  const [text, source] = option !== undefined ? [option, "--addin-store"] : [env["COSTCARD_ADDIN_STORE"], "COSTCARD_ADDIN_STORE"];
  if (text === undefined || text.trim() === "") return ok(CENTRAL_DEPLOYMENT);
  const store = parseAddinStore(text);
  return store === undefined ? usage(`${source} "${text}" is not a store: write catalog, developer or a shared folder's \\\\server\\share path`) : ok(store);
}

export function parseCommand(argv: readonly string[], today: number, env: Readonly<Record<string, string | undefined>> = {}): Result<Command> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return ok({ kind: "help" });
  if (values.version) return ok({ kind: "version" });
  const [name, file, ...extra] = positionals;
  if (name === undefined) return usage("no command given");
  if (name !== "init" && name !== "setup" && name !== "check" && name !== "review") return usage(`unknown command "${name}"`);
  if (file === undefined) return usage(`${name} needs a FILE.xlsx`);
  if (extra.length > 0) return usage(`unexpected argument "${extra[0]}"`);
  const misplaced = (Object.keys(values) as (keyof typeof OPTIONS)[]).find((option) => !ALLOWED[name].includes(option));
  if (misplaced !== undefined) return usage(`--${misplaced} does not apply to ${name}`);
  if (name === "init" || name === "setup") {
    const addinStore = addinStoreOf(values["addin-store"], env);
    if (!addinStore.ok) return addinStore;
    if (name === "setup") return ok({ kind: "setup", file, addinStore: addinStore.value });
    if (!isXlsxPath(file)) return usage(`init writes an .xlsx file: "${file}" does not end in .xlsx`);
    return ok({ kind: "init", file, sample: values.sample === true, addinStore: addinStore.value });
  }
  if (name === "check") return ok({ kind: "check", file });
  if (values.period === undefined) return usage("review needs --period (e.g. --period 2026-Q3)");
  const period = parsePeriod(values.period);
  if (!period.ok) return period;
  let asOf = today;
  if (values["as-of"] !== undefined) {
    const serial = serialFromIso(values["as-of"].trim());
    if (serial === null) return fail("value", `--as-of "${values["as-of"]}" is not a date: write it as 2026-09-30`);
    asOf = Math.floor(serial);
  }
  if (values.out !== undefined && !isWorkbookPath(values.out)) return usage(`--out writes an .xlsx or .xlsm file: "${values.out}" ends in neither`);
  return ok({ kind: "review", file, period: period.value, asOf, out: values.out, json: values.json === true });
}
