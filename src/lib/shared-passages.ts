/**
 * Formulations shared across documents (相同表述): a passage of at least 12 characters that occurs
 * in more than one document. Every shared passage of 12 or more characters contains a shared run of
 * exactly 12, so one pass hashes every 12-character window (a rolling hash, linear in the corpus)
 * and remembers, per window, the first few documents holding it; a second pass joins the shared
 * windows of each block into maximal passages and checks each against the other document's text,
 * so a hash collision never makes a false match. A passage held by many documents lists its first
 * `maxListed` other places and counts the rest, never all pairs.
 */

/** Where a passage occurs: a document and one of its blocks. */
export interface PassagePlace {
  slug: string;
  block: string;
}

/** A shared passage of one block, and where else it occurs. */
export interface SharedPassage {
  /** The passage as printed in this block. */
  text: string;
  /** Its position in the block's text. */
  start: number;
  /** Other documents' blocks holding it (at most `maxListed`). */
  elsewhere: PassagePlace[];
  /** How many other documents hold it, as far as counted (at least `elsewhere.length`). */
  documents: number;
}

/** A document as the finder reads it. */
export interface PassageDocument {
  slug: string;
  blocks: ReadonlyArray<{ id: string; text: string }>;
}

/** Shortest shared passage, in characters. */
export const minPassageLength = 12;
/** Other places listed for one passage; more are counted, not listed. */
export const maxListed = 5;
/** Documents remembered per window: enough to list `maxListed` others after a collision or two. */
const remembered = maxListed + 3;

/** What is remembered of one 12-character window: the documents (and a block) holding it, and how many. */
interface Window {
  places: Array<[doc: number, block: number]>;
  count: number;
  lastDoc: number;
}

/** Rolling hashes of every window of `minPassageLength` code units of a text. */
function windowHashes(text: string): Uint32Array {
  const n = text.length - minPassageLength + 1;
  const hashes = new Uint32Array(Math.max(0, n));
  if (n <= 0) return hashes;
  const base = 1_000_003;
  let power = 1; // base^(minPassageLength-1) mod 2^32
  for (let k = 1; k < minPassageLength; k++) power = Math.imul(power, base) >>> 0;
  let hash = 0;
  for (let k = 0; k < minPassageLength; k++) hash = (Math.imul(hash, base) + text.charCodeAt(k)) >>> 0;
  hashes[0] = hash;
  for (let i = 1; i < n; i++) {
    hash = (hash - Math.imul(text.charCodeAt(i - 1), power)) >>> 0;
    hash = (Math.imul(hash, base) + text.charCodeAt(i + minPassageLength - 1)) >>> 0;
    hashes[i] = hash;
  }
  return hashes;
}

/** Pass 1: every window hash → the documents holding it. */
function indexWindows(documents: readonly PassageDocument[]): Map<number, Window> {
  const windows = new Map<number, Window>();
  documents.forEach((doc, d) => {
    doc.blocks.forEach((block, b) => {
      for (const hash of windowHashes(block.text)) {
        const seen = windows.get(hash);
        if (!seen) windows.set(hash, { places: [[d, b]], count: 1, lastDoc: d });
        else if (seen.lastDoc !== d) {
          seen.lastDoc = d;
          seen.count += 1;
          if (seen.places.length < remembered) seen.places.push([d, b]);
        }
      }
    });
  });
  return windows;
}

/** Block key (`<slug>#<id>`) → the shared passages of that block, for every document. */
export function findSharedPassages(documents: readonly PassageDocument[]): Map<string, SharedPassage[]> {
  const windows = indexWindows(documents);
  const result = new Map<string, SharedPassage[]>();
  documents.forEach((doc, d) => {
    for (const block of doc.blocks) {
      const hashes = windowHashes(block.text);
      const passages: SharedPassage[] = [];
      for (let i = 0; i < hashes.length;) {
        const window = windows.get(hashes[i] ?? 0);
        if (!window || window.count < 2) {
          i += 1;
          continue;
        }
        let j = i; // extend over the following shared windows
        while (j + 1 < hashes.length && (windows.get(hashes[j + 1] ?? 0)?.count ?? 0) >= 2) j += 1;
        const candidates = window.places
          .filter(([other]) => other !== d)
          .map(([other, b]) => ({ doc: documents[other] as PassageDocument, block: documents[other]?.blocks[b] }));
        // The longest passage from i that another document really holds (windows may be shared with different ones).
        let found: { text: string; elsewhere: PassagePlace[] } | null = null;
        for (let end = j + minPassageLength; end >= i + minPassageLength && !found; end--) {
          const text = block.text.slice(i, end);
          const elsewhere = candidates
            .filter((c) => c.block?.text.includes(text))
            .map((c) => ({ slug: c.doc.slug, block: c.block?.id ?? "" }));
          if (elsewhere.length) found = { text, elsewhere };
        }
        if (found) {
          const { text, elsewhere } = found;
          passages.push({
            text,
            start: i,
            elsewhere: elsewhere.slice(0, maxListed),
            documents: Math.max(elsewhere.length, window.count - 1),
          });
          i += text.length;
        } else i += 1;
      }
      if (passages.length) result.set(`${doc.slug}#${block.id}`, passages);
    }
  });
  return result;
}
