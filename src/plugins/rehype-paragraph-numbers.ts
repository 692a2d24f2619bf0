/**
 * rehype plugin: give every block with a stable id its visible margin number, which is the id
 * itself (¶12, §2-3). The number is a plain link to the block's own anchor, so copying a
 * paragraph link works without JavaScript; Pagefind skips it so numbers don't pollute search.
 */
import type { Element, Root } from "hast";
import { isBlockId, marginLabel, marginName } from "../format/block-id.ts";
import { marginNumberLabel } from "../format/margin-number-label.ts";

const blockTags = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);

/** Prepend `<a class="block-number" href="#id">¶12</a>` to each top-level block with an id. */
export function rehypeParagraphNumbers() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== "element" || !blockTags.has(node.tagName)) continue;
      const id = node.properties["id"];
      if (typeof id !== "string" || !isBlockId(id)) continue;
      node.children.unshift(numberLink(id, textOf(node)));
    }
  };
}

/** The plain text of an element (a heading's words name it for screen readers). */
function textOf(node: Element | Element["children"][number]): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/** The margin number link of one block. */
function numberLink(id: string, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      href: `#${id}`,
      className: ["block-number"],
      ariaLabel: marginNumberLabel(marginName(id, text)),
      dataPagefindIgnore: "",
    },
    children: [{ type: "text", value: marginLabel(id) }],
  };
}
