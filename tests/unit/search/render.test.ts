/** Excerpts with the match marked, and the search page's result HTML, from plain data. */
import { describe, expect, it } from "vitest";
import type { SearchHit } from "../../../src/search/display.ts";
import { markedExcerpt, matchRanges } from "../../../src/search/excerpt.ts";
import { groupHtml, hitHtml, moreText, runsByDocument, statusText } from "../../../src/search/page/render.ts";

const hit = (slug: string, block: string, label: string): SearchHit => ({
  path: `texts/${slug}/#${block}`,
  foundPath: `texts/${slug}/?hl=%E7%A2%B3#${block}`,
  slug,
  block,
  label,
  spokenLabel: `第${block.slice(1)}段`,
  title: `《${slug}》<标题>`,
  kind: "speech",
  date: "2021-04-22",
  dateInferred: false,
  source: "a.txt",
  excerpt: "…实现<mark>碳</mark>达峰…",
  occurrences: 1,
  matched: ["碳"],
});

describe("excerpt highlighting", () => {
  it("marks every occurrence of the folded strings, Latin case ignored, merged when they overlap", () => {
    const text = "对接RCEP、rcep与Rcep";
    expect(matchRanges(text, ["rcep"])).toEqual([
      [2, 6],
      [7, 11],
      [12, 16],
    ]);
    expect(matchRanges("哈哈哈", ["哈哈"])).toEqual([[0, 3]]);
    expect(markedExcerpt(text, matchRanges(text, ["rcep"]))).toBe(
      "对接<mark>RCEP</mark>、<mark>rcep</mark>与<mark>Rcep</mark>",
    );
  });

  it("escapes HTML and cuts long text around the first match", () => {
    const text = `${"甲".repeat(60)}<碳达峰>${"乙".repeat(60)}`;
    expect(markedExcerpt(text, matchRanges(text, ["碳达峰"]), 3)).toBe("…甲甲&#60;<mark>碳达峰</mark>&#62;乙乙…");
  });
});

describe("search page HTML", () => {
  it("says the count, the filters and the simplified form, or 没有找到 plainly", () => {
    expect(statusText({ query: "碳达峰", total: 7, documents: 2, filters: [], simplified: [] })).toBe(
      "“碳达峰”：共 7 处，见于 2 篇文献。",
    );
    expect(
      statusText({ query: "碳達峰", total: 2, documents: 2, filters: ["讲话", "2021年"], simplified: ["碳达峰"] }),
    ).toBe("“碳達峰”：共 2 处，见于 2 篇文献（筛选：讲话、2021年），繁体已按简体“碳达峰”查找。");
    expect(statusText({ query: "量子计算", total: 0, documents: 0, filters: [], simplified: [] })).toBe(
      "没有找到“量子计算”。",
    );
  });

  it("links a hit to its block under the base, with its spoken and visible label and the marked excerpt", () => {
    const html = hitHtml(hit("climate", "p14", "¶14"), "/xiangwen/");
    expect(html).toContain('href="/xiangwen/texts/climate/?hl=%E7%A2%B3#p14"');
    expect(html).toContain('<span class="sr-only">第14段</span><span aria-hidden="true">¶14</span>');
    expect(html).toContain("…实现<mark>碳</mark>达峰…");
  });

  it("heads a document's group with its escaped title, kind and date", () => {
    const html = groupHtml(hit("climate", "p14", "¶14"), "/", "<li>…</li>");
    expect(html).toContain('<a href="/texts/climate/">《climate》&#60;标题&#62;</a>');
    expect(html).toContain("讲话 · 2021年4月22日");
    expect(html).toContain('data-slug="climate"');
  });

  it("cuts a page of hits into runs of one document", () => {
    const runs = runsByDocument([hit("a", "p1", ""), hit("a", "p2", ""), hit("b", "p1", ""), hit("a", "p3", "")]);
    expect(runs.map((run) => run.map((h) => `${h.slug}#${h.block}`))).toEqual([["a#p1", "a#p2"], ["b#p1"], ["a#p3"]]);
    expect(moreText(12)).toBe("显示更多（还有 12 处）");
  });
});
