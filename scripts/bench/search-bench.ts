/**
 * `npm run bench:search`: the edition's exact search against plain Pagefind on synthetic corpora
 * of N documents made from the real content (synthetic-corpus.ts), with a seeded query set and
 * ground truth by exact substring (search-queries.ts). Per query class: recall, precision,
 * zero-result rate, median and p95 latency in Node, first-query bytes; per corpus: bytes of a
 * five-query session, index size on disk, build time. Prints Markdown tables.
 *   node scripts/bench/search-bench.ts [--sizes 15,1500] [--large] [--per-class 30] [--seed 1] [--site dist]
 * --large adds N = 15,000. Needs a built site (the search page's scripts are the engine's code
 * bytes). Exit 1 when the exact search misses or adds a block anywhere; timings are only reported.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readIndexDocuments } from "../search-index/corpus.ts";
import { writeSearchIndex } from "../search-index/write-index.ts";
import { kilobytes, markdownTable, megabytes, percent, quantile } from "./bench-stats.ts";
import { pageScriptBytes } from "./page-scripts.ts";
import { metered, openPagefind } from "./pagefind-node.ts";
import { closePagefind, writePlainPagefind } from "./plain-pagefind.ts";
import { benchQueries, corpusBlocks, groundTruth, queryClasses, type BenchQuery } from "./search-queries.ts";
import { exactSessionFiles, pagefindSessionFiles, runExact, runPagefind, type Run } from "./search-engines.ts";
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

/** Bytes of every file under a folder, those `skip` rejects left out. */
function folderBytes(dir: string, skip: (name: string) => boolean = () => false): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => !skip(name))
    .map((name) => statSync(join(dir, name)))
    .reduce((sum, info) => sum + (info.isFile() ? info.size : 0), 0);
}
const sum = (files: Map<string, number>): number => [...files.values()].reduce((a, b) => a + b, 0);

/** Recall, precision and zero-result counts of runs against the truth. */
function scores(runs: { truth: string[]; run: Pick<Run, "found"> }[]) {
  let relevant = 0,
    returned = 0,
    correct = 0,
    zero = 0;
  for (const { truth, run } of runs) {
    const want = new Set(truth);
    relevant += want.size;
    returned += run.found.length;
    correct += run.found.filter((key) => want.has(key)).length;
    if (run.found.length === 0) zero++;
  }
  return {
    recall: percent(correct, relevant),
    precision: percent(correct, returned),
    zero: percent(zero, runs.length),
    exact: correct === relevant && correct === returned,
  };
}

let failed = false;
const summary: string[][] = [];
for (const n of sizes) {
  const corpus = syntheticCorpus(values.content, n, seed);
  const docs = readIndexDocuments(corpus);
  const work = join(tmpdir(), "xiangwen-bench", `index-${n}-seed${seed}`);
  let started = performance.now();
  const stats = writeSearchIndex(docs, join(work, "search-index"));
  const exactBuild = performance.now() - started;
  started = performance.now();
  await writePlainPagefind(docs, join(work, "pagefind"));
  const pagefindBuild = performance.now() - started;
  const pagefindDir = join(work, "pagefind");
  const pagefindData = folderBytes(
    pagefindDir,
    (name) => !/^(index|fragment|filter)\/|\.pf_meta$|entry\.json$/.test(name),
  );
  log(`N=${n}: ${docs.length} documents, ${stats.blocks} blocks indexed`);

  const queries = benchQueries(docs, Number(values["per-class"]), seededRandom(seed));
  const blocks = corpusBlocks(docs);
  // One engine at a time, so neither one's garbage or caches weigh on the other's timings.
  const exactRuns: Run[] = [];
  for (const query of queries) exactRuns.push(await runExact(join(work, "search-index"), docs, query.text));
  const warm = (await metered(() => openPagefind(pagefindDir))).result;
  const plainRuns: Omit<Run, "files">[] = [];
  for (const query of queries) plainRuns.push(await runPagefind(warm, query.text));
  await warm.destroy();
  const rows: { query: BenchQuery; truth: string[]; exact: Run; plain: Omit<Run, "files">; plainFirst: number }[] = [];
  for (const [i, query] of queries.entries()) {
    const plainFirst = sum(await pagefindSessionFiles(pagefindDir, [query.text]));
    const truth = groundTruth(blocks, query.terms);
    rows.push({ query, truth, exact: exactRuns[i] as Run, plain: plainRuns[i] as Omit<Run, "files">, plainFirst });
  }
  const table = queryClasses.flatMap((kind) => {
    const of = rows.filter((row) => row.query.kind === kind);
    if (of.length === 0) return [];
    const ours = scores(of.map((row) => ({ truth: row.truth, run: row.exact })));
    const theirs = scores(of.map((row) => ({ truth: row.truth, run: row.plain })));
    if (!ours.exact) failed = true;
    const ms = (runs: number[]) => `${quantile(runs, 0.5).toFixed(1)} / ${quantile(runs, 0.95).toFixed(1)}`;
    return [
      [
        kind,
        String(of.length),
        "exact",
        ours.recall,
        ours.precision,
        ours.zero,
        ms(of.map((r) => r.exact.ms)),
        kilobytes(
          quantile(
            of.map((r) => codeBytes + sum(r.exact.files)),
            0.5,
          ),
        ),
      ],
      [
        "",
        "",
        "Pagefind",
        theirs.recall,
        theirs.precision,
        theirs.zero,
        ms(of.map((r) => r.plain.ms)),
        kilobytes(
          quantile(
            of.map((r) => r.plainFirst),
            0.5,
          ),
        ),
      ],
    ];
  });
  process.stdout.write(
    `\n### N = ${n.toLocaleString("en")} documents (${stats.blocks.toLocaleString("en")} blocks)\n\n`,
  );
  process.stdout.write(
    `${markdownTable(["class", "queries", "engine", "recall", "precision", "zero results", "ms median / p95", "first query (gzip)"], table)}\n`,
  );

  const order = seededRandom(seed + n).shuffle(queries.map((q) => q.text));
  const sessions = Array.from({ length: Math.min(20, Math.floor(order.length / 5)) }, (_, i) =>
    order.slice(i * 5, i * 5 + 5),
  );
  const exactSessions: number[] = [];
  const plainSessions: number[] = [];
  for (const session of sessions) {
    exactSessions.push(codeBytes + sum(await exactSessionFiles(join(work, "search-index"), session)));
    plainSessions.push(sum(await pagefindSessionFiles(pagefindDir, session)));
  }
  const firstAll = (pick: (row: (typeof rows)[number]) => number) => kilobytes(quantile(rows.map(pick), 0.5));
  summary.push(
    [
      String(n),
      "exact",
      firstAll((r) => codeBytes + sum(r.exact.files)),
      kilobytes(quantile(exactSessions, 0.5)),
      megabytes(stats.bytes),
      `${(exactBuild / 1000).toFixed(1)} s`,
      `${stats.files}`,
    ],
    [
      "",
      "Pagefind",
      firstAll((r) => r.plainFirst),
      kilobytes(quantile(plainSessions, 0.5)),
      megabytes(pagefindData),
      `${(pagefindBuild / 1000).toFixed(1)} s`,
      `${readdirSync(pagefindDir, { recursive: true }).length}`,
    ],
  );
}
process.stdout.write(
  `\n### Transfer and size (median over queries and over ${"five-query"} sessions; code included)\n\n`,
);
process.stdout.write(
  `${markdownTable(["N", "engine", "first query", "session of 5", "index on disk", "build", "files"], summary)}\n`,
);
process.stdout.write(`\nExact search code: ${kilobytes(codeBytes)} gzip (the search page's scripts).\n`);
await closePagefind();
process.exitCode = failed ? 1 : 0;
