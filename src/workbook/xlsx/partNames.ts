import type JSZip from "jszip";

/** Names for parts and relationships Costcard adds, never one the package already has. */

/** `xl/charts/chart3.xml`: the first `${folder}/${stem}N.xml` that is not in the package. */
export function freePartPath(zip: JSZip, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${stem}${n}.xml`;
    if (zip.file(path) === null) return path;
  }
}

/** The first `rIdN` not among `taken`. */
export function freeRelationshipId(taken: Iterable<string>): string {
  const ids = new Set(taken);
  for (let n = 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}
