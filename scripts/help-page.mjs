// Renders docs/functions.md as the help page each function's @helpurl points at
// (help/functions.html#landedcost): one source for the reference in the repo and in Excel.
import { Marked } from "marked";

/** The anchor of a heading: its first word, lower case (`## LANDEDCOST(...)` → `landedcost`). */
export function headingAnchor(text) {
  const firstWord = /[A-Za-z][A-Za-z0-9]*/.exec(text);
  return firstWord ? firstWord[0].toLowerCase() : "";
}

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

const marked = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth, text }) {
      const id = depth === 2 ? ` id="${escapeAttribute(headingAnchor(text))}"` : "";
      return `<h${depth}${id}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
});

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code{background:#f3f3f3;padding:0 .2em;border-radius:3px}pre{background:#f3f3f3;padding:.6em;overflow:auto}
table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}code{overflow-wrap:anywhere}th,td{border:1px solid #d1d1d1;padding:.25em .6em;text-align:left}h2{margin-top:2.2rem;border-top:1px solid #e0e0e0;padding-top:1rem}`;

export function renderHelpPage(markdown) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Costcard functions</title><style>${STYLE}</style></head>
<body>
${marked.parse(markdown)}</body>
</html>
`;
}
