/** Test helper: run a Markdown body through the site's remark/rehype plugins to HTML. */
import { join } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { rehypePlugins, remarkPlugins } from "../../src/format/plugins.ts";
import { readAnnotations } from "../../src/format/annotation-files.ts";
import type { Annotations } from "../../src/format/annotations.ts";

/** The edition's own annotations (content/glossary.yaml …). */
export const editionAnnotations = readAnnotations(join(import.meta.dirname, "../../content"));
/** No annotations, for tests of the other plugins. */
export const noAnnotations: Annotations = { term: [], person: [], body: [] };

/** Render `body` as the site does (the same plugin lists); `aliases` as in the frontmatter. */
export async function renderBody(
  body: string,
  aliases: Record<string, string> = {},
  annotations: Annotations = noAnnotations,
): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins({ base: "/", annotations }))
    .use(rehypeStringify);
  const file = await processor.process({ value: body, data: { astro: { frontmatter: { aliases } } } });
  return String(file);
}
