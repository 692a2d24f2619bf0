/**
 * Search recall benchmark (DESIGN.md "Search"): every query string that occurs in the edition
 * must find every block containing it, as an exact hit. Samples substrings of the published
 * blocks (deterministic seed), runs the shared search against dist/, reports misses and speed.
 *   node scripts/bench/search-recall.ts [--site dist] [--queries 300] [--seed 1]
 * Exit code 1 when any block is missed or a non-containing block is reported as exact.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { TextExport } from "../../src/format/export-schema.ts";
import { runSearch } from "../../src/search/run-search.ts";
import { loadPagefind } from "../node-pagefind.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "dist" },
    queries: { type: "string", default: "300" },
    seed: { type: "string", default: "1" },
  },
});

/** A small deterministic generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const dir = join(values.site, "data", "texts");
const texts = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as TextExport);
const blocks = texts.flatMap((text) =>
  text.blocks.map((block) => ({ key: `${text.slug}#${block.id}`, text: block.text })),
);
const pagefind = await loadPagefind(values.site);
const next = random(Number(values.seed));
let runs = 0;
let failures = 0;
const started = performance.now();
for (let i = 0; i < Number(values.queries); i++) {
  const source = blocks[Math.floor(next() * blocks.length)]?.text ?? "";
  const length = 1 + Math.floor(next() * 6);
  const start = Math.floor(next() * Math.max(1, source.length - length));
  const query = source.slice(start, start + length).trim();
  if (!query || /\s/.test(query)) continue;
  runs++;
  const want = blocks.filter((b) => b.text.toLowerCase().includes(query.toLowerCase())).map((b) => b.key);
  const got = (await runSearch(pagefind, query)).filter((hit) => hit.exact).map((hit) => `${hit.slug}#${hit.block}`);
  const missed = want.filter((key) => !got.includes(key));
  const wrong = got.filter((key) => !want.includes(key));
  if (missed.length || wrong.length) {
    failures++;
    process.stdout.write(`${JSON.stringify(query)}: missed ${missed.length}/${want.length}, wrong ${wrong.length}\n`);
  }
}
const perQuery = (performance.now() - started) / Math.max(1, runs);
process.stdout.write(`${runs} queries, ${failures} with missed or wrong blocks, ${perQuery.toFixed(1)} ms per query\n`);
process.exitCode = failures ? 1 : 0;
