/**
 * The exact-substring search of the edition, one module for the page and for Node (no DOM, no
 * Node APIs: files come through a `ReadIndexFile` function). A query fetches the manifest once,
 * then only the shards holding its keys, the fold table when it has Han characters, the facet
 * lists of the filters in use, and — page by page — the display parts of the hits shown.
 */
import { foldText } from "../format/fold.ts";
import { displayHit, type SearchHit } from "./display.ts";
import { termGrams } from "./grams.ts";
import { IndexFiles, type ReadIndexFile } from "./index-files.ts";
import {
  facetNames,
  indexPaths,
  type DocumentPart,
  type FacetName,
  type FacetValues,
  type SearchManifest,
} from "./index-layout.ts";
import { findTerm, intersectMatches, restrictMatches, unionMatches, type BlockMatch, type Matches } from "./match.ts";
import { hasHan, parseQuery } from "./query.ts";
import { rankHits, type HitRef } from "./rank.ts";
import { termVariants } from "./simplify.ts";

export type { ReadIndexFile } from "./index-files.ts";

/** Filters by facet value: `{ kind: "speech", year: "2021", source: "000_ea34….txt" }`. */
export type SearchFilters = Partial<Record<FacetName, string>>;

/** The exact hits of a query: every one ranked, their text loaded page by page. */
export interface SearchResult {
  /** The query's terms as typed (NFC); empty for an empty query. */
  terms: string[];
  /** The folded strings each term matches: as typed and, for traditional input, simplified. */
  variants: string[][];
  /** Every hit, ranked and grouped by document. */
  hits: HitRef[];
  /** Number of documents with a hit. */
  documents: number;
  /** Hits `start … start + count − 1`, with text, labels and links. */
  page(start: number, count: number): Promise<SearchHit[]>;
}

/** An opened index: the manifest read, everything else fetched when a query needs it. */
export class SearchIndex {
  readonly manifest: SearchManifest;
  private readonly files: IndexFiles;

  private constructor(manifest: SearchManifest, read: ReadIndexFile) {
    this.manifest = manifest;
    this.files = new IndexFiles(manifest, read);
  }

  /** Open the index whose files `read` returns. */
  static async open(read: ReadIndexFile): Promise<SearchIndex> {
    const bytes = await read(indexPaths.manifest());
    if (!bytes) throw new Error("search index not found (no search-index/manifest.json)");
    const manifest = JSON.parse(new TextDecoder().decode(bytes)) as SearchManifest;
    if (manifest.format !== 1) throw new Error(`unknown search index format ${String(manifest.format)}`);
    return new SearchIndex(manifest, read);
  }

  /** Every facet value with its label and document count. */
  facetValues(): Promise<FacetValues> {
    return this.files.facetValues();
  }

  /** Start locating every key the folded strings need (their shards load in parallel). */
  private locate(strings: readonly string[]): Promise<unknown> {
    const grams = new Set(strings.flatMap((text) => termGrams(text).map((need) => need.gram)));
    return Promise.all([...grams].map((gram) => this.files.key(gram)));
  }

  /** Keep the documents that have every filter value. */
  private async filtered(matches: Matches, filters: SearchFilters): Promise<Matches> {
    let kept = matches;
    for (const name of facetNames) {
      const value = filters[name];
      if (value) kept = restrictMatches(kept, await this.files.facet(name, value));
    }
    return kept;
  }

  /** Run a query: every block containing all its terms, exactly, ranked. */
  async search(query: string, filters: SearchFilters = {}): Promise<SearchResult> {
    const terms = parseQuery(query);
    // Start fetching the shards of the terms as typed while the fold table loads.
    const typed = this.locate(terms.map(foldText));
    const simplify = terms.some(hasHan) ? await this.files.simplifier() : undefined;
    await typed;
    const variants = terms.map((term) => termVariants(term, simplify));
    const keyOf = (gram: string) => this.files.key(gram);
    const perTerm = await Promise.all(
      variants.map(async (strings) => unionMatches(await Promise.all(strings.map((text) => findTerm(text, keyOf))))),
    );
    const matches: Matches = terms.length
      ? await this.filtered(intersectMatches(perTerm), filters)
      : new Map<number, Map<number, BlockMatch>>();
    const hits = rankHits(matches);
    return {
      terms,
      variants,
      hits,
      documents: matches.size,
      page: (start, count) => this.display(hits.slice(start, start + count), variants),
    };
  }

  /** Load the parts of some hits and make them readable. */
  private async display(hits: readonly HitRef[], variants: readonly string[][]): Promise<SearchHit[]> {
    const { partBlocks } = this.manifest;
    const parts = await Promise.all(hits.map((hit) => this.files.part(hit.doc, Math.floor(hit.block / partBlocks))));
    return hits.map((hit, i) => displayHit(parts[i] as DocumentPart, hit, variants));
  }
}
