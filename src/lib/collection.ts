/** The collection in reading order, and the absolute URL of a document, for pages and endpoints. */
import { getCollection, type CollectionEntry } from "astro:content";
import { compareDocuments } from "./documents.ts";
import { absoluteUrl, textPath } from "./urls.ts";

/** A document entry of the `texts` collection. */
export type TextEntry = CollectionEntry<"texts">;

/** Every document, newest first (see `compareDocuments`). */
export async function getSortedTexts(): Promise<TextEntry[]> {
  const entries = await getCollection("texts");
  return entries.sort((a, b) => compareDocuments(a.data, b.data));
}

/** The published absolute URL of a document page. */
export function textUrl(slug: string): string {
  return absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, textPath(slug));
}
