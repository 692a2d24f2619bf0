/**
 * rehype plugin: the Markdown keeps the structural level of each heading (## part, ### section,
 * #### item), but a text may use only some levels (items without parts). HTML heading ranks
 * must not skip levels under the page's <h1>, so close the gaps: the used levels are renumbered
 * from h2 down, and the structural level stays available as a `level-N` class for styling.
 */
import type { Element, Root } from "hast";

const headingTag = /^h([2-6])$/;

/** Renumber top-level h2–h6 so the used levels are consecutive from h2; add `level-N` classes. */
export function rehypeHeadingLevels() {
  return (tree: Root): void => {
    const headings = tree.children.filter(
      (node): node is Element => node.type === "element" && headingTag.test(node.tagName),
    );
    const ranks = headingRanks(headings.map(levelOf));
    for (const heading of headings) {
      const level = levelOf(heading);
      heading.tagName = `h${ranks.get(level) ?? level}`;
      const classes = heading.properties["className"];
      const list = Array.isArray(classes) ? classes.map(String) : [];
      heading.properties["className"] = [...list, `level-${level}`];
    }
  };
}

/** The HTML rank of each structural level a text uses: consecutive from h2 (the EPUB uses this rule too). */
export function headingRanks(levels: readonly number[]): Map<number, number> {
  const used = [...new Set(levels)].sort((a, b) => a - b);
  return new Map(used.map((level, k) => [level, 2 + k]));
}

/** The Markdown heading level (2–6) of an h2–h6 element. */
function levelOf(heading: Element): number {
  return Number(headingTag.exec(heading.tagName)?.[1]);
}
