/**
 * GB/T 7714-2015, numeric variant (顺序编码制), one document of each kind. Expected strings were
 * checked by hand against the standard's patterns and examples:
 *   4.6 electronic resource: 主要责任者. 题名: 其他题名信息[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 *       e.g. 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://…
 *   4.4 newspaper article: 主要责任者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
 *       e.g. 刘裕国, 杨柳, 张洋, 等. 关于…[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. http://…
 *   report online: 中国互联网络信息中心. 第29次中国互联网络发展状况统计报告[R/OL]. (2012-01-16)[2013-03-26]. http://…
 *       with its issuing body as publisher (4.1): … [R/OL]. 出版者, 出版年[引用日期]. 获取和访问路径.
 *   §7 “[ ]用于……自拟的信息”: a title the editors supplied in [ ]; §8.4.3.3 an estimated date in [ ].
 * Names surname-first without comma; several authors separated by ", "; no author → title first;
 * the `[1]` sequence number is the citing work's and is not part of the entry.
 */
import { describe, expect, test } from "vitest";
import { toCslItem } from "../../../src/lib/citation/csl-item.ts";
import { formatCitation } from "../../../src/lib/citation/format.ts";
import { citationLocator } from "../../../src/format/block-id.ts";
import type { DocumentFrontmatter } from "../../../src/format/schema.ts";
import * as d from "./fixtures.ts";

const gb = (doc: DocumentFrontmatter) =>
  formatCitation(toCslItem(doc, { url: d.urlOf(doc), accessed: d.accessed }), "gb7714");
const at = "[2026-11-23]";

describe("GB/T 7714-2015 reference entries", () => {
  test.each<[string, DocumentFrontmatter, string]>([
    [
      "speech: person, title with subtitle, [EB/OL]",
      d.speech,
      `习近平. 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话[EB/OL]. (2021-04-22)${at}. ${d.urlOf(d.speech)}.`,
    ],
    [
      "resolution: the issuing body is the author",
      d.resolution,
      `中国共产党湖南省第十二届委员会. 中国共产党湖南省第十二届委员会第六次全体会议决议[EB/OL]. (2024-04-29)${at}. ${d.urlOf(d.resolution)}.`,
    ],
    [
      "resolution with a supplied title in [ ] (GB/T 7714 §7: 自拟的信息)",
      d.suppliedResolution,
      `中国共产党湘潭市第十二届委员会. [中国共产党湘潭市第十二届委员会全体会议决议][EB/OL]. (2018-06-08)${at}. ${d.urlOf(d.suppliedResolution)}.`,
    ],
    [
      "report: [R/OL], the speaker is the author, the issuing body the publisher",
      d.report,
      `李微微. 政协湖南省委员会常务委员会工作报告[R/OL]. 中国人民政治协商会议湖南省委员会, 2021${at}. ${d.urlOf(d.report)}.`,
    ],
    [
      "a speech as its newspaper printed it: [N/OL], the issue date it does not print in [ ] (§8.4.3.3)",
      d.speechInNewspaper,
      `习近平. 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话[N/OL]. 湖南日报, [2021-04-23]${at}. ${d.urlOf(d.speechInNewspaper)}.`,
    ],
    [
      "news in an issue of unknown date: no date at all, never the dispatch's",
      d.undatedNews,
      `邓晶琨. 张庆伟主持召开省委常委会议强调 突出抓好高校毕业生等重点群体就业[N/OL]. 三湘都市报${at}. ${d.urlOf(d.undatedNews)}.`,
    ],
    [
      "communique: issuing body",
      d.communique,
      `中国共产党湖南省第十二届委员会. 中国共产党湖南省第十二届委员会第六次全体会议公报[EB/OL]. (2024-04-29)${at}. ${d.urlOf(d.communique)}.`,
    ],
    [
      "news: two reporters (compound surname), newspaper, date(page)",
      d.news,
      `刘瀚潞, 欧阳坚. 湖南空铁联运在韶山启动[N/OL]. 湖南日报, 2021-04-23(1)${at}. ${d.urlOf(d.news)}.`,
    ],
    [
      "feature: page A2 as printed",
      d.feature,
      `邓晶琨. 三湘书香韵耕农[N/OL]. 三湘都市报, 2021-04-23(A2)${at}. ${d.urlOf(d.feature)}.`,
    ],
    [
      "fragment: no author, supplied title",
      d.fragment,
      `[上接1版：县乡两级党委要从人选][N/OL]. 湖南日报, 2021-04-23(2)${at}. ${d.urlOf(d.fragment)}.`,
    ],
    ["other: no author, no date → only the access date", d.other, `湖南省情简介[EB/OL]. ${at}. ${d.urlOf(d.other)}.`],
  ])("%s", (_name, doc, expected) => {
    expect(gb(doc).text).toBe(expected);
  });

  test("HTML is the same entry without a wrapper or sequence number", () => {
    expect(gb(d.news).html).toBe(gb(d.news).text);
    expect(gb(d.news).html).not.toMatch(/^\[1\]|<div/);
  });
});

describe("GB/T 7714-2015 paragraph citations", () => {
  test("the URL points at the paragraph and the pinpoint is its margin number", () => {
    const item = toCslItem(d.speech, { url: d.urlOf(d.speech), accessed: d.accessed, blockId: "p12" });
    const cited = formatCitation(item, "gb7714", citationLocator("p12"));
    expect(cited.text).toBe(
      `习近平. 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话[EB/OL]. (2021-04-22)${at}. ${d.urlOf(d.speech)}#p12.`,
    );
    expect(cited.pinpoint).toBe("¶12");
  });

  test("a newspaper paragraph keeps newspaper, date and page", () => {
    const item = toCslItem(d.news, { url: d.urlOf(d.news), accessed: d.accessed, blockId: "p3a" });
    const cited = formatCitation(item, "gb7714", citationLocator("p3a"));
    expect(cited.text).toBe(
      `刘瀚潞, 欧阳坚. 湖南空铁联运在韶山启动[N/OL]. 湖南日报, 2021-04-23(1)${at}. ${d.urlOf(d.news)}#p3a.`,
    );
    expect(cited.pinpoint).toBe("¶3a");
  });
});
