/**
 * The shared passages (相同表述): what the finder reports for planted passages, over corpora small
 * and large enough that its window table grows many times, and that everything it reports is true
 * of the texts (a passage of at least 12 characters, printed where it says, held by every block it
 * lists).
 */
import { describe, expect, it } from "vitest";
import {
  findSharedPassages,
  maxListed,
  minPassageLength,
  type PassageDocument,
} from "../../src/lib/shared-passages.ts";
import { seededRandom, type Random } from "../../scripts/bench/seeded-random.ts";

/** `length` Han characters, from a seeded generator: text no other call repeats by chance. */
function hanText(random: Random, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(0x4e00 + random.int(0x5000))).join("");
}

const doc = (slug: string, ...texts: string[]): PassageDocument => ({
  slug,
  blocks: texts.map((text, k) => ({ id: `p${k + 1}`, text })),
});

/** Every reported passage is printed at its start, long enough, and held by each block it lists. */
function expectTrue(documents: readonly PassageDocument[], found: ReturnType<typeof findSharedPassages>): void {
  const text = (slug: string, block: string) =>
    documents.find((d) => d.slug === slug)?.blocks.find((b) => b.id === block)?.text ?? "";
  for (const [key, passages] of found) {
    const [slug = "", block = ""] = key.split("#");
    for (const passage of passages) {
      expect(passage.text.length).toBeGreaterThanOrEqual(minPassageLength);
      expect(text(slug, block).slice(passage.start, passage.start + passage.text.length)).toBe(passage.text);
      expect(passage.elsewhere.length).toBeGreaterThan(0);
      expect(passage.elsewhere.length).toBeLessThanOrEqual(maxListed);
      expect(passage.documents).toBeGreaterThanOrEqual(passage.elsewhere.length);
      for (const place of passage.elsewhere) {
        expect(place.slug).not.toBe(slug);
        expect(text(place.slug, place.block)).toContain(passage.text);
      }
    }
  }
}

describe("findSharedPassages", () => {
  it("finds a passage two documents share, whole, in both, and nothing shorter than 12 characters", () => {
    const random = seededRandom(1);
    const passage = "坚持生态优先绿色发展推动高质量发展";
    const short = "湖南省人民政府办公";
    const documents = [
      doc("a", `${hanText(random, 30)}${passage}${hanText(random, 10)}${short}`),
      doc("b", hanText(random, 5), `${short}${hanText(random, 20)}${passage}`),
    ];
    const found = findSharedPassages(documents);
    expect([...found.keys()].sort()).toEqual(["a#p1", "b#p2"]);
    expect(found.get("a#p1")).toEqual([
      { text: passage, start: 30, elsewhere: [{ slug: "b", block: "p2" }], documents: 1 },
    ]);
    expect(found.get("b#p2")?.[0]).toMatchObject({ text: passage, elsewhere: [{ slug: "a", block: "p1" }] });
  });

  it("lists at most five other places and counts the rest", () => {
    const random = seededRandom(2);
    const passage = hanText(random, 20);
    const documents = Array.from({ length: 9 }, (_, k) => doc(`d${k}`, `${hanText(random, 8)}${passage}`));
    const found = findSharedPassages(documents);
    expect(found.size).toBe(9);
    for (const [, [first]] of found) {
      expect(first?.text).toBe(passage);
      expect(first?.elsewhere).toHaveLength(maxListed);
      expect(first?.documents).toBe(8);
    }
  });

  it("finds every planted passage in a corpus of a million windows, and reports only what is true", () => {
    const random = seededRandom(3);
    const planted = Array.from({ length: 50 }, () => hanText(random, 12 + random.int(30)));
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 5 }, () => hanText(random, 400 + random.int(200))),
    );
    // Each planted passage goes at the end of a block of three different documents.
    planted.forEach((passage, k) => {
      for (let j = 0; j < 3; j++) {
        const block = texts[(k * 8 + j * 3) % texts.length];
        if (block) block[(k + j) % 5] += passage;
      }
    });
    const documents = texts.map((blocks, d) => doc(`d${d}`, ...blocks));
    const found = findSharedPassages(documents);
    const reported = new Set([...found.values()].flat().map((p) => p.text));
    for (const passage of planted) expect(reported, passage).toContain(passage);
    expectTrue(documents, found);
  });
});
