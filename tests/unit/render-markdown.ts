/** Test helper: run a Markdown body through the site's remark/rehype plugins to HTML. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { remarkBlockIds } from "../../src/plugins/remark-block-ids.ts";
import { rehypeHeadingLevels } from "../../src/plugins/rehype-heading-levels.ts";
import { rehypeParagraphNumbers } from "../../src/plugins/rehype-paragraph-numbers.ts";
import { rehypeAliasAnchors } from "../../src/plugins/rehype-alias-anchors.ts";

/** Render `body` as the site does (same plugins, same order); `aliases` as in the frontmatter. */
export async function renderBody(body: string, aliases: Record<string, string> = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkBlockIds)
    .use(remarkRehype)
    .use(rehypeHeadingLevels)
    .use(rehypeParagraphNumbers)
    .use(rehypeAliasAnchors)
    .use(rehypeStringify)
    .process({ value: body, data: { astro: { frontmatter: { aliases } } } });
  return String(file);
}
