/**
 * The exact-substring search of the edition, one module for the page and for Node (no DOM, no
 * Node APIs: files come through a `ReadIndexFile` function). A query fetches the manifest once,
 * then only the shards holding its keys, the fold table when it has Han characters, the facet
 * lists of the filters in use, and — page by page — the display parts of the hits shown.
 */
import { gunzip, gunzipJson } from "./compression.ts";
import { displayHit, type SearchHit } from "./display.ts";
import { foldText } from "../format/fold.ts";
import { shardOf, termGrams } from "./grams.ts";
import { facetNames, indexPaths, type DocumentPart, type FacetValues, type SearchManifest } from "./index-layout.ts";
import { intersectMatches, matchTerm, restrictMatches, unionMatches, type BlockMatch, type Matches } from "./match.ts";
import { hasHan, parseQuery } from "./query.ts";
import { rankHits, type HitRef } from "./rank.ts";
import { decodeShard, type ShardSlot } from "./shard-file.ts";
import { simplifier, termVariants, type FoldTable } from "./simplify.ts";
import { ByteReader } from "./varint.ts";

/** Reads a file of the index by its path relative to `search-index/`; null when it does not exist. */
export type ReadIndexFile = (path: string) => Promise<Uint8Array | null>;

/** Filters by facet value: `{ kind: "speech", year: "2021", source: "000_ea34….txt" }`. */
export type SearchFilters = Partial<Record<(typeof facetNames)[number], string>>;

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
  private readonly read: ReadIndexFile;
  private readonly shards = new Map<number, Promise<Map<string, ShardSlot>>>();
  private readonly postingsCache = new Map<string, Promise<Uint8Array | undefined>>();
  private readonly parts = new Map<string, Promise<DocumentPart>>();
  private readonly facets = new Map<string, Promise<Set<number>>>();
  private simplify: Promise<(text: string) => string> | undefined;

  private constructor(manifest: SearchManifest, read: ReadIndexFile) {
    this.manifest = manifest;
    this.read = read;
  }

  /** Open the index whose files `read` returns. */
  static async open(read: ReadIndexFile): Promise<SearchIndex> {
    const bytes = await read(indexPaths.manifest());
    if (!bytes) throw new Error("search index not found (no search-index/manifest.json)");
    const manifest = JSON.parse(new TextDecoder().decode(bytes)) as SearchManifest;
    if (manifest.format !== 1) throw new Error(`unknown search index format ${String(manifest.format)}`);
    return new SearchIndex(manifest, read);
  }

  /** A file that must exist, gunzipped. */
  private async file(path: string): Promise<Uint8Array> {
    const bytes = await this.read(path);
    if (!bytes) throw new Error(`search index file missing: ${path}`);
    return gunzip(bytes);
  }

  /** OpenCC's traditional→simplified converter over the index's fold table (loaded once). */
  private simplifier(): Promise<(text: string) => string> {
    this.simplify ??= this.file(indexPaths.fold(this.manifest.build)).then((bytes) =>
      simplifier(JSON.parse(new TextDecoder().decode(bytes)) as FoldTable),
    );
    return this.simplify;
  }

  /** The encoded postings of a key, or undefined when the corpus does not contain it. */
  private postings(gram: string): Promise<Uint8Array | undefined> {
    let cached = this.postingsCache.get(gram);
    if (!cached) {
      const { build, shards } = this.manifest;
      const shard = shardOf(gram, shards);
      let slots = this.shards.get(shard);
      if (!slots) this.shards.set(shard, (slots = this.file(indexPaths.shard(build, shard)).then(decodeShard)));
      cached = slots.then(async (found) => {
        const slot = found.get(gram);
        if (!slot) return undefined;
        return "file" in slot ? await this.file(indexPaths.largeKey(build, shard, slot.file)) : slot.postings;
      });
      this.postingsCache.set(gram, cached);
    }
    return cached;
  }

  /** Postings of every key the folded strings need. */
  private async postingsFor(strings: readonly string[]): Promise<Map<string, Uint8Array | undefined>> {
    const grams = [...new Set(strings.flatMap((text) => termGrams(text).map((need) => need.gram)))];
    return new Map(await Promise.all(grams.map(async (gram) => [gram, await this.postings(gram)] as const)));
  }

  /** Documents having a facet value (empty when no document has it). */
  private facet(name: (typeof facetNames)[number], value: string): Promise<Set<number>> {
    const path = indexPaths.facet(this.manifest.build, name, value);
    let cached = this.facets.get(path);
    if (!cached) {
      cached = this.read(path).then(async (bytes) => {
        const docs = new Set<number>();
        if (!bytes) return docs;
        const reader = new ByteReader(await gunzip(bytes));
        for (let doc = -1; !reader.done();) docs.add((doc += reader.uint() + 1));
        return docs;
      });
      this.facets.set(path, cached);
    }
    return cached;
  }

  /** Keep the documents that have every filter value. */
  private async filtered(matches: Matches, filters: SearchFilters): Promise<Matches> {
    let kept = matches;
    for (const name of facetNames) {
      const value = filters[name];
      if (value) kept = restrictMatches(kept, await this.facet(name, value));
    }
    return kept;
  }

  /** Every facet value with its label and document count. */
  async facetValues(): Promise<FacetValues> {
    return gunzipJson<FacetValues>((await this.read(indexPaths.facetValues(this.manifest.build))) ?? new Uint8Array());
  }

  /** A display part (cached). */
  private part(doc: number, part: number): Promise<DocumentPart> {
    const path = indexPaths.part(this.manifest.build, doc, part);
    let cached = this.parts.get(path);
    if (!cached) this.parts.set(path, (cached = this.file(path).then((bytes) => gunzipJson<DocumentPart>(bytes))));
    return cached;
  }

  /** Run a query: every block containing all its terms, exactly, ranked. */
  async search(query: string, filters: SearchFilters = {}): Promise<SearchResult> {
    const terms = parseQuery(query);
    // Start fetching the shards of the terms as typed while the fold table loads.
    const typed = this.postingsFor(terms.map(foldText));
    const simplify = terms.some(hasHan) ? await this.simplifier() : undefined;
    await typed;
    const variants = terms.map((term) => termVariants(term, simplify));
    const postings = await this.postingsFor(variants.flat());
    const perTerm = variants.map((strings) =>
      unionMatches(strings.map((text) => matchTerm(text, (gram) => postings.get(gram)))),
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
    const parts = await Promise.all(hits.map((hit) => this.part(hit.doc, Math.floor(hit.block / partBlocks))));
    return hits.map((hit, i) => displayHit(parts[i] as DocumentPart, hit, variants));
  }
}
