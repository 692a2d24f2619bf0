/** The collection in reading order, for pages and endpoints. */
import { getCollection, type CollectionEntry } from "astro:content";
import { compareDocuments } from "./documents.ts";
import { markdownToBlocks } from "../format/body.ts";
import type { Block } from "../format/schema.ts";
import { readBody } from "./texts-loader.ts";

/** A document entry of the `texts` collection. */
export type TextEntry = CollectionEntry<"texts">;

/** Every document, newest first (see `compareDocuments`). */
export async function getSortedTexts(): Promise<TextEntry[]> {
  const entries = await getCollection("texts");
  return entries.sort((a, b) => compareDocuments(a.data, b.data));
}

/** An entry's Markdown body, read from its file (the collection keeps only the frontmatter). */
export function bodyOf(entry: TextEntry): string {
  if (!entry.filePath) throw new Error(`document ${entry.id} has no file`);
  return readBody(entry.filePath);
}

/** The blocks of an entry, parsed from its Markdown body (the id registry). */
export function blocksOf(entry: TextEntry): Block[] {
  return markdownToBlocks(bodyOf(entry));
}
