/**
 * The edition's one content collection: the converter's generated `content/texts/*.md`,
 * validated against the shared frontmatter schema (the same one the converter writes with).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { documentSchema } from "./format/schema.ts";

/** Where the documents are read from; `XIANGWEN_CONTENT_DIR` builds the site from another folder (tests). */
const contentDir = process.env["XIANGWEN_CONTENT_DIR"] || "./content/texts";

/** Documents keyed by their slug (the file name), which is also the frontmatter `slug`. */
const texts = defineCollection({
  loader: glob({
    pattern: "*.md",
    base: contentDir,
    // The frontmatter slug is the published URL; the file name merely mirrors it.
    generateId: ({ entry, data }) => (typeof data["slug"] === "string" ? data["slug"] : entry.replace(/\.md$/, "")),
  }),
  schema: documentSchema,
});

export const collections = { texts };
