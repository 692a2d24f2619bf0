/** `cite/<slug>.bib`: the BibTeX record of a text, for LaTeX and reference managers. */
import type { APIRoute } from "astro";
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toBibtex } from "../../lib/citation/format.ts";
import { citeStaticPaths, downloadItem, downloadResponse } from "./_download.ts";

export const prerender = true;
export const getStaticPaths = citeStaticPaths;

/** Write the record (UTF-8: biber, BibLaTeX and XeLaTeX read Chinese as is). */
export const GET: APIRoute<{ doc: DocumentFrontmatter }> = ({ props }) =>
  downloadResponse(toBibtex(downloadItem(props.doc)), "application/x-bibtex", `${props.doc.slug}.bib`);
