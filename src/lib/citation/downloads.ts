/**
 * The citation downloads of a document: BibTeX (`.bib`), RIS (`.ris`) and CSL-JSON (`.json`),
 * all written from the one CSL item. Static files carry no access date: only the reader knows it,
 * and the page adds it when the reader downloads (with-access-date.ts).
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import type { CitationFormat } from "../../format/urls.ts";
import { toBibtex } from "./bibtex.ts";
import { toCslItem, type CslItem } from "./csl-item.ts";
import { toRis } from "./ris.ts";
import { dateCaveat } from "./citation-notes.ts";

/** The item as a CSL-JSON document (an array of one item), as Zotero and pandoc read it. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * The download of a document in one format; `url` is its absolute page URL. The static files are
 * written without `accessed`; with it, this is what the page's download button gives the reader.
 */
export function citationDownload(
  doc: DocumentFrontmatter,
  url: string,
  format: CitationFormat,
  accessed?: string,
): string {
  const item = toCslItem(doc, { url, ...(accessed ? { accessed } : {}) });
  if (format === "bib") return toBibtex(item, dateCaveat(doc));
  if (format === "ris") return toRis(item);
  return toCslJson(item);
}
