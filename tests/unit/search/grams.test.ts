import { describe, expect, it } from "vitest";
import { blockGrams, coverOffsets, gramHash, shardOf, termGrams } from "../../../src/search/grams.ts";
import { foldCase, foldText } from "../../../src/format/fold.ts";

describe("n-gram construction", () => {
  it("records every character and every adjacent pair with its positions", () => {
    const grams = blockGrams("发展发展，");
    expect(grams.get("发")).toEqual([0, 2]);
    expect(grams.get("发展")).toEqual([0, 2]);
    expect(grams.get("展发")).toEqual([1]);
    expect(grams.get("展，")).toEqual([3]);
    expect(grams.get("，")).toEqual([4]);
    expect(grams.size).toBe(3 + 3);
  });

  it("covers a term with bigrams at 0, 2, 4 … and length − 2", () => {
    expect(coverOffsets(1)).toEqual([]);
    expect(coverOffsets(2)).toEqual([0]);
    expect(coverOffsets(3)).toEqual([0, 1]);
    expect(coverOffsets(4)).toEqual([0, 2]);
    expect(coverOffsets(7)).toEqual([0, 2, 4, 5]);
    for (let n = 2; n < 30; n++) {
      const covered = new Set(coverOffsets(n).flatMap((at) => [at, at + 1]));
      expect(covered.size).toBe(n);
    }
  });

  it("names the keys a term needs", () => {
    expect(termGrams("平")).toEqual([{ gram: "平", offset: 0 }]);
    expect(termGrams("三高四新")).toEqual([
      { gram: "三高", offset: 0 },
      { gram: "四新", offset: 2 },
    ]);
    expect(termGrams("任，探索").map((g) => g.gram)).toEqual(["任，", "探索"]);
  });
});

describe("shard selection", () => {
  it("is a stable 32-bit FNV-1a hash, spread over the shards", () => {
    expect(gramHash("")).toBe(0x811c9dc5);
    expect(gramHash("a")).toBe(0xe40c292c);
    const counts = new Array<number>(8).fill(0);
    for (const ch of "保护生态环境就是保护生产力改善生态环境就是发展生产力这是朴素的真理我们要摒弃损害甚至破坏") {
      const shard = shardOf(ch, 8);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(8);
      counts[shard] = (counts[shard] ?? 0) + 1;
    }
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(5);
  });
});

describe("folding", () => {
  it("lower-cases Latin without changing any length, and applies NFC", () => {
    expect(foldCase("RCEP与G9695")).toBe("rcep与g9695");
    expect(foldCase("İstanbul").length).toBe("İstanbul".length);
    expect(foldText("Cafe\u0301")).toBe("café");
  });
});
