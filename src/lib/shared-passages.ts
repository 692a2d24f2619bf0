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

/** Keeps a hash within V8's small integers (31 bits signed). */
const smallHashMask = 0x3fff_ffff;

/**
 * Rolling hashes of every window of `minPassageLength` code units of a text, kept to 30 bits: V8
 * stores such numbers unboxed, and a Map looks them up several times faster than 32-bit keys
 * (measured: the lookups were most of the finder's time, 3.4 s of 4.8 s at 1,500 documents).
 * Collisions are harmless — every match is checked against the text.
 */
function windowHashes(text: string): Uint32Array {
  const n = text.length - minPassageLength + 1;
  const hashes = new Uint32Array(Math.max(0, n));
  if (n <= 0) return hashes;
  const base = 1_000_003;
  let power = 1; // base^(minPassageLength-1) mod 2^32
  for (let k = 1; k < minPassageLength; k++) power = Math.imul(power, base) >>> 0;
  let hash = 0;
  for (let k = 0; k < minPassageLength; k++) hash = (Math.imul(hash, base) + text.charCodeAt(k)) >>> 0;
  hashes[0] = hash & smallHashMask;
  for (let i = 1; i < n; i++) {
    hash = (hash - Math.imul(text.charCodeAt(i - 1), power)) >>> 0;
    hash = (Math.imul(hash, base) + text.charCodeAt(i + minPassageLength - 1)) >>> 0;
    hashes[i] = hash & smallHashMask;
  }
  return hashes;
}

/**
 * The length of the longest prefix of `text[start, end)` that occurs anywhere in `other` (0 if not
 * even the first `minPassageLength` characters do). Every such occurrence begins with those first
 * characters, so each place they occur is extended as far as it matches: linear in the match, where
 * trying ever shorter prefixes with `includes` was quadratic in the run (measured on the synthetic
 * edition, whose blocks share long runs: 49.8 s at 15,000 documents).
 */
function longestHeldPrefix(text: string, start: number, end: number, other: string): number {
  const seed = text.slice(start, start + minPassageLength);
  let longest = 0;
  for (let at = other.indexOf(seed); at !== -1; at = other.indexOf(seed, at + 1)) {
    let length = minPassageLength;
    while (start + length < end && text.charCodeAt(start + length) === other.charCodeAt(at + length)) length += 1;
    if (length > longest) longest = length;
    if (start + longest === end) break;
  }
  return longest;
}

/**
 * Window hash → what is remembered of it, by open addressing over typed arrays. The finder looks
 * up every window of the corpus twice, and there are few distinct ones (measured on the synthetic
 * edition of 15,000 documents: 33 million windows, 254,000 distinct), so the lookups were most of
 * its time in a Map (14 of 18.5 s); here they are a probe or two in a small table.
 */
class WindowTable {
  /**
   * Two numbers a slot, side by side so that a lookup reads one cache line: the hash (-1: empty;
   * hashes are 30-bit, never negative) and its window's index in `windows`.
   */
  private table = new Int32Array(2 << 16).fill(-1);
  /** The windows, densely, in order of arrival (a sparse array of slots would fall into dictionary mode). */
  private readonly windows: Window[] = [];
  /** 32 − log2 of the slots: a slot is the top bits of the scrambled hash. */
  private shift = 16;

  /** The slot of `hash`: its own if present, else the empty one where it would go. */
  private slot(hash: number): number {
    const mask = (this.table.length >> 1) - 1;
    // Fibonacci hashing spreads the rolling hash's bits over the table.
    let at = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (this.table[2 * at] !== hash && this.table[2 * at] !== -1) at = (at + 1) & mask;
    return at;
  }

  get(hash: number): Window | undefined {
    const at = this.slot(hash);
    return this.table[2 * at] === -1 ? undefined : this.windows[this.table[2 * at + 1] ?? -1];
  }

  /** Remember a window not in the table yet. */
  add(hash: number, window: Window): void {
    if (4 * (this.windows.length + 1) > this.table.length) this.grow();
    const at = this.slot(hash);
    this.table[2 * at] = hash;
    this.table[2 * at + 1] = this.windows.length;
    this.windows.push(window);
  }

  /** Twice the slots, at most half of them used. */
  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    this.shift -= 1;
    for (let k = 0; k < old.length; k += 2) {
      const hash = old[k] ?? -1;
      if (hash === -1) continue;
      const at = this.slot(hash);
      this.table[2 * at] = hash;
      this.table[2 * at + 1] = old[k + 1] ?? -1;
    }
  }
}

/** Pass 1: every window hash → the documents holding it. */
function indexWindows(documents: readonly PassageDocument[]): WindowTable {
  const windows = new WindowTable();
  documents.forEach((doc, d) => {
    doc.blocks.forEach((block, b) => {
      for (const hash of windowHashes(block.text)) {
        const seen = windows.get(hash);
        if (!seen) windows.add(hash, { places: [[d, b]], count: 1, lastDoc: d });
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
      // A plain loop: Array.from's mapping function over a typed array took a third of the finder's
      // time (measured at 15,000 documents).
      const shared = new Array<Window | undefined>(hashes.length);
      for (let k = 0; k < hashes.length; k++) shared[k] = windows.get(hashes[k] ?? -1);
      // runEnd[k]: the last window of the run of shared windows from k (looked up once per block:
      // extending from every start again was quadratic in a long run).
      const runEnd = new Int32Array(hashes.length);
      for (let k = hashes.length - 1; k >= 0; k--)
        runEnd[k] = k + 1 < hashes.length && (shared[k + 1]?.count ?? 0) >= 2 ? (runEnd[k + 1] ?? k) : k;
      const passages: SharedPassage[] = [];
      for (let i = 0; i < hashes.length;) {
        const window = shared[i];
        if (!window || window.count < 2) {
          i += 1;
          continue;
        }
        const j = runEnd[i] ?? i; // the following shared windows
        const candidates = window.places
          .filter(([other]) => other !== d)
          .map(([other, b]) => ({ doc: documents[other] as PassageDocument, block: documents[other]?.blocks[b] }));
        // The longest passage from i that another document really holds (windows may be shared with
        // different ones), and every candidate holding all of it.
        const reach = candidates.map((c) =>
          longestHeldPrefix(block.text, i, j + minPassageLength, c.block?.text ?? ""),
        );
        const longest = Math.max(0, ...reach);
        let found: { text: string; elsewhere: PassagePlace[] } | null = null;
        if (longest >= minPassageLength)
          found = {
            text: block.text.slice(i, i + longest),
            elsewhere: candidates
              .filter((_, k) => reach[k] === longest)
              .map((c) => ({ slug: c.doc.slug, block: c.block?.id ?? "" })),
          };
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
