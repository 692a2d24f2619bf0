import { describe, expect, it } from "vitest";
import { blockGrams } from "../../../src/search/grams.ts";
import type { KeyPostings } from "../../../src/search/index-files.ts";
import { findTerm, intersectMatches, restrictMatches, unionMatches, type Matches } from "../../../src/search/match.ts";
import { PostingsWriter, splitPostings } from "../../../src/search/postings.ts";
import { compareHits, rankHits } from "../../../src/search/rank.ts";

/**
 * The keys of documents given as lists of block texts, as the index stores them: postings cut into
 * pieces of `budget` bytes; `loaded` records each piece read (`gram#n`).
 */
function keysOf(
  docs: string[][],
  budget = Infinity,
  loaded: string[] = [],
): (gram: string) => Promise<KeyPostings | undefined> {
  const writers = new Map<string, PostingsWriter>();
  docs.forEach((blocks, doc) =>
    blocks.forEach((text, block) => {
      for (const [gram, positions] of blockGrams(text)) {
        let writer = writers.get(gram);
        if (!writer) writers.set(gram, (writer = new PostingsWriter()));
        writer.add(doc, block, positions);
      }
    }),
  );
  const keys = new Map(
    [...writers].map(([gram, writer]) => {
      const bytes = writer.finish();
      const pieces = splitPostings(bytes, budget);
      const key: KeyPostings = {
        firstDocs: pieces.map((piece) => piece.firstDoc),
        cost: bytes.length,
        piece: (n) => {
          loaded.push(`${gram}#${n}`);
          return Promise.resolve(pieces[n]?.bytes ?? new Uint8Array());
        },
      };
      return [gram, key] as const;
    }),
  );
  return (gram) => Promise.resolve(keys.get(gram));
}

/** Matches as `doc:block ×count @first` strings. */
const flat = (matches: Matches): string[] =>
  [...matches].flatMap(([doc, blocks]) => [...blocks].map(([block, m]) => `${doc}:${block} ×${m.count} @${m.first}`));

describe("findTerm", () => {
  const lookup = keysOf([["三高四新战略", "四新三高", "三高的四新"], ["助推三高四新，三高四新"]]);

  it("finds a term where its covering bigrams sit at the right offsets, and nowhere else", async () => {
    expect(flat(await findTerm("三高四新", lookup))).toEqual(["0:0 ×1 @0", "1:0 ×2 @2"]);
  });

  it("counts occurrences of one character and of an odd-length term", async () => {
    expect(flat(await findTerm("新", lookup))).toEqual(["0:0 ×1 @3", "0:1 ×1 @1", "0:2 ×1 @4", "1:0 ×2 @5"]);
    expect(flat(await findTerm("高四新", lookup))).toEqual(["0:0 ×1 @1", "1:0 ×2 @3"]);
  });

  it("finds nothing when a key is missing or the keys never line up", async () => {
    expect(flat(await findTerm("量子计算", lookup))).toEqual([]);
    expect(flat(await findTerm("三高四新战略三高", lookup))).toEqual([]);
  });

  it("counts overlapping occurrences", async () => {
    expect(flat(await findTerm("哈哈", keysOf([["哈哈哈"]])))).toEqual(["0:0 ×2 @0"]);
  });

  it("loads the rarest key whole and only the pieces of the others that hold its documents", async () => {
    const docs = Array.from({ length: 40 }, (_, i) => [i === 33 ? "发展朴素的真理" : `第${i}次发展大会`]);
    const loaded: string[] = [];
    const split = keysOf(docs, 12, loaded);
    expect(flat(await findTerm("发展朴素", split))).toEqual(["33:0 ×1 @0"]);
    const developmentPieces = loaded.filter((piece) => piece.startsWith("发展#"));
    expect(developmentPieces.length).toBe(1);
    expect((await split("发展"))?.firstDocs.length).toBeGreaterThan(5);
    expect(flat(await findTerm("发展", split)).length).toBe(40);
  });
});

describe("combining terms", () => {
  const a: Matches = new Map([
    [0, new Map([[1, { count: 2, first: 5 }]])],
    [1, new Map([[0, { count: 1, first: 0 }]])],
  ]);
  const b: Matches = new Map([
    [
      0,
      new Map([
        [1, { count: 1, first: 2 }],
        [3, { count: 1, first: 9 }],
      ]),
    ],
  ]);

  it("unites a term's variants and intersects a query's terms", () => {
    expect(flat(unionMatches([a, b]))).toEqual(["0:1 ×3 @2", "0:3 ×1 @9", "1:0 ×1 @0"]);
    expect(flat(intersectMatches([a, b]))).toEqual(["0:1 ×3 @2"]);
    expect(flat(intersectMatches([]))).toEqual([]);
  });

  it("keeps only allowed documents", () => {
    expect(flat(restrictMatches(a, new Set([1])))).toEqual(["1:0 ×1 @0"]);
  });
});

describe("ranking", () => {
  it("orders by occurrences, then first position, then reading order", () => {
    const hits = [
      { doc: 2, block: 0, count: 1, first: 0 },
      { doc: 0, block: 3, count: 1, first: 5 },
      { doc: 1, block: 0, count: 4, first: 9 },
      { doc: 0, block: 1, count: 1, first: 5 },
    ].sort(compareHits);
    expect(hits.map((h) => `${h.doc}:${h.block}`)).toEqual(["1:0", "2:0", "0:1", "0:3"]);
  });

  it("groups a document's hits together, documents in the order of their best hit", () => {
    const matches: Matches = new Map([
      [
        0,
        new Map([
          [0, { count: 1, first: 0 }],
          [5, { count: 3, first: 0 }],
        ]),
      ],
      [
        1,
        new Map([
          [2, { count: 2, first: 0 }],
          [4, { count: 4, first: 1 }],
        ]),
      ],
    ]);
    expect(rankHits(matches).map((h) => `${h.doc}:${h.block}`)).toEqual(["1:4", "1:2", "0:5", "0:0"]);
  });
});
