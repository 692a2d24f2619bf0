/** The CSL item of a document: type mapping, authors, names, title, dates, block URLs, context. */
import { describe, expect, test } from "vitest";
import { authorsOf } from "../../../src/lib/citation/authors.ts";
import { citationTitle, cslType, toCslItem } from "../../../src/lib/citation/csl-item.ts";
import { splitChineseName } from "../../../src/lib/citation/names.ts";
import * as d from "./fixtures.ts";

describe("splitChineseName", () => {
  test.each([
    ["习近平", { family: "习", given: "近平" }],
    ["李微微", { family: "李", given: "微微" }],
    ["刘瀚潞", { family: "刘", given: "瀚潞" }],
    ["欧阳坚", { family: "欧阳", given: "坚" }],
    ["司马南", { family: "司马", given: "南" }],
    ["诸葛亮", { family: "诸葛", given: "亮" }],
    ["上官婉儿", { family: "上官", given: "婉儿" }],
    ["王毅", { family: "王", given: "毅" }],
  ])("%s → surname + given name", (name, expected) => {
    expect(splitChineseName(name)).toEqual(expected);
  });

  test.each(["中国共产党湖南省第十二届委员会", "阿不都热依木·艾买提", "Xi Jinping", "张王淑英", "欧阳"])(
    "%s stays one literal name",
    (name) => {
      expect(splitChineseName(name)).toEqual({ literal: name });
    },
  );
});

describe("authorsOf", () => {
  test("byline people in order, roles dropped", () => {
    expect(authorsOf(d.news)).toEqual([
      { family: "刘", given: "瀚潞" },
      { family: "欧阳", given: "坚" },
    ]);
  });
  test("a resolution is authored by its issuing body", () => {
    expect(authorsOf(d.resolution)).toEqual([{ literal: "中国共产党湖南省第十二届委员会" }]);
  });
  test("a report is authored by the person who delivered it, not the body", () => {
    expect(authorsOf(d.report)).toEqual([{ family: "李", given: "微微" }]);
  });
  test("nobody named: no author", () => {
    expect(authorsOf(d.other)).toEqual([]);
  });
});

describe("toCslItem", () => {
  test.each([
    [d.speech, "webpage"],
    [d.speechInNewspaper, "article-newspaper"],
    [d.resolution, "webpage"],
    [d.report, "report"],
    [d.communique, "webpage"],
    [d.news, "article-newspaper"],
    [d.feature, "article-newspaper"],
    [d.fragment, "article-newspaper"],
    [d.other, "webpage"],
  ] as const)("%#: type %s", (doc, type) => {
    expect(cslType(doc)).toBe(type);
  });

  test("a speech: the full item", () => {
    expect(toCslItem(d.speech, { url: d.urlOf(d.speech), accessed: d.accessed })).toEqual({
      id: d.speech.slug,
      type: "webpage",
      title: "共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话",
      language: "zh-CN",
      URL: d.urlOf(d.speech),
      accessed: { "date-parts": [[2026, 11, 23]] },
      author: [{ family: "习", given: "近平" }],
      issued: { "date-parts": [[2021, 4, 22]] },
      "container-title": "湘文",
      genre: "讲话",
      "event-place": "北京",
      note: "讲话地点：北京。",
    });
  });

  test("a speech its newspaper printed: the issue date (not printed: circa), the delivery as event-date, the reasons in note", () => {
    expect(toCslItem(d.speechInNewspaper, { url: d.urlOf(d.speechInNewspaper) })).toMatchObject({
      type: "article-newspaper",
      "container-title": "湖南日报",
      issued: { "date-parts": [[2021, 4, 23]], circa: true },
      "event-date": { "date-parts": [[2021, 4, 22]] },
      "event-place": "北京",
      note: "出版日期系推定，原件未印：版面未印出版日期，编者据本版内容考定。\n讲话日期：2021年4月22日；讲话地点：北京。",
    });
  });

  test("an issue of unknown date: no issued date at all (never the dispatch's), the earliest day in note", () => {
    const item = toCslItem(d.undatedNews, { url: d.urlOf(d.undatedNews) });
    expect(item.issued).toBeUndefined();
    expect(item["event-date"]).toEqual({ "date-parts": [[2022, 6, 14]], circa: true });
    expect(item.note).toBe(
      "出版日期不详，不早于2022年6月14日：版面未印出版日期。\n事件日期：2022年6月14日（年份系推定）。",
    );
  });

  test("a report: its issuing body is the publisher", () => {
    expect(toCslItem(d.report, { url: d.urlOf(d.report) }).publisher).toBe("中国人民政治协商会议湖南省委员会");
  });

  test("a newspaper text: newspaper as container, page as printed", () => {
    const item = toCslItem(d.feature, { url: d.urlOf(d.feature), accessed: d.accessed });
    expect(item).toMatchObject({ type: "article-newspaper", "container-title": "三湘都市报", page: "A2" });
  });

  test("a publication that is only the issuer does not make a newspaper", () => {
    const doc = { ...d.resolution, source: { ...d.resolution.source, publication: d.resolution.issuer ?? "" } };
    expect(cslType(doc)).toBe("webpage");
  });

  test("supplied titles are in [ ] (GB/T 7714 §7: 自拟的信息); an inferred date is circa", () => {
    expect(citationTitle(d.suppliedResolution)).toBe("[中国共产党湘潭市第十二届委员会全体会议决议]");
    const inferred = { ...d.news, dateInferred: true };
    expect(toCslItem(inferred, { url: "https://x/", accessed: d.accessed }).issued).toEqual({
      "date-parts": [[2021, 4, 23]],
      circa: true,
    });
  });

  test("a block citation: own id and the anchor in the URL", () => {
    const item = toCslItem(d.news, { url: d.urlOf(d.news), accessed: d.accessed, blockId: "p12a" });
    expect(item.id).toBe(`${d.news.slug}-p12a`);
    expect(item.URL).toBe(`${d.urlOf(d.news)}#p12a`);
  });
});
