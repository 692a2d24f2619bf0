/**
 * The citation of one paragraph or heading, as the per-block "复制引用" control copies it: the
 * GB/T 7714-2015 reference whose URL points at the block (`…/texts/<slug>/#p12`) — the anchor
 * locates the paragraph, so nothing trails after the URL (GB/T puts a pinpoint in the in-text
 * citation, not in the reference). A page carries one template, rendered by citeproc at build
 * time with placeholders for the page address, the block and the reader's date of access, which
 * its script fills in: the address the reader really uses, the day they copy.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toCslItem } from "./csl-item.ts";
import { formatReference, type CitationStyle } from "./format.ts";
import { accessedSlot, accessedSpan, blockIdSlot, pageUrlSlot, type BlockCitationFill } from "./block-slots.ts";

export { accessedSlot, blockIdSlot, fillBlockCitation, pageUrlSlot, type BlockCitationFill } from "./block-slots.ts";

/** Stand-ins citeproc renders like real values, replaced by the placeholders afterwards. */
const standInUrl = "https://xiangwen.invalid/page/";
const standInDate = "1111-11-11";

/** Render with stand-ins, then swap each stand-in (which must occur exactly once) for its slot. */
function withSlots(rendered: string, slug: string): string {
  for (const [standIn, slot] of [
    [standInUrl, pageUrlSlot],
    [standInDate, accessedSlot],
  ] as const) {
    if (rendered.split(standIn).length !== 2)
      throw new Error(`citation template of ${slug}: “${standIn}” is not printed exactly once`);
    rendered = rendered.replace(standIn, slot);
  }
  return rendered;
}

/** The GB/T 7714 citation of one block, for a known address and date. */
export function blockCitation(doc: DocumentFrontmatter, fill: BlockCitationFill): string {
  return formatReference(
    toCslItem(doc, { url: fill.url, blockId: fill.blockId, accessed: fill.accessed }),
    "gb7714",
    "text",
  );
}

/** A page's block-citation template, with `pageUrlSlot`, `blockIdSlot` and `accessedSlot` to fill in. */
export function blockCitationTemplate(doc: DocumentFrontmatter): string {
  return templateOf(blockCitation(doc, { url: standInUrl, blockId: blockIdSlot, accessed: standInDate }), doc.slug);
}

/** The block-citation template from the citation of the stand-in block. */
function templateOf(text: string, slug: string): string {
  const template = withSlots(text, slug);
  if (template.split(blockIdSlot).length !== 2)
    throw new Error(`block citation template of ${slug} lost its block slot`);
  return template;
}

/**
 * The stand-in access date in each form a style prints it, and the span that replaces it: GB/T
 * writes `[1111-11-11]`, APA (“Retrieved November 11, 1111, from”) and Chicago (“Accessed November
 * 11, 1111.”) write it in words, and only for a text without a date. The panel's script fills each
 * span with the reader's day in the same form (`accessedForms` in block-slots.ts).
 */
const accessedSpans: ReadonlyArray<[string, string]> = [
  [standInDate, accessedSpan("iso", "引用日期")],
  ["November 11, 1111", accessedSpan("long-en", "date of access")],
];

/**
 * The access date of a panel reference, which the panel's script fills in. No stand-in may survive:
 * a "1111" left over (in a form not listed above) fails the build, unless the reference without an
 * access date prints as many (a title or address of the text's own).
 */
function withAccessedSpan(html: string, doc: DocumentFrontmatter, style: CitationStyle, url: string): string {
  const filled = accessedSpans.reduce((text, [standIn, span]) => text.split(standIn).join(span), html);
  const count = (text: string) => text.split("1111").length - 1;
  if (count(filled) > 0 && count(filled) > count(formatReference(toCslItem(doc, { url }), style, "html")))
    throw new Error(
      `citation of ${doc.slug}: the stand-in access date is printed in a form the panel cannot fill: ${filled}`,
    );
  return filled;
}

/**
 * The references of the cite panel as static HTML: rendered for the published address, with the
 * access date left for the reader to fill — `[引用日期]` in a marked span that the panel's script
 * replaces by the day of copying (APA and Chicago print one only for an undated text).
 */
export function panelReference(doc: DocumentFrontmatter, url: string, style: CitationStyle): string {
  return withAccessedSpan(
    formatReference(toCslItem(doc, { url, accessed: standInDate }), style, "html"),
    doc,
    style,
    url,
  );
}

/**
 * The text of a GB/T entry as citeproc's HTML prints it, where that is exactly what its text output
 * prints: HTML without markup, whose only escapes are citeproc's three (`text_escape`). Elsewhere
 * (a superscript, a run of spaces, any element) undefined, and the text is rendered on its own.
 */
function plainTextOf(html: string): string | undefined {
  if (/[<\u00a0]/.test(html)) return undefined;
  return html.replace(/&#(38|60|62);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/**
 * The page's GB/T reference for the cite panel and its block-citation template, from one citeproc
 * run instead of two: the stand-in block's entry as HTML, whose URL becomes the page's for the panel
 * and whose text is the template. The two differ only in the URL (a block's has its fragment) and
 * the item id, which GB/T does not print. Measured on 2,000 synthetic documents: a page's references
 * 7.8 → 5.1 ms. The same strings as `panelReference` and `blockCitationTemplate` (a test compares
 * them for every fixture and every document of the edition).
 */
export function gbReferences(doc: DocumentFrontmatter, url: string): { panel: string; template: string } {
  const standInBlock = { url: standInUrl, blockId: blockIdSlot, accessed: standInDate };
  const html = formatReference(toCslItem(doc, standInBlock), "gb7714", "html");
  const blockUrl = `${standInUrl}#${blockIdSlot}`;
  const text = plainTextOf(html);
  if (html.split(blockUrl).length !== 2 || text === undefined)
    return { panel: panelReference(doc, url, "gb7714"), template: blockCitationTemplate(doc) };
  return {
    panel: withAccessedSpan(html.replace(blockUrl, escapeHtml(url)), doc, "gb7714", url),
    template: templateOf(text, doc.slug),
  };
}

/** A URL as citeproc's HTML prints it. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&#38;").replace(/</g, "&#60;").replace(/>/g, "&#62;");
}
