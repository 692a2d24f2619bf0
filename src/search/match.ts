/**
 * Exact matching from positional postings. A folded term of one unit matches where its key
 * occurs; a longer term matches at position p of a block when every covering bigram (grams.ts)
 * occurs at p + its offset. Terms combine: a term's variants (as typed, simplified) by union,
 * the terms of a query by intersection (AND).
 */
import { termGrams } from "./grams.ts";
import type { KeyPostings } from "./index-files.ts";
import { decodeCounts, decodePostings, type Postings } from "./postings.ts";

/** How a block matches: occurrences and the offset of the first one. */
export interface BlockMatch {
  count: number;
  first: number;
}

/** Matching blocks: document number → block index → match. */
export type Matches = Map<number, Map<number, BlockMatch>>;

/** True when the sorted array holds `value` (binary search). */
function holds(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] ?? 0;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** The pieces of a key that hold any of `docs` (every piece when `docs` is undefined). */
function piecesHolding(key: KeyPostings, docs?: ReadonlySet<number>): number[] {
  const wantedDocs = docs && [...docs];
  return key.firstDocs.flatMap((first, n) => {
    const end = key.firstDocs[n + 1] ?? Infinity;
    return !wantedDocs || wantedDocs.some((doc) => doc >= first && doc < end) ? [n] : [];
  });
}

/** Load the pieces of a key that hold any of `docs` (every piece when `docs` is undefined), decoded. */
async function loadPostings(key: KeyPostings, docs?: ReadonlySet<number>): Promise<Postings> {
  const pieces = await Promise.all(piecesHolding(key, docs).map((n) => key.piece(n)));
  // Pieces cover separate documents: their maps simply add up.
  return new Map(pieces.flatMap((bytes) => [...decodePostings(bytes)]));
}

/** Only the documents in `docs` (all when `docs` is undefined). */
const within = (matches: Matches, docs?: ReadonlySet<number>): Matches =>
  docs ? restrictMatches(matches, docs) : matches;

/**
 * Every block containing the folded `term` (in `docs` only, when given: the documents other terms
 * of the query left). A one-key term reads its key's counts; a longer one loads its rarest key,
 * then from the other keys only the pieces holding those documents.
 */
export async function findTerm(
  term: string,
  keyOf: (gram: string) => Promise<KeyPostings | undefined>,
  docs?: ReadonlySet<number>,
): Promise<Matches> {
  const grams = termGrams(term);
  const keys = await Promise.all(grams.map(async ({ gram, offset }) => ({ offset, key: await keyOf(gram) })));
  if (keys.some(({ key }) => !key)) return new Map<number, Map<number, BlockMatch>>();
  const found = keys as { offset: number; key: KeyPostings }[];
  const [single] = found;
  if (found.length === 1 && single && grams[0]?.gram === term) {
    const pieces = await Promise.all(piecesHolding(single.key, docs).map((n) => single.key.piece(n)));
    return within(new Map(pieces.flatMap((bytes) => [...decodeCounts(bytes)])), docs);
  }
  const rarest = [...found].sort((a, b) => a.key.cost - b.key.cost)[0];
  if (!rarest) return new Map<number, Map<number, BlockMatch>>();
  const first = await loadPostings(rarest.key, docs);
  const candidates = new Set([...first.keys()].filter((doc) => !docs || docs.has(doc)));
  const needed = await Promise.all(
    found.map(async ({ offset, key }) => ({
      offset,
      postings: key === rarest.key ? first : await loadPostings(key, candidates),
    })),
  );
  return within(matchPositions(needed), docs);
}

/** Blocks where every key sits at its offset from a common start. */
export function matchPositions(lists: { offset: number; postings: Postings }[]): Matches {
  const matches: Matches = new Map();
  // Walk the documents of the rarest key; the others are looked up.
  const [driver] = [...lists].sort((a, b) => a.postings.size - b.postings.size);
  if (!driver) return matches;
  for (const [doc, driverBlocks] of driver.postings) {
    const docLists = lists.map((list) => ({ offset: list.offset, blocks: list.postings.get(doc) }));
    if (docLists.some((list) => !list.blocks)) continue;
    for (const block of driverBlocks.keys()) {
      const found = blockMatch(docLists.map((list) => ({ offset: list.offset, positions: list.blocks?.get(block) })));
      if (!found) continue;
      let blocks = matches.get(doc);
      if (!blocks) matches.set(doc, (blocks = new Map<number, BlockMatch>()));
      blocks.set(block, found);
    }
  }
  return matches;
}

/** Start positions where every key sits at its offset, counted; null when none. */
function blockMatch(keys: { offset: number; positions: number[] | undefined }[]): BlockMatch | null {
  if (keys.some((key) => !key.positions)) return null;
  const [anchor, ...others] = keys as { offset: number; positions: number[] }[];
  if (!anchor) return null;
  let count = 0;
  let first = -1;
  for (const position of anchor.positions) {
    const start = position - anchor.offset;
    if (start < 0 || !others.every((key) => holds(key.positions, start + key.offset))) continue;
    count++;
    if (first < 0) first = start;
  }
  return count > 0 ? { count, first } : null;
}

/** Blocks matching any of the variants of a term: occurrences added, earliest first kept. */
export function unionMatches(variants: readonly Matches[]): Matches {
  if (variants.length === 1 && variants[0]) return variants[0];
  const union: Matches = new Map();
  for (const matches of variants) {
    for (const [doc, blocks] of matches) {
      let merged = union.get(doc);
      if (!merged) union.set(doc, (merged = new Map<number, BlockMatch>()));
      for (const [block, match] of blocks) {
        const seen = merged.get(block);
        merged.set(block, seen ? { count: seen.count + match.count, first: Math.min(seen.first, match.first) } : match);
      }
    }
  }
  return union;
}

/** Blocks matching every term (AND): occurrences added, earliest first kept. */
export function intersectMatches(terms: readonly Matches[]): Matches {
  if (terms.length === 1 && terms[0]) return terms[0];
  const [smallest, ...rest] = [...terms].sort((a, b) => a.size - b.size);
  const result: Matches = new Map();
  if (!smallest) return result;
  for (const [doc, blocks] of smallest) {
    const others = rest.map((term) => term.get(doc));
    if (others.some((other) => !other)) continue;
    for (const [block, match] of blocks) {
      let count = match.count;
      let first = match.first;
      const all = others.every((other) => {
        const found = other?.get(block);
        if (!found) return false;
        count += found.count;
        first = Math.min(first, found.first);
        return true;
      });
      if (!all) continue;
      let kept = result.get(doc);
      if (!kept) result.set(doc, (kept = new Map<number, BlockMatch>()));
      kept.set(block, { count, first });
    }
  }
  return result;
}

/** Only the documents in `allowed`. */
export function restrictMatches(matches: Matches, allowed: ReadonlySet<number>): Matches {
  return new Map([...matches].filter(([doc]) => allowed.has(doc)));
}
