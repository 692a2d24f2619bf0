/**
 * The remark/rehype plugins that turn an edition body into the page's HTML, in order. Exported
 * once: `astro.config.mjs` hands them to Astro and the tests render with the very same list.
 */
import { remarkBlockIds } from "../plugins/remark-block-ids.ts";
import { rehypeAliasAnchors } from "../plugins/rehype-alias-anchors.ts";
import { rehypeHeadingLevels } from "../plugins/rehype-heading-levels.ts";
import { rehypeParagraphNumbers } from "../plugins/rehype-paragraph-numbers.ts";

/** Markdown stage: ids from `{#id}` markers, run-in heads as `strong`. */
export const remarkPlugins = [remarkBlockIds];

/** HTML stage: heading ranks without gaps, margin numbers, anchors for old ids. */
export const rehypePlugins = [rehypeHeadingLevels, rehypeParagraphNumbers, rehypeAliasAnchors];
