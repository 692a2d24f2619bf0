/**
 * remark plugin: a body written by the converter has no links (body.ts escapes Markdown syntax),
 * but a hand-edited content file can carry a Markdown link, image, autolink or link definition.
 * Each URL must be http(s) or relative (src/format/web-url.ts); any other — `javascript:`,
 * `data:` — stops the build with an error naming the document and the body line.
 */
import type { Nodes, Root } from "mdast";
import type { VFile } from "vfile";
import { isLinkable } from "../format/web-url.ts";

export function remarkLinkableUrls() {
  return (tree: Root, file: VFile): void => {
    const visit = (node: Nodes): void => {
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && !isLinkable(node.url)) {
        const slug = (file.data["astro"] as { frontmatter?: { slug?: string } } | undefined)?.frontmatter?.slug;
        const line = node.position ? `, body line ${node.position.start.line}` : "";
        throw new Error(
          `document “${slug ?? file.path}”${line}: the ${node.type} URL ${JSON.stringify(node.url)} ` +
            "is neither http(s) nor relative",
        );
      }
      if ("children" in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
