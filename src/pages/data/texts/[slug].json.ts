/** `data/texts/<slug>.json`: one document's metadata, blocks, aliases and apparatus. */
import type { APIRoute, GetStaticPaths } from "astro";
import { blocksOf, getSortedTexts, type TextEntry } from "../../../lib/collection.ts";
import { textUrl } from "../../../lib/site-urls.ts";
import { buildTextExport, toJsonFile } from "../../../format/export.ts";

export const prerender = true;

/** One JSON file per document, named by its slug. */
export const getStaticPaths = (async () =>
  (await getSortedTexts()).map((entry) => ({
    params: { slug: entry.data.slug },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** Build the export from the frontmatter and the Markdown body (the id registry). */
export const GET: APIRoute<{ entry: TextEntry }> = ({ props }) => {
  const { entry } = props;
  const body = toJsonFile(buildTextExport(entry.data, blocksOf(entry), textUrl(entry.data.slug)));
  return new Response(body, { headers: { "Content-Type": "application/json" } });
};
