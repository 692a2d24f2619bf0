/**
 * One document as an EPUB chapter (`text/<slug>.xhtml`), the same in the text's own EPUB and in
 * the edition's: the title block, the reading text with the web page's ids and margin numbers
 * (`<a class="block-number" href="#p12">¶12</a>`, old ids as empty anchors inside the block they
 * now point to, run-in heads as `strong.run-in`, heading ranks as on the page), and the source
 * with the apparatus in numbers at the end.
 */
import { marginLabel, marginName } from "../../format/block-id.ts";
import { marginNumberLabel } from "../../format/margin-number-label.ts";
import type { Block, DocumentFrontmatter } from "../../format/schema.ts";
import { displayTitle } from "../../lib/labels.ts";
import { headingRanks } from "../../plugins/rehype-heading-levels.ts";
import { summariseApparatus } from "../../lib/apparatus.ts";
import { pageUrl, type ExportContext } from "../context.ts";
import { sourceFacts, titleFacts } from "../title-facts.ts";
import { el, type XmlElement, type XmlNode } from "../xml.ts";
import { xhtmlPage } from "./xhtml.ts";

/** Path of a document's chapter inside the EPUB's content folder. */
export function chapterPath(slug: string): string {
  return `text/${slug}.xhtml`;
}

/** Ids of the chapter's own parts (never block ids, which start with p, s, i or h and a digit). */
export const chapterIds = { title: "title", source: "source" } as const;

/** The title block: 引题, title (a supplied one in 〔 〕 and said so), 副题, dateline, facts. */
function titleBlock(doc: DocumentFrontmatter): XmlElement {
  return el(
    "header",
    { class: "title-block" },
    doc.kicker && el("p", { class: "kicker" }, doc.kicker),
    el(
      "h1",
      { id: chapterIds.title },
      displayTitle(doc),
      doc.titleSupplied && el("small", { class: "supplied" }, "（标题为编者所拟）"),
    ),
    doc.subtitle && el("p", { class: "subtitle" }, doc.subtitle),
    doc.dateline && el("p", { class: "dateline" }, doc.dateline),
    el(
      "dl",
      { class: "facts" },
      titleFacts(doc).map((fact) => [el("dt", {}, fact.label), el("dd", {}, fact.value)]),
    ),
  );
}

/** One block as on the web page: old-id anchors, the margin number link, the text. */
function blockElement(block: Block, oldIds: readonly string[], ranks: ReadonlyMap<number, number>): XmlElement {
  const anchors = oldIds.map((oldId) => el("span", { id: oldId, class: "alias-anchor", "aria-hidden": "true" }));
  const number = el(
    "a",
    { class: "block-number", href: `#${block.id}`, "aria-label": marginNumberLabel(marginName(block.id, block.text)) },
    marginLabel(block.id),
  );
  if (block.type === "heading") {
    const level = block.level ?? 2;
    return el(`h${ranks.get(level) ?? level}`, { id: block.id, class: `level-${level}` }, anchors, number, block.text);
  }
  const text: XmlNode[] =
    block.runIn && block.text.startsWith(block.runIn)
      ? [el("strong", { class: "run-in" }, block.runIn), block.text.slice(block.runIn.length)]
      : [block.text];
  return el("p", { id: block.id }, anchors, number, text);
}

/** The reading text: every block, with the aliases that land on it. */
function readingText(doc: DocumentFrontmatter, blocks: readonly Block[]): XmlElement {
  const oldIds = new Map<string, string[]>();
  for (const [oldId, id] of Object.entries(doc.aliases)) oldIds.set(id, [...(oldIds.get(id) ?? []), oldId]);
  const ranks = headingRanks(blocks.flatMap((b) => (b.type === "heading" ? [b.level ?? 2] : [])));
  return el(
    "div",
    { class: "reading" },
    blocks.map((block) => blockElement(block, oldIds.get(block.id) ?? [], ranks)),
  );
}

/** The source and the apparatus in numbers, with a link to the page that lists every intervention. */
function sourceSection(doc: DocumentFrontmatter, context: ExportContext): XmlElement {
  const url = pageUrl(context, doc.slug);
  const counts = summariseApparatus(doc.apparatus);
  return el(
    "section",
    { class: "source", id: chapterIds.source, "aria-labelledby": `${chapterIds.source}-heading` },
    el("h2", { id: `${chapterIds.source}-heading` }, "来源与校勘"),
    el(
      "dl",
      { class: "facts" },
      sourceFacts(doc).map((fact) => [el("dt", {}, fact.label), el("dd", {}, fact.value)]),
    ),
    el("p", {}, counts.length ? `编者处理 ${doc.apparatus.length} 处：` : "编者未作处理。"),
    counts.length > 0 &&
      el(
        "ul",
        { class: "apparatus-counts" },
        counts.map((c) => el("li", {}, `${c.label} ${c.count}`)),
      ),
    el("p", {}, "逐条校勘记与本文的网页版：", el("a", { href: url }, url)),
  );
}

/** The chapter of a document. */
export function renderChapter(doc: DocumentFrontmatter, blocks: readonly Block[], context: ExportContext): string {
  return xhtmlPage({
    title: displayTitle(doc),
    stylesheet: "../style.css",
    bodyType: "bodymatter",
    body: [
      el(
        "section",
        { class: "document", "epub:type": "chapter", "aria-labelledby": chapterIds.title },
        titleBlock(doc),
        readingText(doc, blocks),
        sourceSection(doc, context),
      ),
    ],
  });
}
