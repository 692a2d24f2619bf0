/**
 * Positional postings of one index key, grouped by document:
 *
 *   postings = { doc-gap  { block-gap+1  count  first-position  { position-gap } }  0 }
 *
 * Documents and blocks are numbered in the edition's reading order; gaps keep the numbers small.
 * Grouping by document gives the search its document of every hit (for grouping and filters)
 * without a separate block→document table.
 */
import { ByteReader, ByteWriter } from "./varint.ts";

/** Where a key occurs: document number → block index in that document → positions in the block. */
export type Postings = Map<number, Map<number, number[]>>;

/** Encodes the postings of one key, fed in reading order (documents, then blocks, ascending). */
export class PostingsWriter {
  private readonly out = new ByteWriter();
  private doc = -1;
  private block = -1;
  private open = false;

  /** Record the positions (ascending, non-empty) of the key in block `block` of document `doc`. */
  add(doc: number, block: number, positions: readonly number[]): void {
    if (doc < this.doc || (doc === this.doc && block <= this.block)) throw new Error("postings out of order");
    if (doc !== this.doc) {
      if (this.open) this.out.uint(0);
      this.out.uint(doc - this.doc - 1);
      this.doc = doc;
      this.block = -1;
      this.open = true;
    }
    this.out.uint(block - this.block).uint(positions.length);
    let previous = 0;
    positions.forEach((position, i) => {
      this.out.uint(i === 0 ? position : position - previous);
      previous = position;
    });
    this.block = block;
  }

  /** The encoded postings. */
  finish(): Uint8Array {
    if (this.open) this.out.uint(0);
    this.open = false;
    return this.out.finish();
  }
}

/** Decode postings written by `PostingsWriter`. */
export function decodePostings(bytes: Uint8Array): Postings {
  const postings: Postings = new Map();
  const reader = new ByteReader(bytes);
  let doc = -1;
  while (!reader.done()) {
    doc += reader.uint() + 1;
    const blocks = new Map<number, number[]>();
    let block = -1;
    for (let gap = reader.uint(); gap !== 0; gap = reader.uint()) {
      block += gap;
      const count = reader.uint();
      const positions = new Array<number>(count);
      let position = 0;
      for (let i = 0; i < count; i++) {
        position += reader.uint();
        positions[i] = position;
      }
      blocks.set(block, positions);
    }
    postings.set(doc, blocks);
  }
  return postings;
}

/** Occurrence count and first position per block, without keeping positions (one-key terms need no more). */
export function decodeCounts(bytes: Uint8Array): Map<number, Map<number, { count: number; first: number }>> {
  const counts = new Map<number, Map<number, { count: number; first: number }>>();
  const reader = new ByteReader(bytes);
  let doc = -1;
  while (!reader.done()) {
    doc += reader.uint() + 1;
    const blocks = new Map<number, { count: number; first: number }>();
    let block = -1;
    for (let gap = reader.uint(); gap !== 0; gap = reader.uint()) {
      block += gap;
      const count = reader.uint();
      const first = reader.uint();
      for (let i = 1; i < count; i++) reader.uint();
      blocks.set(block, { count, first });
    }
    counts.set(doc, blocks);
  }
  return counts;
}

/** A piece of a key's postings: documents from `firstDoc` on, valid postings by itself. */
export interface PostingsPiece {
  firstDoc: number;
  bytes: Uint8Array;
}

/**
 * Cut encoded postings at document boundaries into pieces of about `budget` bytes (a document is
 * never split). Each piece starts its document gaps afresh, so it decodes on its own.
 */
export function splitPostings(bytes: Uint8Array, budget: number): PostingsPiece[] {
  const pieces: { firstDoc: number; writer: ByteWriter }[] = [];
  const reader = new ByteReader(bytes);
  let doc = -1;
  let previous = -1;
  while (!reader.done()) {
    doc += reader.uint() + 1;
    const start = reader.offset;
    for (let gap = reader.uint(); gap !== 0; gap = reader.uint()) {
      const count = reader.uint();
      for (let i = 0; i < count; i++) reader.uint();
    }
    const record = bytes.subarray(start, reader.offset);
    let current = pieces.at(-1);
    if (!current || current.writer.length + record.length > budget) {
      current = { firstDoc: doc, writer: new ByteWriter() };
      pieces.push(current);
      previous = -1;
    }
    current.writer.uint(doc - previous - 1).bytes(record);
    previous = doc;
  }
  return pieces.map((piece) => ({ firstDoc: piece.firstDoc, bytes: piece.writer.finish() }));
}
