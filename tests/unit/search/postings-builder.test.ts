/** The index's postings builder gives, key for key, what blockGrams and PostingsWriter give. */
import { describe, expect, it } from "vitest";
import type { ContentDocument } from "../../../src/format/content-file.ts";
import { foldText } from "../../../src/format/fold.ts";
import { blockGrams } from "../../../src/search/grams.ts";
import { PostingsWriter } from "../../../src/search/postings.ts";
import {
  buildClassPostings,
  buildPostings,
  buildPostingsOnTwoThreads,
  indexText,
} from "../../../scripts/search-index/postings-builder.ts";
import { doc } from "./fixture.ts";

/** The postings the plain way: a map of grams per block, keys in order of first appearance. */
function reference(docs: readonly ContentDocument[]): { postings: Map<string, Uint8Array>; characters: Set<string> } {
  const writers = new Map<string, PostingsWriter>();
  const characters = new Set<string>();
  docs.forEach((document, number) =>
    document.blocks.forEach((block, index) => {
      const text = foldText(block.text);
      for (const ch of text) characters.add(ch);
      for (const [gram, positions] of blockGrams(text)) {
        let writer = writers.get(gram);
        if (!writer) writers.set(gram, (writer = new PostingsWriter()));
        writer.add(number, index, positions);
      }
    }),
  );
  return { postings: new Map([...writers].map(([gram, writer]) => [gram, writer.finish()])), characters };
}

const long = "发展".repeat(300) + "。";
const docs = [
  doc("one", "news", "2021-01-01", ["一、总则", "发展发展，高质量发展。", "", long]),
  doc("two", "news", "2021-01-02", ["Ａbc ABC abc İ 𠀀𠀀a𠀀", "lone \ud800 and \udc00 surrogates", "发展"]),
  doc("three", "report", null, ["二、发展", "𪚥𪚥𪚥"]),
];

describe("buildPostings", () => {
  it("encodes every unit and bigram, in the same key order, with the same bytes", () => {
    const built = buildPostings(docs);
    const expected = reference(docs);
    expect([...built.postings.keys()]).toEqual([...expected.postings.keys()]);
    expect([...built.postings]).toEqual([...expected.postings]);
    expect([...built.characters].sort()).toEqual([...expected.characters].sort());
    expect(built.blocks).toBe(9);
  });
});

describe("buildPostingsOnTwoThreads", () => {
  it("splits the keys into two classes that together are every key, once", () => {
    const text = indexText(docs);
    const [zero, one] = [buildClassPostings(text, 0), buildClassPostings(text, 1)];
    expect(zero.grams.length).toBeGreaterThan(5);
    expect(one.grams.length).toBeGreaterThan(5);
    expect(new Set([...zero.grams, ...one.grams])).toEqual(new Set(buildPostings(docs).postings.keys()));
    expect(zero.grams.filter((gram) => one.grams.includes(gram))).toEqual([]);
  });

  it("gives what one thread gives: the same keys in the same order, the same bytes", async () => {
    const built = await buildPostingsOnTwoThreads(docs);
    const one = buildPostings(docs);
    expect([...built.postings.keys()]).toEqual([...one.postings.keys()]);
    expect([...built.postings]).toEqual([...one.postings]);
    expect(built.characters).toEqual(one.characters);
    expect(built.blocks).toBe(one.blocks);
  });
});
