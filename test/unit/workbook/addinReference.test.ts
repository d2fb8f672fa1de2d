import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addAddinReference, CENTRAL_DEPLOYMENT, parseAddinStore, webextensionXml } from "../../../src/workbook/xlsx/addinReference";
import { ADDIN_MANIFEST } from "../../../src/workbook/xlsx/addinManifest";
import { OTHER_WEBEXTENSION, workbookWithOtherAddin } from "../../integration/support/otherAddin";

/** The webextension parts that name Costcard in a workbook (src/workbook/xlsx/addinReference.ts). */

const MANIFEST = readFileSync(join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");

test("the Id and Version written are manifest.xml's", () => {
  expect(ADDIN_MANIFEST.id).toBe(/<Id>([^<]+)<\/Id>/.exec(MANIFEST)?.[1]);
  expect(ADDIN_MANIFEST.version).toBe(/<Version>([^<]+)<\/Version>/.exec(MANIFEST)?.[1]);
  const reference = /<we:reference ([^>]*)\/>/.exec(webextensionXml(CENTRAL_DEPLOYMENT))?.[1];
  expect(reference).toBe(`id="${ADDIN_MANIFEST.id}" version="${ADDIN_MANIFEST.version}" store="EXCatalog" storeType="EXCatalog"`);
});

test("the manifest's task pane opens with a document that asks for it", () => {
  expect(MANIFEST).toContain("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>");
});

test("stores: Centralized Deployment's catalog, a sideloaded add-in's registry, a shared folder catalog", () => {
  expect(parseAddinStore("catalog")).toEqual({ storeType: "EXCatalog", store: "EXCatalog" });
  expect(parseAddinStore(" Developer ")).toEqual({ storeType: "Registry", store: "developer" });
  expect(parseAddinStore("\\\\fileserver\\addins")).toEqual({ storeType: "FileSystem", store: "\\\\fileserver\\addins" });
  expect(parseAddinStore("C:\\addins")).toBeUndefined();
  expect(parseAddinStore("appsource")).toBeUndefined();
});

test("beside another add-in: its entry and part are kept, ours added with a free part name, row and relationship id; a second run adds nothing", async () => {
  const zip = await JSZip.loadAsync(await workbookWithOtherAddin());
  expect(await addAddinReference(zip, { storeType: "FileSystem", store: "\\\\fileserver\\addins" })).toBe(true);
  expect(await zip.file("xl/webextensions/webextension1.xml")!.async("string")).toBe(OTHER_WEBEXTENSION);
  const ours = await zip.file("xl/webextensions/webextension2.xml")!.async("string");
  expect(ours).toContain(`<we:reference id="${ADDIN_MANIFEST.id}" version="${ADDIN_MANIFEST.version}" store="\\\\fileserver\\addins" storeType="FileSystem"/>`);
  const taskpanes = await zip.file("xl/webextensions/taskpanes.xml")!.async("string");
  expect(taskpanes.match(/<wetp:taskpane [^>]*>/g)).toEqual(['<wetp:taskpane dockstate="right" visibility="0" width="350" row="4">', '<wetp:taskpane dockstate="right" visibility="1" width="350" row="5">']);
  expect(taskpanes).toContain('r:id="rId1"/></wetp:taskpane>');
  expect(taskpanes).toMatch(/<wetp:webextensionref [^>]*r:id="rId2"\/><\/wetp:taskpane><\/wetp:taskpanes>$/);
  expect(await zip.file("xl/webextensions/_rels/taskpanes.xml.rels")!.async("string")).toContain('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension2.xml"/>');
  const rootRels = await zip.file("_rels/.rels")!.async("string");
  expect(rootRels.match(/webextensiontaskpanes/g)).toHaveLength(1);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('<Override PartName="/xl/webextensions/webextension2.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
  expect(types.match(/webextensiontaskpanes\+xml/g)).toHaveLength(1);

  const before = await Promise.all(Object.keys(zip.files).map(async (name) => [name, await zip.file(name)?.async("string")]));
  expect(await addAddinReference(zip, CENTRAL_DEPLOYMENT)).toBe(false);
  expect(await Promise.all(Object.keys(zip.files).map(async (name) => [name, await zip.file(name)?.async("string")]))).toEqual(before);
});
