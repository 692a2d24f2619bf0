/** `cite/<slug>.ris`: the RIS record of a text, for EndNote, Zotero and NoteExpress. */
import type { APIRoute } from "astro";
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toRis } from "../../lib/citation/format.ts";
import { citeStaticPaths, downloadItem, downloadResponse } from "./_download.ts";

export const prerender = true;
export const getStaticPaths = citeStaticPaths;

/** Write the record. */
export const GET: APIRoute<{ doc: DocumentFrontmatter }> = ({ props }) =>
  downloadResponse(toRis(downloadItem(props.doc)), "application/x-research-info-systems", `${props.doc.slug}.ris`);
