/**
 * The URL rule of the edition, the one place where paths are spelled: every page, the cite
 * panel, the page scripts, search, the exports and the static server build links from here.
 * Paths are relative to the site's base (`BASE_PATH`, `/` or `/xiangwen/`) so the site works
 * under any base path and from a plain static server.
 */

/** The folder of each kind of annotation page. */
const annotationFolders = { term: "glossary", person: "people", body: "bodies" } as const;

/** Citation download formats and their file extensions. */
export const citationFormats = ["bib", "ris", "json"] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** The anchor of a block's apparatus records on its source view: `apparatus-p12`. */
export const apparatusAnchor = (block: string): string => `apparatus-${block}`;
/** The anchor of a block's shared passages at the foot of its text page: `shared-p12`. */
export const sharedAnchor = (block: string): string => `shared-${block}`;

import { annotationNoteFile, highlightParam, serviceWorkerFile } from "./url-names.ts";

export { annotationNoteFile, highlightParam, serviceWorkerFile };

/** Every kind of page or file a link can point to, as a path relative to the base. */
export const sitePaths = {
  home: (): string => "",
  search: (): string => "search/",
  /** The search page run for one query: `search/?q=长株潭`. */
  searchFor: (query: string): string => `search/?q=${encodeURIComponent(query)}`,
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
  /** The index page of one kind of annotation: `glossary/`, `people/`, `bodies/`. */
  annotationIndex: (kind: "term" | "person" | "body"): string => `${annotationFolders[kind]}/`,
  /** The page of one annotation entry, with its concordance: `glossary/<id>/`. */
  annotation: (kind: "term" | "person" | "body", id: string): string => `${annotationFolders[kind]}/${id}/`,
  /**
   * The note of an entry, as an HTML fragment beside its page (`glossary/<id>/note.html`): a text
   * page fetches it when the reader opens a mention, so pages do not carry every definition.
   */
  annotationNote: (kind: "term" | "person" | "body", id: string): string =>
    `${annotationFolders[kind]}/${id}/${annotationNoteFile}`,
  /** The source view of a document: its raw source lines, linked to the edition text. */
  source: (slug: string): string => `texts/${slug}/source/`,
  /** A line of a document's source view. */
  sourceLine: (slug: string, line: number): string => `texts/${slug}/source/#L${line}`,
  /** The editorial records of a block, listed on the document's source view. */
  apparatusRecords: (slug: string, block: string): string => `texts/${slug}/source/#${apparatusAnchor(block)}`,
  corpusData: (): string => "data/corpus.json",
  /** The JSON export of a document. */
  textData: (slug: string): string => `data/texts/${slug}.json`,
  /** The TEI P5 XML of a document. */
  tei: (slug: string): string => `data/tei/${slug}.xml`,
  /** The plain text (UTF-8, paragraph numbers) of a document. */
  plainText: (slug: string): string => `data/txt/${slug}.txt`,
  /** The EPUB 3 of a document. */
  epub: (slug: string): string => `downloads/${slug}.epub`,
  /** The EPUB 3 of the whole edition. */
  editionEpub: (): string => "downloads/xiangwen.epub",
  /** The whole static site as a zip that reads from disk once unzipped. */
  siteZip: (): string => "downloads/xiangwen-site.zip",
  /** The web app manifest (public/manifest.webmanifest). */
  manifest: (): string => "manifest.webmanifest",
  /** The service worker that keeps the edition for offline reading (written by the build). */
  serviceWorker: (): string => serviceWorkerFile,
  /** An icon of the edition (public/icons/). */
  icon: (name: "favicon-32.png" | "apple-touch-icon.png"): string => `icons/${name}`,
} as const;

/** The slug of a document path or URL (`…/texts/<slug>/…`), or null. */
export function slugFromPath(path: string): string | null {
  return /(?:^|\/)texts\/([^/#?]+)\//.exec(path)?.[1] ?? null;
}

/** Where a build without `SITE_URL` says it is published: the local preview server. */
export const previewSite = "http://localhost:4321";

/**
 * The site origin from the environment. Without `SITE_URL` every permalink, citation and download
 * would say http://localhost:4321/…, so the build says so loudly, naming the variable.
 */
export function siteFromEnv(
  env: Record<string, string | undefined>,
  warn: (message: string) => void = console.warn,
): string {
  const site = env["SITE_URL"]?.trim();
  if (site) return site;
  warn(
    `\n⚠  SITE_URL is not set: the edition's permalinks, the citations in its cite panels and its downloads ` +
      `will say ${previewSite}/… Set it to the address the site is published at, e.g. ` +
      `SITE_URL=https://example.org BASE_PATH=/xiangwen/ npm run build\n`,
  );
  return previewSite;
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
