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
import { accessedSlot, blockIdSlot, pageUrlSlot, type BlockCitationFill } from "./block-slots.ts";

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
  const text = blockCitation(doc, { url: standInUrl, blockId: blockIdSlot, accessed: standInDate });
  const template = withSlots(text, doc.slug);
  if (template.split(blockIdSlot).length !== 2)
    throw new Error(`block citation template of ${doc.slug} lost its block slot`);
  return template;
}

/**
 * The references of the cite panel as static HTML: rendered for the published address, with the
 * access date left for the reader to fill — `[引用日期]` in a marked span that the panel's script
 * replaces by the day of copying.
 */
export function panelReference(doc: DocumentFrontmatter, url: string, style: CitationStyle): string {
  const html = formatReference(toCslItem(doc, { url, accessed: standInDate }), style, "html");
  return html.replace(standInDate, '<span class="cite-accessed-date" data-cite-accessed>引用日期</span>');
}
