/**
 * A query costs a bounded number of bytes however it is typed or pasted: the search reads at most
 * a few keys' files for any query — a 10,000-character paste, a thousand terms, 100 KB of text —
 * stops reading as soon as a key it needs is not in the index, and says in Chinese when the query
 * was shortened. Counted on a synthetic edition made from the real texts, by the bytes and files
 * the Node search reads (the files a browser would fetch), not by time.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../../src/search/engine.ts";
import { boundTerms, maxQueryKeys, parseQuery } from "../../../src/search/query.ts";
import { statusText } from "../../../src/search/page/render.ts";
import { readIndexDocuments } from "../../../scripts/search-index/corpus.ts";
import { folderReader } from "../../../scripts/search-index/node-reader.ts";
import { syntheticDocuments } from "../../../scripts/bench/synthetic-corpus.ts";
import { openFixtureIndex } from "./fixture.ts";

const real = readIndexDocuments(resolve(import.meta.dirname, "../../../content/texts"));
const docs = syntheticDocuments(real, 300, 11);
const { dir } = await openFixtureIndex(docs);
const text = docs.flatMap((doc) => doc.blocks.map((block) => block.text)).join("");

/** What a query reads from a cold index: bytes and files, by kind of file. */
async function cost(query: string) {
  const files: string[] = [];
  let bytes = 0;
  const index = await SearchIndex.open(
    folderReader(dir, (path, size) => {
      files.push(path);
      bytes += size;
    }),
  );
  const result = await index.search(query);
  return { result, bytes, files, shards: files.filter((path) => path.includes("/s/")).length };
}

/** Characters of the corpus, most frequent first. */
const common = [...text].reduce((counts, ch) => counts.set(ch, (counts.get(ch) ?? 0) + 1), new Map<string, number>());
const byFrequency = [...common.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([ch]) => ch)
  .filter((ch) => /\p{Script=Han}/u.test(ch));
const absentHan = Array.from({ length: 10_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000)))
  .filter((ch) => !common.has(ch))
  .join("");

const hostile: Record<string, string> = {
  "a pasted passage of 10,000 characters": text.slice(0, 10_000),
  "10,000 characters found nowhere": absentHan.slice(0, 10_000),
  "1,000 space-separated words": Array.from({ length: 1000 }, (_, i) => text.slice(i * 7, i * 7 + 2)).join(" "),
  "1,000 quoted phrases": Array.from({ length: 1000 }, (_, i) => `“${text.slice(i * 11, i * 11 + 4)}”`).join(""),
  "100 KB of text with spaces": Array.from({ length: 700 }, (_, i) => text.slice(i * 50, i * 50 + 50)).join(" "),
};

describe("a hostile query", () => {
  it.each(Object.entries(hostile))("reads at most 100 KB: %s", async (_, query) => {
    const { bytes, files } = await cost(query);
    expect(bytes, files.join("\n")).toBeLessThanOrEqual(100 * 1024);
  });
});

describe("a query of the commonest characters", () => {
  it("reads no more than its first terms searched one by one: a thousand terms cost what six do", async () => {
    const query = byFrequency.slice(0, 1000).join(" ");
    const kept = boundTerms(parseQuery(query)).terms;
    expect(kept.length).toBe(maxQueryKeys);
    const alone = await Promise.all(kept.map(async (term) => (await cost(term)).bytes));
    expect((await cost(query)).bytes).toBeLessThanOrEqual(alone.reduce((sum, bytes) => sum + bytes, 0));
  });
});

describe("shortening", () => {
  it("keeps a query within its keys whole, and cuts a longer one where its keys run out", () => {
    expect(boundTerms(["碳达峰", "碳中和"])).toEqual({ terms: ["碳达峰", "碳中和"], shortened: false });
    expect(boundTerms(["习近平新时代中国特色社会主义思想"])).toEqual({
      terms: ["习近平新时代中国特色社会"],
      shortened: true,
    });
    expect(boundTerms(["一二三四五六七八九十", "碳达峰", "湖南"])).toEqual({
      terms: ["一二三四五六七八九十", "碳达"],
      shortened: true,
    });
    expect(boundTerms("甲 乙 丙 丁 戊 己 庚 辛".split(" ")).terms).toEqual("甲 乙 丙 丁 戊 己".split(" "));
    // A character outside the BMP is two units, one key, and never cut in half.
    expect(boundTerms(["𠀀".repeat(8)]).terms).toEqual(["𠀀".repeat(6)]);
  });

  it("says what was searched, in the result and in the reader's status line", async () => {
    const { result } = await cost(hostile["a pasted passage of 10,000 characters"] ?? "");
    expect(result.shortened).toBe(true);
    expect(result.query).toBe(text.slice(0, 12));
    const status = statusText({
      query: result.query,
      total: 1,
      documents: 1,
      filters: [],
      simplified: [],
      shortened: true,
    });
    expect(status.startsWith(`检索词过长，只查找了“${text.slice(0, 12)}”（一次最多查找 12 个字）。“`)).toBe(true);
    expect((await cost("碳达峰")).result.shortened).toBe(false);
  });
});

describe("a key that is not in the index", () => {
  it("stops the search: the keys after it are not read", async () => {
    const { shards, result } = await cost(`${absentHan.slice(0, 2)} ${text.slice(0, 10)}`);
    expect(result.hits).toEqual([]);
    // Six keys needed, one wave read.
    expect(shards).toBeLessThan(maxQueryKeys);
  });

  it("does not stop a term whose other form (simplified from traditional) is in the index", async () => {
    const { result } = await cost("碳達峰 湖南");
    const simplified = await cost("碳达峰 湖南");
    expect(simplified.result.hits.length).toBeGreaterThan(0);
    expect(result.hits).toEqual(simplified.result.hits);
  });
});
