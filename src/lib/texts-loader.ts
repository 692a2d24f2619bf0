/**
 * The content loader of the `texts` collection: each `content/texts/*.md` file's frontmatter
 * (validated by the collection's schema) and the file's path, keyed by its slug — and nothing more.
 * A page that needs a body reads it from the file (`readBody`), as Astro's `retainBody: false` does.
 *
 * Astro's `glob()` loader also renders every body while syncing and keeps the HTML for the whole
 * build three times over (the store, its JSON file and the data module the pages import). The
 * edition renders each body once, on its own page (`render-body.ts`), so it stores no HTML, and
 * not the bodies either: Vite bundles the store into the build (16 s at 15,000 documents). Measured with the synthetic edition: at 1,500 documents the sync took 11 s (7.4 s of it
 * rendering) and the rendered bodies were 30 MB of a 442 MB heap; at 15,000 the Astro step peaked
 * at 5.0 GB.
 */
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Loader, LoaderContext } from "astro/loaders";
import { splitContentFile } from "../format/content-file.ts";
import { contentFileNames } from "../format/content-folder.ts";

/** Two files claiming one slug: the second would silently replace the first. */
export class DuplicateSlugError extends Error {
  constructor(slug: string, first: string, second: string) {
    super(`two content files have the slug “${slug}”: ${first} and ${second}`);
    this.name = "DuplicateSlugError";
  }
}

/** The loader over a content folder (relative to the project root, or absolute). */
export function textsLoader(folder: string): Loader {
  return {
    name: "xiangwen-texts",
    load: async (context) => {
      const dir = resolve(fileURLToPath(context.config.root), folder);
      await syncFolder(dir, context);
      context.watcher?.add(dir);
      const resync = (path: string) => {
        if (path.startsWith(dir) && path.endsWith(".md")) void syncFolder(dir, context);
      };
      for (const event of ["change", "add", "unlink"] as const) context.watcher?.on(event, resync);
    },
  };
}

/** Bring the store in line with the folder: unchanged files (same digest) are kept as they are. */
async function syncFolder(dir: string, context: LoaderContext) {
  const { store, logger, config } = context;
  const root = fileURLToPath(config.root);
  const stale = new Set(store.keys());
  const fileOf = new Map<string, string>();
  for (const name of contentFileNames(dir)) {
    const path = join(dir, name);
    const contents = readFileSync(path, "utf8");
    const { frontmatter } = frontmatterOf(contents, path);
    const id = typeof frontmatter["slug"] === "string" ? frontmatter["slug"] : name.replace(/\.md$/, "");
    const filePath = relative(root, path);
    const claimed = fileOf.get(id);
    if (claimed) throw new DuplicateSlugError(id, claimed, filePath);
    fileOf.set(id, filePath);
    stale.delete(id);
    const digest = context.generateDigest(contents);
    if (store.get(id)?.digest === digest) continue;
    const data = await context.parseData({ id, data: frontmatter, filePath: path });
    store.set({ id, data, filePath, digest });
  }
  for (const id of stale) store.delete(id);
  logger.info(`${fileOf.size} documents from ${relative(root, dir) || "."}`);
}

/** The file's YAML frontmatter and its body; a YAML error names the file. */
function frontmatterOf(contents: string, path: string) {
  try {
    return parseFrontmatter(contents, { frontmatter: "remove" });
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The Markdown body of a content file (its path as the loader stores it: relative to the project),
 * cut from the file as the content format splits it, without parsing its YAML again: every text
 * page reads its body twice (measured at 1,500 documents: 0.17 → 0.07 ms a body, the same text).
 */
export function readBody(filePath: string): string {
  const path = resolve(filePath);
  try {
    return splitContentFile(readFileSync(path, "utf8")).body.trim();
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
