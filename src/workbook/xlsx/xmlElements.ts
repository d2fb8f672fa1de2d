import { escapeXml } from "./packageXml";

/**
 * XML text built element by element, for the parts Costcard writes whole (charts, drawings, add-in
 * references): attributes escaped, children already XML, an element without children self-closed.
 */

export type Attributes = Readonly<Record<string, string | number>>;

export function element(name: string, attributes: Attributes = {}, ...children: readonly string[]): string {
  const text = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  const content = children.join("");
  return content === "" ? `<${name}${text}/>` : `<${name}${text}>${content}</${name}>`;
}

/** An element holding text only (`<a:t>`, `<c:v>`, `<c:f>`), the text escaped. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
