/**
 * What a text page prints from the citation engine: the cite panel's three references and the
 * block-citation template — three citeproc runs (the GB/T reference and the template share one),
 * the largest part of a text page's build time (measured at 1,500 documents: 14.5 of 58 s of the
 * Astro step, when they were four runs). Computed here for one page;
 * `reference-pool.ts` computes them for all pages on a second thread.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { gbReferences, panelReference } from "./block-citation.ts";
import type { CitationStyle } from "./format.ts";

/** The styles of the cite panel, in the order it shows them. */
export const panelStyles = ["gb7714", "apa", "chicago"] as const satisfies readonly CitationStyle[];

/** One page's references: the panel's HTML per style and the block menu's template. */
export interface PageReferences {
  panel: Record<(typeof panelStyles)[number], string>;
  blockTemplate: string;
}

/** A text page's references, for its published address. */
export function pageReferences(doc: DocumentFrontmatter, url: string): PageReferences {
  const gb = gbReferences(doc, url);
  const panel = {
    gb7714: gb.panel,
    apa: panelReference(doc, url, "apa"),
    chicago: panelReference(doc, url, "chicago"),
  };
  return { panel, blockTemplate: gb.template };
}
