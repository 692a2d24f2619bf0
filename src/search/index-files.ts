/**
 * The files of an opened exact-search index, each fetched at most once and cached: the shards and
 * the postings of keys, display parts, facet lists and the fold table. Files arrive through a
 * `ReadIndexFile` function, so the same code reads over `fetch` in the page and from disk in Node.
 */
import { gunzip, gunzipJson } from "./compression.ts";
import { shardOf } from "./grams.ts";
import {
  indexPaths,
  type DocumentPart,
  type FacetName,
  type FacetValues,
  type SearchManifest,
} from "./index-layout.ts";
import { decodeShard, type ShardSlot } from "./shard-file.ts";
import { simplifier, type FoldTable } from "./simplify.ts";
import { ByteReader } from "./varint.ts";

/** A key's postings: pieces by first document, a cost to find the rarest key by, and a piece loader. */
export interface KeyPostings {
  firstDocs: number[];
  cost: number;
  piece(n: number): Promise<Uint8Array>;
}

/** Reads a file of the index by its path relative to `search-index/`; null when it does not exist. */
export type ReadIndexFile = (path: string) => Promise<Uint8Array | null>;

/** Cached access to the files of one build of the index. */
export class IndexFiles {
  private readonly build: string;
  private readonly shards: number;
  private readonly read: ReadIndexFile;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(manifest: SearchManifest, read: ReadIndexFile) {
    this.build = manifest.build;
    this.shards = manifest.shards;
    this.read = read;
  }

  /** The cached result of `load` under `key`, started on first use. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let cached = this.cache.get(key) as Promise<T> | undefined;
    if (!cached) this.cache.set(key, (cached = load()));
    return cached;
  }

  /** A file that must exist, gunzipped. */
  private async file(path: string): Promise<Uint8Array> {
    const bytes = await this.read(path);
    if (!bytes) throw new Error(`search index file missing: ${path}`);
    return gunzip(bytes);
  }

  /** Where a key's postings are (undefined when the corpus lacks the key); pieces load on demand. */
  key(gram: string): Promise<KeyPostings | undefined> {
    return this.once(`key\n${gram}`, async () => {
      const shard = shardOf(gram, this.shards);
      const path = indexPaths.shard(this.build, shard);
      const slots = await this.once(path, async () => decodeShard(await this.file(path)));
      const slot: ShardSlot | undefined = slots.get(gram);
      if (!slot) return undefined;
      if (!("file" in slot))
        return { firstDocs: [0], cost: slot.postings.length, piece: () => Promise.resolve(slot.postings) };
      const { file, firstDocs } = slot;
      const piece = (n: number): Promise<Uint8Array> => {
        const piecePath = indexPaths.largeKey(this.build, shard, file, n);
        return this.once(piecePath, () => this.file(piecePath));
      };
      // A piece holds about a shard's budget of postings: more than any key kept in a shard.
      return { firstDocs, cost: firstDocs.length * 2 ** 20, piece };
    });
  }

  /** OpenCC's traditional→simplified converter over the index's fold table. */
  simplifier(): Promise<(text: string) => string> {
    const path = indexPaths.fold(this.build);
    return this.once(path, async () => simplifier(await gunzipJson<FoldTable>(await this.file(path))));
  }

  /** A display part of a document. */
  part(doc: number, part: number): Promise<DocumentPart> {
    const path = indexPaths.part(this.build, doc, part);
    return this.once(path, async () => gunzipJson<DocumentPart>(await this.file(path)));
  }

  /** Documents having a facet value (empty when no document has it: the file does not exist). */
  facet(name: FacetName, value: string): Promise<Set<number>> {
    const path = indexPaths.facet(this.build, name, value);
    return this.once(path, async () => {
      const docs = new Set<number>();
      const bytes = await this.read(path);
      if (!bytes) return docs;
      const reader = new ByteReader(await gunzip(bytes));
      for (let doc = -1; !reader.done();) docs.add((doc += reader.uint() + 1));
      return docs;
    });
  }

  /** Every facet value with its label and document count. */
  facetValues(): Promise<FacetValues> {
    const path = indexPaths.facetValues(this.build);
    return this.once(path, async () => gunzipJson<FacetValues>(await this.file(path)));
  }
}
