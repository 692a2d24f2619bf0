/**
 * rehype plugin: the editorial marks of each block. A block the editors intervened in (apparatus
 * entries) gets a discreet mark linking to its records on the source view (beside the source lines
 * they concern, and kept off the reading page, whose weight they would double); a passage the block
 * shares with other documents (相同表述) is marked where it stands, and the block gets a mark linking
 * to the list of where else it occurs. The marks' labels come from CSS and `aria-label`, so they add
 * no character to the reading text; the page script turns them into popovers.
 */
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";
import type { SharedPassage } from "../lib/shared-passages.ts";
import { joinBase, sharedAnchor, sitePaths } from "../format/urls.ts";

/** What the plugin needs beyond the document itself: the site base, the shared passages of every block. */
export interface BlockMarkOptions {
  base: string;
  /** `<slug>#<block id>` → the block's shared passages. */
  shared: ReadonlyMap<string, readonly SharedPassage[]>;
}

const blockTags = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);

/** The frontmatter Astro hands the processor. */
function frontmatterOf(file: VFile): { slug?: string; apparatus?: Array<{ block: string | null }> } {
  return (file.data["astro"] as { frontmatter?: object } | undefined)?.frontmatter ?? {};
}

/** An empty link whose label CSS and aria-label give. */
function mark(kind: "apparatus" | "shared", href: string, label: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      href,
      className: ["block-mark", `mark-${kind}`],
      ariaLabel: label,
    },
    children: [],
  };
}

/** Wrap `[start, end)` ranges of the block's reading text in spans, across its text nodes. */
function wrapRanges(element: Element, ranges: ReadonlyArray<[number, number]>, offset = { at: 0 }): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === "element") {
      wrapRanges(child, ranges, offset);
      return [child];
    }
    if (child.type !== "text") return [child];
    const from = offset.at;
    offset.at += child.value.length;
    const cuts = ranges.map(([a, b]) => [Math.max(a, from), Math.min(b, offset.at)] as const).filter(([a, b]) => a < b);
    if (cuts.length === 0) return [child];
    const out: ElementContent[] = [];
    let at = from;
    for (const [a, b] of cuts) {
      if (a > at) out.push({ type: "text", value: child.value.slice(at - from, a - from) });
      out.push({
        type: "element",
        tagName: "span",
        properties: { className: ["shared-passage"] },
        children: [{ type: "text", value: child.value.slice(a - from, b - from) }],
      });
      at = b;
    }
    if (at < offset.at) out.push({ type: "text", value: child.value.slice(at - from) });
    return out;
  });
}

/** The plugin. */
export function rehypeBlockMarks(options: BlockMarkOptions) {
  return (tree: Root, file: VFile): void => {
    const { slug = "", apparatus = [] } = frontmatterOf(file);
    const interventions = new Map<string, number>();
    for (const entry of apparatus)
      if (entry.block) interventions.set(entry.block, (interventions.get(entry.block) ?? 0) + 1);
    for (const node of tree.children) {
      if (node.type !== "element" || !blockTags.has(node.tagName)) continue;
      const id = node.properties["id"];
      if (typeof id !== "string") continue;
      const passages = options.shared.get(`${slug}#${id}`) ?? [];
      if (passages.length) {
        wrapRanges(
          node,
          passages.map((p) => [p.start, p.start + p.text.length]),
        );
        const documents = new Set(passages.flatMap((p) => p.elsewhere.map((e) => e.slug))).size;
        node.children.push(
          mark(
            "shared",
            `#${sharedAnchor(id)}`,
            `相同表述：本段有${passages.length}处文字亦见于其他${documents}篇文献`,
          ),
        );
      }
      const count = interventions.get(id);
      if (count) {
        const records = joinBase(options.base, sitePaths.apparatusRecords(slug, id));
        node.children.push(mark("apparatus", records, `校勘记录：本段有${count}处编辑处理`));
      }
    }
  };
}
