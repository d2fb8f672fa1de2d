/**
 * The add-in as manifest.xml names it: its `<Id>` and `<Version>`, which a workbook's webextension
 * part must carry for Excel to find Costcard in a catalog. Kept here as constants for the CLI bundle;
 * test/unit/workbook/addinReference.test.ts reads manifest.xml and fails when they drift.
 */
export const ADDIN_MANIFEST = { id: "21850816-41c2-4717-b95a-2697c7a54539", version: "0.1.0.0" } as const;
