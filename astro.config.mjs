// @ts-check
/** Astro configuration of the edition: a static site that works under any base path. */
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { remarkBlockIds } from "./src/plugins/remark-block-ids.ts";
import { rehypeAliasAnchors } from "./src/plugins/rehype-alias-anchors.ts";
import { rehypeHeadingLevels } from "./src/plugins/rehype-heading-levels.ts";
import { rehypeParagraphNumbers } from "./src/plugins/rehype-paragraph-numbers.ts";

/** `BASE_PATH=/xiangwen` → `/xiangwen/`; Astro wants a leading slash and we want a trailing one. */
function normaliseBase(value = "/") {
  const trimmed = value.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export default defineConfig({
  site: process.env.SITE_URL || "http://localhost:4321",
  base: normaliseBase(process.env.BASE_PATH),
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    // The unified processor runs remark/rehype plugins. Smart punctuation and GFM are off so
    // the rendered text is exactly the reading text of the Markdown (half-width quotes stay).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkBlockIds],
      rehypePlugins: [rehypeHeadingLevels, rehypeParagraphNumbers, rehypeAliasAnchors],
    }),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
