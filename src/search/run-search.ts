/**
 * The edition's search, shared by the search page and `npm run search`: ask Pagefind for pages,
 * split each page into paragraph hits, put exact-substring hits first. One module, so the
 * command line answers exactly what a reader sees.
 */
import { fragmentHits, type SearchHit } from "./map-results.ts";
import type { PagefindApi, PagefindFilters } from "./pagefind-types.ts";

export type { SearchHit } from "./map-results.ts";

/** Search options: Pagefind filters (`kind`, `year`) and a cap on pages whose data is loaded. */
export interface SearchOptions {
  filters?: PagefindFilters;
  maxPages?: number;
}

/** Run a query; returns every hit, exact ones first, each group in Pagefind's page ranking. */
export async function runSearch(pagefind: PagefindApi, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const response = await pagefind.search(trimmed, options.filters ? { filters: options.filters } : {});
  const results = (response?.results ?? []).slice(0, options.maxPages ?? 100);
  const fragments = await Promise.all(results.map((result) => result.data()));
  const hits = fragments.flatMap((fragment) => fragmentHits(fragment, trimmed));
  // A stable sort keeps page ranking and text order inside each group.
  return hits.sort((a, b) => Number(b.exact) - Number(a.exact));
}
