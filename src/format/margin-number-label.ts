/**
 * The accessible name of a block's margin number as the page is built (`第12段链接`), and the
 * block's name read back from it (`第12段`): the page script names the block's menu button from
 * the link it replaces, so it needs no copy of the block-id grammar (block-id.ts) in the browser.
 */
const suffix = "链接";

/** `第12段` → `第12段链接`. */
export const marginNumberLabel = (name: string): string => `${name}${suffix}`;

/** `第12段链接` → `第12段`. */
export const nameFromMarginNumberLabel = (label: string): string =>
  label.endsWith(suffix) ? label.slice(0, -suffix.length) : label;
