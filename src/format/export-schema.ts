/**
 * The public data export (DESIGN.md "Formats" 2): `data/corpus.json` and `data/texts/<slug>.json`.
 * Built from the document schema, not restated: every frontmatter field is in the export (an
 * optional one as `null` when absent, so every key is always there), plus the page URL and the
 * blocks. Other people's tools read these files, so the shapes are strict.
 */
import { z } from "astro/zod";
import { blockId, documentSchema } from "./schema.ts";

/** One block of reading text, exactly as shown on the page. */
export const exportBlock = z.strictObject({
  id: blockId,
  type: z.enum(["heading", "paragraph"]),
  level: z.number().int().min(2).max(6).optional().describe("heading level, absent for paragraphs"),
  text: z.string().min(1).describe("the block's reading text, plain Unicode"),
  runIn: z.string().min(1).optional().describe("a paragraph's run-in head; `text` begins with it"),
});

type Present<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodOptional<infer T> ? z.ZodNullable<T> : S[K];
};

/** The same fields, each optional one turned into a nullable one that is always present. */
function present<S extends z.ZodRawShape>(shape: S): Present<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable() : field,
    ]),
  ) as Present<S>;
}

const { slug, ...documentFields } = present(documentSchema.shape);

/** `data/texts/<slug>.json`: the document's every field, its URL, and its blocks. */
export const textExportSchema = z.strictObject({
  slug,
  url: z.url().describe("absolute URL of the document page"),
  ...documentFields,
  blocks: z.array(exportBlock).min(1),
});

/** One entry of `data/corpus.json`: a document's fields without its blocks, aliases and apparatus. */
export const corpusEntrySchema = textExportSchema.omit({ blocks: true, aliases: true, apparatus: true });

/** `data/corpus.json`: every document, in the edition's reading order. */
export const corpusExportSchema = z.strictObject({ texts: z.array(corpusEntrySchema) });

export type ExportBlock = z.infer<typeof exportBlock>;
export type TextExport = z.infer<typeof textExportSchema>;
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;
export type CorpusExport = z.infer<typeof corpusExportSchema>;
