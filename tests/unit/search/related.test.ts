/** Related results from Pagefind (page and CLI), on hand-made Pagefind fragments. */
import { describe, expect, it } from "vitest";
import { blockAt, blockAnchors, fragmentHits, slugOf, wordAt } from "../../../src/search/map-results.ts";
import { containsAll, markedExcerpt, matchRanges, queryTerms } from "../../../src/search/excerpt.ts";
import { isExactText, relatedHits } from "../../../src/search/related.ts";
import type { PagefindApi, PagefindFragment } from "../../../src/search/pagefind-types.ts";

const Z = "\u200b";
/** A page of three blocks as Pagefind returns it: segmented words, block anchors, match locations. */
const fragment: PagefindFragment = {
  url: "/texts/demo/",
  meta: { title: "示例文献", slug: "demo" },
  content: "全会指出，湖南要发展。 一、总体要求 亲临湖南考察。",
  raw_content: `全会${Z}指出${Z}，${Z}湖南${Z}要${Z}发展${Z}。 ${Z}一${Z}、${Z}总体${Z}要求 ${Z}亲${Z}临湖${Z}南${Z}考察${Z}。`,
  anchors: [
    { element: "p", id: "p1", text: "全会指出，湖南要发展。", location: 0 },
    { element: "span", id: "p9", text: "", location: 7 },
    { element: "h2", id: "s1", text: "一、总体要求", location: 7 },
    { element: "p", id: "p2", text: "亲临湖南考察。", location: 11 },
  ],
  locations: [3, 9],
};

describe("fragmentHits", () => {
  it("finds every block containing the query exactly, even where segmentation split it", () => {
    const hits = fragmentHits(fragment, "湖南");
    expect(hits.filter((h) => h.exact).map((h) => h.block)).toEqual(["p1", "p2"]);
    expect(hits[0]).toEqual({
      url: "/texts/demo/#p1",
      slug: "demo",
      block: "p1",
      title: "示例文献",
      text: "全会指出，湖南要发展。",
      excerpt: "全会指出，<mark>湖南</mark>要发展。",
      exact: true,
    });
    expect(hits[1]?.excerpt).toBe("亲临<mark>湖南</mark>考察。");
  });

  it("adds blocks Pagefind located that lack an exact match, after the exact ones", () => {
    const hits = fragmentHits(fragment, "湖南");
    expect(hits.map((h) => [h.block, h.exact])).toEqual([
      ["p1", true],
      ["p2", true],
      ["s1", false],
    ]);
    expect(hits[2]?.excerpt).toBe("一、<mark>总体</mark>要求");
  });

  it("falls back to a page hit when the page has no block anchors", () => {
    const hits = fragmentHits({ ...fragment, anchors: [] }, "湖南");
    expect(hits).toEqual([expect.objectContaining({ url: "/texts/demo/", block: null, exact: true })]);
  });
});

describe("mapping helpers", () => {
  it("keeps only reading-text blocks, in order", () => {
    expect(blockAnchors(fragment).map((a) => a.id)).toEqual(["p1", "s1", "p2"]);
  });

  it("assigns a word to the last block starting at or before it", () => {
    const blocks = blockAnchors(fragment);
    expect(blockAt(blocks, 0)?.id).toBe("p1");
    expect(blockAt(blocks, 10)?.id).toBe("s1");
    expect(blockAt(blocks, 11)?.id).toBe("p2");
  });

  it("reads words from Pagefind's segmented content", () => {
    expect(wordAt(fragment.raw_content ?? "", 3)).toBe("湖南");
    expect(wordAt(fragment.raw_content ?? "", 12)).toBe("临湖");
  });

  it("takes the slug from meta, else from the URL", () => {
    expect(slugOf(fragment)).toBe("demo");
    expect(slugOf({ ...fragment, meta: {}, url: "/base/texts/other/" })).toBe("other");
  });
});

describe("excerpts", () => {
  it("splits the query on spaces, lowercases, and requires every term", () => {
    expect(queryTerms("  湖南 GDP ")).toEqual(["湖南", "gdp"]);
    expect(containsAll("湖南GDP增长", ["湖南", "gdp"])).toBe(true);
    expect(containsAll("湖南增长", ["湖南", "gdp"])).toBe(false);
  });

  it("merges overlapping ranges and escapes HTML", () => {
    expect(matchRanges("aaa", ["aa"])).toEqual([[0, 3]]);
    expect(markedExcerpt("<b>湖南</b>", matchRanges("<b>湖南</b>", ["湖南"]))).toBe(
      "&#60;b&#62;<mark>湖南</mark>&#60;/b&#62;",
    );
  });

  it("cuts long text around the first match with ellipses", () => {
    const text = `${"甲".repeat(100)}湖南${"乙".repeat(100)}`;
    const excerpt = markedExcerpt(text, matchRanges(text, ["湖南"]), 5);
    expect(excerpt).toBe("…甲甲甲甲甲<mark>湖南</mark>乙乙乙乙乙…");
  });
});

describe("relatedHits", () => {
  /** A second page whose only block contains 湖南 exactly. */
  const other: PagefindFragment = {
    ...fragment,
    url: "/texts/other/",
    meta: { title: "另一篇", slug: "other" },
    anchors: [{ element: "p", id: "p1", text: "新湖南客户端。", location: 0 }],
    locations: [0],
  };
  const pagefind: PagefindApi = {
    options: () => Promise.resolve(),
    search: (_query, options) =>
      Promise.resolve({
        results: (options?.filters?.["kind"] === "news" ? [] : [fragment, other]).map((page, i) => ({
          id: String(i),
          score: 1,
          data: () => Promise.resolve(page),
        })),
      }),
  };

  it("keeps only located blocks that are not exact hits, each once", async () => {
    const hits = await relatedHits(pagefind, "湖南", [["湖南"]]);
    expect(hits.map((h) => `${h.slug}#${h.block}`)).toEqual(["demo#s1"]);
  });

  it("treats a block holding a term's simplified form as exact, and passes filters through", async () => {
    expect((await relatedHits(pagefind, "湖南", [["總體", "总体"]])).map((h) => h.block)).toEqual(["p1", "p2", "p1"]);
    expect(await relatedHits(pagefind, "湖南", [["湖南"]], { kind: "news" })).toEqual([]);
    expect(await relatedHits(pagefind, "  ", [["湖南"]])).toEqual([]);
  });

  it("decides exactness like the exact search: every term, any of its forms, Latin case folded", () => {
    expect(isExactText("积极对接RCEP等", [["rcep"], ["对接"]])).toBe(true);
    expect(isExactText("积极对接RCEP等", [["rcep"], ["开放"]])).toBe(false);
    expect(isExactText("碳达峰", [["碳達峰", "碳达峰"]])).toBe(true);
  });
});
