/** `data/corpus.json`: the list of every document (DESIGN.md "Formats" 2). */
import type { APIRoute } from "astro";
import { getSortedTexts } from "../../lib/collection.ts";
import { textUrl } from "../../lib/site-urls.ts";
import { buildCorpusEntry, toJsonFile } from "../../format/export.ts";

export const prerender = true;

/** Write the corpus listing in reading order. */
export const GET: APIRoute = async () => {
  const texts = (await getSortedTexts()).map((entry) => buildCorpusEntry(entry.data, textUrl(entry.data.slug)));
  return new Response(toJsonFile({ texts }), { headers: { "Content-Type": "application/json" } });
};
