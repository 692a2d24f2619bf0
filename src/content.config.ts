/**
 * The edition's one content collection: the converter's generated `content/texts/*.md`,
 * validated against the shared frontmatter schema (the same one the converter writes with).
 */
import { defineCollection } from "astro:content";
import { documentSchema } from "./format/schema.ts";
import { textsLoader } from "./lib/texts-loader.ts";
import { contentDirFromEnv } from "./format/content-folder.ts";

/**
 * Documents keyed by their frontmatter `slug` (the published URL; the file name merely mirrors it),
 * with their Markdown bodies, which each text page renders (`src/lib/render-body.ts`).
 */
const texts = defineCollection({ loader: textsLoader(contentDirFromEnv()), schema: documentSchema });

export const collections = { texts };
