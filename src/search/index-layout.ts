/**
 * The files of the exact-search index, relative to its folder (`search-index/` under the site's
 * base): written by scripts/search-index, read by the engine in the page and in Node. Everything
 * but the manifest lives under a folder named by the build, so a browser never mixes the shards
 * of two builds; every file but the manifest is a gzip stream (see compression.ts).
 */
import type { DocumentKind } from "../format/schema.ts";

/** `manifest.json`: the only file read before a query's own files. */
export interface SearchManifest {
  format: 1;
  /** Folder of this build's files (a hash of the indexed corpus). */
  build: string;
  /** Number of shard files; a key's shard is `shardOf(key, shards)`. */
  shards: number;
  documents: number;
  blocks: number;
  /** Blocks per display part: block b of a document is in part ⌊b / partBlocks⌋. */
  partBlocks: number;
}

/** The filters a search can apply; each value has a file listing its documents. */
export const facetNames = ["kind", "year", "source"] as const;
export type FacetName = (typeof facetNames)[number];

/** A file-name-safe key for a facet value: itself when plain ASCII, else hex of its UTF-8. */
export function facetKey(value: string): string {
  if (/^[A-Za-z0-9._-]{1,100}$/.test(value) && !value.startsWith(".")) return value;
  return `x${[...new TextEncoder().encode(value)].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** Paths of the index files. */
export const indexPaths = {
  manifest: (): string => "manifest.json",
  shard: (build: string, shard: number): string => `${build}/s/${shard}.bin`,
  /** A piece of the postings of a key too large to share a shard. */
  largeKey: (build: string, shard: number, file: number, piece: number): string =>
    `${build}/g/${shard}-${file}-${piece}.bin`,
  /** The text and metadata of blocks [part × partBlocks, …) of a document, for displaying hits. */
  part: (build: string, doc: number, part: number): string => `${build}/d/${doc}-${part}.bin`,
  /** The documents (ascending numbers, gaps as varints) that have a facet value. */
  facet: (build: string, facet: FacetName, value: string): string => `${build}/f/${facet}/${facetKey(value)}.bin`,
  /** Every facet value with its label and document count (for the CLI's checks and the page's filters). */
  facetValues: (build: string): string => `${build}/facets.bin`,
  /** OpenCC's traditional→simplified dictionaries, restricted to what the corpus can match. */
  fold: (build: string): string => `${build}/fold.bin`,
} as const;

/** The document fields a hit shows. */
export interface PartDocument {
  slug: string;
  title: string;
  titleSupplied: boolean;
  kind: DocumentKind;
  date: string | null;
  dateInferred: boolean;
  source: string;
}

/** A display part: its document's fields and some consecutive blocks as `[id, text]`. */
export interface DocumentPart {
  doc: PartDocument;
  /** Index of the first block of the part within its document. */
  first: number;
  blocks: [string, string][];
}

/** One value of a facet in `facets.bin`. */
export interface FacetValue {
  value: string;
  label: string;
  documents: number;
}

/** `facets.bin`: the values of each facet. */
export type FacetValues = Record<FacetName, FacetValue[]>;

/** Year facet value of a document date (`null` → `none`). */
export function yearOf(date: string | null): string {
  return date ? date.slice(0, 4) : "none";
}
