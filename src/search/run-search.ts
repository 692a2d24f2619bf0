/**
 * The edition's search, shared by the search page and `npm run search`: ask Pagefind for pages,
 * split each page into paragraph hits, put exact-substring hits first. One module, so the
 * command line answers exactly what a reader sees.
 */
import { fragmentHits, type SearchHit } from "./map-results.ts";
import type { PagefindApi, PagefindFilters, PagefindResult } from "./pagefind-types.ts";

export type { SearchHit } from "./map-results.ts";

/** Search options: Pagefind filters (`kind`, `year`) and how many pages may be scanned exhaustively. */
export interface SearchOptions {
  filters?: PagefindFilters;
  /** Up to this many pages, pages Pagefind did not return are still checked for the exact string. */
  scanUpTo?: number;
}

/** Run a query; returns every hit, exact ones first, each group in Pagefind's page ranking. */
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const filters = options.filters ? { filters: options.filters } : {};
  const ranked = (await pagefind.search(trimmed, filters))?.results ?? [];
  // Pagefind matches segmented words by prefix, so a substring that starts inside a word
  // (责任，探索 for the query 任，探索) can miss its page. A small edition affords checking
  // every other page for the exact string; listing pages (query null) loads no page data.
  const seen = new Set(ranked.map((result) => result.id));
  const everyPage = (await pagefind.search(null, filters))?.results ?? [];
  const others = everyPage.length <= (options.scanUpTo ?? 300) ? everyPage.filter((r) => !seen.has(r.id)) : [];
  const rankedHits = await hitsOf(ranked, trimmed);
  const otherHits = (await hitsOf(others, trimmed)).filter((hit) => hit.exact);
  // A stable sort keeps page ranking and text order inside the exact and the related group.
  return [...rankedHits, ...otherHits].sort((a, b) => Number(b.exact) - Number(a.exact));
}

/** Paragraph hits of some page results, in their order. */
async function hitsOf(results: readonly PagefindResult[], query: string): Promise<SearchHit[]> {
  const fragments = await Promise.all(results.map((result) => result.data()));
  return fragments.flatMap((fragment) => fragmentHits(fragment, query));
}
