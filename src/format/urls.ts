/**
 * The URL rule of the edition, the one place where paths are spelled: every page, the cite
 * panel, the page scripts, search, the exports and the static server build links from here.
 * Paths are relative to the site's base (`BASE_PATH`, `/` or `/xiangwen/`) so the site works
 * under any base path and from a plain static server.
 */

/** Citation download formats and their file extensions. */
export type CitationFormat = "bib" | "ris" | "json";

/** The query parameter of a text page that names strings to mark in the target block. */
export const highlightParam = "hl";

/** Every kind of page or file a link can point to, as a path relative to the base. */
export const sitePaths = {
  home: (): string => "",
  search: (): string => "search/",
  /** A document page: `texts/<slug>/`. */
  text: (slug: string): string => `texts/${slug}/`,
  /** A block of a document: `texts/<slug>/#p12`. */
  block: (slug: string, id: string): string => `texts/${slug}/#${id}`,
  /**
   * A block reached from a search result: `texts/<slug>/?hl=碳达峰#p14`. The text page marks each
   * `hl` string inside that block only (src/client/search-highlight.ts); no `:~:text=`, which
   * would scroll to the first match anywhere on the page.
   */
  found: (slug: string, id: string, marks: readonly string[]): string =>
    `texts/${slug}/${marks.length ? `?${marks.map((mark) => `${highlightParam}=${encodeURIComponent(mark)}`).join("&")}` : ""}#${id}`,
  /** A file of the exact-search index (`search-index/manifest.json`, …). */
  searchIndex: (file = ""): string => `search-index/${file}`,
  /** A citation download: `cite/<slug>.bib`. */
  citation: (slug: string, format: CitationFormat): string => `cite/${slug}.${format}`,
  corpusData: (): string => "data/corpus.json",
  /** The JSON export of a document. */
  textData: (slug: string): string => `data/texts/${slug}.json`,
} as const;

/** The slug of a document path or URL (`…/texts/<slug>/…`), or null. */
export function slugFromPath(path: string): string | null {
  return /(?:^|\/)texts\/([^/#?]+)\//.exec(path)?.[1] ?? null;
}

/** The base-path rule: `BASE_PATH=xiangwen` or `/xiangwen` → `/xiangwen/`; empty → `/`. */
export function normaliseBase(value = "/"): string {
  const trimmed = value.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Join a base (`/` or `/xiangwen/`) and a path relative to it (`texts/x/`). */
export function joinBase(base: string, path: string): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, "")}`;
}

/** Absolute URL (site origin + base + path), as citations and the data exports publish it. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

/** The base path of an absolute document URL whose slug is known (inverse of `absoluteUrl`). */
export function baseOfTextUrl(url: string, slug: string): string {
  const path = new URL(url).pathname;
  const text = `/${sitePaths.text(slug)}`;
  return path.endsWith(text) ? normaliseBase(path.slice(0, -text.length)) : "/";
}
