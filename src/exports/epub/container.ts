/**
 * The fixed parts of every EPUB container (OCF): the `mimetype` entry, written first and stored,
 * `META-INF/container.xml` pointing at the package document, and the shared files (stylesheet,
 * glossary appendix) with their manifest items.
 */
import { el, xmlDocument } from "../xml.ts";
import type { GlossaryEntry } from "../../format/annotations.ts";
import { glossaryPath, renderGlossary } from "./glossary.ts";
import { xhtmlType, type ManifestItem } from "./package-document.ts";
import { epubStylesheet } from "./style.ts";
import { packEntry, type PackedEntry, type ZipWriter } from "../zip.ts";

/** The folder of the publication's files inside the container. */
export const contentFolder = "EPUB";
/** The package document's path inside the container. */
export const packagePath = `${contentFolder}/package.opf`;

/** `META-INF/container.xml`. */
function containerXml(): string {
  const root = el(
    "container",
    { version: "1.0", xmlns: "urn:oasis:names:tc:opendocument:xmlns:container" },
    el("rootfiles", {}, el("rootfile", { "full-path": packagePath, "media-type": "application/oebps-package+xml" })),
  );
  return xmlDocument(root, { containers: new Set(["container", "rootfiles"]) });
}

const containerDocument = containerXml();

/**
 * Files that are the same in every EPUB of a build (container.xml, the stylesheet, the glossary),
 * compressed once, by path: 15,000 EPUBs would otherwise deflate the same glossary 15,000 times.
 */
const packedOnce = new Map<string, { content: string; entry: PackedEntry }>();

/** Add a file shared by every EPUB, compressing it only when its content is new. */
function addShared(zip: ZipWriter, path: string, content: string, store = false): void {
  let cached = packedOnce.get(path);
  // The same string object is compared in constant time; a changed file is packed again.
  if (cached?.content !== content) {
    cached = { content, entry: packEntry(content, store) };
    packedOnce.set(path, cached);
  }
  zip.addPacked(path, cached.entry);
}

/** The glossary page, rendered once per glossary list (the build passes the same list to every EPUB). */
const renderedGlossaries = new WeakMap<readonly GlossaryEntry[], string>();
function glossaryPage(glossary: readonly GlossaryEntry[]): string {
  let page = renderedGlossaries.get(glossary);
  if (page === undefined) {
    page = renderGlossary(glossary);
    renderedGlossaries.set(glossary, page);
  }
  return page;
}

/** Start a container: `mimetype` (first, stored) and `container.xml`. */
export function startContainer(zip: ZipWriter): void {
  addShared(zip, "mimetype", "application/epub+zip", true);
  addShared(zip, "META-INF/container.xml", containerDocument);
}

/** Add a file of the publication (path relative to the content folder), given as text or packed. */
export function addContent(zip: ZipWriter, path: string, content: string | PackedEntry): void {
  if (typeof content === "string") zip.add(`${contentFolder}/${path}`, content);
  else zip.addPacked(`${contentFolder}/${path}`, content);
}

/** Write the stylesheet and, when there is a glossary, its appendix; return their manifest items. */
export function addSharedFiles(zip: ZipWriter, glossary: readonly GlossaryEntry[] | null): ManifestItem[] {
  addShared(zip, `${contentFolder}/style.css`, epubStylesheet);
  const items: ManifestItem[] = [{ id: "style", href: "style.css", mediaType: "text/css" }];
  if (glossary && glossary.length > 0) {
    addShared(zip, `${contentFolder}/${glossaryPath}`, glossaryPage(glossary));
    items.push({ id: "glossary", href: glossaryPath, mediaType: xhtmlType, spine: true });
  }
  return items;
}
