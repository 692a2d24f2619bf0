/**
 * How a block id is shown and announced: the visible margin number IS the id (¶12 for p12,
 * §2-3 for s2-3, i5 and h1 as they are), so a reader can cite what they see.
 */

/** The visible margin number of a block id: `p12a` → `¶12a`, `s2-3` → `§2-3`, `i5` → `i5`. */
export function marginNumber(id: string): string {
  if (/^p\d/.test(id)) return `¶${id.slice(1)}`;
  if (/^s\d/.test(id)) return `§${id.slice(1)}`;
  return id;
}

/** The block id a margin number stands for (inverse of `marginNumber`). */
export function idFromMarginNumber(label: string): string {
  return label.replace(/^¶/, "p").replace(/^§/, "s");
}

/** Accessible name of a block's link, in Chinese: `p12` → `第12段链接`. */
export function blockLinkLabel(id: string): string {
  const rest = id.slice(1);
  switch (id[0]) {
    case "p":
      return `第${rest}段链接`;
    case "s":
      return `第${rest}部分链接`;
    case "i":
      return `第${rest}条链接`;
    default:
      return `小标题${id}链接`;
  }
}
