// @ts-check
/** Astro configuration of the edition: a static site that works under any base path. */
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { rehypePlugins, remarkPlugins } from "./src/format/plugins.ts";
import { normaliseBase, siteFromEnv } from "./src/format/urls.ts";

export default defineConfig({
  site: siteFromEnv(process.env),
  base: normaliseBase(process.env.BASE_PATH),
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    // The unified processor runs remark/rehype plugins. Smart punctuation and GFM are off so
    // the rendered text is exactly the reading text of the Markdown (half-width quotes stay).
    processor: unified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins }),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
