/**
 * Highwire / Dublin Core / OpenGraph meta tags and schema.org JSON-LD of a text page, and what
 * Zotero's Embedded Metadata translator makes of the tags (its rules: zotero-embedded-metadata.ts):
 * the item type, publication, date, pages and creators of every kind, and the GB/T reference Zotero
 * then prints, which must be the site's own. The built pages are checked the same way in Chromium
 * (tests/browser/citation.test.ts).
 */
import { describe, expect, test } from "vitest";
import { toCslItem } from "../../../src/lib/citation/csl-item.ts";
import { formatReference } from "../../../src/lib/citation/format.ts";
import { citationMeta, jsonLd } from "../../../src/lib/citation/meta.ts";
import { readContentFolder } from "../../../src/format/content-folder.ts";
import type { DocumentFrontmatter } from "../../../src/format/schema.ts";
import * as d from "./fixtures.ts";
import { toCsl, zoteroItemFromPage, type ZoteroItem } from "./zotero-embedded-metadata.ts";

const options = (doc: DocumentFrontmatter) => ({ url: d.urlOf(doc), siteName: "湘文" });
const zotero = (doc: DocumentFrontmatter) => zoteroItemFromPage({ tags: citationMeta(doc, options(doc)) });

describe("citationMeta", () => {
  test("a newspaper article: DC.type newspaperArticle and the paper as DC.source, no journal or publisher tag", () => {
    expect(citationMeta(d.news, options(d.news))).toEqual([
      { name: "citation_title", content: "湖南空铁联运在韶山启动" },
      { name: "citation_author", content: "刘, 瀚潞" },
      { name: "citation_author", content: "欧阳, 坚" },
      { name: "citation_publication_date", content: "2021/04/23" },
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
      { name: "DC.type", content: "newspaperArticle" },
      { name: "DC.source", content: "湖南日报" },
    ]);
  });

  test("a resolution: the body is author and publisher; a web page for Zotero; never a journal", () => {
    const tags = citationMeta(d.resolution, options(d.resolution));
    expect(tags).toContainEqual({ name: "citation_author", content: "中国共产党湖南省第十二届委员会" });
    expect(tags).toContainEqual({ name: "citation_publisher", content: "中国共产党湖南省第十二届委员会" });
    expect(tags).toContainEqual({ property: "og:type", content: "website" });
    expect(tags.some((tag) => tag.name === "citation_journal_title")).toBe(false);
  });

  test("no date, no author: neither tag is invented; the edition publishes", () => {
    const names = citationMeta(d.other, options(d.other)).map((tag) => tag.name);
    expect(names).not.toContain("citation_author");
    expect(names).not.toContain("citation_publication_date");
    expect(citationMeta(d.other, options(d.other))).toContainEqual({ name: "citation_publisher", content: "湘文" });
  });
});

describe("Zotero's Embedded Metadata rules on the page's tags", () => {
  test("the tags the audit found (DC.type Text, a dated DC.source) made a journal article: the rules reproduce it", () => {
    const before = zoteroItemFromPage({
      tags: [
        { name: "citation_title", content: "湖南“空铁联运”在韶山启动" },
        { name: "citation_publication_date", content: "2021/04/22" },
        { name: "citation_publisher", content: "湖南日报" },
        { name: "DC.title", content: "湖南“空铁联运”在韶山启动" },
        { name: "DC.type", content: "Text" },
        { name: "DC.source", content: "湖南日报, 2021-04-22" },
      ],
    });
    expect(before).toMatchObject({ itemType: "journalArticle", publicationTitle: "湖南日报, 2021-04-22" });
  });

  const expected: [string, DocumentFrontmatter, Partial<ZoteroItem>][] = [
    [
      "news: newspaperArticle, the paper, the issue date, the page",
      d.news,
      { itemType: "newspaperArticle", publicationTitle: "湖南日报", date: "2021/04/23", pages: "1" },
    ],
    [
      "a speech its paper printed: newspaperArticle by the issue date",
      d.speechInNewspaper,
      { itemType: "newspaperArticle", publicationTitle: "湖南日报", date: "2021/04/23" },
    ],
    [
      "a fragment: newspaperArticle, its supplied title in [ ]",
      d.fragment,
      { itemType: "newspaperArticle", title: "[上接1版：县乡两级党委要从人选]" },
    ],
    [
      "a report: report with its institution",
      d.report,
      { itemType: "report", institution: "中国人民政治协商会议湖南省委员会", date: "2021/01/24" },
    ],
    [
      "a resolution: webpage of the edition",
      d.resolution,
      { itemType: "webpage", websiteTitle: "湘文", websiteType: "决议" },
    ],
    ["a speech: webpage of the edition", d.speech, { itemType: "webpage", websiteTitle: "湘文", websiteType: "讲话" }],
    ["a communiqué: webpage", d.communique, { itemType: "webpage", websiteType: "公报" }],
    ["an untyped text: webpage", d.other, { itemType: "webpage", websiteTitle: "湘文" }],
  ];
  test.each(expected)("%s", (_name, doc, fields) => {
    expect(zotero(doc)).toMatchObject(fields);
  });

  test("an issue of unknown date: newspaperArticle with no date from the tags", () => {
    expect(zotero(d.undatedNews)).toMatchObject({ itemType: "newspaperArticle", publicationTitle: "三湘都市报" });
    expect(zotero(d.undatedNews).date).toBeUndefined();
  });

  test("creators: a person as surname and given name, a body whole", () => {
    expect(zotero(d.news).creators).toEqual([
      { lastName: "刘", firstName: "瀚潞", creatorType: "author" },
      { lastName: "欧阳", firstName: "坚", creatorType: "author" },
    ]);
    expect(zotero(d.resolution).creators).toEqual([
      { lastName: "中国共产党湖南省第十二届委员会", firstName: "", creatorType: "author" },
    ]);
  });

  // What a teacher's Word bibliography prints after a one-click save: Zotero's item through
  // citeproc with the GB/T style must give the site's own reference. Zotero keeps no "circa", so a
  // date the source does not print loses its brackets there (it is in the item's title block,
  // and the downloads keep it).
  const everyText: [string, DocumentFrontmatter][] = [
    ...Object.entries(d.documents),
    ...readContentFolder("content/texts").map((doc): [string, DocumentFrontmatter] => [
      doc.frontmatter.slug,
      doc.frontmatter,
    ]),
  ];
  test.each(everyText)("%s: Zotero's item prints the site's GB/T reference", (_name, doc) => {
    const item = zotero(doc);
    const fromZotero = formatReference(toCsl(item, `${doc.slug}-zotero`, d.accessed) as never, "gb7714", "text");
    const asPrinted = { ...doc, dateInferred: false };
    const site = formatReference(toCslItem(asPrinted, { url: d.urlOf(doc), accessed: d.accessed }), "gb7714", "text");
    expect(fromZotero).toBe(site);
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

  test("a speech its newspaper printed: published on the issue date, created on the day it was given", () => {
    expect(jsonLd(d.speechInNewspaper, options(d.speechInNewspaper))).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2021-04-23",
      dateCreated: "2021-04-22",
      publisher: { "@type": "Organization", name: "湖南日报" },
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
