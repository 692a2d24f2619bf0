/**
 * The EPUB of the whole edition (`downloads/xiangwen.epub`), streamed: each document's chapter is
 * compressed and written as soon as it is added (in any order), and only a small summary of it
 * (title, date, outline, hash) is kept. `finish` then writes the title page, the navigation by
 * year and the package document in the edition's reading order (src/lib/documents.ts). Zip entry
 * order does not matter to EPUB — only `mimetype` must be first — so memory stays flat at any size.
 */
import type { Block, DocumentFrontmatter } from "../../format/schema.ts";
import { sitePaths } from "../../format/urls.ts";
import { groupByYear, sortDocuments } from "../../lib/documents.ts";
import { displayTitle } from "../../lib/labels.ts";
import { editionName, publishedUrl } from "../context.ts";
import { editionIdentifier } from "../identifier.ts";
import { outlineOf, outlineTree, type OutlineItem } from "../outline.ts";
import { chapterPath } from "./chapter.ts";
import { chapterEntry } from "./chapter-entry.ts";
import { addContent, addSharedFiles, packagePath, startContainer } from "./container.ts";
import { glossaryPath, glossaryTitle } from "./glossary.ts";
import { navPath, outlineEntries, renderNav, type Landmark, type TocEntry } from "./nav.ts";
import { renderPackage, xhtmlType, type ManifestItem } from "./package-document.ts";
import { modifiedStamp, type EpubOptions } from "./text-epub.ts";
import { renderEditionTitlePage, titlePagePath } from "./title-page.ts";
import { ZipWriter, type ZipSink } from "../zip.ts";

/** What is kept of a document once its chapter is written. */
type Summary = Pick<DocumentFrontmatter, "slug" | "title" | "titleSupplied" | "date" | "order" | "source"> & {
  outline: OutlineItem[];
  contentHash: string;
};

/** The edition EPUB being written. */
export class EditionEpub {
  readonly #zip: ZipWriter;
  readonly #options: EpubOptions;
  readonly #documents: Summary[] = [];

  constructor(sink: ZipSink, options: EpubOptions) {
    this.#zip = new ZipWriter(sink, options.context.buildDate);
    this.#options = options;
    startContainer(this.#zip);
  }

  /** Write a document's chapter now; remember what the contents and the package need. */
  add(doc: DocumentFrontmatter, blocks: readonly Block[], contentHash: string): void {
    addContent(this.#zip, chapterPath(doc.slug), chapterEntry(doc, blocks, this.#options.context));
    const { slug, title, titleSupplied, date, order, source } = doc;
    const summary = { slug, title, titleSupplied, date, order, source, outline: outlineOf(blocks), contentHash };
    // A copy: strings cut from the content file would otherwise keep the whole file text alive.
    this.#documents.push(structuredClone(summary));
  }

  /** Write the title page, navigation, stylesheet, glossary and package document; close the archive. */
  finish(): void {
    const { context, glossary } = this.#options;
    const documents = sortDocuments(this.#documents);
    addContent(this.#zip, titlePagePath, renderEditionTitlePage(documents.length, context, documents[0]?.slug));
    const hasGlossary = Boolean(glossary?.length);
    addContent(
      this.#zip,
      navPath,
      renderNav(editionName, contents(documents, hasGlossary), landmarks(documents, hasGlossary)),
    );
    const shared = addSharedFiles(this.#zip, glossary);
    const items: ManifestItem[] = [
      { id: "title-page", href: titlePagePath, mediaType: xhtmlType, spine: true },
      { id: "nav", href: navPath, mediaType: xhtmlType, properties: "nav", spine: true },
      // Manifest ids must be XML names; a slug may start with a digit, so prefix it.
      ...documents.map((doc) => ({
        id: `t-${doc.slug}`,
        href: chapterPath(doc.slug),
        mediaType: xhtmlType,
        spine: true,
      })),
      ...shared,
    ];
    const metadata = {
      identifier: editionIdentifier(documents.map((doc) => doc.contentHash)),
      title: editionName,
      date: context.buildDate,
      creators: [],
      description: `湖南文献 ${documents.length} 篇：讲话、决议、报告与新闻，附段落编号、来源与校勘摘要。`,
      relation: publishedUrl(context, sitePaths.home()),
      modified: modifiedStamp(context.buildDate),
    };
    this.#zip.add(packagePath, renderPackage(metadata, items));
    this.#zip.finish();
  }
}

/** The contents: documents grouped by year (as on the home page), each with its outline. */
function contents(documents: readonly Summary[], glossary: boolean): TocEntry[] {
  const years = groupByYear(documents).map(([year, docs]) => ({
    label: year ? `${year}年` : "日期不详",
    children: docs.map((doc) => ({
      label: displayTitle(doc),
      href: chapterPath(doc.slug),
      children: outlineEntries(chapterPath(doc.slug), outlineTree(doc.outline)),
    })),
  }));
  return [
    { label: "书名页", href: titlePagePath, children: [] },
    ...years,
    ...(glossary ? [{ label: glossaryTitle, href: glossaryPath, children: [] }] : []),
  ];
}

/** Landmarks: title page, contents, the first document, the glossary. */
function landmarks(documents: readonly Summary[], glossary: boolean): Landmark[] {
  const first = documents[0];
  return [
    { type: "titlepage", label: "书名页", href: titlePagePath },
    { type: "toc", label: "目录", href: `${navPath}#toc` },
    ...(first ? [{ type: "bodymatter", label: "正文", href: chapterPath(first.slug) }] : []),
    ...(glossary ? [{ type: "glossary", label: glossaryTitle, href: glossaryPath }] : []),
  ];
}
