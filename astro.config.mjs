// @ts-check
/** Astro configuration of the edition: a static site that works under any base path. */
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { readAnnotations } from "./src/format/annotation-files.ts";
import { rehypePlugins, remarkPlugins } from "./src/format/plugins.ts";
import { normaliseBase, siteFromEnv } from "./src/format/urls.ts";

const base = normaliseBase(process.env.BASE_PATH);
/** The glossary, people and bodies: `content/` unless XIANGWEN_ANNOTATIONS_DIR names another folder. */
const annotations = readAnnotations(process.env.XIANGWEN_ANNOTATIONS_DIR || "content");

export default defineConfig({
  site: siteFromEnv(process.env),
  base,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    // The unified processor runs remark/rehype plugins. Smart punctuation and GFM are off so
    // the rendered text is exactly the reading text of the Markdown (half-width quotes stay).
    processor: unified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins: rehypePlugins({ base, annotations }) }),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
