/**
 * The remark/rehype plugins that turn an edition body into the page's HTML, in order. Built once
 * here: `astro.config.mjs` hands them to Astro and the tests render with the very same lists.
 */
import type { Plugin } from "unified";
import { remarkBlockIds } from "../plugins/remark-block-ids.ts";
import { rehypeAliasAnchors } from "../plugins/rehype-alias-anchors.ts";
import { rehypeAnnotations } from "../plugins/rehype-annotations.ts";
import { rehypeBlockMarks } from "../plugins/rehype-block-marks.ts";
import type { SharedPassage } from "../lib/shared-passages.ts";
import { rehypeHeadingLevels } from "../plugins/rehype-heading-levels.ts";
import { rehypeParagraphNumbers } from "../plugins/rehype-paragraph-numbers.ts";
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

/** Markdown stage: ids from `{#id}` markers, run-in heads as `strong`, the outline. */
export const remarkPlugins: PluginList = [remarkBlockIds];

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
