/**
 * Builders of the data export records from a document (frontmatter + blocks). Pure, so the unit
 * tests, the Astro endpoints and the other renderers produce the very same JSON.
 */
import { orderedBySchema } from "./content-file.ts";
import {
  corpusEntrySchema,
  textExportSchema,
  type CorpusEntry,
  type ExportBlock,
  type TextExport,
} from "./export-schema.ts";
import { documentSchema, type Block, type DocumentFrontmatter } from "./schema.ts";

/** A block in export form (`level` only on headings, `runIn` only where a paragraph has one). */
export function exportBlock(block: Block): ExportBlock {
  if (block.type === "heading") return { id: block.id, type: "heading", level: block.level ?? 2, text: block.text };
  return { id: block.id, type: "paragraph", text: block.text, ...(block.runIn ? { runIn: block.runIn } : {}) };
}

/** Every frontmatter field, an absent optional one as null. */
function documentFields(doc: DocumentFrontmatter): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(documentSchema.shape).map((key) => [key, doc[key as keyof DocumentFrontmatter] ?? null]),
  );
}

/** `data/texts/<slug>.json` for one document; `url` is the absolute page URL. */
export function buildTextExport(doc: DocumentFrontmatter, blocks: readonly Block[], url: string): TextExport {
  const record = { ...documentFields(doc), url, blocks: blocks.map(exportBlock) };
  return orderedBySchema(record, textExportSchema) as TextExport;
}

/** One `data/corpus.json` entry. */
export function buildCorpusEntry(doc: DocumentFrontmatter, url: string): CorpusEntry {
  const { aliases: _aliases, apparatus: _apparatus, ...fields } = documentFields(doc);
  return orderedBySchema({ ...fields, url }, corpusEntrySchema) as CorpusEntry;
}

/** Serialise an export as the files are written: two-space JSON with a final newline. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
