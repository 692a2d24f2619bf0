/**
 * The public data export (DESIGN.md "Formats" 2): `data/corpus.json` and
 * `data/texts/<slug>.json`. Other people's tools read these files, so the shapes are strict
 * and built from the same pieces as the frontmatter schema.
 */
import { z } from "astro/zod";
import { apparatusEntry, blockId, bylineEntry, documentSchema, slug, sourceInfo } from "./schema.ts";

/** One block of reading text, exactly as shown on the page. */
export const exportBlock = z.strictObject({
  id: blockId,
  type: z.enum(["heading", "paragraph"]),
  level: z.number().int().min(2).max(6).optional().describe("heading level, absent for paragraphs"),
  text: z.string().min(1).describe("the block's reading text, plain Unicode"),
});

/** `data/texts/<slug>.json`: one document with its blocks, id aliases and apparatus. */
export const textExportSchema = z.strictObject({
  slug,
  url: z.url().describe("absolute URL of the document page"),
  title: z.string().min(1),
  titleSupplied: z.boolean(),
  subtitle: z.string().nullable(),
  kind: documentSchema.shape.kind,
  date: documentSchema.shape.date,
  place: z.string().nullable(),
  byline: z.array(bylineEntry),
  source: sourceInfo,
  blocks: z.array(exportBlock).min(1),
  aliases: documentSchema.shape.aliases,
  apparatus: z.array(apparatusEntry),
});

/** One entry of `data/corpus.json`. */
export const corpusEntrySchema = z.strictObject({
  slug,
  title: z.string().min(1),
  kind: documentSchema.shape.kind,
  date: documentSchema.shape.date,
  url: z.url(),
  source: sourceInfo,
});

/** `data/corpus.json`: every document, in the edition's reading order. */
export const corpusExportSchema = z.strictObject({ texts: z.array(corpusEntrySchema) });

export type ExportBlock = z.infer<typeof exportBlock>;
export type TextExport = z.infer<typeof textExportSchema>;
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;
export type CorpusExport = z.infer<typeof corpusExportSchema>;
