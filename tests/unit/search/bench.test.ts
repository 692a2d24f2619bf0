/** The benchmark's synthetic corpus and query set: reproducible, valid, and what they claim to be. */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFile, writeContentFile } from "../../../src/format/content-file.ts";
import { documentKinds } from "../../../src/format/schema.ts";
import { parseQuery } from "../../../src/search/query.ts";
import { readIndexDocuments } from "../../../scripts/search-index/corpus.ts";
import { seededRandom } from "../../../scripts/bench/seeded-random.ts";
import { benchQueries, corpusBlocks, groundTruth, queryText } from "../../../scripts/bench/search-queries.ts";
import { syntheticDocuments } from "../../../scripts/bench/synthetic-corpus.ts";

const real = readIndexDocuments(resolve(import.meta.dirname, "../../../content/texts"));
const docs = syntheticDocuments(real, 40, 7);

describe("synthetic corpus", () => {
  it("is the same for the same seed and different for another", () => {
    expect(syntheticDocuments(real, 40, 7)).toEqual(docs);
    expect(syntheticDocuments(real, 40, 8)).not.toEqual(docs);
  });

  it("has unique slugs, titles and dates, every kind, and valid content files", () => {
    const fields = docs.map((d) => d.frontmatter);
    for (const key of ["slug", "title", "date"] as const) expect(new Set(fields.map((f) => f[key])).size).toBe(40);
    expect(new Set(fields.map((f) => f.kind))).toEqual(new Set(documentKinds));
    for (const d of docs) expect(readContentFile(writeContentFile(d))).toEqual(d);
  });

  it("draws its paragraphs from the real text, varied, with sizes like the real documents'", () => {
    const realText = real.flatMap((d) => d.blocks.map((b) => b.text)).join("");
    const made = docs.flatMap((d) => d.blocks.filter((b) => b.type === "paragraph").map((b) => b.text));
    const realParagraphs = new Set(real.flatMap((d) => d.blocks.map((b) => b.text)));
    expect(made.some((text) => !realParagraphs.has(text))).toBe(true);
    for (const text of made) for (const ch of text) expect(realText).toContain(ch);
    const sizes = docs.map((d) => d.blocks.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1.5 * Math.max(...real.map((d) => d.blocks.length)) + 1);
  });
});

describe("query set", () => {
  const queries = benchQueries(docs, 6, seededRandom(3));
  const blocks = corpusBlocks(docs);

  it("is reproducible and covers every class", () => {
    expect(benchQueries(docs, 6, seededRandom(3))).toEqual(queries);
    expect(new Set(queries.map((q) => q.kind)).size).toBe(8);
  });

  it("types each query so the search reads exactly its terms", () => {
    for (const query of queries) expect(parseQuery(query.text)).toEqual(query.terms);
    expect(queryText(["世界 地球日", "湖南"])).toBe('"世界 地球日" 湖南');
    expect(queryText(['说"好 的"'])).toBe('“说"好 的"”');
  });

  it("has ground truth by exact substring: substrings occur, absent strings do not, traditional finds simplified", () => {
    for (const query of queries) {
      const truth = groundTruth(blocks, query.terms);
      if (query.kind === "不存在") expect(truth).toEqual([]);
      if (query.kind === "1 字" || query.kind === "4–6 字") expect(truth.length).toBeGreaterThan(0);
    }
    expect(groundTruth(blocks, ["碳達峰"])).toEqual(groundTruth(blocks, ["碳达峰"]));
  });
});
