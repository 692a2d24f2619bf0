/**
 * Placeholders of a page's block-citation template, shared by the build (which renders the
 * template) and the page script (which fills it); kept apart so the script bundles no citeproc.
 */

/** Placeholder of the block id (only ever inside the URL's fragment). */
export const blockIdSlot = "XWBLOCKID";
/** Placeholder of the pinpoint, the block's margin number (¶12, §2-3). */
export const pinpointSlot = "XWPINPOINT";
