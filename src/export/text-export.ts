/**
 * Builders of the data export records from a document's frontmatter and Markdown body. Pure,
 * so the unit tests and the Astro endpoints produce the very same JSON.
 */
import type { DocumentFrontmatter } from "../schema.ts";
import { markdownToBlocks } from "../lib/block-markdown.ts";
import type { CorpusEntry, ExportBlock, TextExport } from "../export-schema.ts";

/** The blocks of a body in export form (`level` only on headings). */
export function exportBlocks(body: string): ExportBlock[] {
  return markdownToBlocks(body).map((block) =>
    block.type === "heading" && block.level !== undefined
      ? { id: block.id, type: "heading", level: block.level, text: block.text }
      : { id: block.id, type: "paragraph", text: block.text },
  );
}

/** `data/texts/<slug>.json` for one document; `url` is the absolute page URL. */
export function buildTextExport(doc: DocumentFrontmatter, body: string, url: string): TextExport {
  return {
    slug: doc.slug,
    url,
    title: doc.title,
    titleSupplied: doc.titleSupplied,
    subtitle: doc.subtitle ?? null,
    kind: doc.kind,
    date: doc.date,
    place: doc.place ?? null,
    byline: doc.byline,
    source: doc.source,
    blocks: exportBlocks(body),
    aliases: doc.aliases,
    apparatus: doc.apparatus,
  };
}

/** One `data/corpus.json` entry. */
export function buildCorpusEntry(doc: DocumentFrontmatter, url: string): CorpusEntry {
  return { slug: doc.slug, title: doc.title, kind: doc.kind, date: doc.date, url, source: doc.source };
}

/** Serialise an export as the files are written: two-space JSON with a final newline. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
