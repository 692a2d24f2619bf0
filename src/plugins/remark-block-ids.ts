/**
 * remark plugin: every paragraph and heading of an edition body ends in an explicit `{#id}`
 * marker (see src/lib/block-markdown.ts). Strip the marker from the text and make it the
 * element's id, so the stable id written by the converter is the HTML anchor.
 */
import type { Heading, Paragraph, Root } from "mdast";
import { splitIdMarker } from "../lib/block-markdown.ts";

/** Move each block's trailing `{#id}` marker into `data.hProperties.id`. */
export function remarkBlockIds() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type === "paragraph" || node.type === "heading") applyIdMarker(node);
    }
  };
}

/** Blocks are top-level only (the body has no lists or quotes), so no deep visit is needed. */
function applyIdMarker(node: Paragraph | Heading): void {
  const last = node.children.at(-1);
  if (last?.type !== "text") return;
  const marked = splitIdMarker(last.value);
  if (!marked) return;
  last.value = marked.text;
  if (last.value === "") node.children.pop();
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: marked.id } };
}
