/**
 * Search a built edition from the command line, with the very code the search page runs:
 *   npm run search -- [--site dist] [--json | --jsonl] [--kind news] [--year 2024] "查询"
 * Prints hits as readable text, a JSON array (--json) or JSON lines (--jsonl).
 * Exit code: 0 with hits, 1 with none, 2 on errors (e.g. no built site).
 */
import { parseArgs } from "node:util";
import { runSearch, type SearchHit } from "../src/search/run-search.ts";
import type { PagefindFilters } from "../src/search/pagefind-types.ts";
import { loadPagefind } from "./node-pagefind.ts";

const usage = 'usage: npm run search -- [--site dist] [--json|--jsonl] [--kind KIND] [--year YYYY] "查询"';

/** Hits as a reader would skim them: title, block, link, excerpt with 【】 for matches. */
function formatText(hits: SearchHit[]): string {
  return hits
    .map((hit, i) => {
      const excerpt = hit.excerpt.replace(/<\/?mark>/g, (tag) => (tag === "<mark>" ? "【" : "】"));
      const plain = excerpt.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      const flag = hit.exact ? "" : "（近似）";
      return `${i + 1}. ${hit.title} ${hit.block ?? ""}${flag}\n   ${hit.url}\n   ${plain}`;
    })
    .join("\n");
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
    },
  });
  const query = positionals.join(" ").trim();
  if (!query) throw new Error(`no query given\n${usage}`);
  const filters: PagefindFilters = {};
  if (values.kind) filters["kind"] = values.kind;
  if (values.year) filters["year"] = values.year;
  const pagefind = await loadPagefind(values.site);
  const hits = await runSearch(pagefind, query, Object.keys(filters).length ? { filters } : {});
  if (values.json) process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
  else if (values.jsonl) for (const hit of hits) process.stdout.write(`${JSON.stringify(hit)}\n`);
  else process.stdout.write(hits.length ? `${formatText(hits)}\n` : `no hits for “${query}”\n`);
  return hits.length > 0 ? 0 : 1;
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
