/**
 * Shared by the three citation download routes (`cite/<slug>.bib|.ris|.json`): one static
 * path per text, and the text's CSL item with its absolute URL and the build's access date.
 * (The leading underscore keeps Astro from treating this module as a page.)
 */
import { getCollection } from "astro:content";
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { accessDate } from "../../lib/citation/context.ts";
import { textUrl } from "../../lib/site-urls.ts";
import { toCslItem, type CslItem } from "../../lib/citation/csl-item.ts";

/** Static paths of the download routes: every text of the collection, by slug. */
export async function citeStaticPaths(): Promise<{ params: { slug: string }; props: { doc: DocumentFrontmatter } }[]> {
  const entries = await getCollection("texts");
  return entries.map((entry) => ({
    params: { slug: entry.data.slug },
    props: { doc: entry.data },
  }));
}

/** The CSL item a download is converted from. */
export function downloadItem(doc: DocumentFrontmatter): CslItem {
  return toCslItem(doc, { url: textUrl(doc.slug), accessed: accessDate() });
}

/** A download response; `attachment` makes browsers save the file instead of showing it. */
export function downloadResponse(body: string, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
