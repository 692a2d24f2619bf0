// @ts-check
/** Astro configuration of the edition: a static site that works under any base path. */
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { readAnnotations } from "./src/format/annotation-files.ts";
import { readContentFolder } from "./src/format/content-folder.ts";
import { compareDocuments } from "./src/lib/documents.ts";
import { findSharedPassages } from "./src/lib/shared-passages.ts";
import { rehypePlugins, remarkPlugins } from "./src/format/plugins.ts";
import { normaliseBase, siteFromEnv } from "./src/format/urls.ts";

const base = normaliseBase(process.env.BASE_PATH);
/** The glossary, people and bodies: `content/` unless XIANGWEN_ANNOTATIONS_DIR names another folder. */
const annotations = readAnnotations(process.env.XIANGWEN_ANNOTATIONS_DIR || "content");
/**
 * Passages shared across documents, marked in each text. Found over the documents in reading order,
 * as the text page's list of them is (src/lib/edition-index.ts): a passage held by many documents
 * lists the first few, so both must see the same order to name the same places.
 */
const shared = findSharedPassages(
  readContentFolder(process.env.XIANGWEN_CONTENT_DIR || "./content/texts")
    .sort((a, b) => compareDocuments(a.frontmatter, b.frontmatter))
    .map((doc) => ({ slug: doc.frontmatter.slug, blocks: doc.blocks })),
);

export default defineConfig({
  site: siteFromEnv(process.env),
  base,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  markdown: {
    // The unified processor runs remark/rehype plugins. Smart punctuation and GFM are off so
    // the rendered text is exactly the reading text of the Markdown (half-width quotes stay).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins,
      rehypePlugins: rehypePlugins({ base, annotations, shared }),
    }),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
    // Lazy modules (popovers, the 繁體 dictionary, the search highlighter) are fetched when used; no
    // preload helper in every page's script for them (it cost ≈ 0.7 KB compressed per page).
    build: { modulePreload: false },
  },
});
