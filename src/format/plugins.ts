/**
 * The remark/rehype plugins that turn an edition body into the page's HTML, in order, and the one
 * processor that runs them: the text pages (src/lib/render-body.ts), the tests and the benches
 * render with this very processor.
 */
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Plugin } from "unified";
import { remarkBlockIds } from "../plugins/remark-block-ids.ts";
import { remarkLinkableUrls } from "../plugins/remark-linkable-urls.ts";
import { rehypeAliasAnchors } from "../plugins/rehype-alias-anchors.ts";
import { rehypeAnnotations } from "../plugins/rehype-annotations.ts";
import { rehypeBlockMarks } from "../plugins/rehype-block-marks.ts";
import type { SharedPassage } from "../lib/shared-passages.ts";
import { rehypeHeadingLevels } from "../plugins/rehype-heading-levels.ts";
import { rehypeParagraphNumbers } from "../plugins/rehype-paragraph-numbers.ts";
import type { OutlineEntry } from "../plugins/remark-block-ids.ts";
import { allAnnotations, type Annotations } from "./annotations.ts";

/** A plugin list both Astro's markdown config and unified's `use()` accept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- plugins of both stages, with or without options
export type PluginList = Array<Plugin<any[], any, any> | [Plugin<any[], any, any>, unknown]>;

/** What the HTML stage needs from the build: the site base, the annotations, the shared passages. */
export interface RenderOptions {
  base: string;
  annotations: Annotations;
  /** `<slug>#<block id>` → the passages that block shares with other documents. */
  shared?: ReadonlyMap<string, readonly SharedPassage[]>;
}

/** Markdown stage: ids from `{#id}` markers, run-in heads as `strong`, the outline; links only to the web. */
export const remarkPlugins: PluginList = [remarkBlockIds, remarkLinkableUrls];

/**
 * HTML stage: heading ranks without gaps, editorial marks (apparatus, shared passages), annotation
 * links, margin numbers, anchors for old ids. The marks come first, while the blocks are
 * still plain text, and the numbers after the annotations so a number is never taken for text.
 */
export function rehypePlugins(options: RenderOptions): PluginList {
  const annotations = {
    annotations: allAnnotations(options.annotations),
    base: options.base,
  };
  return [
    rehypeHeadingLevels,
    [rehypeBlockMarks, { base: options.base, shared: options.shared ?? new Map() }],
    [rehypeAnnotations, annotations],
    rehypeParagraphNumbers,
    rehypeAliasAnchors,
  ];
}

/** A body rendered: its HTML and its outline (headings and run-in heads, from the same parse). */
export interface RenderedBody {
  html: string;
  outline: OutlineEntry[];
}

/**
 * Markdown → HTML with the edition's plugins and nothing else. Not Astro's Markdown processor, which
 * adds GitHub-style heading slugs (the blocks have their own ids), image collection and a parse5
 * re-parse of the whole tree for raw HTML (the only raw HTML of a body, the run-in head, is made an
 * element by remark-block-ids): the same HTML for every document (compared over the edition and a
 * synthetic one of 1,500), in ≈ 60% of the time.
 */
export function bodyRenderer(options: RenderOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins(options))
    .use(rehypeStringify)
    .freeze();
  /** Render one body; the plugins read its frontmatter (slug, aliases, apparatus). */
  return async (body: string, frontmatter: object): Promise<RenderedBody> => {
    const file = await processor.process({ value: body, data: { astro: { frontmatter } } });
    const astro = file.data["astro"] as { frontmatter?: { outline?: OutlineEntry[] } } | undefined;
    return { html: String(file), outline: astro?.frontmatter?.outline ?? [] };
  };
}
