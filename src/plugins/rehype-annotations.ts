/**
 * rehype plugin: link the terms, people and bodies the edition annotates where they occur in the
 * reading text — longest form first, never inside another link, the first occurrence of an entry
 * in each block (or every one: `perBlock: "all"`). Each link goes to the entry's page, which is
 * what a reader without JavaScript gets; the page script fetches the entry's note (beside its page,
 * `sitePaths.annotationNote`) and opens it as a popover instead. The links add no character to the
 * reading text, so search and the exports read the same text as before, and the page carries no
 * definitions (measured: they were 7 KB of the CPPCC report's 30 KB compressed HTML).
 */
import type { Element, ElementContent, Root, Text } from "hast";
import type { Annotation } from "../format/annotations.ts";
import { createMatcher, type Matcher } from "../format/annotation-matcher.ts";
import { joinBase, sitePaths } from "../format/urls.ts";

/** What the plugin needs: the entries, the site base, how often to link. */
export interface AnnotationOptions {
  annotations: readonly Annotation[];
  base: string;
  perBlock?: "first" | "all";
}

const blockTags = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);

/** Link the mentions in a text node; returns the nodes that replace it. */
function linkText(node: Text, matcher: Matcher, linked: Set<string>, options: AnnotationOptions): ElementContent[] {
  const mentions = matcher(node.value).filter((mention) => {
    const key = `${mention.annotation.kind}/${mention.annotation.id}`;
    if (options.perBlock !== "all" && linked.has(key)) return false;
    linked.add(key);
    return true;
  });
  if (mentions.length === 0) return [node];
  const out: ElementContent[] = [];
  let at = 0;
  for (const { start, end, annotation } of mentions) {
    if (start > at) out.push({ type: "text", value: node.value.slice(at, start) });
    out.push(annotationLink(annotation, node.value.slice(start, end), options.base));
    at = end;
  }
  if (at < node.value.length) out.push({ type: "text", value: node.value.slice(at) });
  return out;
}

/** The link of one mention: to the entry's page, whose note (`note.html` beside it) the script opens. */
function annotationLink(annotation: Annotation, text: string, base: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      href: joinBase(base, sitePaths.annotation(annotation.kind, annotation.id)),
      className: ["annotation"],
    },
    children: [{ type: "text", value: text }],
  };
}

/** Walk an element's children, linking text outside links. */
function linkWithin(element: Element, matcher: Matcher, linked: Set<string>, options: AnnotationOptions): void {
  element.children = element.children.flatMap((child) => {
    if (child.type === "text") return linkText(child, matcher, linked, options);
    if (child.type === "element" && child.tagName !== "a") linkWithin(child, matcher, linked, options);
    return [child];
  });
}

/** The plugin. */
export function rehypeAnnotations(options: AnnotationOptions) {
  const matcher = createMatcher(options.annotations);
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type === "element" && blockTags.has(node.tagName)) linkWithin(node, matcher, new Set(), options);
    }
  };
}
