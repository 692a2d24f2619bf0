/**
 * The reading text of each block as the site renders it: the Markdown body through the edition's
 * own remark/rehype plugins, then the text of each top-level element with an id, without the margin
 * number and alias anchors the plugins add. Used to check that the page shows exactly the text the
 * content file holds.
 */
import type { Element, ElementContent } from "hast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { join } from "node:path";
import { readAnnotations } from "../../src/format/annotation-files.ts";
import { rehypePlugins, remarkPlugins } from "../../src/format/plugins.ts";

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype)
  .use(rehypePlugins({ base: "/", annotations: readAnnotations(join(import.meta.dirname, "../../content")) }));

/** Text of a node, leaving out what the plugins add around the reading text. */
function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  const classes = node.properties["className"];
  if (Array.isArray(classes) && (classes.includes("block-number") || classes.includes("alias-anchor"))) return "";
  // Annotation links keep their text; the notes after the blocks have no id and are skipped.
  return node.children.map(textOf).join("");
}

/** Block id → rendered text, in document order. */
export function renderedBlocks(
  markdown: string,
  aliases: Record<string, string> = {},
): Array<{ id: string; text: string }> {
  const tree = processor.runSync(processor.parse(markdown), { data: { astro: { frontmatter: { aliases } } } });
  return tree.children
    .filter((node): node is Element => node.type === "element" && typeof node.properties["id"] === "string")
    .map((node) => ({ id: String(node.properties["id"]), text: node.children.map(textOf).join("") }));
}
