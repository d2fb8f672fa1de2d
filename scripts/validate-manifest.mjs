// Offline check of manifest.xml (`npm run validate`). `office-addin-manifest validate` posts the
// manifest to an online service, so this checks here what a shared-runtime Excel add-in needs:
// well-formed XML, the shared runtime, the custom functions extension point, least permission,
// resource ids, https URLs and the icons it names. Usage: node scripts/validate-manifest.mjs [FILE]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const NAMESPACE = "COSTCARD";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICON_SIZES = [16, 32, 64, 80];

const byName = (root, name) => Array.from(root.getElementsByTagNameNS("*", name));
const firstByName = (root, name) => byName(root, name)[0];
const childrenNamed = (element, name) => Array.from(element.childNodes).filter((node) => node.nodeType === 1 && node.localName === name);
const text = (element) => (element?.textContent ?? "").trim();

function pngSize(file) {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a" || bytes.length < 24) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Problems found in a manifest's text; the assets folder is the one beside the manifest. */
export function manifestProblems(xml, assetsDir) {
  const problems = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    return [`not well-formed XML: ${error.message}`];
  }
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== OFFICE_APP_NS) {
    return [`the root element must be OfficeApp in ${OFFICE_APP_NS}`];
  }
  if (root.getAttributeNS(XSI_NS, "type") !== "TaskPaneApp") problems.push('OfficeApp xsi:type must be "TaskPaneApp"');

  const id = text(childrenNamed(root, "Id")[0]);
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  for (const required of ["Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings"]) {
    if (childrenNamed(root, required).length === 0) problems.push(`OfficeApp has no ${required}`);
  }
  const permissions = text(childrenNamed(root, "Permissions")[0]);
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions must be ReadWriteDocument (least permission that writes sheets), found "${permissions}"`);
  const hosts = byName(childrenNamed(root, "Hosts")[0] ?? root, "Host").map((host) => host.getAttribute("Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts must list Workbook (Excel)");
  const sets = byName(childrenNamed(root, "Requirements")[0] ?? doc, "Set").map((set) => set.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push("Requirements must ask for the SharedRuntime set");

  const overrides = childrenNamed(root, "VersionOverrides")[0];
  if (!overrides) return [...problems, "no VersionOverrides (ribbon button, custom functions, shared runtime)"];

  const resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const element of byName(firstByName(overrides, "Resources") ?? overrides, kind)) {
      const resourceId = element.getAttribute("id");
      if (resourceId) {
        if (resources.has(resourceId)) problems.push(`resource id "${resourceId}" is defined twice`);
        resources.set(resourceId, element.getAttribute("DefaultValue") ?? "");
      }
    }
  }
  for (const element of byName(overrides, "*")) {
    const resid = element.getAttribute("resid");
    if (resid && !resources.has(resid)) problems.push(`${element.localName} refers to resid "${resid}", which Resources does not define`);
  }
  const resourceOf = (element) => (element ? resources.get(element.getAttribute("resid")) : undefined);

  const runtimes = byName(overrides, "Runtime");
  const runtime = runtimes[0];
  if (runtimes.length !== 1) problems.push(`expected one Runtimes/Runtime (the shared runtime), found ${runtimes.length}`);
  else if (runtime.getAttribute("lifetime") !== "long") problems.push('Runtime lifetime must be "long" so the functions run while the task pane is closed');
  const runtimeResid = runtime?.getAttribute("resid");

  const customFunctions = byName(overrides, "ExtensionPoint").find((point) => point.getAttributeNS(XSI_NS, "type") === "CustomFunctions");
  if (!customFunctions) {
    problems.push("no ExtensionPoint of type CustomFunctions");
  } else {
    const sourceResid = (part) => firstByName(firstByName(customFunctions, part) ?? customFunctions.ownerDocument, "SourceLocation")?.getAttribute("resid");
    const page = firstByName(customFunctions, "Page") && sourceResid("Page");
    const script = firstByName(customFunctions, "Script") && sourceResid("Script");
    const metadata = firstByName(customFunctions, "Metadata") && sourceResid("Metadata");
    if (!page || page !== runtimeResid) problems.push(`CustomFunctions Page must be the shared runtime's page (${runtimeResid}), found ${page ?? "none"}`);
    if (!script || !(resources.get(script) ?? "").endsWith("/functions.js")) problems.push("CustomFunctions Script must point at functions.js");
    if (!metadata || !(resources.get(metadata) ?? "").endsWith("/functions.json")) problems.push("CustomFunctions Metadata must point at functions.json");
    const namespace = resourceOf(firstByName(customFunctions, "Namespace"));
    if (namespace !== NAMESPACE) problems.push(`CustomFunctions Namespace must be ${NAMESPACE}, found ${namespace ?? "none"}`);
  }
  const functionFile = firstByName(overrides, "FunctionFile");
  if (functionFile && functionFile.getAttribute("resid") !== runtimeResid) problems.push("FunctionFile must be the shared runtime's page");
  const showTaskpane = byName(overrides, "Action").find((action) => action.getAttributeNS(XSI_NS, "type") === "ShowTaskpane");
  if (!showTaskpane) problems.push("no ribbon button with a ShowTaskpane action");
  else if (firstByName(showTaskpane, "SourceLocation")?.getAttribute("resid") !== runtimeResid) problems.push("the ShowTaskpane action must open the shared runtime's page");

  const urls = [
    ...byName(root, "*").filter((element) => /Url$|^SourceLocation$/.test(element.localName) && element.hasAttribute("DefaultValue")).map((element) => element.getAttribute("DefaultValue")),
    ...byName(root, "AppDomain").map(text),
    ...[...resources.entries()].filter(([, value]) => /^[a-z]+:/i.test(value)).map(([, value]) => value),
  ];
  for (const url of new Set(urls)) {
    if (!url.startsWith("https://")) problems.push(`URL ${url} must use https`);
  }

  const iconUrls = new Set(urls.filter((url) => /\/assets\/[^/]+\.png$/.test(url)));
  for (const url of iconUrls) {
    const file = path.join(assetsDir, url.slice(url.lastIndexOf("/assets/") + "/assets/".length));
    if (!existsSync(file)) {
      problems.push(`icon ${url} has no file ${path.relative(process.cwd(), file)}`);
      continue;
    }
    const size = pngSize(file);
    const expected = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
    if (!size) problems.push(`${file} is not a PNG`);
    else if (expected && (size.width !== expected || size.height !== expected)) problems.push(`${file} is ${size.width}×${size.height}, not ${expected}×${expected}`);
  }
  for (const image of byName(overrides, "Image").filter((element) => element.hasAttribute("size"))) {
    const size = Number(image.getAttribute("size"));
    const url = resourceOf(image) ?? "";
    if (!url.endsWith(`icon-${size}.png`)) problems.push(`the ${size} px image ${image.getAttribute("resid")} points at ${url || "nothing"}`);
  }
  for (const size of ICON_SIZES) {
    if (!existsSync(path.join(assetsDir, `icon-${size}.png`))) problems.push(`assets/icon-${size}.png is missing`);
  }
  return [...new Set(problems)];
}

function main() {
  const manifest = path.resolve(process.argv[2] ?? "manifest.xml");
  if (!existsSync(manifest)) {
    console.error(`validate-manifest: ${manifest} not found`);
    return 2;
  }
  const problems = manifestProblems(readFileSync(manifest, "utf8"), path.join(path.dirname(manifest), "assets"));
  if (problems.length > 0) {
    console.error(`${path.basename(manifest)}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`${path.basename(manifest)} is valid: shared runtime, CustomFunctions (${NAMESPACE}), ReadWriteDocument, resources, https URLs and icons checked offline.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
