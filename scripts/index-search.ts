/**
 * Build the Pagefind search index of the built site: `node scripts/index-search.ts [--site dist]`.
 * Runs after `astro build`; writes `dist/pagefind/`. Progress goes to stderr.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const site = resolve(values.site);

/** Index every page under `site` and write the index next to them. */
async function indexSite(): Promise<void> {
  if (!existsSync(join(site, "index.html"))) {
    throw new Error(`${site}/index.html not found: run astro build (npm run build) first`);
  }
  const log = (message: string) => process.stderr.write(`[search] ${message}\n`);
  log(`indexing ${site}`);
  // Pagefind takes the language from <html lang="zh-CN"> and segments Chinese words itself.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`indexing failed: ${added.errors.join("; ")}`);
  log(`indexed ${added.page_count} pages`);
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  if (written.errors.length) throw new Error(`writing the index failed: ${written.errors.join("; ")}`);
  log(`wrote ${written.outputPath}`);
  await pagefind.close();
}

indexSite().catch(async (error: unknown) => {
  process.stderr.write(`[search] error: ${error instanceof Error ? error.message : String(error)}\n`);
  await pagefind.close();
  process.exitCode = 2;
});
