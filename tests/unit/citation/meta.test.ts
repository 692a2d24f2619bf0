/** Highwire / Dublin Core meta tags and schema.org JSON-LD of a text page. */
import { describe, expect, test } from "vitest";
import { citationMeta, jsonLd } from "../../../src/lib/citation/meta.ts";
import * as d from "./fixtures.ts";

const options = (doc: typeof d.speech) => ({ url: d.urlOf(doc), siteName: "湘文", accessed: d.accessed });

describe("citationMeta", () => {
  test("a newspaper article: one citation_author per author, surname first without comma", () => {
    expect(citationMeta(d.news, options(d.news))).toEqual([
      { name: "citation_title", content: "湖南空铁联运在韶山启动" },
      { name: "citation_author", content: "刘瀚潞" },
      { name: "citation_author", content: "欧阳坚" },
      { name: "citation_publication_date", content: "2021/04/23" },
      { name: "citation_publisher", content: "湖南日报" },
      { name: "citation_firstpage", content: "1" },
      { name: "citation_language", content: "zh" },
      { name: "citation_public_url", content: d.urlOf(d.news) },
      { name: "DC.title", content: "湖南空铁联运在韶山启动" },
      { name: "DC.creator", content: "刘瀚潞" },
      { name: "DC.creator", content: "欧阳坚" },
      { name: "DC.date", content: "2021-04-23" },
      { name: "DC.publisher", content: "湖南日报" },
      { name: "DC.language", content: "zh-CN" },
      { name: "DC.identifier", content: d.urlOf(d.news) },
      { name: "DC.type", content: "Text" },
      { name: "DC.source", content: "湖南日报, 2021-04-23, 第1版" },
    ]);
  });

  test("a resolution: the body is author and publisher", () => {
    const tags = citationMeta(d.resolution, options(d.resolution));
    expect(tags).toContainEqual({ name: "citation_author", content: "中国共产党湖南省第十二届委员会" });
    expect(tags).toContainEqual({ name: "citation_publisher", content: "中国共产党湖南省第十二届委员会" });
    expect(tags.some((tag) => tag.name === "citation_journal_title")).toBe(false);
  });

  test("no date, no author: neither tag is invented; the edition publishes", () => {
    const names = citationMeta(d.other, options(d.other)).map((tag) => tag.name);
    expect(names).not.toContain("citation_author");
    expect(names).not.toContain("citation_publication_date");
    expect(citationMeta(d.other, options(d.other))).toContainEqual({ name: "citation_publisher", content: "湘文" });
  });
});

describe("jsonLd", () => {
  test("a speech: Article in zh-CN with a Person author", () => {
    expect(jsonLd(d.speech, options(d.speech))).toEqual({
      "@context": "https://schema.org",
      "@type": "Article",
      "@id": d.urlOf(d.speech),
      url: d.urlOf(d.speech),
      name: "共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话",
      headline: "共同构建人与自然生命共同体",
      alternativeHeadline: "——在“领导人气候峰会”上的讲话",
      inLanguage: "zh-CN",
      author: [{ "@type": "Person", name: "习近平", familyName: "习", givenName: "近平" }],
      datePublished: "2021-04-22",
      locationCreated: { "@type": "Place", name: "北京" },
      publisher: { "@type": "Organization", name: "湘文" },
      isPartOf: { "@type": "WebSite", name: "湘文" },
      isAccessibleForFree: true,
    });
  });

  test.each([
    [d.resolution, "Legislation"],
    [d.report, "Report"],
    [d.news, "NewsArticle"],
    [d.fragment, "NewsArticle"],
    [d.communique, "Article"],
  ] as const)("%#: @type %s", (doc, type) => {
    expect(jsonLd(doc, options(doc))["@type"]).toBe(type);
  });

  test("a resolution names the body that passed it", () => {
    expect(jsonLd(d.resolution, options(d.resolution))).toMatchObject({
      author: [{ "@type": "Organization", name: "中国共产党湖南省第十二届委员会" }],
      legislationPassedBy: { "@type": "Organization", name: "中国共产党湖南省第十二届委员会" },
      legislationDate: "2024-04-29",
    });
  });
});
