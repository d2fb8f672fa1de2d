// Offline check of manifest.xml (`npm run validate`). `office-addin-manifest validate` posts the
// manifest to an online service, so this checks here what a shared-runtime Excel add-in needs:
// well-formed XML, the element order Office's schema demands where this manifest uses it, the
// requirement sets, the shared runtime, the custom functions extension point, least permission,
// resource ids, kinds and lengths, https URLs and the icons it names.
// Usage: node scripts/validate-manifest.mjs [FILE]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const NAMESPACE = "COSTCARD";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICON_SIZES = [16, 32, 64, 80];
const RIBBON_ICON_SIZES = [16, 32, 80];
// Four dot-separated numbers at most, each up to five digits (TaskPaneAppManifest's Version).
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

// Sets the add-in cannot work without, and the lowest version each must declare: CustomFunctions.Error
// with a message is CustomFunctionsRuntime 1.2; docs/excel-adapter.md lists why ExcelApi 1.8.
const REQUIRED_SETS = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2", ExcelApi: "1.8" };

// The sequences of Office's manifest schemas (MS-OWEMXML) for the elements this manifest uses: a
// child out of this order, or not listed, fails the schema even where Excel would read it.
const CHILD_ORDER = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "ExtendedOverrides"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides", "WebApplicationInfo"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint", "SupportsSharedFolders"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  Group: ["Label", "Icon", "Control"],
  Button: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  ShowTaskpane: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

// Which resource list each resid must name, by the element that holds it.
const RESOURCE_KIND_OF = {
  Image: "Image",
  SourceLocation: "Url",
  Runtime: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Namespace: "ShortString",
  Label: "ShortString",
  Title: "ShortString",
  Description: "LongString",
};
const MAX_LENGTH = { ShortString: 125, LongString: 250, Url: 2048, Image: 2048 };
const MAX_RESOURCE_ID = 32;

const byName = (root, name) => Array.from(root.getElementsByTagNameNS("*", name));
const firstByName = (root, name) => byName(root, name)[0];
const childrenNamed = (element, name) => Array.from(element.childNodes).filter((node) => node.nodeType === 1 && node.localName === name);
const text = (element) => (element?.textContent ?? "").trim();

/** Children out of the schema's order, or not in it, named by their parent's place in the manifest. */
function orderProblems(parent, where, order) {
  const problems = [];
  let last = -1;
  for (const child of Array.from(parent.childNodes).filter((node) => node.nodeType === 1)) {
    const at = order.indexOf(child.localName);
    if (at < 0) problems.push(`${where} may not hold ${child.localName} (expected, in order: ${order.join(", ")})`);
    else if (at < last) problems.push(`${where}: ${child.localName} must come before ${order[last]} (order: ${order.join(", ")})`);
    else last = at;
  }
  return problems;
}

function versionAtLeast(version, minimum) {
  const parts = (text) => text.split(".").map(Number);
  const [a, b] = [parts(version), parts(minimum)];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

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

  problems.push(...orderProblems(root, "OfficeApp", CHILD_ORDER.OfficeApp));
  const id = text(childrenNamed(root, "Id")[0]);
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = text(childrenNamed(root, "Version")[0]);
  if (!VERSION.test(version)) problems.push(`Version "${version}" must be one to four numbers separated by dots (1.0.0.0)`);
  const displayName = childrenNamed(root, "DisplayName")[0]?.getAttribute("DefaultValue") ?? "";
  if (displayName.length > 125) problems.push(`DisplayName is ${displayName.length} characters, over 125`);
  const description = childrenNamed(root, "Description")[0]?.getAttribute("DefaultValue") ?? "";
  if (description.length > 250) problems.push(`Description is ${description.length} characters, over 250`);
  if (childrenNamed(root, "SupportUrl").length === 0) problems.push("OfficeApp has no SupportUrl (where a user gets help)");
  const iconUrl = childrenNamed(root, "IconUrl")[0]?.getAttribute("DefaultValue") ?? "";
  if (!iconUrl.endsWith("icon-32.png")) problems.push(`IconUrl must be the 32 px icon, found "${iconUrl}"`);
  const highResolutionIconUrl = childrenNamed(root, "HighResolutionIconUrl")[0]?.getAttribute("DefaultValue") ?? "";
  if (!highResolutionIconUrl.endsWith("icon-64.png")) problems.push(`HighResolutionIconUrl must be the 64 px icon, found "${highResolutionIconUrl}"`);
  for (const required of ["Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings"]) {
    if (childrenNamed(root, required).length === 0) problems.push(`OfficeApp has no ${required}`);
  }
  const permissions = text(childrenNamed(root, "Permissions")[0]);
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions must be ReadWriteDocument (least permission that writes sheets), found "${permissions}"`);
  const hosts = byName(childrenNamed(root, "Hosts")[0] ?? root, "Host").map((host) => host.getAttribute("Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts must list Workbook (Excel)");
  const setElements = byName(childrenNamed(root, "Requirements")[0] ?? doc, "Set");
  const defaultMinVersion = firstByName(childrenNamed(root, "Requirements")[0] ?? doc, "Sets")?.getAttribute("DefaultMinVersion") ?? "1.1";
  for (const [name, minimum] of Object.entries(REQUIRED_SETS)) {
    const set = setElements.find((element) => element.getAttribute("Name") === name);
    const declared = set?.getAttribute("MinVersion") || defaultMinVersion;
    if (!set) problems.push(`Requirements must ask for the ${name} set (${minimum} or later)`);
    else if (!versionAtLeast(declared, minimum)) problems.push(`Requirements asks for ${name} ${declared}; the add-in needs ${minimum}`);
  }

  const overrides = childrenNamed(root, "VersionOverrides")[0];
  if (!overrides) return [...problems, "no VersionOverrides (ribbon button, custom functions, shared runtime)"];

  problems.push(...orderProblems(overrides, "VersionOverrides", CHILD_ORDER.VersionOverrides));
  const resourcesElement = firstByName(overrides, "Resources");
  if (resourcesElement) problems.push(...orderProblems(resourcesElement, "Resources", CHILD_ORDER.Resources));
  const resources = new Map();
  const resourceKinds = new Map();
  const resourceLists = [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "ShortString"],
    ["LongStrings", "LongString"],
  ];
  for (const [list, kind] of resourceLists) {
    for (const element of byName(firstByName(resourcesElement ?? overrides, list) ?? doc.createElement("none"), "*")) {
      const resourceId = element.getAttribute("id");
      if (!resourceId) continue;
      if (resources.has(resourceId)) problems.push(`resource id "${resourceId}" is defined twice`);
      if (resourceId.length > MAX_RESOURCE_ID) problems.push(`resource id "${resourceId}" is longer than ${MAX_RESOURCE_ID} characters`);
      const value = element.getAttribute("DefaultValue") ?? "";
      if (value.length > MAX_LENGTH[kind]) problems.push(`${kind} "${resourceId}" is ${value.length} characters, over ${MAX_LENGTH[kind]}`);
      resources.set(resourceId, value);
      resourceKinds.set(resourceId, kind);
    }
  }
  for (const element of byName(overrides, "*")) {
    const resid = element.getAttribute("resid");
    if (!resid) continue;
    if (!resources.has(resid)) problems.push(`${element.localName} refers to resid "${resid}", which Resources does not define`);
    else if (RESOURCE_KIND_OF[element.localName] && resourceKinds.get(resid) !== RESOURCE_KIND_OF[element.localName]) {
      problems.push(`${element.localName} refers to "${resid}", a ${resourceKinds.get(resid)}; it takes a ${RESOURCE_KIND_OF[element.localName]}`);
    }
  }
  const hostOverrides = byName(childrenNamed(overrides, "Hosts")[0] ?? overrides, "Host").filter((host) => host.parentNode?.localName === "Hosts");
  if (!hostOverrides.some((host) => host.getAttributeNS(XSI_NS, "type") === "Workbook")) problems.push('VersionOverrides must have a Host of xsi:type "Workbook"');
  for (const host of hostOverrides) problems.push(...orderProblems(host, "VersionOverrides Host", CHILD_ORDER.Host));
  for (const formFactor of byName(overrides, "DesktopFormFactor")) problems.push(...orderProblems(formFactor, "DesktopFormFactor", CHILD_ORDER.DesktopFormFactor));
  const getStarted = firstByName(overrides, "GetStarted");
  if (!getStarted) problems.push("DesktopFormFactor has no GetStarted (the callout Excel shows after installing)");
  else {
    problems.push(...orderProblems(getStarted, "GetStarted", CHILD_ORDER.GetStarted));
    for (const part of CHILD_ORDER.GetStarted) if (childrenNamed(getStarted, part).length === 0) problems.push(`GetStarted has no ${part}`);
  }
  for (const group of byName(overrides, "Group")) problems.push(...orderProblems(group, `Group ${group.getAttribute("id")}`, CHILD_ORDER.Group));
  for (const control of byName(overrides, "Control")) {
    const type = control.getAttributeNS(XSI_NS, "type");
    if (CHILD_ORDER[type]) problems.push(...orderProblems(control, `Control ${control.getAttribute("id")}`, CHILD_ORDER[type]));
  }
  for (const supertip of byName(overrides, "Supertip")) problems.push(...orderProblems(supertip, "Supertip", CHILD_ORDER.Supertip));
  for (const icon of byName(overrides, "Icon")) {
    const sizes = childrenNamed(icon, "Image").map((image) => Number(image.getAttribute("size")));
    for (const size of RIBBON_ICON_SIZES) if (!sizes.includes(size)) problems.push(`the ribbon icon of ${icon.parentNode?.getAttribute?.("id") ?? "a control"} has no ${size} px image`);
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
    problems.push(...orderProblems(customFunctions, "the CustomFunctions extension point", CHILD_ORDER.CustomFunctions));
    const namespace = resourceOf(firstByName(customFunctions, "Namespace"));
    if (namespace !== NAMESPACE) problems.push(`CustomFunctions Namespace must be ${NAMESPACE}, found ${namespace ?? "none"}`);
  }
  const functionFile = firstByName(overrides, "FunctionFile");
  if (functionFile && functionFile.getAttribute("resid") !== runtimeResid) problems.push("FunctionFile must be the shared runtime's page");
  const showTaskpane = byName(overrides, "Action").find((action) => action.getAttributeNS(XSI_NS, "type") === "ShowTaskpane");
  if (!showTaskpane) problems.push("no ribbon button with a ShowTaskpane action");
  else {
    problems.push(...orderProblems(showTaskpane, "the ShowTaskpane action", CHILD_ORDER.ShowTaskpane));
    if (firstByName(showTaskpane, "SourceLocation")?.getAttribute("resid") !== runtimeResid) problems.push("the ShowTaskpane action must open the shared runtime's page");
    // A shared runtime has one task pane; an action without TaskpaneId would open a second one.
    if (!text(firstByName(showTaskpane, "TaskpaneId"))) problems.push("the ShowTaskpane action needs a TaskpaneId (a shared runtime has one task pane)");
  }

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
