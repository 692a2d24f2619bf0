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
import { boundTerms, hasHan, parseQuery, queryText } from "./query.ts";
import { rankHits, type HitRef } from "./rank.ts";
import { termVariants } from "./simplify.ts";

export type { ReadIndexFile } from "./index-files.ts";

/** Keys fetched at once: the files of a wave arrive together, and a key missing from one stops the rest. */
const keysAtOnce = 4;

/** Filters by facet value: `{ kind: "speech", year: "2021", source: "000_ea34….txt" }`. */
export type SearchFilters = Partial<Record<FacetName, string>>;

/** The exact hits of a query: every one ranked, their text loaded page by page. */
export interface SearchResult {
  /** The query's terms as typed (NFC), within the query's bounds; empty for an empty query. */
  terms: string[];
  /** The query as searched: the terms, quoted where they hold spaces. */
  query: string;
  /** True when the query was longer than a query may be (`maxQueryKeys`) and was cut to `query`. */
  shortened: boolean;
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

  /**
   * Fetch the keys of every form of every term, a few at a time, the terms taking turns; false as
   * soon as some term cannot occur (each of its forms needs a key the index does not have), and
   * then nothing more is fetched.
   */
  private async locate(variants: readonly string[][]): Promise<boolean> {
    const forms = variants.map((strings) => strings.map((text) => ({ grams: termGrams(text), missing: false })));
    const queue: { form: { missing: boolean }; gram: string }[] = [];
    const longest = Math.max(0, ...forms.flat().map((form) => form.grams.length));
    for (let k = 0; k < longest; k++)
      for (const form of forms.flat()) {
        const need = form.grams[k];
        if (need) queue.push({ form, gram: need.gram });
      }
    while (queue.length > 0) {
      const wave = queue.splice(0, keysAtOnce).filter(({ form }) => !form.missing);
      const keys = await Promise.all(wave.map(({ gram }) => this.files.key(gram)));
      wave.forEach(({ form }, n) => {
        if (!keys[n]) form.missing = true;
      });
      if (forms.some((term) => term.every((form) => form.missing))) return false;
    }
    return true;
  }

  /**
   * Every block holding all the terms: the term whose keys are rarest first, then each other term
   * only in the documents still in the running (the pieces of its keys outside them are not read).
   */
  private async matchAll(variants: readonly string[][]): Promise<Matches> {
    const keyOf = (gram: string) => this.files.key(gram);
    // A term's cost: for each of its forms the cost of its rarest key (0 when a key is missing).
    const rarest = async (text: string) =>
      Math.min(...(await Promise.all(termGrams(text).map(async ({ gram }) => (await keyOf(gram))?.cost ?? 0))));
    const cost = async (strings: readonly string[]) =>
      (await Promise.all(strings.map(rarest))).reduce((sum, one) => sum + one, 0);
    const costs = await Promise.all(variants.map(cost));
    const order = variants.map((strings, n) => ({ strings, cost: costs[n] ?? 0 })).sort((a, b) => a.cost - b.cost);
    let matches: Matches | undefined;
    for (const { strings } of order) {
      const docs = matches && new Set(matches.keys());
      const found = unionMatches(await Promise.all(strings.map((text) => findTerm(text, keyOf, docs))));
      matches = matches ? intersectMatches([matches, found]) : found;
      if (matches.size === 0) break;
    }
    return matches ?? new Map<number, Map<number, BlockMatch>>();
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
    const { terms, shortened } = boundTerms(parseQuery(query));
    const simplifier = terms.some(hasHan) ? this.files.simplifier() : undefined;
    // Start on the first keys of the terms as typed while the fold table loads (errors surface below).
    for (const term of terms.slice(0, keysAtOnce))
      void this.files.key(termGrams(foldText(term))[0]?.gram ?? "").catch(() => {});
    const simplify = await simplifier;
    const variants = terms.map((term) => termVariants(term, simplify));
    const found = terms.length > 0 && (await this.locate(variants));
    const matches: Matches = found
      ? await this.filtered(await this.matchAll(variants), filters)
      : new Map<number, Map<number, BlockMatch>>();
    const hits = rankHits(matches);
    return {
      terms,
      query: queryText(terms),
      shortened,
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
