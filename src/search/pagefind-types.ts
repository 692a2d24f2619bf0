/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, 1.x) that the edition's search
 * uses. Written out here because the bundle is generated at build time and ships no types.
 */

/** An element with an id inside `data-pagefind-body`, at word `location` of the page. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** What `result.data()` resolves to (fields we read). */
export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  /** Word positions of the matches, counted over `raw_content`'s words. */
  locations: number[];
  /** The page text with segmented words separated by spaces or U+200B. */
  raw_content?: string;
  content: string;
}

/** One page-level result, whose data loads lazily. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

/** Filters by `data-pagefind-filter` name, e.g. `{ kind: "news", year: "2024" }`. */
export type PagefindFilters = Record<string, string | string[]>;

/** The loaded `pagefind.js` module. */
export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  /** `null` lists every page (matching the filters) without ranking. */
  search(query: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
}
