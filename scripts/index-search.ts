/**
 * Build the search indexes of the built site: `node scripts/index-search.ts [--site dist]`.
 * Runs after `astro build`: writes the exact-substring index (`dist/search-index/`, from the same
 * content folder the site was built from) and Pagefind's word index (`dist/pagefind/`, used only
 * for the separate "related" results, built up to a size: src/search/related-setting.ts). Progress
 * goes to stderr.
 *
 * The two are built at the same time: the exact index on a worker thread, Pagefind in its own
 * process driven from the main thread. Pagefind is the longer of the two and uses about one and a
 * third cores by itself (measured, 1,500 documents: 21 s of CPU in 16 s), so run one after the
 * other they left a core idle most of the time.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";
import { sitePaths } from "../src/format/urls.ts";
import { contentDirFromEnv, contentFileNames } from "../src/format/content-folder.ts";
import { relatedResultsBuilt, relatedResultsSkipped } from "../src/search/related-setting.ts";
import type { ExactIndexJob, ExactIndexResult } from "./search-index/exact-worker.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const site = resolve(values.site);
const contentDir = contentDirFromEnv();
const log = (message: string) => process.stderr.write(`[search] ${message}\n`);

/** Index the text pages under `site` with Pagefind and write the index next to them. */
async function indexPagefind(): Promise<void> {
  const started = performance.now();
  // Pagefind takes the language from <html lang="zh-CN"> and segments Chinese words itself.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  // Only text pages carry data-pagefind-body, so only they are read: Pagefind would otherwise parse
  // every source view, entry page and note of the site to index nothing from them.
  const added = await index.addDirectory({ path: site, glob: "texts/*/index.html" });
  if (added.errors.length) throw new Error(`indexing failed: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  if (written.errors.length) throw new Error(`writing the index failed: ${written.errors.join("; ")}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`pagefind: ${added.page_count} pages, ${seconds} s → ${written.outputPath}`);
  await pagefind.close();
}

/** The worker writing the exact index, once started (stopped if the other index fails). */
let exactWorker: Worker | undefined;

/** Write the exact-substring index of the content the site was built from, on a worker thread. */
async function indexExact(): Promise<ExactIndexResult> {
  const outDir = join(site, sitePaths.searchIndex());
  const job: ExactIndexJob = { contentDir: resolve(contentDir), outDir };
  const worker = new Worker(new URL("./search-index/exact-worker.ts", import.meta.url), { workerData: job });
  exactWorker = worker;
  const result = await new Promise<ExactIndexResult>((done, fail) => {
    let answer: ExactIndexResult | undefined;
    worker.once("message", (message: ExactIndexResult) => (answer = message));
    worker.once("error", fail);
    worker.once("exit", (code) =>
      answer ? done(answer) : fail(new Error(`the exact index's worker stopped (exit code ${code})`)),
    );
  });
  const { stats, seconds } = result;
  log(
    `exact: ${stats.documents} documents, ${stats.blocks} blocks, ${stats.keys} keys in ${stats.shards} shards, ` +
      `${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KB, ${seconds.toFixed(1)} s → ${outDir}`,
  );
  return result;
}

try {
  if (!existsSync(join(site, "index.html"))) {
    throw new Error(`${site}/index.html not found: run astro build (npm run build) first`);
  }
  const documents = contentFileNames(contentDir).length;
  const related = relatedResultsBuilt(documents, process.env);
  if (!related) log(relatedResultsSkipped(documents));
  await Promise.all([indexExact(), related ? indexPagefind() : undefined]);
} catch (error: unknown) {
  process.stderr.write(`[search] error: ${error instanceof Error ? error.message : String(error)}\n`);
  await exactWorker?.terminate();
  await pagefind.close();
  process.exitCode = 2;
}
