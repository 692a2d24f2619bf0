/**
 * A document's outline from its blocks: every heading, and every paragraph's run-in head, with
 * a depth for nesting. As on the text page's contents, a run-in head sits one level below the
 * heading before it. The EPUB's navigation document nests its entries by this depth.
 */
import type { Block } from "../format/schema.ts";

/** One entry of the outline. */
export interface OutlineItem {
  id: string;
  text: string;
  /** Structural level (2 = part); a run-in head is one below the heading before it. */
  level: number;
}

/** The outline of a document, in reading order. */
export function outlineOf(blocks: readonly Block[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  let headingLevel: number | undefined;
  for (const block of blocks) {
    if (block.type === "heading") {
      headingLevel = block.level ?? 2;
      items.push({ id: block.id, text: block.text, level: headingLevel });
    } else if (block.runIn) {
      items.push({ id: block.id, text: block.runIn, level: headingLevel === undefined ? 2 : headingLevel + 1 });
    }
  }
  return items;
}

/** A node of the outline as a tree. */
export interface OutlineNode {
  item: OutlineItem;
  children: OutlineNode[];
}

/** Nest the outline: an entry is a child of the nearest earlier entry of a lower level. */
export function outlineTree(items: readonly OutlineItem[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const item of items) {
    while (stack.length > 0 && (stack.at(-1)?.item.level ?? 0) >= item.level) stack.pop();
    const node: OutlineNode = { item, children: [] };
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}
