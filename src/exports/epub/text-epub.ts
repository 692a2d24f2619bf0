/**
 * The EPUB of one text (`downloads/<slug>.epub`): title page, navigation document, the text as
 * one chapter (same ids and margin numbers as the web page), the source and apparatus summary,
 * and the glossary appendix when there is one.
 */
import type { Block, DocumentFrontmatter } from "../../format/schema.ts";
import { displayDate, displayTitle, kindLabels } from "../../lib/labels.ts";
import { pageUrl, type ExportContext } from "../context.ts";
import { textIdentifier } from "../identifier.ts";
import { outlineOf, outlineTree } from "../outline.ts";
import { chapterIds, chapterPath } from "./chapter.ts";
import { chapterEntry } from "./chapter-entry.ts";
import { addContent, addSharedFiles, packagePath, startContainer } from "./container.ts";
import type { GlossaryEntry } from "../../format/annotations.ts";
import { glossaryPath, glossaryTitle } from "./glossary.ts";
import { navPath, outlineEntries, renderNav, type Landmark, type TocEntry } from "./nav.ts";
import { renderPackage, xhtmlType, type ManifestItem } from "./package-document.ts";
import { renderTextTitlePage, titlePagePath } from "./title-page.ts";
import { ZipWriter, type ZipSink } from "../zip.ts";

/** What every EPUB of the edition is given besides its documents. */
export interface EpubOptions {
  context: ExportContext;
  glossary: readonly GlossaryEntry[] | null;
}

/** `dcterms:modified` of the build: its date at midnight UTC, so it is the same all day. */
export function modifiedStamp(buildDate: string): string {
  return `${buildDate}T00:00:00Z`;
}

/** The source of a text in one line: publication and page, source file and checksum. */
export function sourceLine(doc: DocumentFrontmatter): string {
  const printed = [doc.source.publication, doc.source.page].filter(Boolean).join(" ");
  return `${printed ? `${printed}；` : ""}源文件 ${doc.source.file}（SHA-256 ${doc.source.sha256}）`;
}

/** Contents and landmarks of a one-text EPUB. */
function navigation(
  doc: DocumentFrontmatter,
  blocks: readonly Block[],
  glossary: boolean,
): { toc: TocEntry[]; landmarks: Landmark[] } {
  const chapter = chapterPath(doc.slug);
  const toc: TocEntry[] = [
    { label: "书名页", href: titlePagePath, children: [] },
    { label: displayTitle(doc), href: chapter, children: outlineEntries(chapter, outlineTree(outlineOf(blocks))) },
    { label: "来源与校勘", href: `${chapter}#${chapterIds.source}`, children: [] },
    ...(glossary ? [{ label: glossaryTitle, href: glossaryPath, children: [] }] : []),
  ];
  const landmarks: Landmark[] = [
    { type: "titlepage", label: "书名页", href: titlePagePath },
    { type: "toc", label: "目录", href: `${navPath}#toc` },
    { type: "bodymatter", label: "正文", href: chapter },
    ...(glossary ? [{ type: "glossary", label: glossaryTitle, href: glossaryPath }] : []),
  ];
  return { toc, landmarks };
}

/** Write the EPUB of one text to `sink`; `contentHash` makes its identifier (see identifier.ts). */
export function writeTextEpub(
  sink: ZipSink,
  doc: DocumentFrontmatter,
  blocks: readonly Block[],
  contentHash: string,
  { context, glossary }: EpubOptions,
): void {
  const zip = new ZipWriter(sink, context.buildDate);
  startContainer(zip);
  const title = displayTitle(doc);
  const hasGlossary = Boolean(glossary?.length);
  const { toc, landmarks } = navigation(doc, blocks, hasGlossary);
  addContent(zip, titlePagePath, renderTextTitlePage(doc, context));
  addContent(zip, navPath, renderNav(title, toc, landmarks));
  addContent(zip, chapterPath(doc.slug), chapterEntry(doc, blocks, context));
  const shared = addSharedFiles(zip, glossary);
  const items: ManifestItem[] = [
    { id: "title-page", href: titlePagePath, mediaType: xhtmlType, spine: true },
    { id: "nav", href: navPath, mediaType: xhtmlType, properties: "nav", spine: true },
    { id: "text", href: chapterPath(doc.slug), mediaType: xhtmlType, spine: true },
    ...shared,
  ];
  const creators = [doc.issuer, ...doc.byline.map((entry) => entry.name)].filter((name): name is string =>
    Boolean(name),
  );
  const metadata = {
    identifier: textIdentifier(doc.slug, contentHash),
    title,
    date: doc.date ?? undefined,
    creators,
    description: `${kindLabels[doc.kind]}，${displayDate(doc)}`,
    source: sourceLine(doc),
    relation: pageUrl(context, doc.slug),
    modified: modifiedStamp(context.buildDate),
  };
  zip.add(packagePath, renderPackage(metadata, items));
  zip.finish();
}

/** The EPUB of one text as bytes (small enough to hold in memory). */
export function textEpubBytes(
  doc: DocumentFrontmatter,
  blocks: readonly Block[],
  contentHash: string,
  options: EpubOptions,
): Buffer {
  const chunks: Uint8Array[] = [];
  writeTextEpub((chunk) => chunks.push(chunk), doc, blocks, contentHash, options);
  return Buffer.concat(chunks);
}
