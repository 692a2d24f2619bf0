/** `cite/<slug>.bib|.ris|.json`: the citation downloads of every text (src/lib/citation/downloads.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { sitePaths, type CitationFormat } from "../../format/urls.ts";
import { citationDownload, downloadTypes } from "../../lib/citation/downloads.ts";
import { textUrl } from "../../lib/site-urls.ts";

export const prerender = true;

const formats = Object.keys(downloadTypes) as CitationFormat[];

/** One path per text and format, named as sitePaths.citation names it. */
export const getStaticPaths = (async () =>
  (await getCollection("texts")).flatMap((entry) =>
    formats.map((format) => ({
      params: { file: sitePaths.citation(entry.data.slug, format).replace(/^cite\//, "") },
      props: { doc: entry.data, format },
    })),
  )) satisfies GetStaticPaths;

/** The file, as an attachment so browsers save it instead of showing it. */
export const GET: APIRoute<{ doc: DocumentFrontmatter; format: CitationFormat }> = ({ props }) =>
  new Response(citationDownload(props.doc, textUrl(props.doc.slug), props.format), {
    headers: {
      "Content-Type": `${downloadTypes[props.format]}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${props.doc.slug}.${props.format}"`,
    },
  });
