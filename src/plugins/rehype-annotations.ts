/**
 * rehype plugin: link the terms, people and bodies the edition annotates where they occur in the
 * reading text — the matcher's mentions of the block's whole text (longest form first, word edges
 * kept), never inside another link, the first occurrence of an entry in each block (or every one:
 * `perBlock: "all"`). A mention that crosses the edge of a mark (a 同 span) splits the mark, so the
 * link stays whole and the mark keeps covering its characters (wrap-text-range.ts). Each link goes to the entry's page, which is
 * what a reader without JavaScript gets; the page script fetches the entry's note (beside its page,
 * `sitePaths.annotationNote`) and opens it as a popover instead. The links add no character to the
 * reading text, so search and the exports read the same text as before, and the page carries no
 * definitions (measured: they were 7 KB of the CPPCC report's 30 KB compressed HTML).
 */
import type { Element, ElementContent, Root } from "hast";
import type { Annotation } from "../format/annotations.ts";
import { createMatcher, type Matcher } from "../format/annotation-matcher.ts";
import { joinBase, sitePaths } from "../format/urls.ts";
import { wrapTextRange } from "./wrap-text-range.ts";

/** What the plugin needs: the entries, the site base, how often to link. */
export interface AnnotationOptions {
  annotations: readonly Annotation[];
  base: string;
  perBlock?: "first" | "all";
}

const blockTags = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);

/** A character no form contains: the text of an existing link reads as it, so nothing links inside one. */
const insideLink = "\uffff";

/**
 * The block's text as the matcher reads it: every text node in order, across the marks and run-in
 * heads that split it (a 同 span may end inside 以习近平同志为核心的党中央), an existing link's
 * characters masked.
 */
function matchableText(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  const text = node.children.map(matchableText).join("");
  return node.tagName === "a" ? insideLink.repeat(text.length) : text;
}

/** The mentions of a block to link: all, or the first of each entry. */
function blockMentions(block: Element, matcher: Matcher, perBlock: "first" | "all") {
  const mentions = matcher(block.children.map(matchableText).join(""));
  if (perBlock === "all") return mentions;
  const linked = new Set<string>();
  return mentions.filter(({ annotation }) => {
    const key = `${annotation.kind}/${annotation.id}`;
    if (linked.has(key)) return false;
    linked.add(key);
    return true;
  });
}

/** The link of one mention: to the entry's page, whose note (`note.html` beside it) the script opens. */
function annotationLink(annotation: Annotation, children: ElementContent[], base: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      href: joinBase(base, sitePaths.annotation(annotation.kind, annotation.id)),
      className: ["annotation"],
    },
    children,
  };
}

/** The plugin. */
export function rehypeAnnotations(options: AnnotationOptions) {
  const matcher = createMatcher(options.annotations);
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== "element" || !blockTags.has(node.tagName)) continue;
      for (const { start, end, annotation } of blockMentions(node, matcher, options.perBlock ?? "first")) {
        wrapTextRange(node, start, end, (children) => annotationLink(annotation, children, options.base));
      }
    }
  };
}
