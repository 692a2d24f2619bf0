/**
 * rehype plugin: old block ids (frontmatter `aliases`, old id → current id) must keep landing
 * on the right text without JavaScript. Each alias becomes an empty anchor element inside the
 * block it now points to; CSS highlights the block when the alias is the target.
 */
import type { Element, Root } from "hast";
import type { VFile } from "vfile";

/** Aliases of the document being rendered, as Astro hands the frontmatter to the processor. */
function aliasesOf(file: VFile): Record<string, string> {
  const astro = file.data["astro"] as { frontmatter?: { aliases?: unknown } } | undefined;
  const aliases = astro?.frontmatter?.aliases;
  return aliases && typeof aliases === "object" ? (aliases as Record<string, string>) : {};
}

/** Insert `<span id="<old>" class="alias-anchor">` at the start of each alias's current block. */
export function rehypeAliasAnchors() {
  return (tree: Root, file: VFile): void => {
    const byTarget = new Map<string, string[]>();
    for (const [oldId, currentId] of Object.entries(aliasesOf(file))) {
      byTarget.set(currentId, [...(byTarget.get(currentId) ?? []), oldId]);
    }
    if (byTarget.size === 0) return;
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      const id = node.properties["id"];
      const oldIds = typeof id === "string" ? byTarget.get(id) : undefined;
      if (oldIds) node.children.unshift(...oldIds.map(aliasAnchor));
    }
  };
}

/** An empty, unannounced element carrying an old id. */
function aliasAnchor(oldId: string): Element {
  return {
    type: "element",
    tagName: "span",
    properties: { id: oldId, className: ["alias-anchor"], ariaHidden: "true" },
    children: [],
  };
}
