/**
 * Chicago Manual of Style 17th ed., author-date system, one document of each kind. Author-date
 * rather than notes-bibliography: its reference entry stands on its own, while a note's form
 * depends on its place among the citing work's notes. Checked by hand against CMOS 17:
 *   web page (15.51): Author. Year. “Title.” Site. Month Day, Year. URL.
 *   no date (15.44, 14.207): … n.d. … Accessed Month Day, Year. URL.
 *   newspaper (15.47): Author. Year. “Title.” Newspaper, Month Day, Year. URL.  (page omitted)
 *   unsigned newspaper article (15.47): the newspaper stands in the author position.
 *   two authors (15.9): first, “and” second; in-text (15.22): (Author Year, para. 12)
 *   approximate date (15.41): ca. Year (the 17th-edition style has no circa: style-amendments.ts)
 */
import { describe, expect, test } from "vitest";
import { toCslItem } from "../../../src/lib/citation/csl-item.ts";
import { formatCitation } from "../../../src/lib/citation/format.ts";
import { citationLocator } from "../../../src/format/block-id.ts";
import type { DocumentFrontmatter } from "../../../src/format/schema.ts";
import * as d from "./fixtures.ts";

const chicago = (doc: DocumentFrontmatter) =>
  formatCitation(toCslItem(doc, { url: d.urlOf(doc), accessed: d.accessed }), "chicago");

describe("Chicago 17 author-date reference entries", () => {
  test.each<[string, DocumentFrontmatter, string]>([
    [
      "speech as web content, with its genre; inner quotes become single",
      d.speech,
      `习近平. 2021. “共同构建人与自然生命共同体: 在‘领导人气候峰会’上的讲话.” 讲话. 湘文. April 22, 2021. ${d.urlOf(d.speech)}.`,
    ],
    [
      "resolution: the issuing body as author",
      d.resolution,
      `中国共产党湖南省第十二届委员会. 2024. “中国共产党湖南省第十二届委员会第六次全体会议决议.” 决议. 湘文. April 29, 2024. ${d.urlOf(d.resolution)}.`,
    ],
    [
      "supplied title",
      d.suppliedResolution,
      `中国共产党湘潭市第十二届委员会. 2018. “[中国共产党湘潭市第十二届委员会全体会议决议].” 决议. 湘文. June 8, 2018. ${d.urlOf(d.suppliedResolution)}.`,
    ],
    [
      "report, its issuing body as publisher",
      d.report,
      `李微微. 2021. “政协湖南省委员会常务委员会工作报告.” 中国人民政治协商会议湖南省委员会. ${d.urlOf(d.report)}.`,
    ],
    [
      "a speech as its newspaper printed it: the issue date, not printed, is ca.",
      d.speechInNewspaper,
      `习近平. ca. 2021. “共同构建人与自然生命共同体: 在‘领导人气候峰会’上的讲话.” 湖南日报, April 23, 2021. ${d.urlOf(d.speechInNewspaper)}.`,
    ],
    [
      "news in an issue of unknown date: n.d., access date",
      d.undatedNews,
      `邓晶琨. n.d. “张庆伟主持召开省委常委会议强调 突出抓好高校毕业生等重点群体就业.” 三湘都市报. Accessed November 23, 2026. ${d.urlOf(d.undatedNews)}.`,
    ],
    [
      "communique",
      d.communique,
      `中国共产党湖南省第十二届委员会. 2024. “中国共产党湖南省第十二届委员会第六次全体会议公报.” 公报. 湘文. April 29, 2024. ${d.urlOf(d.communique)}.`,
    ],
    [
      "news: two authors, newspaper and full date, no page",
      d.news,
      `刘瀚潞, and 欧阳坚. 2021. “湖南空铁联运在韶山启动.” 湖南日报, April 23, 2021. ${d.urlOf(d.news)}.`,
    ],
    ["feature", d.feature, `邓晶琨. 2021. “三湘书香韵耕农.” 三湘都市报, April 23, 2021. ${d.urlOf(d.feature)}.`],
    [
      // CMOS 15.47 closes the title with a period here; the 2018 CSL style writes a comma. Kept
      // as the official style renders it, so that a style update shows up in this test.
      "fragment: unsigned, the newspaper in the author position",
      d.fragment,
      `湖南日报. 2021. “[上接1版：县乡两级党委要从人选],” April 23, 2021. ${d.urlOf(d.fragment)}.`,
    ],
    [
      "other: no author, n.d., access date",
      d.other,
      `“湖南省情简介.” n.d. 湘文. Accessed November 23, 2026. ${d.urlOf(d.other)}.`,
    ],
  ])("%s", (_name, doc, expected) => {
    expect(chicago(doc).text).toBe(expected);
  });
});

describe("Chicago 17 paragraph citations", () => {
  test("anchor URL in the entry, paragraph number in the in-text citation", () => {
    const item = toCslItem(d.speech, { url: d.urlOf(d.speech), accessed: d.accessed, blockId: "p12" });
    const cited = formatCitation(item, "chicago", citationLocator("p12"));
    expect(cited.text).toBe(
      `习近平. 2021. “共同构建人与自然生命共同体: 在‘领导人气候峰会’上的讲话.” 讲话. 湘文. April 22, 2021. ${d.urlOf(d.speech)}#p12.`,
    );
    expect(cited.pinpoint).toBe("(习 2021, para. 12)");
  });

  test("a section heading is cited by section", () => {
    const item = toCslItem(d.resolution, { url: d.urlOf(d.resolution), accessed: d.accessed, blockId: "s2" });
    const cited = formatCitation(item, "chicago", citationLocator("s2"));
    expect(cited.text.endsWith(`${d.urlOf(d.resolution)}#s2.`)).toBe(true);
    expect(cited.pinpoint).toBe("(中国共产党湖南省第十二届委员会 2024, sec. 2)");
  });
});
