/**
 * Citation text from CSL items, by citeproc-js (through citation-js) with the official CSL
 * styles: GB/T 7714-2015 (numeric), APA 7 and Chicago 17 (author-date). No citation string is
 * assembled by hand: post-processing only strips the HTML wrapper and the reference-list number
 * that the citing work assigns itself. The downloads (BibTeX, RIS, CSL-JSON) are re-exported.
 */
import type { CslItem } from "./csl-item.ts";
import { bibliographyEntry, cite, styleSetup, type CitationStyle } from "./engine.ts";
import type { CitationLocator } from "../../format/block-id.ts";

export type { CitationStyle } from "./engine.ts";

/** A formatted citation: the reference-list entry, and for a block its pinpoint. */
export interface FormattedCitation {
  /** The reference entry as plain text. */
  text: string;
  /** The same entry as HTML (italics, escaped), without a wrapping element. */
  html: string;
  /** In-text pinpoint of a block citation: "(习, 2021, para. 12)" in APA, "¶12" in GB/T. */
  pinpoint?: string;
}

/** Remove the `[1]` sequence number a numeric style puts before the entry. */
function stripNumber(text: string): string {
  return text.replace(/^\[\d+\]\s*/, "");
}

/**
 * A text entry without the bibliography wrapper `renderOne` puts around it; citeproc's text format
 * has no markup of its own, so everything else is the entry's (a title may hold `<` and `>`).
 */
function unwrapped(rendered: string): string {
  const open = '<div class="csl-bib-body">';
  if (!rendered.startsWith(open) || !rendered.endsWith("</div>"))
    throw new Error(`unexpected citeproc text: ${rendered}`);
  return rendered.slice(open.length, -"</div>".length);
}

/** The inner HTML of citeproc's one-entry bibliography (`csl-bib-body` > `csl-entry`). */
function entryHtml(html: string): string {
  const inline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html);
  if (inline?.[1] !== undefined) return inline[1].trim();
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return stripNumber(entry?.[1]?.trim() ?? "");
}

/**
 * One item's reference entry in a style, as plain text or as HTML. Each rendering is a citeproc
 * run (measured: 2–6 ms), so a page asks only for the form it prints.
 */
export function formatReference(item: CslItem, style: CitationStyle, format: "text" | "html"): string {
  const rendered = bibliographyEntry(item, style, format);
  return format === "text" ? stripNumber(unwrapped(rendered).trim()) : entryHtml(rendered);
}

/** Format one item in a style, as text and HTML; pass a locator to also get the in-text pinpoint of a block. */
export function formatCitation(item: CslItem, style: CitationStyle, locator?: CitationLocator): FormattedCitation {
  const { template, lang } = styleSetup[style];
  const text = formatReference(item, style, "text");
  const html = formatReference(item, style, "html");
  if (!locator) return { text, html };
  // The numeric GB/T style cites by sequence number, which only the citing work can assign;
  // GB/T 7714 §10.1.3 writes the pinpoint after that number, so the pinpoint is the margin label.
  if (style === "gb7714") return { text, html, pinpoint: locator.display };
  const entry = [{ id: item.id, locator: locator.locator, label: locator.label }];
  const pinpoint = cite([item]).format("citation", {
    template,
    lang,
    format: "text",
    entry,
  });
  return { text, html, pinpoint };
}

export { toBibtex } from "./bibtex.ts";
export { toRis } from "./ris.ts";
export { toCslJson } from "./downloads.ts";
