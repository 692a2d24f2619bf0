/** Test helper: run a Markdown body through the site's remark/rehype plugins to HTML. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { rehypePlugins, remarkPlugins } from "../../src/format/plugins.ts";

/** Render `body` as the site does (the same plugin list); `aliases` as in the frontmatter. */
export async function renderBody(body: string, aliases: Record<string, string> = {}): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify);
  const file = await processor.process({ value: body, data: { astro: { frontmatter: { aliases } } } });
  return String(file);
}
