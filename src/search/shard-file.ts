/**
 * A shard file: the postings of every key whose hash falls in it. Keys are listed first (sorted,
 * so gzip finds their shared bytes), each with the length of its postings in the blob after the
 * list — or, for a key whose postings alone exceed a shard's size budget, the number of a file of
 * its own, so that one very common bigram does not make every other key of its shard expensive.
 *
 *   shard = count { key  tag }  blob      tag = 2 × length (postings in the blob) | 2 × file + 1
 */
import { ByteReader, ByteWriter } from "./varint.ts";

/** One key of a shard: its postings, or the number of the separate file that holds them. */
export type ShardEntry = { gram: string; postings: Uint8Array } | { gram: string; file: number };

/** Where a key's postings are: bytes of this shard, or a separate file. */
export type ShardSlot = { postings: Uint8Array } | { file: number };

/** Encode a shard (entries in any order). */
export function encodeShard(entries: readonly ShardEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0));
  const head = new ByteWriter().uint(sorted.length);
  const blob = new ByteWriter();
  for (const entry of sorted) {
    head.string(entry.gram);
    if ("file" in entry) head.uint(entry.file * 2 + 1);
    else {
      head.uint(entry.postings.length * 2);
      blob.bytes(entry.postings);
    }
  }
  return head.bytes(blob.finish()).finish();
}

/** Decode a shard into a key → slot map (postings are views into `bytes`, decoded on use). */
export function decodeShard(bytes: Uint8Array): Map<string, ShardSlot> {
  const reader = new ByteReader(bytes);
  const count = reader.uint();
  const keys: { gram: string; tag: number }[] = [];
  for (let i = 0; i < count; i++) keys.push({ gram: reader.string(), tag: reader.uint() });
  const slots = new Map<string, ShardSlot>();
  for (const { gram, tag } of keys) {
    slots.set(gram, tag % 2 === 1 ? { file: (tag - 1) / 2 } : { postings: reader.bytes(tag / 2) });
  }
  return slots;
}
