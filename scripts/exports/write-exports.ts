/**
 * Write every export of the built edition into a site folder, reading each content file once: the
 * JSON data (`data/texts/<slug>.json`), the citation downloads (`cite/<slug>.bib|.ris|.json`),
 * TEI (`data/tei/<slug>.xml`), plain text (`data/txt/<slug>.txt`), the text's EPUB
 * (`downloads/<slug>.epub`), and its chapter of the edition EPUB (`downloads/xiangwen.epub`),
 * which is streamed to disk as it grows. Files, not pages, so not Astro routes: as routes, the JSON
 * and citation files cost Astro's page thread ≈ 1 ms each, 68 s at 15,000 documents (measured);
 * written here they cost ≈ 0.1 ms. Cost is linear in the corpus; memory holds one document
 * plus a small summary of each. Paths come from `sitePaths`, so links and files always agree.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { readContentFile } from "../../src/format/content-file.ts";
import { contentFileNames } from "../../src/format/content-folder.ts";
import { citationFormats, sitePaths } from "../../src/format/urls.ts";
import { buildTextExport, toJsonFile } from "../../src/format/export.ts";
import { citationDownload } from "../../src/lib/citation/downloads.ts";
import { pageUrl, type ExportContext } from "../../src/exports/context.ts";
import { EditionEpub } from "../../src/exports/epub/edition-epub.ts";
import type { GlossaryEntry } from "../../src/format/annotations.ts";
import { textEpubBytes } from "../../src/exports/epub/text-epub.ts";
import { documentHash } from "../../src/exports/identifier.ts";
import { renderPlainText } from "../../src/exports/plain-text.ts";
import { renderTei } from "../../src/exports/tei/document.ts";

/** Where to read, where to write, and the build's facts. */
export interface ExportOptions {
  contentDir: string;
  siteDir: string;
  context: ExportContext;
  glossary: readonly GlossaryEntry[] | null;
  /** Progress lines (stderr in the CLI). */
  log?: (message: string) => void;
}

/** What was written. */
export interface ExportSummary {
  documents: number;
  files: number;
  bytes: number;
}

/** Write `content` to `siteDir/path`, creating its folder; return its size. */
function writeSiteFile(siteDir: string, path: string, content: string | Uint8Array): number {
  const file = join(siteDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return typeof content === "string" ? Buffer.byteLength(content) : content.length;
}

/** Write all exports; throws with the file name when a content file is invalid. */
export function writeExports({ contentDir, siteDir, context, glossary, log = () => {} }: ExportOptions): ExportSummary {
  // Sorted, so the order of work (and of the edition's zip entries) is the same on every machine.
  const files = contentFileNames(contentDir);
  const editionPath = join(siteDir, sitePaths.editionEpub());
  mkdirSync(dirname(editionPath), { recursive: true });
  const partial = `${editionPath}.partial`;
  const fd = openSync(partial, "w");
  const summary: ExportSummary = { documents: 0, files: 0, bytes: 0 };
  const slugs = new Set<string>();
  const step = Math.max(1, Math.ceil(files.length / 10));
  let finished = false;
  try {
    const edition = new EditionEpub(
      (chunk) => {
        writeSync(fd, chunk);
        summary.bytes += chunk.length;
      },
      { context, glossary },
    );
    for (const [k, name] of files.entries()) {
      let document;
      try {
        document = readContentFile(readFileSync(join(contentDir, name), "utf8"));
      } catch (error) {
        throw new Error(`${join(contentDir, name)}: ${(error as Error).message}`, { cause: error });
      }
      const { frontmatter: doc, blocks } = document;
      if (slugs.has(doc.slug)) throw new Error(`${join(contentDir, name)}: slug "${doc.slug}" is used twice`);
      slugs.add(doc.slug);
      const hash = documentHash(doc, blocks);
      const url = pageUrl(context, doc.slug);
      summary.bytes += writeSiteFile(
        siteDir,
        sitePaths.textData(doc.slug),
        toJsonFile(buildTextExport(doc, blocks, url)),
      );
      for (const format of citationFormats)
        summary.bytes += writeSiteFile(
          siteDir,
          sitePaths.citation(doc.slug, format),
          citationDownload(doc, url, format),
        );
      summary.bytes += writeSiteFile(siteDir, sitePaths.tei(doc.slug), renderTei(doc, blocks, context));
      summary.bytes += writeSiteFile(siteDir, sitePaths.plainText(doc.slug), renderPlainText(doc, blocks, context));
      summary.bytes += writeSiteFile(
        siteDir,
        sitePaths.epub(doc.slug),
        textEpubBytes(doc, blocks, hash, { context, glossary }),
      );
      edition.add(doc, blocks, hash);
      summary.documents += 1;
      summary.files += 7;
      if ((k + 1) % step === 0 || k + 1 === files.length) log(`${k + 1}/${files.length} documents`);
    }
    edition.finish();
    finished = true;
  } finally {
    closeSync(fd);
    // No half-written edition EPUB stays behind to be served or zipped.
    if (!finished) rmSync(partial, { force: true });
  }
  renameSync(partial, editionPath);
  summary.files += 1;
  return summary;
}
