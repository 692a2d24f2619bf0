/** The exact-search engine over small indexes written by the real index builder. */
import { describe, expect, it } from "vitest";
import { shardOf } from "../../../src/search/grams.ts";
import { indexPaths } from "../../../src/search/index-layout.ts";
import { doc, hitKeys, openFixtureIndex } from "./fixture.ts";

const docs = [
  doc("climate", "speech", "2021-04-22", ["碳达峰碳达峰，碳中和。", "一、总体要求", "保护生态环境就是保护生产力。"]),
  doc(
    "meeting",
    "news",
    "2022-06-14",
    ["积极稳妥推进碳达峰碳中和。", "对接RCEP 与 CPTPP", "1-5月增长8.8%，4×4 接力。"],
    "b.txt",
  ),
  doc("report", "report", null, ["湖南日报讯 2030年前实现碳达峰", "平平平"], "b.txt"),
];
const { index } = await openFixtureIndex(docs);

describe("exact search", () => {
  it("returns every block containing the query and nothing else, most occurrences first", async () => {
    expect(await hitKeys(index, "碳达峰")).toEqual(["climate#p1", "meeting#p1", "report#p1"]);
    expect(await hitKeys(index, "生产力。")).toEqual(["climate#p2"]);
    expect(await hitKeys(index, "量子计算")).toEqual([]);
    expect(await hitKeys(index, "峰碳中")).toEqual(["meeting#p1"]);
  });

  it("finds traditional input through OpenCC and marks the simplified text", async () => {
    const result = await index.search("碳達峰");
    expect(result.variants).toEqual([["碳達峰", "碳达峰"]]);
    const [first] = await result.page(0, 1);
    expect(first?.excerpt).toBe("<mark>碳达峰碳达峰</mark>，碳中和。");
    expect(first?.matched).toEqual(["碳达峰"]);
  });

  it("reads spaces as AND and a quoted phrase as one string", async () => {
    expect(await hitKeys(index, "碳达峰 碳中和")).toEqual(["climate#p1", "meeting#p1"]);
    expect(await hitKeys(index, "碳达峰 湖南")).toEqual(["report#p1"]);
    expect(await hitKeys(index, '"RCEP 与"')).toEqual(["meeting#p2"]);
    expect(await hitKeys(index, "RCEP 与")).toEqual(["meeting#p2"]);
    expect(await hitKeys(index, '"RCEP与"')).toEqual([]);
  });

  it("matches mixed Latin, digits and symbols, Latin case ignored", async () => {
    for (const [query, key] of [
      ["rcep", "meeting#p2"],
      ["Cptpp", "meeting#p2"],
      ["1-5月", "meeting#p3"],
      ["4×4", "meeting#p3"],
      ["2030年", "report#p1"],
      ["8.8%", "meeting#p3"],
    ]) {
      expect(await hitKeys(index, query ?? "")).toEqual([key]);
    }
  });

  it("filters by kind, year (none for undated) and source file, together", async () => {
    expect(await hitKeys(index, "碳达峰", { kind: "news" })).toEqual(["meeting#p1"]);
    expect(await hitKeys(index, "碳达峰", { year: "none" })).toEqual(["report#p1"]);
    expect(await hitKeys(index, "碳达峰", { source: "b.txt" })).toEqual(["meeting#p1", "report#p1"]);
    expect(await hitKeys(index, "碳达峰", { source: "b.txt", kind: "speech" })).toEqual([]);
    expect(await hitKeys(index, "碳达峰", { kind: "communique" })).toEqual([]);
    const values = await index.facetValues();
    expect(values.year.map((v) => v.value).sort()).toEqual(["2021", "2022", "none"]);
    expect(values.source.find((v) => v.value === "b.txt")?.documents).toBe(2);
  });

  it("shows a hit with its document's fields, the block's reader label and its links", async () => {
    const [heading] = await (await index.search("总体")).page(0, 1);
    expect(heading).toMatchObject({
      slug: "climate",
      block: "s1",
      label: "一、",
      spokenLabel: "第一部分",
      title: "climate 标题",
      kind: "speech",
      date: "2021-04-22",
      path: "texts/climate/#s1",
      foundPath: `texts/climate/?hl=${encodeURIComponent("总体")}#s1`,
      occurrences: 1,
    });
  });

  it("counts documents and gives the same hits whatever was searched before", async () => {
    const fresh = (await openFixtureIndex(docs)).index;
    const result = await fresh.search("碳达峰");
    expect(result.documents).toBe(3);
    for (const other of ["平", "RCEP", "碳達峰 湖南", "生态"]) await fresh.search(other);
    expect(await hitKeys(fresh, "碳达峰")).toEqual(await hitKeys(index, "碳达峰"));
  });
});

describe("what a query downloads", () => {
  it("reads the manifest, the shards of its keys, the fold table for Han text, and parts of shown hits only", async () => {
    const reads: string[] = [];
    const many = doc(
      "many",
      "news",
      "2020-01-01",
      Array.from({ length: 30 }, (_, i) => `第${i}段平安。`),
    );
    const { index: counted } = await openFixtureIndex([...docs, many], { partBlocks: 4 }, (path) => reads.push(path));
    const { build, shards } = counted.manifest;
    expect(reads).toEqual([indexPaths.manifest()]);
    const result = await counted.search("平安");
    expect(reads.slice(1).sort()).toEqual(
      [indexPaths.shard(build, shardOf("平安", shards)), indexPaths.fold(build)].sort(),
    );
    expect(result.hits.length).toBe(30);
    reads.length = 0;
    const first = await result.page(0, 10);
    expect(reads.sort()).toEqual([0, 1, 2].map((part) => indexPaths.part(build, 3, part)).sort());
    const rest = [...(await result.page(10, 7)), ...(await result.page(17, 100))];
    expect([...first, ...rest].map((hit) => hit.block)).toEqual((await result.page(0, 30)).map((hit) => hit.block));
    expect(new Set([...first, ...rest].map((hit) => hit.block)).size).toBe(30);
  });

  it("gives the same hits when large keys live in files of their own", async () => {
    const { index: split, dir } = await openFixtureIndex(docs, { shardBudget: 24, partBlocks: 1 });
    expect(split.manifest.shards).toBeGreaterThan(1);
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(`${dir}/${split.manifest.build}/g`).length).toBeGreaterThan(0);
    for (const query of ["碳达峰", "平", "碳達峰 碳中和", "rcep", "量子"]) {
      expect(await hitKeys(split, query)).toEqual(await hitKeys(index, query));
    }
  });
});
