/**
 * The fixed parts of every EPUB container (OCF): the `mimetype` entry, written first and stored,
 * `META-INF/container.xml` pointing at the package document, and the shared files (stylesheet,
 * glossary appendix) with their manifest items.
 */
import { el, xmlDocument } from "../xml.ts";
import { glossaryPath, renderGlossary, type GlossaryEntry } from "./glossary.ts";
import { xhtmlType, type ManifestItem } from "./package-document.ts";
import { epubStylesheet } from "./style.ts";
import type { ZipWriter } from "./zip.ts";

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

/** Start a container: `mimetype` (first, stored) and `container.xml`. */
export function startContainer(zip: ZipWriter): void {
  zip.add("mimetype", "application/epub+zip", true);
  zip.add("META-INF/container.xml", containerXml());
}

/** Add a file of the publication (path relative to the content folder). */
export function addContent(zip: ZipWriter, path: string, content: string): void {
  zip.add(`${contentFolder}/${path}`, content);
}

/** Write the stylesheet and, when there is a glossary, its appendix; return their manifest items. */
export function addSharedFiles(zip: ZipWriter, glossary: readonly GlossaryEntry[] | null): ManifestItem[] {
  addContent(zip, "style.css", epubStylesheet);
  const items: ManifestItem[] = [{ id: "style", href: "style.css", mediaType: "text/css" }];
  if (glossary && glossary.length > 0) {
    addContent(zip, glossaryPath, renderGlossary(glossary));
    items.push({ id: "glossary", href: glossaryPath, mediaType: xhtmlType, spine: true });
  }
  return items;
}
