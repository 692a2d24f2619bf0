/**
 * The keys of the exact-search index. Every UTF-16 unit of a block's folded text is a key, and so
 * is every adjacent pair (a character bigram), each with its positions in the block. A term of one
 * unit is looked up directly; a longer term is covered by bigrams at offsets 0, 2, 4, … and
 * length − 2, and a block contains the term at position p exactly when every covering bigram
 * occurs at p + its offset — so matches are verified from postings alone, without block text.
 */

/** Positions of every key (unit and bigram) in a folded text, in increasing order. */
export function blockGrams(text: string): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  const add = (gram: string, at: number): void => {
    const positions = grams.get(gram);
    if (positions) positions.push(at);
    else grams.set(gram, [at]);
  };
  for (let at = 0; at < text.length; at++) {
    add(text.charAt(at), at);
    if (at + 1 < text.length) add(text.slice(at, at + 2), at);
  }
  return grams;
}

/** Offsets of the bigrams covering a term of `length` ≥ 2 units: 0, 2, 4, … and length − 2. */
export function coverOffsets(length: number): number[] {
  if (length < 2) return [];
  const offsets: number[] = [];
  for (let at = 0; at < length - 2; at += 2) offsets.push(at);
  offsets.push(length - 2);
  return offsets;
}

/** A key a term needs and where it sits in the term. */
export interface TermGram {
  gram: string;
  offset: number;
}

/** The keys that decide whether a folded term occurs: the unit itself, or its covering bigrams. */
export function termGrams(term: string): TermGram[] {
  if (term.length === 1) return [{ gram: term, offset: 0 }];
  return coverOffsets(term.length).map((offset) => ({ gram: term.slice(offset, offset + 2), offset }));
}

/** 32-bit FNV-1a over the UTF-16 units of a key: cheap, stable, and spreads CJK bigrams evenly. */
export function gramHash(gram: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard file that holds a key, among `shards` files. */
export function shardOf(gram: string, shards: number): number {
  return gramHash(gram) % shards;
}
