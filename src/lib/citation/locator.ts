/**
 * The pinpoint of a block citation. The margin number a reader sees is the block id (¶12 for
 * p12, §2-3 for s2-3), so that is what a citation points to, next to the `#p12` anchor URL.
 */

/** A CSL cite locator: citeproc prints it in the in-text citation as the style wants. */
export interface Locator {
  label: "paragraph" | "section";
  locator: string;
  /** The margin number as shown on the page: ¶12, §2-3, i5. */
  display: string;
}

/** The locator of a block id; `display` may be overridden by the page's own label. */
export function blockLocator(blockId: string, display?: string): Locator {
  const paragraph = /^p(\d+[a-z]*)$/.exec(blockId);
  if (paragraph?.[1])
    return {
      label: "paragraph",
      locator: paragraph[1],
      display: display ?? `¶${paragraph[1]}`,
    };
  const section = /^s(\d+(?:-\d+)*[a-z]*)$/.exec(blockId);
  if (section?.[1])
    return {
      label: "section",
      locator: section[1],
      display: display ?? `§${section[1]}`,
    };
  // Items (i5) and unnumbered subheads (h1) have no number of their own: cite the id itself.
  return { label: "paragraph", locator: blockId, display: display ?? blockId };
}
