/**
 * The title pages (`title.xhtml`): for one text, its title block and where it is published; for
 * the whole edition, its name, size and address. Both say how to read the marks the edition
 * uses (〔 〕 for a supplied title, 约/推定 for an inferred date, ¶ and § numbers for citing).
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { sitePaths } from "../../format/urls.ts";
import { displayTitle, formatDate } from "../../lib/labels.ts";
import { editionName, homeUrl, pageUrl, publishedUrl, type ExportContext } from "../context.ts";
import { titleFacts } from "../title-facts.ts";
import { el, type XmlElement } from "../xml.ts";
import { xhtmlPage } from "./xhtml.ts";

/** Path of the title page inside the EPUB's content folder. */
export const titlePagePath = "title.xhtml";

/** How to read the edition's marks. */
function readingNotes(context: ExportContext, exampleUrl: string): XmlElement {
  return el(
    "div",
    { class: "note" },
    el("p", {}, "标题加〔 〕者为编者所拟；日期前加“约”、后注“（推定）”者系推定。"),
    el(
      "p",
      {},
      "段首的编号（¶12、§2、i5）与网页版相同，引用某段时可在网址后加 #编号，例如 ",
      el("a", { href: exampleUrl }, exampleUrl),
      "。",
    ),
    el(
      "p",
      {},
      `${editionName}，${formatDate(context.buildDate)}生成：`,
      el("a", { href: homeUrl(context) }, homeUrl(context)),
    ),
  );
}

/** The title page of one text. */
export function renderTextTitlePage(doc: DocumentFrontmatter, context: ExportContext): string {
  const url = pageUrl(context, doc.slug);
  return xhtmlPage({
    title: displayTitle(doc),
    stylesheet: "style.css",
    bodyType: "frontmatter",
    body: [
      el(
        "section",
        { class: "title-block", "epub:type": "titlepage", "aria-labelledby": "book-title" },
        doc.kicker && el("p", { class: "kicker" }, doc.kicker),
        el(
          "h1",
          { id: "book-title" },
          displayTitle(doc),
          doc.titleSupplied && el("small", { class: "supplied" }, "（标题为编者所拟）"),
        ),
        doc.subtitle && el("p", { class: "subtitle" }, doc.subtitle),
        el(
          "dl",
          { class: "facts" },
          titleFacts(doc).map((fact) => [el("dt", {}, fact.label), el("dd", {}, fact.value)]),
        ),
        el("p", {}, "网页版：", el("a", { href: url }, url)),
        readingNotes(context, publishedUrl(context, sitePaths.block(doc.slug, "p1"))),
      ),
    ],
  });
}

/** The title page of the whole edition. */
export function renderEditionTitlePage(count: number, context: ExportContext, exampleSlug: string | undefined): string {
  const example = exampleSlug ? publishedUrl(context, sitePaths.block(exampleSlug, "p1")) : homeUrl(context);
  return xhtmlPage({
    title: editionName,
    stylesheet: "style.css",
    bodyType: "frontmatter",
    body: [
      el(
        "section",
        { class: "title-block", "epub:type": "titlepage", "aria-labelledby": "book-title" },
        el("h1", { id: "book-title" }, editionName),
        el("p", { class: "subtitle" }, `湖南文献 ${count} 篇，按日期排列，新者在前`),
        readingNotes(context, example),
      ),
    ],
  });
}
