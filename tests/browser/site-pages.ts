/** Every HTML page of the built site, as site-relative paths (`texts/x/`, `glossary/y/`, ``). */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { distDir } from "./harness.ts";

/** Site-relative paths of every `index.html` under dist/ (the 404 page aside). */
export function sitePages(root = distDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!["_astro", "pagefind", "search-index", "data", "downloads", "cite"].includes(name)) walk(path);
      } else if (name === "index.html") pages.push(relative(root, dir).split("\\").join("/"));
    }
  };
  walk(root);
  return pages.map((path) => (path ? `${path}/` : "")).sort();
}
