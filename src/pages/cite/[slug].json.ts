/** `cite/<slug>.json`: the CSL-JSON item of a text, for Zotero, pandoc and citeproc. */
import type { APIRoute } from "astro";
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toCslJson } from "../../lib/citation/format.ts";
import { citeStaticPaths, downloadItem, downloadResponse } from "./_download.ts";

export const prerender = true;
export const getStaticPaths = citeStaticPaths;

/** Write the item (an array of one, the form CSL-JSON files take). */
export const GET: APIRoute<{ doc: DocumentFrontmatter }> = ({ props }) =>
  downloadResponse(
    toCslJson(downloadItem(props.doc)),
    "application/vnd.citationstyles.csl+json",
    `${props.doc.slug}.json`,
  );
