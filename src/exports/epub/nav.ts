/**
 * The EPUB navigation document (`nav.xhtml`): the table of contents (`epub:type="toc"`), with
 * each document's headings and run-in heads nested under it, and the landmarks (title page,
 * contents, start of the text, glossary) that reading systems offer as shortcuts.
 */
import { el, type XmlElement } from "../xml.ts";
import type { OutlineNode } from "../outline.ts";
import { xhtmlPage } from "./xhtml.ts";

/** Path of the navigation document inside the EPUB's content folder. */
export const navPath = "nav.xhtml";

/** An entry of the table of contents: a link (or, for a group such as a year, a label) and children. */
export interface TocEntry {
  label: string;
  href?: string;
  children: TocEntry[];
}

/** A landmark: its structural type (titlepage, toc, bodymatter, glossary), label and target. */
export interface Landmark {
  type: string;
  label: string;
  href: string;
}

/** A document's headings as contents entries under it, linking into its chapter. */
export function outlineEntries(chapter: string, tree: readonly OutlineNode[]): TocEntry[] {
  return tree.map((node) => ({
    label: node.item.text,
    href: `${chapter}#${node.item.id}`,
    children: outlineEntries(chapter, node.children),
  }));
}

/** One `li`: a link or a label, then its children's `ol` (a label must have children, as EPUB requires). */
function tocItem(entry: TocEntry): XmlElement {
  const head = entry.href ? el("a", { href: entry.href }, entry.label) : el("span", {}, entry.label);
  return el("li", {}, head, entry.children.length > 0 && el("ol", {}, entry.children.map(tocItem)));
}

/** The navigation document. */
export function renderNav(title: string, toc: readonly TocEntry[], landmarks: readonly Landmark[]): string {
  return xhtmlPage({
    title,
    stylesheet: "style.css",
    body: [
      el(
        "nav",
        { "epub:type": "toc", id: "toc", role: "doc-toc", "aria-labelledby": "toc-title" },
        el("h1", { id: "toc-title" }, "目录"),
        el("ol", {}, toc.map(tocItem)),
      ),
      el(
        "nav",
        { "epub:type": "landmarks", id: "landmarks", hidden: true, "aria-labelledby": "landmarks-title" },
        el("h2", { id: "landmarks-title" }, "导览"),
        el(
          "ol",
          {},
          landmarks.map((mark) => el("li", {}, el("a", { "epub:type": mark.type, href: mark.href }, mark.label))),
        ),
      ),
    ],
  });
}
