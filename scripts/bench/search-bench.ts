/**
 * `npm run bench:search`: the edition's exact search against plain Pagefind on synthetic corpora
 * of N documents made from the real content (synthetic-corpus.ts), with a seeded query set and
 * ground truth by exact substring (search-queries.ts). Prints Markdown tables (search-report.ts).
 *   node scripts/bench/search-bench.ts [--sizes 15,1500] [--large] [--per-class 30] [--seed 1] [--site dist]
 * --large adds N = 15,000. Needs a built site (the search page's scripts are the engine's code
 * bytes). Exit 1 when the exact search misses or adds a block anywhere; timings are only reported.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ContentDocument } from "../../src/format/content-file.ts";
import { readIndexDocuments } from "../search-index/corpus.ts";
import { writeSearchIndex } from "../search-index/write-index.ts";
import { kilobytes } from "./bench-stats.ts";
import { pageScriptBytes } from "./page-scripts.ts";
import { metered, openPagefind } from "./pagefind-node.ts";
import { closePagefind, writePlainPagefind } from "./plain-pagefind.ts";
import { classTable, summaryTable, type CorpusSummary, type QueryRow } from "./search-report.ts";
import { benchQueries, corpusBlocks, groundTruth } from "./search-queries.ts";
import { exactSessionFiles, pagefindSessionFiles, runExact, runPagefind } from "./search-engines.ts";
import { seededRandom } from "./seeded-random.ts";
import { syntheticCorpus } from "./synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "15,1500" },
    large: { type: "boolean", default: false },
    "per-class": { type: "string", default: "30" },
    seed: { type: "string", default: "1" },
    site: { type: "string", default: "dist" },
    content: { type: "string", default: "content/texts" },
  },
});
const seed = Number(values.seed);
const sizes = [...values.sizes.split(",").map(Number), ...(values.large ? [15_000] : [])];
if (!existsSync(join(values.site, "search", "index.html"))) {
  process.stderr.write(`bench:search: no ${values.site}/search/index.html; run npm run build first\n`);
  process.exit(2);
}
const codeBytes = pageScriptBytes(values.site, "search/index.html");
const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const sum = (files: Map<string, number>): number => [...files.values()].reduce((a, b) => a + b, 0);

/** Bytes and number of the files under a folder that `keep` accepts. */
function folderFiles(dir: string, keep: (name: string) => boolean = () => true): { bytes: number; files: number } {
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => keep(name));
  const sizes = names.map((name) => statSync(join(dir, name))).filter((info) => info.isFile());
  return { bytes: sizes.reduce((total, info) => total + info.size, 0), files: sizes.length };
}

/**
 * Plain Pagefind's index of a corpus and its build time in ms. Synthetic corpora are fixed by N and
 * seed, so an index built by an earlier run is reused (15,000 documents take Pagefind many minutes).
 */
async function plainPagefind(docs: readonly ContentDocument[], dir: string): Promise<number> {
  const record = join(dir, "..", "pagefind-build.json");
  if (existsSync(record) && existsSync(join(dir, "pagefind.js"))) {
    return (JSON.parse(readFileSync(record, "utf8")) as { ms: number }).ms;
  }
  const started = performance.now();
  await writePlainPagefind(docs, dir);
  const ms = performance.now() - started;
  writeFileSync(record, JSON.stringify({ ms }));
  return ms;
}

/** Build both indexes of a corpus and run the query set through both engines. */
async function benchCorpus(n: number, docs: readonly ContentDocument[]): Promise<CorpusSummary> {
  const work = join(tmpdir(), "xiangwen-bench", `index-${n}-seed${seed}`);
  const exactDir = join(work, "search-index");
  const pagefindDir = join(work, "pagefind");
  const started = performance.now();
  const stats = writeSearchIndex(docs, exactDir);
  const exactBuild = performance.now() - started;
  const plainBuild = await plainPagefind(docs, pagefindDir);
  // Pagefind's data files; its code (pagefind.js, wasm) and UI bundles are not index.
  const plainData = folderFiles(pagefindDir, (name) => /^(index|fragment|filter)\/|\.pf_meta$|entry\.json$/.test(name));
  log(`N=${n}: ${docs.length} documents, ${stats.blocks} blocks indexed; running queries`);

  const queries = benchQueries(docs, Number(values["per-class"]), seededRandom(seed));
  const blocks = corpusBlocks(docs);
  // One engine at a time, so neither one's garbage or caches weigh on the other's timings.
  const exact = [];
  for (const query of queries) exact.push(await runExact(exactDir, docs, query.text));
  const warm = (await metered(() => openPagefind(pagefindDir))).result;
  const plain = [];
  for (const query of queries) plain.push(await runPagefind(warm, query.text));
  await warm.destroy();
  const rows: QueryRow[] = [];
  for (const [i, query] of queries.entries()) {
    const ours = exact[i];
    const theirs = plain[i];
    if (!ours || !theirs) throw new Error("a query was not run");
    const plainBytes = sum(await pagefindSessionFiles(pagefindDir, [query.text]));
    rows.push({
      query,
      truth: groundTruth(blocks, query.terms),
      exact: { ms: ours.ms, found: ours.found, bytes: codeBytes + sum(ours.files) },
      plain: { ms: theirs.ms, found: theirs.found, bytes: plainBytes },
    });
  }
  const order = seededRandom(seed + n).shuffle(queries.map((q) => q.text));
  const sessions = { exact: [] as number[], plain: [] as number[] };
  for (let i = 0; i + 5 <= order.length && i < 100; i += 5) {
    sessions.exact.push(codeBytes + sum(await exactSessionFiles(exactDir, order.slice(i, i + 5))));
    sessions.plain.push(sum(await pagefindSessionFiles(pagefindDir, order.slice(i, i + 5))));
  }
  return {
    n,
    rows,
    sessions,
    size: { exact: stats.bytes, plain: plainData.bytes },
    build: { exact: exactBuild, plain: plainBuild },
    files: { exact: stats.files, plain: plainData.files },
  };
}

let perfect = true;
const corpora: CorpusSummary[] = [];
for (const n of sizes) {
  const docs = readIndexDocuments(syntheticCorpus(values.content, n, seed));
  const corpus = await benchCorpus(n, docs);
  const { table, perfect: exact } = classTable(corpus.rows);
  perfect &&= exact;
  corpora.push(corpus);
  const blocks = docs.reduce((total, doc) => total + doc.blocks.length, 0);
  process.stdout.write(
    `\n**N = ${n.toLocaleString("en")} documents (${blocks.toLocaleString("en")} blocks)**\n\n${table}\n`,
  );
}
process.stdout.write(
  "\n**Transfer and size** (median over the queries, and over sessions of five queries; code included)\n\n",
);
process.stdout.write(
  `${summaryTable(corpora)}\n\nExact search code: ${kilobytes(codeBytes)} gzip (the search page's scripts).\n`,
);
await closePagefind();
process.exitCode = perfect ? 0 : 1;
