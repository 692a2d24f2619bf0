/**
 * remark plugin: every paragraph and heading of an edition body ends in an explicit `{#id}`
 * marker (see src/format/body.ts). Strip the marker from the text and make it the element's id,
 * so the stable id written by the converter is the HTML anchor; a paragraph's run-in head,
 * written as `<strong class="run-in">…</strong>`, becomes a real `strong` element. The headings
 * and run-in heads are collected as the document's outline (`frontmatter.outline`, which the
 * Markdown processor returns with the HTML; see src/lib/render-body.ts), so the page's contents come from this one parse.
 */
import type { Heading, Paragraph, PhrasingContent, Root } from "mdast";
import type { VFile } from "vfile";
import { toString } from "mdast-util-to-string";
import { runInClose, runInOpen, splitIdMarker } from "../format/body.ts";

/** One entry of the outline: a heading, or a paragraph's run-in head (no level). */
export interface OutlineEntry {
  id: string;
  text: string;
  level?: number;
}

/** Move each block's trailing `{#id}` marker into `data.hProperties.id`; record the outline. */
export function remarkBlockIds() {
  return (tree: Root, file: VFile): void => {
    const outline: OutlineEntry[] = [];
    for (const node of tree.children) {
      if (node.type !== "paragraph" && node.type !== "heading") continue;
      const id = applyIdMarker(node);
      const head = node.type === "paragraph" ? applyRunIn(node) : null;
      if (id && node.type === "heading") outline.push({ id, text: toString(node), level: node.depth });
      if (id && head) outline.push({ id, text: toString(head) });
    }
    const astro = (file.data["astro"] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, outline };
  };
}

/** Blocks are top-level only (the body has no lists or quotes), so no deep visit is needed. */
function applyIdMarker(node: Paragraph | Heading): string | null {
  const last = node.children.at(-1);
  if (last?.type !== "text") return null;
  const marked = splitIdMarker(last.value);
  if (!marked) return null;
  last.value = marked.text;
  if (last.value === "") node.children.pop();
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: marked.id } };
  return marked.id;
}

/** Turn the leading run-in tags into a `strong.run-in` holding what lies between them. */
function applyRunIn(node: Paragraph): PhrasingContent | null {
  const [open] = node.children;
  if (open?.type !== "html" || open.value !== runInOpen) return null;
  const close = node.children.findIndex((child, k) => k > 0 && child.type === "html" && child.value === runInClose);
  if (close < 0) return null;
  const head: PhrasingContent = {
    type: "strong",
    children: node.children.slice(1, close),
    data: { hProperties: { className: ["run-in"] } },
  };
  node.children.splice(0, close + 1, head);
  return head;
}
