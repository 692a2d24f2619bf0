/**
 * Spread the postings over shard files by key hash. The number of shards grows with the corpus so
 * that each stays near `budget` bytes of postings; a key whose postings pass a quarter of the
 * budget gets files of its own instead — pieces of about `budget` bytes cut at document
 * boundaries — so no file grows with the corpus and a query can fetch only the pieces it needs.
 */
import { shardOf } from "../../src/search/grams.ts";
import { splitPostings } from "../../src/search/postings.ts";
import { encodeShard, type ShardEntry } from "../../src/search/shard-file.ts";

/**
 * Postings bytes per shard (and per piece of a large key) before compression. 16 KB of varints and
 * keys gzip to ≈ 13 KB, so a query pays about that per key it needs; 32 KB shards (measured)
 * doubled a short query's bytes.
 */
export const shardBudget = 16 * 1024;

/** A piece of a large key's postings, stored as file `piece` of set `file` of shard `shard`. */
export interface LargeKeyPiece {
  shard: number;
  file: number;
  piece: number;
  bytes: Uint8Array;
}

/** The shard files and the pieces of large keys. */
export interface ShardPlan {
  count: number;
  shards: Uint8Array[];
  largeKeys: LargeKeyPiece[];
}

/** Assign every key to a shard (or files of its own) and encode the shards. */
export function planShards(postings: ReadonlyMap<string, Uint8Array>, budget = shardBudget): ShardPlan {
  const large = (bytes: Uint8Array): boolean => bytes.length > budget / 4;
  let inline = 0;
  for (const bytes of postings.values()) if (!large(bytes)) inline += bytes.length;
  const count = Math.max(1, Math.ceil(inline / budget));
  const entries: ShardEntry[][] = Array.from({ length: count }, () => []);
  const largeKeys: LargeKeyPiece[] = [];
  const filesPerShard = new Array<number>(count).fill(0);
  for (const [gram, bytes] of postings) {
    const shard = shardOf(gram, count);
    const list = entries[shard] as ShardEntry[];
    if (!large(bytes)) {
      list.push({ gram, postings: bytes });
      continue;
    }
    const file = filesPerShard[shard] ?? 0;
    filesPerShard[shard] = file + 1;
    const pieces = splitPostings(bytes, budget);
    pieces.forEach((piece, n) => largeKeys.push({ shard, file, piece: n, bytes: piece.bytes }));
    list.push({ gram, file, firstDocs: pieces.map((piece) => piece.firstDoc) });
  }
  return { count, shards: entries.map(encodeShard), largeKeys };
}
