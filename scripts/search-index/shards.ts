/**
 * Spread the postings over shard files by key hash. The number of shards grows with the corpus so
 * that each stays near `budget` bytes of postings; a key whose postings alone exceed a quarter of
 * the budget gets a file of its own (a query for it pays for its own postings, nothing else's).
 */
import { shardOf } from "../../src/search/grams.ts";
import { encodeShard, type ShardEntry } from "../../src/search/shard-file.ts";

/**
 * Postings bytes per shard before compression. 16 KB of varints and keys gzip to ≈ 13 KB, so a
 * query pays about that per key it needs; 32 KB shards (measured) doubled a short query's bytes.
 */
export const shardBudget = 16 * 1024;

/** The shard files and the separate files of large keys. */
export interface ShardPlan {
  count: number;
  shards: Uint8Array[];
  /** `[shard, file number, postings]` of each key stored on its own. */
  largeKeys: [number, number, Uint8Array][];
}

/** Assign every key to a shard (or a file of its own) and encode the shards. */
export function planShards(postings: ReadonlyMap<string, Uint8Array>, budget = shardBudget): ShardPlan {
  const large = (bytes: Uint8Array): boolean => bytes.length > budget / 4;
  let inline = 0;
  for (const bytes of postings.values()) if (!large(bytes)) inline += bytes.length;
  const count = Math.max(1, Math.ceil(inline / budget));
  const entries: ShardEntry[][] = Array.from({ length: count }, () => []);
  const largeKeys: ShardPlan["largeKeys"] = [];
  const filesPerShard = new Array<number>(count).fill(0);
  for (const [gram, bytes] of postings) {
    const shard = shardOf(gram, count);
    const list = entries[shard] as ShardEntry[];
    if (large(bytes)) {
      const file = (filesPerShard[shard] = (filesPerShard[shard] ?? 0) + 1) - 1;
      largeKeys.push([shard, file, bytes]);
      list.push({ gram, file });
    } else list.push({ gram, postings: bytes });
  }
  return { count, shards: entries.map(encodeShard), largeKeys };
}
