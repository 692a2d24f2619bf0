/**
 * Build the search indexes of the built site: `node scripts/index-search.ts [--site dist]`.
 * Runs after `astro build`: writes the exact-substring index (`dist/search-index/`, from the same
 * content folder the site was built from) and Pagefind's word index (`dist/pagefind/`, used only
 * for the separate "related" results). Progress goes to stderr.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";
import { sitePaths } from "../src/format/urls.ts";
import { readIndexDocuments } from "./search-index/corpus.ts";
import { writeSearchIndex } from "./search-index/write-index.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const site = resolve(values.site);
const contentDir = process.env["XIANGWEN_CONTENT_DIR"] || "./content/texts";
const log = (message: string) => process.stderr.write(`[search] ${message}\n`);

/** Index the text pages under `site` with Pagefind and write the index next to them. */
async function indexPagefind(): Promise<void> {
  // Pagefind takes the language from <html lang="zh-CN"> and segments Chinese words itself.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  // Only text pages carry data-pagefind-body, so only they are read: Pagefind would otherwise parse
  // every source view, entry page and note of the site to index nothing from them.
  const added = await index.addDirectory({ path: site, glob: "texts/*/index.html" });
  if (added.errors.length) throw new Error(`indexing failed: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  if (written.errors.length) throw new Error(`writing the index failed: ${written.errors.join("; ")}`);
  log(`pagefind: ${added.page_count} pages → ${written.outputPath}`);
  await pagefind.close();
}

/** Write the exact-substring index of the content the site was built from. */
function indexExact(): void {
  const started = performance.now();
  const stats = writeSearchIndex(readIndexDocuments(contentDir), join(site, sitePaths.searchIndex()));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `exact: ${stats.documents} documents, ${stats.blocks} blocks, ${stats.keys} keys in ${stats.shards} shards, ` +
      `${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KB, ${seconds} s → ${join(site, sitePaths.searchIndex())}`,
  );
}

try {
  if (!existsSync(join(site, "index.html"))) {
    throw new Error(`${site}/index.html not found: run astro build (npm run build) first`);
  }
  indexExact();
  await indexPagefind();
} catch (error: unknown) {
  process.stderr.write(`[search] error: ${error instanceof Error ? error.message : String(error)}\n`);
  await pagefind.close();
  process.exitCode = 2;
}
