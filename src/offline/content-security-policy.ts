/**
 * The Content-Security-Policy of each built page, as a `<meta>` at the top of its `<head>` (a
 * static site cannot count on setting headers): scripts, styles and everything else only from the
 * site itself, never `'unsafe-inline'`; each inline `<script>` and `<style>` the page really has
 * is allowed by its SHA-256. Computed from the finished HTML, so the hashes are exactly those of
 * the page (Astro's own CSP lists every script of the whole site in every page: measured, 0.7 KB
 * compressed per page against 0.2 KB). `'wasm-unsafe-eval'` lets Pagefind's WebAssembly run (the
 * related results of the search page, loaded on request). Pure: a string in, a string out.
 *
 * The page is parsed as a browser parses it (parse5, the WHATWG parsing algorithm), and only real
 * script and style elements are hashed, with their text as the browser sees it: text that looks
 * like markup inside an attribute (a glossary definition in a meta description: 「<script>」), a
 * comment or a textarea is never taken for an element, so it can neither hide the page's own head
 * script nor get a hash allowed for text an author chose. The cost is measured in docs/security.md.
 */
import { createHash } from "node:crypto";
import { parse, Tokenizer, type DefaultTreeAdapterTypes as Tree, type Token } from "parse5";

/** Directives every page shares; script-src and style-src get the page's hashes. */
const fixed = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * `type` values of a script element the browser runs (HTML's "prepare the script element"): none,
 * empty, a JavaScript MIME type, `module`, `importmap`, `speculationrules`. Any other type is a data
 * block (JSON-LD), never run, so never allowed.
 */
const runningType =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/javascript1\.[0-5]|text\/(?:jscript|livescript))$/;

const attribute = (element: Tree.Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value;

/** An element's text as the browser reads it: its text children, joined. */
const textOf = (element: Tree.Element): string =>
  element.childNodes.map((node) => (node.nodeName === "#text" ? (node as Tree.TextNode).value : "")).join("");

/** What a parsed page holds that its policy depends on. */
interface PageFacts {
  scripts: string[];
  styles: string[];
  /** A `<meta http-equiv="content-security-policy">` is there already. */
  hasPolicy: boolean;
  /** The offset in the HTML right after `<meta charset>`, else `<head>`, `<html>`, the doctype, or 0. */
  insertAt: number;
}

/**
 * Where an element that matters to the policy can start: a script or style, or foreign content
 * (`<svg>`, `<math>`), inside which script and style are parsed otherwise. No such element starts
 * anywhere else: its start tag is these letters after `<`, in any case.
 */
const startTag = /<(script|style|svg|math)(?=[\t\n\f\r />])/gi;
const bodyTag = /<body(?=[\t\n\f\r />])/i;
const noop = (): void => {};

/** True when the text at `at` read as a start tag is a script with a `src` (nothing inline to hash). */
function isExternalScript(html: string, at: number): boolean {
  let attrs: Token.Attribute[] | undefined;
  const tokenizer: Tokenizer = new Tokenizer(
    {},
    {
      onStartTag: (token) => {
        attrs = token.attrs;
        tokenizer.pause();
      },
      onEndTag: noop,
      onComment: noop,
      onDoctype: noop,
      onEof: noop,
      onCharacter: noop,
      onNullCharacter: noop,
      onWhitespaceCharacter: noop,
    },
  );
  tokenizer.write(html.slice(at, at + 4096), true);
  return attrs?.some((attr) => attr.name === "src") ?? false;
}

/**
 * How much of the page must be parsed: the head (for the charset, a policy already there) and up to
 * the end of the last element that can matter — its start tag is the last such candidate, its end
 * the next end tag of that name. After it come only external scripts (Astro's module scripts at
 * the end of the body), so the body text of a page is not parsed: measured in docs/security.md.
 * The HTML parser reads a page front to back and never looks ahead, so the elements it finishes
 * within this prefix are exactly those of the whole page; `pageFacts` parses the whole page instead
 * whenever an element that matters is left open at the cut.
 */
function prefixEnd(html: string): number {
  let last: RegExpExecArray | undefined;
  for (const match of html.matchAll(startTag))
    if (match[1]?.toLowerCase() !== "script" || !isExternalScript(html, match.index)) last = match;
  const body = html.search(bodyTag);
  const head = body < 0 ? html.length : body;
  if (!last) return head;
  const close = new RegExp(`</${last[1] ?? ""}(?=[\\t\\n\\f\\r />])`, "gi");
  close.lastIndex = last.index;
  const end = close.exec(html);
  const gt = end ? html.indexOf(">", end.index) : -1;
  return gt < 0 ? html.length : Math.max(head, gt + 1);
}

/** Walk the parsed page (or its prefix) once: inline scripts and styles, a policy, where it goes. */
function parsedFacts(html: string): PageFacts & { complete: boolean } {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let hasPolicy = false;
  let complete = true;
  let charsetEnd: number | undefined;
  let headEnd: number | undefined;
  let htmlEnd: number | undefined;
  const visit = (node: Tree.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!("tagName" in child)) continue;
      const location = child.sourceCodeLocation;
      if (/^(?:script|style|svg|math)$/.test(child.tagName) && !location?.endTag) complete = false;
      if (child.tagName === "script") {
        const type = (attribute(child, "type") ?? "").trim().toLowerCase();
        if (attribute(child, "src") === undefined && runningType.test(type)) scripts.add(sha256(textOf(child)));
      } else if (child.tagName === "style") styles.add(sha256(textOf(child)));
      else if (child.tagName === "meta") {
        if (attribute(child, "http-equiv")?.toLowerCase() === "content-security-policy") hasPolicy = true;
        if (attribute(child, "charset") !== undefined) charsetEnd ??= location?.startTag?.endOffset;
      } else if (child.tagName === "head") headEnd = location?.startTag?.endOffset;
      else if (child.tagName === "html") htmlEnd = location?.startTag?.endOffset;
      // A template's content is inert until a script clones it; then its scripts run too.
      visit(child.tagName === "template" ? (child as Tree.Template).content : child);
    }
  };
  visit(document);
  const doctype = document.childNodes.find((node) => node.nodeName === "#documentType");
  return {
    scripts: [...scripts],
    styles: [...styles],
    hasPolicy,
    complete,
    insertAt: charsetEnd ?? headEnd ?? htmlEnd ?? doctype?.sourceCodeLocation?.endOffset ?? 0,
  };
}

/** The facts of a page, from the prefix that holds them, or from the whole page. */
function pageFacts(html: string): PageFacts {
  const end = prefixEnd(html);
  if (end < html.length) {
    const facts = parsedFacts(html.slice(0, end));
    if (facts.complete) return facts;
  }
  return parsedFacts(html);
}

/** The hashes of a page's inline scripts (not JSON data blocks, which never run) and styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = pageFacts(html);
  return { scripts, styles };
}

/** The policy of a page with these inline hashes. */
export function contentSecurityPolicy({ scripts, styles }: { scripts: string[]; styles: string[] }): string {
  return [
    ...fixed,
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(" "),
    ["style-src 'self'", ...styles].join(" "),
  ].join("; ");
}

/**
 * `html` with its policy as the first element after `<meta charset>` (before any script or style).
 * An HTML fragment (an annotation note, fetched by the text pages but also openable on its own) gets
 * it at its start, where a browser opening the file puts it in the head it supplies.
 */
export function withContentSecurityPolicy(html: string): string {
  const facts = pageFacts(html);
  if (facts.hasPolicy) throw new Error("the page has a CSP already");
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(facts)}">`;
  return html.slice(0, facts.insertAt) + meta + html.slice(facts.insertAt);
}
