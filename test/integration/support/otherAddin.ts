import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A workbook into which another add-in was inserted, its webextension parts as Excel writes them (Microsoft's "Automatically open a task pane with a document"). */

const OTHER_TASKPANES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;
const OTHER_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`;
export const OTHER_WEBEXTENSION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}"><we:reference id="af8fa5ba-4010-4bcc-9e03-a91ddadf6dd3" version="1.0.0.0" store="EXCatalog" storeType="EXCatalog"/><we:alternateReferences/><we:properties/><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`;

export async function workbookWithOtherAddin(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data").getCell("A1").value = 1;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.file("xl/webextensions/taskpanes.xml", OTHER_TASKPANES);
  zip.file("xl/webextensions/_rels/taskpanes.xml.rels", OTHER_RELS);
  zip.file("xl/webextensions/webextension1.xml", OTHER_WEBEXTENSION);
  const rels = (await zip.file("_rels/.rels")!.async("string")).replace(
    "</Relationships>",
    '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
  );
  zip.file("_rels/.rels", rels);
  const types = (await zip.file("[Content_Types].xml")!.async("string")).replace(
    "</Types>",
    '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
  );
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer" });
}

