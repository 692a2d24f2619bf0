/**
 * Search a built edition from the command line, with the very engine the search page runs:
 *   npm run search -- [--site dist] [--json | --jsonl] [--kind K] [--year Y] [--source FILE] [--related] "查询"
 * Prints every exact hit (readable text, a JSON array with --json, one JSON object per line with
 * --jsonl, streamed page by page); --related adds Pagefind's word matches after them, each
 * labelled "match": "related". Exit code: 0 with exact hits, 1 with none, 2 on errors.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { documentKinds } from "../src/format/schema.ts";
import { sitePaths } from "../src/format/urls.ts";
import { SearchIndex, type SearchFilters } from "../src/search/engine.ts";
import { indexPaths } from "../src/search/index-layout.ts";
import { shortenedNotice } from "../src/search/query.ts";
import { relatedHits } from "../src/search/related.ts";
import { exactRecord, formatRecord, relatedRecord, type HitRecord } from "./search-index/hit-record.ts";
import { folderReader } from "./search-index/node-reader.ts";
import { builtBasePath, loadPagefind } from "./node-pagefind.ts";

const usage =
  'usage: npm run search -- [--site dist] [--json|--jsonl] [--kind KIND] [--year YYYY] [--source FILE] [--related] "查询"';
/** Hits loaded per step: --jsonl prints each step before loading the next. */
const step = 200;

/** The filters from the options, checked. */
function filtersOf(values: {
  kind?: string | undefined;
  year?: string | undefined;
  source?: string | undefined;
}): SearchFilters {
  if (values.kind && !(documentKinds as readonly string[]).includes(values.kind)) {
    throw new Error(`--kind must be one of ${documentKinds.join(", ")}`);
  }
  if (values.year && !/^(\d{4}|none)$/.test(values.year)) throw new Error("--year must be a year (2021) or none");
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value));
}

/** Parse arguments, search, print; returns the exit code. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: "string", default: "dist" },
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      kind: { type: "string" },
      year: { type: "string" },
      source: { type: "string" },
      related: { type: "boolean", default: false },
    },
  });
  const query = positionals.join(" ").trim();
  if (!query) throw new Error(`no query given\n${usage}`);
  const filters = filtersOf({ kind: values.kind, year: values.year, source: values.source });
  const site = resolve(values.site);
  const base = builtBasePath(site);
  const indexDir = join(site, sitePaths.searchIndex());
  if (!existsSync(join(indexDir, indexPaths.manifest())))
    throw new Error(`no search index at ${indexDir}: run npm run build first`);
  const index = await SearchIndex.open(folderReader(indexDir));
  const result = await index.search(query, filters);
  const records: HitRecord[] = [];
  const emit = (record: HitRecord): void => {
    if (values.jsonl) process.stdout.write(`${JSON.stringify(record)}\n`);
    else records.push(record);
  };
  for (let start = 0; start < result.hits.length; start += step) {
    for (const hit of await result.page(start, step)) emit(exactRecord(hit, base));
  }
  if (values.related) {
    const pagefind = await loadPagefind(site);
    for (const hit of await relatedHits(pagefind, result.query, result.variants, filters)) emit(relatedRecord(hit));
  }
  if (result.shortened) process.stderr.write(`search: ${shortenedNotice(result.query)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  else if (!values.jsonl)
    process.stdout.write(`${textReport(result.query, result.hits.length, result.documents, records)}\n`);
  return result.hits.length > 0 ? 0 : 1;
}

/** The readable report: a count line, exact hits, then the related group under its own heading. */
function textReport(query: string, total: number, documents: number, records: HitRecord[]): string {
  const head = total ? `“${query}”：${total} 处，${documents} 篇文献` : `没有找到“${query}”。`;
  const exact = records.filter((r) => r.match === "exact").map((r, i) => formatRecord(r, i + 1));
  const related = records.filter((r) => r.match === "related").map((r, i) => formatRecord(r, i + 1));
  return [
    head,
    ...exact,
    ...(related.length ? ["", "相关结果（按词语匹配，不一定包含检索词）：", ...related] : []),
  ].join("\n");
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`search: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
