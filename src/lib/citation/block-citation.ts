/**
 * The citation of one paragraph or heading, as the per-block "复制引用" control copies it: the
 * GB/T 7714-2015 reference whose URL points at the block (`…/texts/<slug>/#p12`), followed by
 * the block's pinpoint, its margin number (`¶12`). A page carries one template, rendered by
 * citeproc at build time with placeholders, which its script fills for the chosen block; this
 * keeps the page small (one string instead of one per block) while every string still comes
 * from the citation library.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toCslItem } from "./csl-item.ts";
import { formatCitation } from "./format.ts";
import { citationLocator } from "../../format/block-id.ts";
import { blockIdSlot, pinpointSlot } from "./block-slots.ts";

export { blockIdSlot, pinpointSlot } from "./block-slots.ts";

/** What a block citation needs besides the document. */
export interface BlockCitationOptions {
  /** Absolute URL of the document page (`…/texts/<slug>/`). */
  url: string;
  /** Access date, `YYYY-MM-DD`. */
  accessed: string;
}

/** The GB/T 7714 reference whose URL ends in `#<anchor>`. */
function blockReference(doc: DocumentFrontmatter, options: BlockCitationOptions, anchor: string): string {
  return formatCitation(toCslItem(doc, { ...options, blockId: anchor }), "gb7714").text;
}

/** The GB/T 7714 citation of one block: reference with the anchor URL, then the pinpoint. */
export function blockCitation(doc: DocumentFrontmatter, options: BlockCitationOptions, blockId: string): string {
  return `${blockReference(doc, options, blockId)} ${citationLocator(blockId).display}`;
}

/** A page's block-citation template, with `blockIdSlot` and `pinpointSlot` to fill in. */
export function blockCitationTemplate(doc: DocumentFrontmatter, options: BlockCitationOptions): string {
  const template = `${blockReference(doc, options, blockIdSlot)} ${pinpointSlot}`;
  if (template.split(blockIdSlot).length !== 2 || !template.endsWith(pinpointSlot))
    throw new Error(`block citation template of ${doc.slug} lost its placeholders: ${template}`);
  return template;
}

/** Fill a template for one block, as the page script does: `fillBlockCitation(t, "p12", "¶12")`. */
export function fillBlockCitation(template: string, blockId: string, pinpoint: string): string {
  return template.replace(blockIdSlot, blockId).replace(pinpointSlot, pinpoint);
}
