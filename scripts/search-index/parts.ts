/**
 * The display parts of the index: for each document, its fields and the text of `partBlocks`
 * consecutive blocks per file, so showing a hit loads a few KB of its own document, not the corpus.
 */
import type { ContentDocument } from "../../src/format/content-file.ts";
import type { DocumentPart, PartDocument } from "../../src/search/index-layout.ts";
import { indexedText } from "./corpus.ts";

/**
 * Blocks per part. The edition's median block is ≈ 120 characters, so 8 blocks are ≈ 1,000
 * characters, ≈ 1.5 KB gzipped: a first page of ten hits from ten documents loads ≈ 15 KB of
 * text, about what plain Pagefind loads for its first five results (measured: 16 blocks doubled it).
 */
export const partBlocks = 8;

/** The fields a hit shows of its document. */
export function partDocument(doc: ContentDocument): PartDocument {
  const { slug, title, titleSupplied, kind, date, dateInferred, source } = doc.frontmatter;
  return { slug, title, titleSupplied, kind, date, dateInferred, source: source.file };
}

/** The parts of one document, in order. */
export function documentParts(doc: ContentDocument, size = partBlocks): DocumentPart[] {
  const fields = partDocument(doc);
  const parts: DocumentPart[] = [];
  for (let first = 0; first < doc.blocks.length; first += size) {
    const blocks = doc.blocks
      .slice(first, first + size)
      .map((block): [string, string] => [block.id, indexedText(block.text)]);
    parts.push({ doc: fields, first, blocks });
  }
  return parts;
}
