/**
 * APA 7 (Publication Manual, 7th ed.), one document of each kind; English locale, Chinese names
 * and titles as printed. Checked by hand against the manual's patterns:
 *   webpage (§10.16): Author. (Year, Month Day). *Title* [Description]. Site Name. URL
 *   no date (§9.17, §9.16): Author. (n.d.). *Title*. Site. Retrieved Month Day, Year, from URL
 *   report (§10.4): Author. (Year). *Title*. Publisher. URL  (the issuing body publishes it)
 *   approximate date (§9.15): (ca. Year, Month Day)
 *   newspaper (§10.2): Author, & Author. (Year, Month Day). Title. *Newspaper*, page. URL
 *   no author (§9.12): the title moves to the author position.
 *   in-text pinpoint without page numbers (§8.28): (Author, Year, para. 12)
 * CJK names have no initials: citeproc prints them whole (习近平) and uses the surname in text.
 */
import { describe, expect, test } from "vitest";
import { toCslItem } from "../../../src/lib/citation/csl-item.ts";
import { formatCitation } from "../../../src/lib/citation/format.ts";
import { citationLocator } from "../../../src/format/block-id.ts";
import type { DocumentFrontmatter } from "../../../src/format/schema.ts";
import * as d from "./fixtures.ts";

const apa = (doc: DocumentFrontmatter) =>
  formatCitation(toCslItem(doc, { url: d.urlOf(doc), accessed: d.accessed }), "apa");

describe("APA 7 reference entries", () => {
  test.each<[string, DocumentFrontmatter, string]>([
    [
      "speech as a web page with a bracketed description",
      d.speech,
      `习近平. (2021, April 22). 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话 [讲话]. 湘文. ${d.urlOf(d.speech)}`,
    ],
    [
      "resolution: group author",
      d.resolution,
      `中国共产党湖南省第十二届委员会. (2024, April 29). 中国共产党湖南省第十二届委员会第六次全体会议决议 [决议]. 湘文. ${d.urlOf(d.resolution)}`,
    ],
    [
      "supplied title",
      d.suppliedResolution,
      `中国共产党湘潭市第十二届委员会. (2018, June 8). [中国共产党湘潭市第十二届委员会全体会议决议] [决议]. 湘文. ${d.urlOf(d.suppliedResolution)}`,
    ],
    [
      "report: year only, its issuing body as publisher",
      d.report,
      `李微微. (2021). 政协湖南省委员会常务委员会工作报告. 中国人民政治协商会议湖南省委员会. ${d.urlOf(d.report)}`,
    ],
    [
      "a speech as its newspaper printed it: the issue date, not printed, is ca.",
      d.speechInNewspaper,
      `习近平. (ca. 2021, April 23). 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话. 湖南日报. ${d.urlOf(d.speechInNewspaper)}`,
    ],
    [
      "communique",
      d.communique,
      `中国共产党湖南省第十二届委员会. (2024, April 29). 中国共产党湖南省第十二届委员会第六次全体会议公报 [公报]. 湘文. ${d.urlOf(d.communique)}`,
    ],
    [
      "news: two authors joined by “, &”",
      d.news,
      `刘瀚潞, & 欧阳坚. (2021, April 23). 湖南空铁联运在韶山启动. 湖南日报, 1. ${d.urlOf(d.news)}`,
    ],
    ["feature", d.feature, `邓晶琨. (2021, April 23). 三湘书香韵耕农. 三湘都市报, A2. ${d.urlOf(d.feature)}`],
    [
      "fragment: no author, title first",
      d.fragment,
      `[上接1版：县乡两级党委要从人选]. (2021, April 23). 湖南日报, 2. ${d.urlOf(d.fragment)}`,
    ],
    [
      "news in an issue of unknown date: n.d., retrieval date",
      d.undatedNews,
      `邓晶琨. (n.d.). 张庆伟主持召开省委常委会议强调 突出抓好高校毕业生等重点群体就业. 三湘都市报. Retrieved November 23, 2026, from ${d.urlOf(d.undatedNews)}`,
    ],
    [
      "other: no author, no date, retrieval date",
      d.other,
      `湖南省情简介. (n.d.). 湘文. Retrieved November 23, 2026, from ${d.urlOf(d.other)}`,
    ],
  ])("%s", (_name, doc, expected) => {
    expect(apa(doc).text).toBe(expected);
  });

  test("HTML italicises the title of a stand-alone work and the newspaper name", () => {
    expect(apa(d.report).html).toBe(
      `李微微. (2021). <i>政协湖南省委员会常务委员会工作报告</i>. 中国人民政治协商会议湖南省委员会. ${d.urlOf(d.report)}`,
    );
    expect(apa(d.news).html).toBe(
      `刘瀚潞, &#38; 欧阳坚. (2021, April 23). 湖南空铁联运在韶山启动. <i>湖南日报</i>, 1. ${d.urlOf(d.news)}`,
    );
  });
});

describe("APA 7 paragraph citations", () => {
  test("anchor URL in the entry, paragraph number in the in-text citation", () => {
    const item = toCslItem(d.speech, { url: d.urlOf(d.speech), accessed: d.accessed, blockId: "p12" });
    const cited = formatCitation(item, "apa", citationLocator("p12"));
    expect(cited.text).toBe(
      `习近平. (2021, April 22). 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话 [讲话]. 湘文. ${d.urlOf(d.speech)}#p12`,
    );
    expect(cited.pinpoint).toBe("(习, 2021, para. 12)");
  });

  test("a group author is cited in full", () => {
    const item = toCslItem(d.resolution, { url: d.urlOf(d.resolution), accessed: d.accessed, blockId: "p4" });
    expect(formatCitation(item, "apa", citationLocator("p4")).pinpoint).toBe(
      "(中国共产党湖南省第十二届委员会, 2024, para. 4)",
    );
  });
});
