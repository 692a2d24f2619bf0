/** `data/corpus.json`: the list of every document (DESIGN.md "Formats" 2). */
import type { APIRoute } from "astro";
import { getSortedTexts, textUrl } from "../../lib/collection.ts";
import { buildCorpusEntry, toJsonFile } from "../../export/text-export.ts";

export const prerender = true;

/** Write the corpus listing in reading order. */
export const GET: APIRoute = async () => {
  const texts = (await getSortedTexts()).map((entry) => buildCorpusEntry(entry.data, textUrl(entry.data.slug)));
  return new Response(toJsonFile({ texts }), { headers: { "Content-Type": "application/json" } });
};
