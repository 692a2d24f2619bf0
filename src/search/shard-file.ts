/**
 * A shard file: the postings of every key whose hash falls in it. Keys are listed first (sorted,
 * so gzip finds their shared bytes), each with the length of its postings in the blob after the
 * list — or, for a key whose postings exceed a share of the shard's budget, the number of its own
 * file set: pieces of postings cut at document boundaries, listed by their first document, so one
 * common bigram never makes its shard expensive and a query can fetch only the pieces it needs.
 *
 *   shard = count { key  tag [ pieces { first-doc-gap } ] }  blob
 *   tag   = 2 × length (postings in the blob) | 2 × file + 1 (pieces in files of their own)
 */
import { ByteReader, ByteWriter } from "./varint.ts";

/** Postings kept in files of their own: the file set's number and each piece's first document. */
export interface ExternalPostings {
  file: number;
  firstDocs: number[];
}

/** One key of a shard: its postings, or where its own files are. */
export type ShardEntry = { gram: string; postings: Uint8Array } | ({ gram: string } & ExternalPostings);

/** Where a key's postings are: bytes of this shard, or files of their own. */
export type ShardSlot = { postings: Uint8Array } | ExternalPostings;

/** Encode a shard (entries in any order). */
export function encodeShard(entries: readonly ShardEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0));
  const head = new ByteWriter().uint(sorted.length);
  const blob = new ByteWriter();
  for (const entry of sorted) {
    head.string(entry.gram);
    if ("file" in entry) {
      head.uint(entry.file * 2 + 1).uint(entry.firstDocs.length);
      entry.firstDocs.forEach((doc, i) => head.uint(doc - (entry.firstDocs[i - 1] ?? 0)));
    } else {
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
  const keys: { gram: string; tag: number; firstDocs: number[] }[] = [];
  for (let i = 0; i < count; i++) {
    const gram = reader.string();
    const tag = reader.uint();
    const firstDocs: number[] = [];
    if (tag % 2 === 1) for (let n = reader.uint(), doc = 0; n > 0; n--) firstDocs.push((doc += reader.uint()));
    keys.push({ gram, tag, firstDocs });
  }
  const slots = new Map<string, ShardSlot>();
  for (const { gram, tag, firstDocs } of keys) {
    slots.set(gram, tag % 2 === 1 ? { file: (tag - 1) / 2, firstDocs } : { postings: reader.bytes(tag / 2) });
  }
  return slots;
}
