/**
 * A tiny typed XML builder for the exports (TEI, XHTML, OPF). Text and attribute values are
 * always escaped on output, so reading text with `&`, `<` or `>` can never break a file; there
 * is deliberately no way to inject raw markup. A dependency (xmlbuilder2, 400 kB) would add
 * nothing this needs: the exports only write, never parse, and need byte-stable output.
 */

/** An element: name, attributes in writing order, children. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** Text (escaped when written) or an element. */
export type XmlNode = XmlElement | string;

/** What a child argument may be: absent values and nested lists are skipped and flattened. */
export type XmlChild = XmlNode | null | undefined | false | readonly XmlChild[];

/** Attribute values; `undefined`, `null` and `false` leave the attribute out. */
export type XmlAttributes = Record<string, string | number | true | false | null | undefined>;

/** Build an element; attribute `true` is written as `name="name"` (XHTML's boolean form). */
export function el(name: string, attributes: XmlAttributes = {}, ...children: XmlChild[]): XmlElement {
  const written: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    written[key] = value === true ? key : String(value);
  }
  return { name, attributes: written, children: flatten(children) };
}

/** Children without absent values, nested lists spread, adjacent strings kept apart (harmless). */
function flatten(children: readonly XmlChild[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === "") continue;
    if (typeof child === "string" || !Array.isArray(child)) out.push(child as XmlNode);
    else out.push(...flatten(child as readonly XmlChild[]));
  }
  return out;
}

/** What text must not contain as is: markup characters, and controls XML 1.0 forbids (dropped). */
const textSpecials = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** The same plus what a double-quoted attribute must not contain as is. */
const attributeSpecials = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const references: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** One pass over the text; most reading text has nothing to escape and is returned as it is. */
function escapeWith(pattern: RegExp, text: string): string {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  return text.replace(pattern, (ch) => references[ch] ?? "");
}

/** Escape character data. `>` too, so `]]>` can never appear. */
export function escapeText(text: string): string {
  return escapeWith(textSpecials, text);
}

/** Escape an attribute value (double-quoted); tabs and line breaks as references so they survive. */
export function escapeAttribute(value: string): string {
  return escapeWith(attributeSpecials, value);
}

/**
 * Serialise a node. Only the elements named in `containers` (element-only content such as
 * `body`, `div`, `manifest`) are indented one child a line; every other element is written on one
 * line, so no whitespace is ever added inside reading text (a paragraph, a heading, a title).
 */
export function serialize(node: XmlNode, containers: ReadonlySet<string> = new Set(), indent = ""): string {
  if (typeof node === "string") return escapeText(node);
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join("");
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  const pretty = containers.has(node.name) && node.children.every((child) => typeof child !== "string");
  const inner = pretty
    ? node.children.map((child) => `\n${indent}  ${serialize(child, containers, `${indent}  `)}`).join("") +
      `\n${indent}`
    : node.children.map((child) => serialize(child, containers, indent)).join("");
  return `<${node.name}${attributes}>${inner}</${node.name}>`;
}

/** How a whole document is written: an optional doctype line and the indented containers. */
export interface XmlDocumentOptions {
  doctype?: string;
  containers?: ReadonlySet<string>;
}

/** A whole XML document: declaration, optional doctype line, root element, final newline. */
export function xmlDocument(root: XmlElement, options: XmlDocumentOptions = {}): string {
  const doctype = options.doctype ? `${options.doctype}\n` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}${serialize(root, options.containers)}\n`;
}
